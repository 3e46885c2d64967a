"""MkDocs hook: copy the self-hosted Python runtime into the built site.

``make setup`` assembles ``build/runtime/`` (Pyodide's core files from the pinned
npm package, the wheel of ``py/`` and a site-local ``pyodide-lock.json`` that
registers it). This hook only copies that folder to ``site/pyodide/`` so that the
site loads nothing from another host. Widgets themselves are placed by a Markdown
extension (``rattrapage.fence``), not by this hook.
"""

from __future__ import annotations

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


def on_post_build(config: MkDocsConfig) -> None:
    cible = Path(config.site_dir) / DOSSIER_SITE
    shutil.copytree(_source(config), cible, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".stamp"))
