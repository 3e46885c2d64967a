"""The finishing step: what a built site needs before its widgets can start, whatever built it.

A site generator (MkDocs today, Zensical tomorrow) writes the pages, the theme's
assets and our modules into a folder. What the widgets need beyond that is done
here, over the finished folder, so that it does not depend on one generator's
plugin API (Zensical runs no MkDocs hook):

- :mod:`widgets.build.csp`: each page's Content-Security-Policy, from its final HTML;
- :mod:`widgets.build.moteur`: the Python runtime copied into ``pyodide/``, its
  manifest written into the worker, the service worker stamped with the build's
  version and file list;
- :mod:`widgets.build.finir`: the entry point that runs them in the right order
  (``python -m widgets.build.finir site/``); the MkDocs hook
  (``widgets/hooks/finition.py``) calls it too.

Standard library only: it runs after any generator, in the project's ``.venv``.
"""

from __future__ import annotations


class FinitionImpossible(Exception):
    """The built site cannot be finished; the message says why, in French, for whoever builds."""
