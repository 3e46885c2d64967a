"""The built site (``make build`` output in site/): pages, self-hosting, runtime.

These tests read ``site/`` as GitHub Pages will serve it; ``make site-test``
builds it first. ``make zensical-test`` runs them again on Zensical's build
(``SITE_DIR=site-zensical``, see ``tests/site_construit.py``).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from rattrapage.api import rendre
from rattrapage.widgets import par_id

from tests.site_construit import RACINE, SITE

PAGES = sorted(SITE.glob("**/index.html")) if SITE.exists() else []


@pytest.fixture(scope="module", autouse=True)
def _site_construit():
    if not (SITE / "index.html").exists():
        pytest.fail(
            f"{SITE.name}/ n’est pas construit : lancez « make build » (make site-test le fait), "
            "ou « make build-zensical » pour site-zensical/."
        )


class _Page(HTMLParser):
    """Collects what the checks need: headings, meta, loaded resources."""

    def __init__(self) -> None:
        super().__init__()
        self.h1 = 0
        self.lang = ""
        self.description = ""
        self.ressources: list[str] = []
        self.prechargements: list[str] = []
        self.modules: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        if tag == "h1":
            self.h1 += 1
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content", "")
        if tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.ressources.append(a["src"])
        if tag == "link" and a.get("rel") not in ("canonical", "alternate") and a.get("href"):
            self.ressources.append(a["href"])
        if tag == "link" and a.get("rel") in ("preload", "modulepreload", "prefetch") and a.get("href"):
            self.prechargements.append(a["href"])
        if tag == "script" and a.get("type") == "module" and a.get("src"):
            self.modules.append(a["src"])


def _analyser(chemin: Path) -> _Page:
    page = _Page()
    page.feed(chemin.read_text(encoding="utf-8"))
    return page


def _nom(chemin: Path) -> str:
    return str(chemin.parent.relative_to(SITE)) or "accueil"


@pytest.mark.parametrize("chemin", PAGES, ids=_nom)
def test_page_is_french_with_one_h1_and_a_description(chemin):
    page = _analyser(chemin)
    assert page.lang == "fr"
    assert page.h1 == 1
    assert 50 <= len(page.description) <= 200


@pytest.mark.parametrize("chemin", PAGES, ids=_nom)
def test_page_loads_nothing_from_another_host(chemin):
    page = _analyser(chemin)
    externes = [r for r in page.ressources if re.match(r"^(https?:)?//", r)]
    assert not externes
    assert not [r for r in page.ressources if r.startswith("/")], "absolute URLs break under a GitHub Pages sub-path"


#: A static import at the top of a module (not ``import()``, not a JSDoc ``{import("…")}``).
_IMPORT_STATIQUE = re.compile(r"""^import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["']""", re.M)


def _chemin_du_site(url: str) -> str:
    """An URL of the site (``http://x/…``) as a path under site/, query left out."""
    return urlsplit(url).path.lstrip("/")


def _imports_statiques(chemin: str) -> set[str]:
    texte = (SITE / chemin).read_text(encoding="utf-8")
    return {_chemin_du_site(urljoin(f"http://x/{chemin}", cible)) for cible in _IMPORT_STATIQUE.findall(texte)}


def test_modules_preloaded_are_those_the_entry_module_imports_at_once():
    """No preload an engine leaves unused (WebKit warns): every module a widget page
    preloads is its entry module or one that module imports statically, so it runs
    at load; and each of those is preloaded (they would otherwise come a round trip late)."""
    pages_verifiees = 0
    for chemin in PAGES:
        page = _analyser(chemin)
        adresse = f"http://x/{chemin.relative_to(SITE).as_posix()}"
        precharges = {_chemin_du_site(urljoin(adresse, h)) for h in page.prechargements}
        if not precharges:
            continue
        entrees = {_chemin_du_site(urljoin(adresse, m)) for m in page.modules} - {"assets/rattrapage/rattrapage.mjs"}
        assert entrees == {"assets/rattrapage/widgets.mjs"}, f"{_nom(chemin)} : modules d’entrée {entrees}"
        utilises = entrees | {i for e in entrees for i in _imports_statiques(e)}
        assert precharges <= utilises, f"{_nom(chemin)} : préchargés sans être importés : {precharges - utilises}"
        assert precharges == utilises, f"{_nom(chemin)} : importés sans être préchargés : {utilises - precharges}"
        pages_verifiees += 1
    assert pages_verifiees >= 1, "aucune page de widget ne précharge ses modules"


def test_css_and_our_scripts_reference_no_other_host():
    fichiers = [*SITE.glob("assets/**/*.css"), *SITE.glob("assets/rattrapage/*.mjs")]
    assert fichiers
    for fichier in fichiers:
        texte = fichier.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", texte), fichier
        assert not re.search(r"(import|fetch)\s*\(?\s*['\"]https?://", texte), fichier


def test_runtime_is_self_hosted_and_the_wheel_matches_the_lockfile():
    dossier = SITE / "pyodide"
    for nom in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (dossier / nom).is_file(), nom
    paquet = json.loads((dossier / "pyodide-lock.json").read_text())["packages"]["rattrapage"]
    roue = dossier / paquet["file_name"]
    assert hashlib.sha256(roue.read_bytes()).hexdigest() == paquet["sha256"]


def test_worker_carries_this_builds_manifest_and_its_snapshot_exists():
    """The build writes runtime.json into the worker (no request before the snapshot's)."""
    manifeste = json.loads((SITE / "pyodide" / "runtime.json").read_text())
    texte = (SITE / "assets" / "rattrapage" / "worker.mjs").read_text(encoding="utf-8")
    trouve = re.search(r"^const MANIFESTE = (\{.*\});$", texte, re.M)
    assert trouve, "the build did not write the manifest into worker.mjs"
    assert json.loads(trouve.group(1)) == manifeste
    instantane = SITE / "pyodide" / manifeste["snapshot"]
    assert instantane.is_file() and manifeste["key"] in instantane.name


def test_pyodide_is_pinned_once_and_shipped_at_that_version():
    version = json.loads((RACINE / "package.json").read_text())["dependencies"]["pyodide"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "pin an exact version"
    verrou = json.loads((RACINE / "package-lock.json").read_text())
    assert verrou["packages"]["node_modules/pyodide"]["version"] == version
    assert (
        f'"{version}"' in (SITE / "pyodide" / "pyodide.mjs").read_text()
        or version in (SITE / "pyodide" / "pyodide-lock.json").read_text()
    )


def test_widgets_in_pages_show_the_rendering_of_their_defaults():
    trouves = 0
    for chemin in PAGES:
        source = chemin.read_text(encoding="utf-8")
        for widget_id, sortie in re.findall(
            r'data-widget="([^"]+)".*?<div[^>]*data-widget-output[^>]*>(.*?)</div>', source, re.S
        ):
            widget = par_id(widget_id)
            assert widget is not None, widget_id
            assert html.unescape(sortie) == rendre(widget_id, widget.defauts())["text"]
            trouves += 1
    assert trouves >= 1


def test_french_404_page_and_sitemap_exist():
    assert "Page introuvable" in (SITE / "404.html").read_text(encoding="utf-8")
    assert (SITE / "sitemap.xml").is_file()
