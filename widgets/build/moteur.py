"""The self-hosted Python runtime in the built site, and the stamps that name this build.

``make setup`` assembles ``build/runtime/`` (Pyodide's core files from the pinned
npm package, the wheel of ``py/``, a site-local ``pyodide-lock.json`` that
registers it, the memory snapshot and ``runtime.json``). :func:`installer` copies
that folder to ``<site>/pyodide/``, so that the site loads nothing from another
host, and writes ``runtime.json`` into the Python worker. :func:`tamponner_service_worker`
then writes this build's version and file list into ``sw.js``: it must come last,
since the version is a hash over the final files (pages with their policy, the
stamped worker). Widgets themselves are placed by a Markdown extension
(``rattrapage.fence``), not here.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from widgets.build import FinitionImpossible

#: The runtime's folder in the site; ``worker.mjs`` loads ``../../pyodide/``.
DOSSIER_SITE = "pyodide"

#: Where the Python worker receives this build's runtime.json (see worker.mjs).
WORKER = "assets/rattrapage/worker.mjs"
_MARQUE_MANIFESTE = "const MANIFESTE = null; // __MANIFESTE__"
#: Where the service worker receives the list of files it keeps (see sw.js).
_MARQUE_FICHIERS = "const FICHIERS = []; // __FICHIERS__"

#: Search languages Material loads for ``language: fr``; the other lunr files are
#: never requested, so the service worker does not keep them. (Zensical's search
#: has no lunr folder: nothing to leave out.)
_LUNR_UTILES = ("lunr.stemmer.support.min.js", "lunr.fr.min.js")


def verifier(source: Path) -> None:
    """Fail early, before a generator spends time on the pages, when setup has not run."""
    if not (source / "pyodide-lock.json").exists():
        raise FinitionImpossible(
            "Le moteur Python du site manque (build/runtime/) : lancez « make build » ou « make serve »."
        )


def installer(site: Path, source: Path) -> None:
    """Copy the runtime into the site, then write its manifest into the worker."""
    verifier(source)
    shutil.copytree(source, site / DOSSIER_SITE, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".stamp"))
    _tamponner_worker(site)


def _tamponner_worker(site: Path) -> None:
    """Write runtime.json into the worker: the snapshot's request is its first, no manifest before it."""
    worker = site / WORKER
    if not worker.is_file():
        raise FinitionImpossible(f"{WORKER} manque dans {site} : le thème (custom_dir) n’a pas été copié.")
    texte = worker.read_text(encoding="utf-8")
    if _MARQUE_MANIFESTE not in texte:
        raise FinitionImpossible(
            f"{WORKER} : la ligne « {_MARQUE_MANIFESTE} » manque, le build ne peut pas y écrire le manifeste."
        )
    moteur = json.loads((site / DOSSIER_SITE / "runtime.json").read_text(encoding="utf-8"))
    worker.write_text(texte.replace(_MARQUE_MANIFESTE, f"const MANIFESTE = {json.dumps(moteur)};"), encoding="utf-8")


def _a_garder(relatif: str) -> bool:
    """Files the service worker keeps for offline visits."""
    if relatif == "sw.js" or relatif.endswith((".map", ".gz")):
        return False
    if relatif.startswith("assets/javascripts/lunr/"):
        return relatif.endswith(_LUNR_UTILES)
    return True


def tamponner_service_worker(site: Path) -> None:
    """Write into ``sw.js`` this build's version (a hash of the files it keeps) and their URLs."""
    fichiers = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    gardes = [f for f in fichiers if _a_garder(f)]
    # Pages are requested by their folder URL (« a-propos/ »), as instant navigation and links do.
    urls = [f.removesuffix("index.html") for f in gardes]
    empreinte = hashlib.sha256()
    for relatif in gardes:
        if not relatif.startswith(f"{DOSSIER_SITE}/"):  # the runtime is keyed by runtime.json
            empreinte.update(relatif.encode() + b"\0" + (site / relatif).read_bytes())
    moteur = json.loads((site / DOSSIER_SITE / "runtime.json").read_text())
    empreinte.update(moteur["key"].encode())
    sw = site / "sw.js"
    texte = sw.read_text(encoding="utf-8") if sw.is_file() else ""
    if "__VERSION__" not in texte or _MARQUE_FICHIERS not in texte:
        raise FinitionImpossible(f"{sw} : absent ou déjà tamponné ; le build ne peut pas y écrire sa version.")
    texte = texte.replace("__VERSION__", empreinte.hexdigest()[:16]).replace("__PYODIDE__", moteur["pyodide"])
    texte = texte.replace(_MARQUE_FICHIERS, f"const FICHIERS = {json.dumps(urls)};")
    sw.write_text(texte, encoding="utf-8")
