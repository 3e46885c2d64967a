"""Reading what the user typed, ready to be set into one of our sentences.

Shared by ``script-feedback``, ``script-ressenti`` and ``reponse-refus``. Every
value goes through :func:`~rattrapage.typographie.franciser`; an empty field
reads as its visible placeholder (« [intitulé du poste] »), so a half-filled form
still previews a whole text. A *fragment* is a value set inside our own sentence
(« je crois ne pas avoir assez mis en valeur {fragment}. »): it loses the
punctuation that would clash with ours and a leading determiner is lowered.
"""

from __future__ import annotations

import datetime as dt

from rattrapage.champs import Champ, Valeurs
from rattrapage.dates import en_lettres
from rattrapage.typographie import franciser, minuscule_initiale

#: Punctuation that cannot open or close a fragment set inside our sentence:
#: « concernant : budget ?. » would read badly and break the typography rules.
_PONCTUATION_DE_BORD = ".,;:!?…"


def texte(valeurs: Valeurs, champ: Champ) -> str:
    """The typed text with French typography, or the field's placeholder."""
    return ou_rien(valeurs, champ) or champ.manquant


def ou_rien(valeurs: Valeurs, champ: Champ) -> str:
    """The typed text with French typography, or ``""`` for an optional field."""
    valeur = valeurs.get(champ.nom)
    return franciser(valeur) if isinstance(valeur, str) and valeur else ""


def fragment_ou_rien(valeurs: Valeurs, champ: Champ) -> str:
    """The typed text as a piece of our sentence, or ``""`` when nothing is left."""
    brut = ou_rien(valeurs, champ).strip(_PONCTUATION_DE_BORD + " \u00a0\u202f")
    return minuscule_initiale(brut)


def fragment(valeurs: Valeurs, champ: Champ) -> str:
    """The typed text as a piece of our sentence, or the field's placeholder."""
    return fragment_ou_rien(valeurs, champ) or champ.manquant


def date_ou_rien(valeurs: Valeurs, champ: Champ, *, annee: bool = True) -> str:
    """A validated ISO date in words (« 12 mars 2026 »), or ``""``."""
    iso = valeurs.get(champ.nom)
    if not isinstance(iso, str) or not iso:
        return ""
    return en_lettres(dt.date.fromisoformat(iso), annee=annee)


def date(valeurs: Valeurs, champ: Champ, *, annee: bool = True) -> str:
    """A validated ISO date in words, or the field's placeholder."""
    return date_ou_rien(valeurs, champ, annee=annee) or champ.manquant


def annee(valeurs: Valeurs, champ: Champ) -> int | None:
    """The year of a validated ISO date, or ``None``."""
    iso = valeurs.get(champ.nom)
    return dt.date.fromisoformat(iso).year if isinstance(iso, str) and iso else None
