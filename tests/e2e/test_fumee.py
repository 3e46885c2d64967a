"""Smoke run: the short check a site must pass whatever generator built it.

Every page loads (a widget page until its widget is ready) and the letter widget
follows typing, with no console or page error and no request to another host
(the journal of ``conftest.py`` fails the test otherwise). It runs in the full
end-to-end run on MkDocs' ``site/``, and alone on Zensical's build, finished by
the same step (``make zensical-test``: ``SITE_DIR=site-zensical``), where it
shows that the runtime, the stamps and the Content-Security-Policy are there.
"""

from __future__ import annotations

from rattrapage.api import rendre

from tests.e2e.conftest import pages_des_widgets

LETTRE = "lettre-apres-entretien"


def test_every_page_loads_without_error(contexte, base_url, chemin_page, vue_de, journal):
    page = contexte.new_page()
    reponse = page.goto(base_url + chemin_page)
    assert reponse is not None and reponse.ok, f"{chemin_page or 'accueil'} : HTTP {reponse and reponse.status}"
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    for widget_id, chemin in pages_des_widgets().items():
        if chemin == chemin_page:
            vue_de(page, widget_id).attendre_pret()
    page.wait_for_load_state("networkidle")


def test_letter_widget_gets_ready_and_follows_typing(ouvrir):
    vue = ouvrir(LETTRE)
    saisie = {"candidat_nom": "Camille d'Arcy", "recruteur_nom": "N'Diaye", "entreprise": "L'Atelier du Lac"}
    vue.remplir(saisie)
    vue.attendre_sortie(rendre(LETTRE, saisie)["text"])
