"""Small numbers in words, as French prose writes them (« deux lacunes », « une question »).

Typographic usage spells out numbers in running text up to about ten; the
widgets count only small things (questions, lines of a list), and fall back to
digits beyond twelve.
"""

from __future__ import annotations

_NOMBRES = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze")


def en_toutes_lettres(n: int, *, feminin: bool = False) -> str:
    """« un », « une », « deux »… « douze »; digits beyond (and for negatives)."""
    if not 0 <= n < len(_NOMBRES):
        return str(n)
    if feminin and n == 1:
        return "une"
    return _NOMBRES[n]


def compter(n: int, singulier: str, pluriel: str = "", *, feminin: bool = False) -> str:
    """A count and its noun, agreed: « une lacune », « deux lacunes », « aucune lacune »
    (``pluriel`` defaults to ``singulier`` + « s »)."""
    if n == 0:
        return f"{'aucune' if feminin else 'aucun'} {singulier}"
    mot = singulier if n == 1 else (pluriel or f"{singulier}s")
    return f"{en_toutes_lettres(n, feminin=feminin)} {mot}"


def decimal(x: float) -> str:
    """« 4 », « 4,5 »: a French decimal comma."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}".replace(".", ",")
