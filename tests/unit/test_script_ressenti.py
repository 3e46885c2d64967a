"""Saying on the spot how the interview went: framing, agreement, the written offer."""

from __future__ import annotations

import itertools
import re

import pytest
from rattrapage.typographie import ecarts
from rattrapage.widgets.script_ressenti import POINT, WIDGET

from tests.unit.saisies import ETRANGES, valeurs_valides

CADRAGES = ("inacheve", "emotions", "question")
ACCORDS = ("feminin", "masculin", "neutre")


def _texte(**donnees: object) -> str:
    return WIDGET.rendre(valeurs_valides(WIDGET, {"poste": "chargée de projet", **donnees})).text


def _script(texte: str) -> str:
    """The paragraph to say, without its title."""
    return texte.split("\n\n")[0].split("\n", 1)[1]


@pytest.mark.parametrize(
    ("cadrage", "accord", "present", "absents"),
    [
        ("inacheve", "feminin", "être franche avec vous", ["franc ", "franchement"]),
        ("inacheve", "masculin", "être franc avec vous", ["franche", "franchement"]),
        ("inacheve", "neutre", "vous parler franchement", ["franche ", "franc "]),
        ("emotions", "feminin", "je me suis sentie dépassée", ["senti dépassé ", "ont pris le dessus"]),
        ("emotions", "masculin", "je me suis senti dépassé par", ["sentie", "ont pris le dessus"]),
        ("emotions", "neutre", "mes émotions ont pris le dessus", ["senti"]),
        ("question", "feminin", "Je ne suis pas sûre d’avoir", ["sûr d’", "Je crains"]),
        ("question", "masculin", "Je ne suis pas sûr d’avoir", ["sûre", "Je crains"]),
        ("question", "neutre", "Je crains de ne pas avoir", ["sûr"]),
    ],
)
def test_each_framing_agrees_as_chosen(cadrage, accord, present, absents):
    script = _script(_texte(cadrage=cadrage, candidat_accord=accord))
    assert present in script
    for absent in absents:
        assert absent not in script


@pytest.mark.parametrize(("cadrage", "accord"), list(itertools.product(CADRAGES, ACCORDS)))
def test_the_script_is_three_or_four_calm_sentences(cadrage, accord):
    script = _script(_texte(cadrage=cadrage, candidat_accord=accord, point_a_revenir="mon budget"))
    assert 3 <= len(re.findall(r"[.?!](?:\s|$)", script)) <= 4
    for excuse in ("désolé", "pardon", "nul", "raté"):
        assert excuse not in script.lower()


def test_the_framings_say_different_things():
    scripts = {_script(_texte(cadrage=c)) for c in CADRAGES}
    assert len(scripts) == len(CADRAGES)


@pytest.mark.parametrize("cadrage", CADRAGES)
def test_the_point_to_come_back_to_is_named_or_shown_as_placeholder(cadrage):
    assert "mon expérience en gestion de budget" in _texte(
        cadrage=cadrage, point_a_revenir="Mon expérience en gestion de budget."
    )
    assert POINT.manquant in _texte(cadrage=cadrage)


@pytest.mark.parametrize(
    ("proposer", "delai", "attendu"),
    [
        (True, "demain", "d’ici demain"),
        (True, "48h", "sous 48\u00a0heures"),
        (True, None, "sous 48\u00a0heures"),
        (False, "demain", None),
    ],
)
def test_the_written_offer_follows_the_checkbox_and_states_its_deadline(proposer, delai, attendu):
    for cadrage in CADRAGES:
        texte = _texte(cadrage=cadrage, proposer_ecrit=proposer, delai_ecrit=delai)
        if attendu:
            assert "retour écrit" in texte
            assert attendu in texte
        else:
            assert "Pour proposer un retour écrit" not in texte
            assert "demain" not in texte
            assert "heures" not in texte


def test_the_tips_point_to_the_writing_page():
    assert _texte().endswith("→ Écrire au recruteur\u00a0: <ecrire-au-recruteur/>")


@pytest.mark.parametrize(
    ("civilite", "nom", "adresse"),
    [
        ("madame", "Durand", "Avant que nous nous quittions, Madame Durand,"),
        ("monsieur", "", "Avant que nous nous quittions, Monsieur,"),
        ("inconnu", "Durand", "Avant que nous nous quittions,"),
    ],
)
def test_the_recruiter_is_addressed_by_civilite(civilite, nom, adresse):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom)
    assert texte.split("\n")[1].startswith(adresse)
    assert "Madame, Monsieur" not in texte


@pytest.mark.parametrize("saisie", ["", "🎉 budget 🚀", "مشروع الميزانية", "x" * 200, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for cadrage in CADRAGES:
        texte = _texte(cadrage=cadrage, point_a_revenir=saisie, poste=saisie[:120], recruteur_nom=saisie[:80])
        assert ecarts(texte) == []
