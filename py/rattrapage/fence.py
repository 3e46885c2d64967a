"""The Markdown side: a pymdownx.superfences custom fence that places a widget.

An author writes, in any page::

    ```widget
    lettre-apres-entretien
    ```

and the build replaces it with the widget's form and default output
(:func:`rattrapage.formulaire.widget_html`). This is a Markdown extension hook,
not an MkDocs plugin, so it survives a change of site generator. An unknown id is
reported as an MkDocs warning, which fails the strict build.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from rattrapage.formulaire import widget_html
from rattrapage.widgets import par_id

journal = logging.getLogger("mkdocs.rattrapage")


def valider(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, str], md: Any) -> bool:
    """Superfences validator: the fence takes no options."""
    return not inputs


def formater(source: str, language: str, css_class: str, options: dict[str, Any], md: Any, **kwargs: Any) -> str:
    """Superfences formatter: the widget's HTML for the id written in the fence."""
    widget_id = source.strip()
    widget = par_id(widget_id)
    if widget is None:
        journal.warning("Bloc ```widget : widget inconnu « %s ».", widget_id)
        return f'<p class="rw-inconnu">Widget inconnu\u00a0: {escape(widget_id)}</p>'
    return widget_html(widget)
