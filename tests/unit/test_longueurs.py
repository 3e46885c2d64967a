"""Lengths from the writing guide: a thank-you email stays short (rarely over
about 200 words), a postal letter stays within 450 words and, when the candidate
has something to add, reaches the 250 words a letter is expected to have."""

from __future__ import annotations

import pytest
from rattrapage.api import rendre

from tests.golden_files import cas, entree, identifiant

LETTRES = [c for c in cas() if c.parent.name == "lettre-apres-entretien" and c.stem != "modele-vide"]


def _mots(texte: str) -> int:
    return len(texte.split())


@pytest.mark.parametrize("chemin", LETTRES, ids=identifiant)
def test_letter_lengths_follow_the_writing_guide(chemin):
    donnees = entree(chemin)
    mots = _mots(rendre("lettre-apres-entretien", donnees)["text"])
    if donnees.get("mode") == "courrier":
        assert mots <= 450
        if donnees.get("points_non_dits") or donnees.get("pieces_jointes"):
            assert mots >= 250
    else:
        assert mots <= 220


@pytest.mark.parametrize("widget_id", ["reponse-refus", "relance"])
def test_short_emails_stay_short(widget_id):
    for chemin in cas():
        if chemin.parent.name == widget_id:
            rendu = rendre(widget_id, entree(chemin))
            corps = rendu["text"] if widget_id == "reponse-refus" else rendu["text"].split("Votre message", 1)[-1]
            assert _mots(corps) <= 220, identifiant(chemin)
