"""The one entry point the browser worker calls.

JSON text in, JSON text out: the worker never holds a Python object (no PyProxy
to leak or destroy), and the same function can be tested on CPython.
"""

from __future__ import annotations

import json
from typing import Any

from rattrapage.api import rendre, schema


def traiter(requete: str) -> str:
    """Answer one request: ``{"widget": ID, "data": {...}}`` or ``{"schema": true}``.

    Never raises: a bug in a widget becomes a French message for the page, and
    the worker stays usable for the next keystroke.
    """
    try:
        message = json.loads(requete)
        reponse: dict[str, Any] = schema() if message.get("schema") else rendre(message["widget"], message.get("data"))
    except Exception as e:  # the page must get an answer whatever happens
        reponse = {"errors": {"_": f"Erreur interne du générateur ({type(e).__name__}). Votre saisie est conservée."}}
    return json.dumps(reponse, ensure_ascii=False)
