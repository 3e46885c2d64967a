"""Agreement: the grammar that depends on who writes.

Civilité, greetings and closings are :mod:`rattrapage.redaction.personne`'s.

The candidate chooses how agreements are written (``feminin``, ``masculin``, or
``neutre``: a phrasing that needs none). We never write « motivé(e) »: each
sentence that would agree is written three times by its author, so the neutral
one is a real épicène sentence, not a truncated form.
"""

from __future__ import annotations

from typing import Literal

Accord = Literal["feminin", "masculin", "neutre"]


def selon_accord(accord: str | None, *, feminin: str, masculin: str, neutre: str) -> str:
    """The variant of a sentence that fits the candidate's choice (neutral when unset)."""
    if accord == "feminin":
        return feminin
    if accord == "masculin":
        return masculin
    return neutre
