"""What kind of text the user typed, and how to set it in one of our sentences.

A free-text field may receive a noun phrase (« mes prétentions salariales »), a
sentence (« J’ai réorganisé l’entrepôt. ») or a question (« Pourquoi voulez-vous
quitter votre poste ? »). Pasted into « votre question concernant {…} » only the
first reads well. :func:`nature` tells them apart; :func:`inserer` lets a widget
write one wording per kind, so a question is quoted « … », a sentence stands as a
sentence, and a noun phrase fits the slot with its determiner lowered.

The texts given here are already francised (:func:`rattrapage.typographie.franciser`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from rattrapage.typographie import NBSP, NNBSP, majuscule, minuscule, minuscule_initiale, phrase

Nature = Literal["question", "phrase", "groupe"]

#: Subject pronouns that open a sentence (« Je », « J’ai », « Vous m’avez… »).
PRONOMS_SUJETS = ("je", "j’", "nous", "on", "il", "elle", "ils", "elles", "vous", "tu", "c’", "cela", "ça", "ce fut")
_INTERROGATIFS = ("pourquoi", "comment", "quel", "quelle", "quels", "quelles", "combien", "où", "quand", "qui", "que")
_INVERSION = re.compile(r"^[^\W\d_]+(?:-t)?-(?:vous|tu|il|elle|on|ils|elles|je|nous)\b", re.IGNORECASE)
_ESPACES = " \u00a0\u202f"
#: Quotes a user may type around their whole text: (opening, closing).
_AUTOUR = (("«", "»"), ('"', '"'), ("“", "”"))
_PONCTUATION = ".,;:!?…"


def _nu(texte: str) -> str:
    """``texte`` without spaces at either end, nor quotes that wrap all of it
    (« « Lyon » » → « Lyon »); quotes inside it (« au lieu de « Lyon » ») stay."""
    nu = texte.strip(_ESPACES)
    for ouvrant, fermant in _AUTOUR:
        interieur = nu[1:-1]
        if (
            len(nu) > 1
            and nu[0] == ouvrant
            and nu[-1] == fermant
            and ouvrant not in interieur
            and fermant not in interieur
        ):
            return interieur.strip(_ESPACES)
    return nu


def commence_par_pronom(texte: str) -> bool:
    """Whether ``texte`` opens with a subject pronoun: it is then a sentence."""
    debut = _nu(texte).lower()
    for pronom in PRONOMS_SUJETS:
        if debut.startswith(pronom) and (pronom.endswith("’") or debut[len(pronom) : len(pronom) + 1] in (" ", "")):
            return True
    return False


def est_question(texte: str) -> bool:
    """A question: it ends with « ? », or opens with an interrogative word or an
    inverted subject (« Avez-vous… », « Qu’est-ce… »)."""
    nu = _nu(texte)
    if nu.rstrip(" \u202f").endswith("?"):
        return True
    premier = re.split(r"[\s’']", nu.lower(), maxsplit=1)[0]
    if nu.lower().startswith(("qu’", "est-ce")):
        return True
    return (premier in _INTERROGATIFS and " " in nu) or bool(_INVERSION.match(nu))


def nature(texte: str) -> Nature:
    """Question, sentence or noun phrase."""
    if est_question(texte):
        return "question"
    if commence_par_pronom(texte):
        return "phrase"
    return "groupe"


def en_groupe(texte: str) -> str:
    """A noun phrase set inside our sentence: no punctuation or quotes at either
    end, a leading determiner lowered (« Mon expérience » → « mon expérience »)."""
    return minuscule_initiale(_nu(_nu(texte).strip(_PONCTUATION + _ESPACES)))


def en_phrase(texte: str) -> str:
    """A sentence of its own: capital first, a final full stop if it has none."""
    ecrite = phrase(_nu(texte).rstrip(",;:").rstrip())
    # « …au lieu de « Lyon » » ends on a quoted word, not on the sentence's own stop.
    if ecrite.endswith("»") and ecrite[:-1].rstrip(_ESPACES)[-1:] not in ".!?…":
        ecrite += "."
    return ecrite


def en_suite(phrase_saisie: str) -> str:
    """A sentence continued after our own words (« Pour mémoire, j’ai réduit… »):
    its opening subject pronoun lowered (« J’ai » → « j’ai »), anything else as typed."""
    if commence_par_pronom(phrase_saisie) and phrase_saisie[:1].isupper() and not phrase_saisie[1:2].isupper():
        return minuscule(phrase_saisie)
    return phrase_saisie


def en_citation(texte: str) -> str:
    """A question quoted « Pourquoi… ? », with its question mark."""
    corps = majuscule(_nu(texte).rstrip(".,;:…").rstrip(" \u202f"))
    if not corps.endswith("?"):
        corps += f"{NNBSP}?"
    return f"«{NBSP}{corps}{NBSP}»"


def inserer(
    texte: str,
    *,
    groupe: Callable[[str], str],
    phrase: Callable[[str], str],
    question: Callable[[str], str] | None = None,
) -> str:
    """One wording per kind of text. ``groupe`` receives the noun phrase,
    ``phrase`` the sentence, ``question`` the quoted question (by default it is
    treated as a sentence that quotes it)."""
    genre = nature(texte)
    if genre == "question":
        return (question or phrase)(en_citation(texte))
    if genre == "phrase":
        return phrase(en_phrase(texte))
    return groupe(en_groupe(texte))


#: Words that open a noun phrase with its determiner (« mon expérience », « la gestion… »).
DETERMINANTS = frozenset(
    {
        *("le", "la", "les", "l’", "un", "une", "des", "du"),
        *("mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs"),
        *("ce", "cet", "cette", "ces", "plusieurs", "quelques"),
        *("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    }
)
#: Those of them that make the noun phrase plural.
DETERMINANTS_PLURIELS = frozenset(
    {
        *("les", "des", "mes", "tes", "ses", "nos", "vos", "leurs", "ces", "plusieurs", "quelques"),
        *("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    }
)


def determinant(groupe: str) -> str:
    """The determiner a noun phrase opens with, lowered (« l’ » for « L’équipe »,
    a number in digits as typed: « 3 »), or ``""`` when it has none."""
    mot = _nu(groupe).split(" ", 1)[0]
    bas = mot.lower()
    if bas.startswith(("l’", "l'")) and len(bas) > 2:
        return "l’"
    if bas in DETERMINANTS:
        return bas
    return mot if mot.isdigit() else ""
