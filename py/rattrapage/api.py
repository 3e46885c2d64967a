"""The JSON-level entry points shared by the CLI, the build and the browser worker.

Plain dicts in, plain dicts out: nothing here needs to cross the JS boundary as a
Python object.
"""

from __future__ import annotations

from typing import Any

from rattrapage.validation import valider
from rattrapage.widgets import par_id, tous


def schema() -> dict[str, Any]:
    """``{"widgets": [{"id", "title", "fields": [...]}]}`` (see the contract)."""
    return {"widgets": [w.schema() for w in tous()]}


def rendre(widget_id: str, donnees: Any) -> dict[str, Any]:
    """Render one widget.

    The answer always holds ``errors`` (empty when the input is valid). When the
    widget exists it also holds the rendering, with invalid fields shown as empty,
    so the browser can keep its preview while it shows the messages; the CLI
    prints only the errors in that case.
    """
    widget = par_id(widget_id)
    if widget is None:
        return {"errors": {"_": f"Widget inconnu\u00a0: « {widget_id} »."}}
    valeurs, erreurs = valider(widget, donnees)
    if "_" in erreurs:
        return {"errors": erreurs}
    return {**widget.rendre(valeurs).en_json(), "errors": erreurs}
