"""Agreement and civilité: the grammar that depends on who writes and who reads.

The candidate chooses how agreements are written (``feminin``, ``masculin``, or
``neutre``: a phrasing that needs none). We never write « motivé(e) »: each
sentence that would agree is written three times by its author, so the neutral
one is a real épicène sentence, not a truncated form.
"""

from __future__ import annotations

from typing import Literal

Accord = Literal["feminin", "masculin", "neutre"]
Civilite = Literal["madame", "monsieur", "inconnu"]


def selon_accord(accord: str | None, *, feminin: str, masculin: str, neutre: str) -> str:
    """The variant of a sentence that fits the candidate's choice (neutral when unset)."""
    if accord == "feminin":
        return feminin
    if accord == "masculin":
        return masculin
    return neutre


def appellation(civilite: str | None) -> str:
    """« Madame », « Monsieur », or « Madame, Monsieur » when unknown."""
    if civilite == "madame":
        return "Madame"
    if civilite == "monsieur":
        return "Monsieur"
    return "Madame, Monsieur"


def salutation(civilite: str | None, nom: str | None, *, email: bool) -> str:
    """The greeting line.

    Email: « Bonjour Madame Durand, » (accepted usage) or « Bonjour Madame, ».
    Letter: « Madame, ». Unknown civilité: « Madame, Monsieur, » in both.
    """
    if civilite not in ("madame", "monsieur"):
        return "Madame, Monsieur,"
    titre = appellation(civilite)
    if email:
        return f"Bonjour {titre} {nom}," if nom else f"Bonjour {titre},"
    return f"{titre},"


def formule_de_politesse(civilite: str | None, *, email: bool) -> str:
    """Email: a short formula. Letter: a full sentence repeating the greeting."""
    if email:
        return "Bien cordialement,"
    return f"Je vous prie d’agréer, {appellation(civilite)}, l’expression de mes salutations distinguées."


def destinataire(civilite: str | None, nom: str | None) -> str:
    """The addressee line of a postal letter: « Madame Durand », « Monsieur Martin »."""
    if civilite in ("madame", "monsieur") and nom:
        return f"{appellation(civilite)} {nom}"
    if nom:
        return nom
    return appellation(civilite) if civilite in ("madame", "monsieur") else ""
