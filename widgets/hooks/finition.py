"""MkDocs hook: a thin adapter to the generator-agnostic finishing step (``widgets/build/``).

What the widgets need beyond the pages (each page's Content-Security-Policy, the
Python runtime in ``pyodide/``, the stamped worker and service worker) is done
over the built folder by :func:`widgets.build.finir.finir`, so that a site built
by another generator (Zensical, ``make build-zensical``) is finished the same way.
This hook only checks early that the runtime exists and runs that step at the
end of ``mkdocs build`` and of each rebuild of ``mkdocs serve``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

# MkDocs puts only this hook's own folder on sys.path while it loads it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from widgets.build import FinitionImpossible, finir, moteur


def _source(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "build" / "runtime"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        moteur.verifier(_source(config))
    except FinitionImpossible as erreur:
        raise PluginError(str(erreur)) from erreur
    return config


def on_post_build(config: MkDocsConfig) -> None:
    try:
        finir.finir(Path(config.site_dir), _source(config))
    except FinitionImpossible as erreur:
        raise PluginError(str(erreur)) from erreur
