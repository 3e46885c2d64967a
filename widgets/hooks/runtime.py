"""MkDocs hook: put the self-hosted Python runtime and the service worker in the site.

``make setup`` assembles ``build/runtime/`` (Pyodide's core files from the pinned
npm package, the wheel of ``py/``, a site-local ``pyodide-lock.json`` that
registers it, the memory snapshot and ``runtime.json``). This hook copies that
folder to ``site/pyodide/``, so that the site loads nothing from another host,
writes ``runtime.json`` into the Python worker, then stamps ``sw.js`` with this
build's version and file list. Widgets themselves are placed by a Markdown
extension (``rattrapage.fence``), not here.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

DOSSIER_SITE = "pyodide"


def _source(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "build" / "runtime"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not (_source(config) / "pyodide-lock.json").exists():
        raise PluginError("Le moteur Python du site manque (build/runtime/) : lancez « make build » ou « make serve ».")
    return config


#: Search languages Material loads for ``language: fr``; the other lunr files are
#: never requested, so the service worker does not keep them.
_LUNR_UTILES = ("lunr.stemmer.support.min.js", "lunr.fr.min.js")


def _a_garder(relatif: str) -> bool:
    """Files the service worker keeps for offline visits."""
    if relatif == "sw.js" or relatif.endswith((".map", ".gz")):
        return False
    if relatif.startswith("assets/javascripts/lunr/"):
        return relatif.endswith(_LUNR_UTILES)
    return True


def _tamponner_service_worker(site: Path) -> None:
    fichiers = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    gardes = [f for f in fichiers if _a_garder(f)]
    # Pages are requested by their folder URL (« a-propos/ »), as instant navigation and links do.
    urls = [f.removesuffix("index.html") for f in gardes]
    empreinte = hashlib.sha256()
    for relatif in gardes:
        if not relatif.startswith(f"{DOSSIER_SITE}/"):  # the runtime is keyed by runtime.json
            empreinte.update(relatif.encode() + b"\0" + (site / relatif).read_bytes())
    moteur = json.loads((site / DOSSIER_SITE / "runtime.json").read_text())
    empreinte.update(moteur["cle"].encode())
    sw = site / "sw.js"
    texte = sw.read_text(encoding="utf-8")
    texte = texte.replace("__VERSION__", empreinte.hexdigest()[:16]).replace("__PYODIDE__", moteur["pyodide"])
    texte = texte.replace("const FICHIERS = []; // __FICHIERS__", f"const FICHIERS = {json.dumps(urls)};")
    sw.write_text(texte, encoding="utf-8")


#: Where the Python worker receives this build's runtime.json (see worker.mjs).
WORKER = "assets/rattrapage/worker.mjs"
_MARQUE_MANIFESTE = "const MANIFESTE = null; // __MANIFESTE__"


def _tamponner_worker(site: Path) -> None:
    """Write runtime.json into the worker: the snapshot's request is its first, no manifest before it."""
    worker = site / WORKER
    texte = worker.read_text(encoding="utf-8")
    if _MARQUE_MANIFESTE not in texte:
        raise PluginError(
            f"{WORKER} : la ligne « {_MARQUE_MANIFESTE} » manque, le build ne peut pas y écrire le manifeste."
        )
    moteur = json.loads((site / DOSSIER_SITE / "runtime.json").read_text(encoding="utf-8"))
    worker.write_text(texte.replace(_MARQUE_MANIFESTE, f"const MANIFESTE = {json.dumps(moteur)};"), encoding="utf-8")


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    shutil.copytree(_source(config), site / DOSSIER_SITE, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".stamp"))
    _tamponner_worker(site)  # before the service worker's version, which covers the worker's text
    _tamponner_service_worker(site)
