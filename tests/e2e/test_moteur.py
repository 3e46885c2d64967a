"""The runtime's mechanisms (issue 5 and 6): snapshot boot and its fallbacks, a
dead worker replaced, the site offline after one visit. Speed itself is measured
by `make bench`, never asserted here.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Route
from rattrapage.api import rendre

LETTRE = "lettre-apres-entretien"


def _mode(page) -> str:
    return page.evaluate("document.documentElement.dataset.pythonBoot")


def test_snapshot_boot_is_used_when_present(nouveau_contexte, ouvrir):
    page = nouveau_contexte(service_workers="block").new_page()
    vue = ouvrir(LETTRE, page=page)
    assert _mode(page) == "instantane"
    vue.remplir({"candidat_nom": "Camille Martin"})
    vue.attendre_sortie(_rendu(vue))


def _rendu(vue) -> str:
    return rendre(vue.widget_id, vue.formulaire())["text"]


def _snapshot_absent(route: Route) -> None:
    route.fulfill(status=404, body="absent")


def _manifest_with_another_key(route: Route) -> None:
    manifeste = json.loads(route.fetch().text())
    manifeste["cle"] = "0" * 16
    route.fulfill(status=200, content_type="application/json", body=json.dumps(manifeste))


def _manifest_absent(route: Route) -> None:
    route.fulfill(status=404, body="absent")


@pytest.mark.allow_console_errors  # the 404 itself is logged by the browser
@pytest.mark.parametrize(
    ("motif", "remplacement"),
    [
        ("**/instantane-*.bin.gz", _snapshot_absent),
        ("**/runtime.json", _manifest_with_another_key),
        ("**/runtime.json", _manifest_absent),
    ],
    ids=["snapshot-missing", "snapshot-of-another-build", "no-manifest"],
)
def test_fallback_boot_when_snapshot_unusable(nouveau_contexte, ouvrir, motif, remplacement):
    page = nouveau_contexte(service_workers="block").new_page()
    page.route(motif, remplacement)
    vue = ouvrir(LETTRE, page=page)
    assert _mode(page) == "normal"
    vue.remplir({"candidat_nom": "Dominique Petit", "entreprise": "Rivage"})
    vue.attendre_sortie(_rendu(vue))


def test_dead_worker_is_replaced_on_next_request(nouveau_contexte, ouvrir):
    page = nouveau_contexte(service_workers="block").new_page()
    vue = ouvrir(LETTRE, page=page)
    (moteur,) = [w for w in page.workers if w.url.endswith("/worker.mjs")]
    moteur.evaluate("self.close()")  # dies without an error event
    vue.remplir({"candidat_nom": "Après la panne"})
    # The silent worker is detected by its unanswered request, then replaced.
    page.wait_for_function(
        "(id) => document.querySelector(`[data-widget=\"${id}\"] [data-widget-output]`).textContent.includes('Après la panne')",
        arg=LETTRE,
        timeout=45_000,
    )
    vue.attendre_sortie(_rendu(vue))
    assert vue.etat() == "ready"


def test_site_works_offline_after_one_widget_visit(contexte, ouvrir, base_url, plan):
    vue = ouvrir(LETTRE)
    page = vue.page
    page.wait_for_function("() => document.documentElement.dataset.horsLigne === 'pret'", timeout=60_000)
    contexte.set_offline(True)
    for chemin in plan.pages:
        reponse = page.goto(base_url + chemin)
        assert reponse is not None and reponse.ok, chemin
        assert page.locator("h1").count() == 1, chemin
    autre = "reponse-refus"
    page.goto(base_url + plan.widgets[autre])
    hors_ligne = vue.__class__(page, base_url, autre, vue.journal, vue.erreurs_permises)
    hors_ligne.attendre_pret()
    hors_ligne.remplir({"entreprise": "Hors ligne SA"})
    hors_ligne.attendre_sortie(_rendu(hors_ligne))


@pytest.mark.allow_console_errors
@pytest.mark.parametrize(
    ("script", "message"),
    [
        ("delete window.WebAssembly;", "WebAssembly"),
        (
            "const W = window.Worker; window.Worker = function (url, options) {"
            " if (options && options.type === 'module') throw new TypeError('module workers unsupported');"
            " return new W(url, options); };",
            "module workers unsupported",
        ),
    ],
    ids=["webassembly-disabled", "no-module-workers"],
)
def test_browser_without_the_means_to_run_python_is_told_in_french(nouveau_contexte, ouvrir, script, message):
    contexte = nouveau_contexte(service_workers="block")
    contexte.add_init_script(script)
    vue = ouvrir(LETTRE, pret=False, page=contexte.new_page())
    vue.remplir({"candidat_nom": "Sans moteur"})
    vue.page.wait_for_function(
        "(id) => document.querySelector(`[data-widget=\"${id}\"]`).dataset.widgetState === 'error'", arg=LETTRE
    )
    statut = vue.racine.locator("[data-widget-status]").text_content() or ""
    assert "Ce navigateur ne peut pas lancer le moteur de texte" in statut and message in statut
    assert vue.action("retry").count() == 1
    assert vue.controles("candidat_nom").input_value() == "Sans moteur", "what was typed stays"
    assert vue.sortie().strip() == rendre(LETTRE, {})["text"].strip(), "the build-time text stays"
