"""Which built site the tests read.

``site/`` (``make build``: MkDocs) unless ``SITE_DIR`` names another folder of the
repository, the same variable ``mkdocs.yml`` reads for ``site_dir``: ``make
zensical-test`` runs the built-site checks (``tests/site``) and the end-to-end
smoke run (``tests/e2e/test_fumee.py``) again with ``SITE_DIR=site-zensical``,
the folder ``make build-zensical`` writes.
"""

from __future__ import annotations

import os
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
SITE = RACINE / os.environ.get("SITE_DIR", "site")
