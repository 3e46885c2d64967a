"""The registry of widgets: one module per widget, each exporting ``WIDGET``.

To add a widget, write ``widgets/<id_with_underscores>.py`` declaring its fields
and a pure ``rendre(valeurs) -> Rendu``, then add its module name below.
"""

from __future__ import annotations

import importlib
from functools import cache

from rattrapage.champs import Widget

#: Module names, in the order the schema lists them.
MODULES = (
    "diagnostic",
    "script_feedback",
    "script_ressenti",
    "lettre_apres_entretien",
    "debrief",
    "challenger",
    "relance",
    "reponse_refus",
)


def tous() -> list[Widget]:
    """Every widget, in registry order."""
    return list(_par_id().values())


def par_id(widget_id: str) -> Widget | None:
    """The widget with this id, or ``None`` (called at every keystroke in the browser)."""
    return _par_id().get(widget_id)


@cache
def _par_id() -> dict[str, Widget]:
    """The registry, imported once: widgets are immutable declarations."""
    widgets = (importlib.import_module(f"{__name__}.{m}").WIDGET for m in MODULES)
    return {w.id: w for w in widgets}
