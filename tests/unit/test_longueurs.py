"""Lengths from the writing guide: a thank-you email stays short (rarely over
about 200 words), a postal letter stays within 450 words and, when the candidate
has that much to say (their reasons, several unsaid points, attachments), is a
real page of more than 200 words, longer than the same e-mail; nothing is added
only to fill it (the guide's 250 words would take filler sentences the review
removed). The short note fits a LinkedIn message or an SMS (300 characters),
with a margin for the personas (290), so that a longer name still fits."""

from __future__ import annotations

import pytest
from rattrapage.api import rendre
from rattrapage.widgets._courriel import CIBLE_COURT, LIMITE_COURT

from tests.golden_files import cas, entree, identifiant

LETTRES = [c for c in cas() if c.parent.name == "lettre-apres-entretien" and c.stem != "modele-vide"]
PERSONAS = [c for c in LETTRES if c.stem.startswith("persona-")]

#: A letter with reasons, several unsaid points and attachments is at least this long.
LETTRE_PLEINE = 200


def _mots(texte: str) -> int:
    return len(texte.split())


def _corps_du_courriel(texte: str) -> str:
    """The e-mail between its greeting and its closing formula."""
    return texte.split("\n\n", 1)[1].rsplit("\n\nBien cordialement,", 1)[0]


@pytest.mark.parametrize("chemin", LETTRES, ids=identifiant)
def test_letter_lengths_follow_the_writing_guide(chemin):
    donnees = entree(chemin)
    texte = rendre("lettre-apres-entretien", donnees)["text"]
    if donnees.get("mode") == "courrier":
        assert _mots(texte) <= 450
        if (
            len(donnees.get("points_non_dits") or []) >= 2
            and donnees.get("pieces_jointes")
            and donnees.get("motivation")
        ):
            assert _mots(texte) >= LETTRE_PLEINE
    elif donnees.get("mode") == "court":
        assert len(texte) <= LIMITE_COURT
    else:
        assert _mots(_corps_du_courriel(texte)) <= 200


@pytest.mark.parametrize("chemin", PERSONAS, ids=identifiant)
def test_every_persona_fits_each_format(chemin):
    """Each persona's input sent as an e-mail (body of 200 words at most), as a
    letter (450 words at most, longer than the e-mail) and as a short note
    (290 characters at most, a margin under the 300 allowed; no subject, no draft)."""
    donnees = entree(chemin)
    courriel = rendre("lettre-apres-entretien", {**donnees, "mode": "email"})
    lettre = rendre("lettre-apres-entretien", {**donnees, "mode": "courrier"})
    note = rendre("lettre-apres-entretien", {**donnees, "mode": "court"})
    assert _mots(_corps_du_courriel(courriel["text"])) <= 200
    assert _mots(courriel["text"]) < _mots(lettre["text"]) <= 450
    assert len(note["text"]) <= CIBLE_COURT < LIMITE_COURT, (len(note["text"]), note["text"])
    assert note["subject"] is None and note["files"] == []


@pytest.mark.parametrize("widget_id", ["reponse-refus", "relance"])
def test_short_emails_stay_short(widget_id):
    for chemin in cas():
        if chemin.parent.name == widget_id:
            rendu = rendre(widget_id, entree(chemin))
            corps = rendu["text"] if widget_id == "reponse-refus" else rendu["text"].split("Votre message", 1)[-1]
            assert _mots(corps) <= 220, identifiant(chemin)
