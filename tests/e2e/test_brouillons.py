"""Drafts and the shared profile: kept in this tab, or on this device when asked."""

from __future__ import annotations

import pytest
from rattrapage.api import rendre
from rattrapage.widgets import tous

LETTRE = "lettre-apres-entretien"


def test_draft_survives_reload(ouvrir):
    vue = ouvrir(LETTRE)
    valeurs = vue.valeurs_realistes()
    vue.remplir(valeurs)
    attendu = rendre(LETTRE, valeurs)
    vue.attendre_sortie(attendu["text"])
    assert vue.stockage()["localStorage"] == {}, "sans « se souvenir », rien sur l’appareil"
    assert vue.stockage()["sessionStorage"]

    vue.page.reload()
    # The widgets' code loads right after the page (rattrapage.mjs imports it): wait for it.
    vue.page.wait_for_function(
        "(nom) => document.querySelector('form [name=\"candidat_nom\"]').value === nom",
        arg=valeurs["candidat_nom"],
    )
    assert vue.formulaire() == valeurs, "le brouillon remplit le formulaire avant que Python soit prêt"
    vue.attendre_pret()
    vue.attendre_sortie(attendu["text"])


def test_profile_prefills_other_widgets(ouvrir, plan, base_url):
    avec_nom = {w.id for w in tous() if any(c.nom == "candidat_nom" for c in w.champs)}
    pages: dict[str, str] = {}  # page → one widget with candidat_nom on it
    for widget_id, chemin in plan.widgets.items():
        if widget_id in avec_nom:
            pages.setdefault(chemin, widget_id)
    if len(pages) < 2:
        pytest.skip(f"une seule page du site construit porte un widget avec candidat_nom : {sorted(pages)}")
    widget_a, widget_b = list(pages.values())[:2]

    vue = ouvrir(widget_a)
    profil = {"candidat_nom": "Camille d'Arcy"}
    vue.remplir(profil)
    vue.attendre_sortie(rendre(widget_a, profil)["text"])

    autre = ouvrir(widget_b, pret=False, page=vue.page)
    # The profile is filled as soon as the widgets' code has loaded, before Python is ready.
    autre.page.wait_for_function(
        "(nom) => document.querySelector('form [name=\"candidat_nom\"]')?.value === nom", arg=profil["candidat_nom"]
    )
    assert autre.etat() in ("loading", "ready")
    autre.attendre_pret()
    autre.attendre_sortie(rendre(widget_b, profil)["text"])


def test_remember_on_device(ouvrir):
    vue = ouvrir(LETTRE)
    valeurs = vue.valeurs_realistes()
    vue.remplir(valeurs)
    vue.attendre_sortie(rendre(LETTRE, valeurs)["text"])
    avant = vue.stockage()
    assert avant["localStorage"] == {}
    assert avant["sessionStorage"]

    memoire = vue.racine.locator("[data-remember]")
    memoire.check()
    pendant = vue.stockage()
    assert pendant["sessionStorage"] == {}, "tout passe sur l’appareil"
    assert avant["sessionStorage"].items() <= pendant["localStorage"].items()

    # Another tab of the same browser finds the answers (sessionStorage is per tab).
    autre = ouvrir(LETTRE, pret=False)
    assert autre.formulaire() == valeurs
    assert autre.racine.locator("[data-remember]").is_checked()
    autre.page.close()

    memoire.uncheck()
    apres = vue.stockage()
    assert apres["localStorage"] == {}, "décoché, rien des nôtres sur l’appareil"
    assert apres["sessionStorage"] == avant["sessionStorage"], "les réponses reviennent dans l’onglet, et rien d’autre"
    vue.remplir({"candidat_nom": "Camille Martin"})
    vue.attendre_sortie(rendre(LETTRE, valeurs | {"candidat_nom": "Camille Martin"})["text"])
    assert vue.stockage()["localStorage"] == {}
