"""The finishing step (``widgets/build/``) over a small built site made here, whatever generator.

The real builds are checked by ``test_built_site.py`` (MkDocs' ``site/`` and
Zensical's ``site-zensical/``); these tests pin what the step promises: its order
(the service worker's version covers the pages with their policy and the stamped
worker), one finishing per build, the ``<style>`` of a theme's script allowed by
hash only, and French messages when it cannot finish.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.site_construit import RACINE
from widgets.build import FinitionImpossible, csp, finir, moteur

THEME = RACINE / "widgets" / "theme"
PAGE = """<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <script>{script}</script>
  </head>
  <body>{corps}</body>
</html>
"""


def _construire(racine: Path, script: str = "var a = 1", corps: str = "", bundle: str | None = None) -> Path:
    """What a generator leaves: two pages, the theme's worker and service worker, maybe a bundle."""
    site = racine / "site"
    (site / "a-propos").mkdir(parents=True)
    (site / "index.html").write_text(PAGE.format(script=script, corps=corps), encoding="utf-8")
    (site / "a-propos" / "index.html").write_text(PAGE.format(script="var b = 2", corps=""), encoding="utf-8")
    (site / "assets" / "rattrapage").mkdir(parents=True)
    shutil.copy(THEME / "assets" / "rattrapage" / "worker.mjs", site / moteur.WORKER)
    shutil.copy(THEME / "sw.js", site / "sw.js")
    if bundle is not None:
        (site / "assets" / "javascripts").mkdir(parents=True)
        (site / "assets" / "javascripts" / "bundle.0123abcd.min.js").write_text(bundle, encoding="utf-8")
    return site


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A runtime as ``make setup`` assembles it, in miniature."""
    source = tmp_path / "runtime"
    source.mkdir()
    (source / "pyodide-lock.json").write_text("{}", encoding="utf-8")
    (source / "runtime.json").write_text(json.dumps({"key": "c1e", "pyodide": "9.9.9"}), encoding="utf-8")
    (source / ".stamp").write_text("", encoding="utf-8")
    return source


def _version(site: Path) -> str:
    trouve = re.search(r'const VERSION = "([0-9a-f]{16})";', (site / "sw.js").read_text(encoding="utf-8"))
    assert trouve, "sw.js n’est pas tamponné"
    return trouve[1]


def _politique(page: Path) -> str:
    trouve = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page.read_text("utf-8"))
    assert trouve, f"{page} sans Content-Security-Policy"
    return trouve[1].replace("&#x27;", "'")


def test_every_page_gets_its_policy_and_the_runtime_its_place(tmp_path, source):
    site = _construire(tmp_path)
    finir.finir(site, source)
    for page, script in ((site / "index.html", "var a = 1"), (site / "a-propos" / "index.html", "var b = 2")):
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy"', html)
        assert f"script-src 'self' {csp.empreinte(script)};" in _politique(page)
        assert "style-src 'self';" in _politique(page), "no <style> written by a script: 'self' only"
    assert (site / "pyodide" / "runtime.json").is_file() and not (site / "pyodide" / ".stamp").exists()
    worker = (site / moteur.WORKER).read_text(encoding="utf-8")
    assert 'const MANIFESTE = {"key": "c1e", "pyodide": "9.9.9"};' in worker
    sw = (site / "sw.js").read_text(encoding="utf-8")
    assert 'const PYODIDE = "9.9.9";' in sw
    assert '"a-propos/"' in sw and '"pyodide/runtime.json"' in sw


def test_the_service_worker_version_covers_the_final_files(tmp_path, source):
    """Stamped last: stamping the finished site again gives the same version (the policy came before)."""
    site = _construire(tmp_path)
    finir.finir(site, source)
    version = _version(site)
    shutil.copy(THEME / "sw.js", site / "sw.js")
    moteur.tamponner_service_worker(site)
    assert _version(site) == version

    autre = _construire(tmp_path / "autre", script="var a = 2")
    finir.finir(autre, source)
    assert _version(autre) != version, "another page, another build"


def test_a_site_is_finished_once(tmp_path, source):
    site = _construire(tmp_path)
    finir.finir(site, source)
    with pytest.raises(FinitionImpossible, match="une Content-Security-Policy y est déjà"):
        finir.finir(site, source)


def test_an_unknown_widget_stops_the_step(tmp_path, source):
    site = _construire(tmp_path, corps='<p class="rw-inconnu">Widget inconnu : x</p>')
    with pytest.raises(FinitionImpossible, match=r"widget au nom inconnu dans : index\.html"):
        finir.finir(site, source)


def test_an_inline_handler_stops_the_step(tmp_path, source):
    site = _construire(tmp_path, corps='<button onclick="x()">x</button>')
    with pytest.raises(FinitionImpossible, match="gestionnaire d’événement en ligne"):
        finir.finir(site, source)


def test_the_style_a_theme_script_writes_is_allowed_by_its_hash_only(tmp_path, source):
    """Zensical's search writes its stylesheet into a shadow root: ``("style",{},NAME.toString())``."""
    bundle = "var x=1,Tc='.u{content:\\'\\u00e9\\'}';function f(){h(\"style\",{},Tc.toString())}"
    site = _construire(tmp_path, bundle=bundle)
    finir.finir(site, source)
    politique = _politique(site / "index.html")
    style = ".u{content:'é'}"
    assert f"style-src 'self' {csp.empreinte(style)};" in politique
    assert "unsafe-inline" not in politique


def test_without_the_runtime_the_step_says_what_to_run(tmp_path):
    site = _construire(tmp_path)
    with pytest.raises(FinitionImpossible, match="make build"):
        finir.finir(site, tmp_path / "absent")


def test_the_command_line_reports_in_french(tmp_path, source, capsys):
    assert finir.main([str(tmp_path / "vide"), "--moteur", str(source)]) == 1
    assert "Finition impossible" in capsys.readouterr().err
    site = _construire(tmp_path)
    assert finir.main([str(site), "--moteur", str(source)]) == 0
