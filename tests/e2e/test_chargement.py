"""Loading: the page under a sub-path, a runtime that fails, Material's instant navigation."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Route
from playwright.sync_api import TimeoutError as DelaiDepasse
from rattrapage.api import rendre

from tests.e2e.conftest import sitemap_local

LETTRE = "lettre-apres-entretien"
WASM = "**/pyodide.asm.wasm"

#: Counts the workers the page creates (Material's search worker included), by URL.
COMPTER_WORKERS = """
(() => {
  const Origine = window.Worker;
  window.__workers = [];
  window.Worker = class extends Origine {
    constructor(url, options) {
      super(url, options);
      window.__workers.push(String(url));
    }
  };
})();
"""


def _espaces(texte: str) -> str:
    return " ".join(texte.split())


def test_widget_page_works_under_subpath(nouveau_contexte, ouvrir, base_url, plan, journal):
    # Hold the runtime back so the state before Python is ready can be read without a race
    # (routing does not see requests a service worker answers: none here).
    page = nouveau_contexte(service_workers="block").new_page()
    retenues: list[Route] = []
    page.route(WASM, lambda route: retenues.append(route))
    vue = ouvrir(LETTRE, pret=False, page=page)
    assert plan.widgets[LETTRE] == "ecrire-au-recruteur/"
    assert vue.etat() in ("loading", "ready")

    for _ in range(200):  # 10 s for the worker to ask for the runtime
        if retenues:
            break
        page.wait_for_timeout(50)
    assert retenues, "le worker n’a pas demandé pyodide.asm.wasm"
    assert vue.etat() == "loading"
    defaut = rendre(LETTRE, {})
    assert vue.sortie().strip(), "la page n’est jamais vide : le modèle construit s’affiche avant Python"
    assert _espaces(vue.sortie()) == _espaces(defaut["text"])
    assert vue.sujet().text_content() == defaut["subject"]

    page.unroute(WASM)
    for route in retenues:
        route.fallback()
    vue.attendre_pret()
    vue.attendre_sortie(defaut["text"])

    hors_prefixe = [u for u in journal.requetes if journal.est_locale(u) and urlsplit(u).scheme == "http"]
    hors_prefixe = [u for u in hors_prefixe if not urlsplit(u).path.startswith(urlsplit(base_url).path)]
    assert hors_prefixe == [], "toute URL doit être relative : le site vit sous un sous-chemin"


@pytest.mark.allow_console_errors
def test_runtime_failure_keeps_input_and_offers_retry(nouveau_contexte, ouvrir):
    page = nouveau_contexte(service_workers="block").new_page()
    page.route(WASM, lambda route: route.abort())
    vue = ouvrir(LETTRE, pret=False, page=page)
    saisie = {"candidat_nom": "Camille d'Arcy"}
    vue.remplir(saisie)

    statut = vue.racine.locator("[data-widget-status]")
    try:
        page.wait_for_selector(f'[data-widget="{LETTRE}"][data-widget-state="error"]', timeout=30_000)
    except DelaiDepasse:
        pytest.fail(
            f"sans pyodide.asm.wasm, le widget reste « {vue.etat()} » au bout de 30 s ({statut.text_content()!r}) :"
            " l’échec du moteur n’est jamais signalé à la page",
            pytrace=False,
        )
    message = statut.text_content() or ""
    assert "moteur" in message.lower() and "saisie" in message.lower(), (
        f"message d’erreur en français attendu : {message!r}"
    )
    assert _espaces(vue.sortie()) == _espaces(rendre(LETTRE, {})["text"]), "le modèle reste affiché"
    assert vue.formulaire()["candidat_nom"] == saisie["candidat_nom"], "la saisie est conservée"

    # Typing while the runtime is down keeps the input and still offers one retry.
    saisie["entreprise"] = "L'Atelier du Lac"
    vue.remplir({"entreprise": saisie["entreprise"]})
    page.wait_for_timeout(1000)
    assert vue.formulaire()["entreprise"] == saisie["entreprise"]
    reessayer = vue.racine.locator('[data-action="retry"]')
    assert reessayer.count() == 1, "un seul bouton « Réessayer »"
    assert reessayer.is_visible()

    page.unroute(WASM)
    reessayer.click()
    vue.attendre_pret()
    vue.attendre_sortie(rendre(LETTRE, saisie)["text"])
    assert reessayer.count() == 0


def test_instant_navigation_reattaches_widgets(contexte, base_url, plan, vue_de):
    contexte.add_init_script(COMPTER_WORKERS)
    sitemap_local(contexte, base_url)
    page = contexte.new_page()
    # Material intercepts links once it has read the sitemap: wait for it before clicking.
    with page.expect_response("**/sitemap.xml"):
        page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__marqueur = 'accueil'")
    chemin = plan.widgets[LETTRE]

    # Material makes the links absolute once its script runs.
    page.locator(f'a[href="{chemin}"]:visible, a[href="{base_url}{chemin}"]:visible').first.click()
    page.wait_for_url(base_url + chemin)
    vue = vue_de(page, LETTRE)
    vue.attendre_pret()
    assert page.evaluate("window.__marqueur") == "accueil", "navigation instantanée : pas de rechargement"
    assert page.evaluate("performance.getEntriesByType('navigation')[0].name") == base_url
    saisie = {"candidat_nom": "Camille d'Arcy"}
    vue.remplir(saisie)
    vue.attendre_sortie(rendre(LETTRE, saisie)["text"])

    # Away and back through the history: a new widget element, the same worker.
    page.evaluate("document.querySelector('[data-widget]').__ancien = true")
    page.go_back()
    page.wait_for_url(base_url)
    page.go_forward()
    page.wait_for_url(base_url + chemin)
    page.wait_for_function(
        "() => document.querySelector('[data-widget]') && !document.querySelector('[data-widget]').__ancien"
    )
    vue.attendre_pret()
    assert vue.formulaire()["candidat_nom"] == saisie["candidat_nom"]
    saisie["entreprise"] = "L'Atelier du Lac"
    vue.remplir({"entreprise": saisie["entreprise"]})
    vue.attendre_sortie(rendre(LETTRE, saisie)["text"])

    assert page.evaluate("window.__marqueur") == "accueil"
    nos_workers = [u for u in page.evaluate("window.__workers") if urlsplit(u).path.endswith("/rattrapage/worker.mjs")]
    assert len(nos_workers) == 1, f"un seul worker Python pour la visite : {nos_workers}"
