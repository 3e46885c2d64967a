"""Dates in words, the way a French letter writes them (« le jeudi 12 mars 2026 »)."""

from __future__ import annotations

import datetime as dt

MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _quantieme(jour: int) -> str:
    return "1ᵉʳ" if jour == 1 else str(jour)


def en_lettres(date: dt.date, *, jour_semaine: bool = False, annee: bool = True) -> str:
    """« 12 mars 2026 », « jeudi 12 mars 2026 », « 1er mai » (without the article,
    so that the caller writes « le », « du » or « au » as the sentence needs)."""
    texte = f"{_quantieme(date.day)}\u00a0{MOIS[date.month - 1]}"
    if annee:
        texte += f" {date.year}"
    if jour_semaine:
        texte = f"{JOURS[date.weekday()]} {texte}"
    return texte


def lire_iso(texte: str) -> dt.date:
    """``YYYY-MM-DD`` to a date; ``ValueError`` for anything else (« 2026-02-30 »)."""
    if len(texte) != 10 or texte[4] != "-" or texte[7] != "-":
        raise ValueError(texte)
    return dt.date(int(texte[:4]), int(texte[5:7]), int(texte[8:]))
