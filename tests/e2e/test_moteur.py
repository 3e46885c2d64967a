"""The runtime's mechanisms (issue 5 and 6): snapshot boot and its fallbacks, the
snapshot kept on the device and read back, Python started from the page's head
for a returning visitor, a dead worker replaced, the site offline after one
visit. Speed itself is measured by `make bench`, never asserted here.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Route
from rattrapage.api import rendre

from tests.e2e.conftest import attendre_copie_de_l_instantane

LETTRE = "lettre-apres-entretien"
#: Material's files whose name carries a hash of their content.
EMPREINTE = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")


def _mode(page) -> str:
    return page.evaluate("document.documentElement.dataset.pythonBoot")


def _source(page) -> str:
    return page.evaluate("document.documentElement.dataset.pythonSource")


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
    """The worker as another build would have it: its manifest expects another snapshot key."""
    texte = route.fetch().text()
    autre = re.sub(r'"key": "[0-9a-f]+"', '"key": "0000000000000000"', texte, count=1)
    assert autre != texte, "the built worker carries its manifest"
    route.fulfill(status=200, content_type="text/javascript; charset=utf-8", body=autre)


def _snapshot_unreadable(route: Route) -> None:
    route.fulfill(status=200, content_type="application/octet-stream", body=b"\x1f\x8b pas un gzip")


@pytest.mark.allow_console_errors  # a 404 or a broken download is logged by the browser
@pytest.mark.parametrize(
    ("motif", "remplacement"),
    [
        ("**/instantane-*.bin.gz", _snapshot_absent),
        ("**/instantane-*.bin.gz", _snapshot_unreadable),
        ("**/assets/rattrapage/worker.mjs", _manifest_with_another_key),
    ],
    ids=["snapshot-missing", "snapshot-unreadable", "snapshot-of-another-build"],
)
def test_fallback_boot_when_snapshot_unusable(nouveau_contexte, ouvrir, motif, remplacement):
    page = nouveau_contexte(service_workers="block").new_page()
    page.route(motif, remplacement)
    vue = ouvrir(LETTRE, page=page)
    assert _mode(page) == "normal"
    vue.remplir({"candidat_nom": "Dominique Petit", "entreprise": "Rivage"})
    vue.attendre_sortie(_rendu(vue))


def test_snapshot_is_kept_on_the_device_and_read_back(nouveau_contexte, ouvrir):
    page = nouveau_contexte(service_workers="block").new_page()
    vue = ouvrir(LETTRE, page=page)
    assert (_mode(page), _source(page)) == ("instantane", "site")
    attendre_copie_de_l_instantane(page)
    page.reload()
    vue.attendre_pret()
    assert (_mode(page), _source(page)) == ("instantane", "appareil")
    vue.remplir({"candidat_nom": "Claude Retour"})
    vue.attendre_sortie(_rendu(vue))


#: Spoil the device copy as a new build, a cut-short write or a damaged disk would.
ABIMER_COPIE = """async (abimer) => {
  const dossier = await navigator.storage.getDirectory();
  let nom;
  for await (const cle of dossier.keys()) if (cle.startsWith("instantane-")) nom = cle;
  const octets = new Uint8Array(await (await (await dossier.getFileHandle(nom)).getFile()).arrayBuffer());
  let contenu = octets;
  if (abimer === "autre-version") {
    await dossier.removeEntry(nom);
    nom = nom.replace(/[0-9a-f]+[.]bin$/, "0000000000000000.bin"); // this site's, another build's key
  } else if (abimer === "tronquee") {
    contenu = octets.subarray(0, octets.length >> 1);
  } else {
    contenu = new Uint8Array(octets.length);
  }
  const flux = await (await dossier.getFileHandle(nom, { create: true })).createWritable();
  await flux.write(contenu);
  await flux.close();
}"""


@pytest.mark.parametrize("abimer", ["autre-version", "tronquee", "illisible"])
def test_stale_or_damaged_device_copy_is_replaced(nouveau_contexte, ouvrir, abimer):
    """Another build's copy and one cut short (a visit closed while writing it) are never
    handed to Pyodide: one start, one .wasm. One of the right size that does not restore is
    deleted, and Python starts again from the site's snapshot."""
    page = nouveau_contexte(service_workers="block").new_page()
    vue = ouvrir(LETTRE, page=page)
    attendre_copie_de_l_instantane(page)
    page.evaluate(ABIMER_COPIE, abimer)
    wasm: list[str] = []
    page.on("request", lambda requete: wasm.append(requete.url) if requete.url.endswith(".wasm") else None)
    page.reload()
    vue.attendre_pret()
    assert (_mode(page), _source(page)) == ("instantane", "site"), "the site's snapshot, not the spoilt copy"
    if abimer != "illisible":
        assert len(wasm) == 1, f"Pyodide started once, from the site's snapshot: {wasm}"
    vue.remplir({"candidat_nom": "Alix Nouveau"})
    vue.attendre_sortie(_rendu(vue))
    attendre_copie_de_l_instantane(page)  # written again, and nothing else left


def test_returning_visitor_starts_python_while_the_page_parses(ouvrir):
    vue = ouvrir(LETTRE)
    page = vue.page
    assert page.evaluate("window.rattrapageAmorce") is None, "a first visit waits for the page to be ready"
    page.wait_for_function("() => document.documentElement.dataset.horsLigne === 'pret'", timeout=60_000)
    attendre_copie_de_l_instantane(page)
    page.reload()
    vue.attendre_pret()
    moments = page.evaluate(
        """() => ({
          prise: window.rattrapageAmorce?.prise ?? null,
          debut: window.rattrapageAmorce?.debut ?? null,
          dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart,
        })"""
    )
    assert moments["prise"] is True, "the worker started in <head> is the one the widgets use"
    assert moments["debut"] < moments["dcl"], f"started while the page was parsed: {moments}"
    assert (_mode(page), _source(page)) == ("instantane", "appareil")
    vue.remplir({"candidat_nom": "Sacha Revenu"})
    vue.attendre_sortie(_rendu(vue))


def test_returning_visit_asks_the_network_only_for_what_may_have_changed(contexte, ouvrir):
    """Pages and our own files: network first (an update shows at once); the runtime and
    Material's hashed files: from the service worker's cache, without a round trip."""
    vue = ouvrir(LETTRE)
    page = vue.page
    page.wait_for_function("() => document.documentElement.dataset.horsLigne === 'pret'", timeout=60_000)
    reseau: list[str] = []

    def noter(route: Route) -> None:
        reseau.append(route.request.url)
        route.continue_()

    contexte.route("**/*", noter)
    page.reload()
    vue.attendre_pret()
    chemins = [url.split("/rattrapage/", 1)[-1] for url in reseau]
    assert "ecrire-au-recruteur/" in chemins, f"the page itself is asked for: {chemins}"
    assert "assets/rattrapage/rattrapage.mjs" in chemins, f"our own files are asked for: {chemins}"
    gardes = [c for c in chemins if c.startswith("pyodide/pyodide") or ".bin" in c or EMPREINTE.search(c)]
    assert gardes == [], f"served from the cache without the network: {gardes}"


def test_slow_snapshot_download_gives_way_to_normal_boot(nouveau_contexte, ouvrir):
    """A snapshot request that never answers is dropped once a normal boot would have been done
    (at least 3 s), and the normal boot fetches the .wasm once."""
    page = nouveau_contexte(service_workers="block").new_page()
    page.route("**/instantane-*.bin.gz", lambda route: None)  # left pending: a stalled network
    wasm: list[str] = []
    page.on("request", lambda requete: wasm.append(requete.url) if requete.url.endswith(".wasm") else None)
    vue = ouvrir(LETTRE, page=page)
    assert _mode(page) == "normal"
    assert "ne vient pas" in page.evaluate("document.documentElement.dataset.pythonReason")
    assert len(wasm) == 1, f"the .wasm is fetched once: {wasm}"
    vue.remplir({"candidat_nom": "Réseau Lent"})
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
