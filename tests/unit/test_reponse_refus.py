"""Answering a refusal: the feed-back points asked for, the pool, the runner-up, the email itself."""

from __future__ import annotations

import itertools

import pytest
from rattrapage.champs import Rendu
from rattrapage.typographie import ecarts
from rattrapage.widgets.reponse_refus import POINTS_TEXTE, WIDGET

from tests.unit.saisies import ETRANGES, valeurs_valides

COMPLET = {
    "candidat_nom": "Camille Martin",
    "candidat_accord": "feminin",
    "recruteur_civilite": "madame",
    "recruteur_nom": "Durand",
    "entreprise": "Ateliers Lumière",
    "poste": "chargée de projet",
    "date_entretien": "2026-03-12",
    "date_refus": "2026-03-20",
    "points_feedback": list(POINTS_TEXTE),
    "autres_postes": "cheffe de projet qualité",
    "finaliste": True,
}


def _rendu(**donnees: object) -> Rendu:
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees))


def _texte(**donnees: object) -> str:
    return _rendu(**donnees).text


@pytest.mark.parametrize("point", list(POINTS_TEXTE))
def test_each_feedback_point_appears_when_chosen_and_not_otherwise(point):
    seul = _texte(points_feedback=[point])
    autres = _texte(points_feedback=[p for p in POINTS_TEXTE if p != point])
    sans_demande = _texte(points_feedback=[point], demande_feedback=False)
    assert POINTS_TEXTE[point] in seul
    assert POINTS_TEXTE[point] not in autres
    assert POINTS_TEXTE[point] not in sans_demande


def test_the_points_keep_the_form_order_whatever_the_ticking_order():
    texte = _texte(points_feedback=["ecart", "competences"])
    assert texte.index(POINTS_TEXTE["competences"]) < texte.index(POINTS_TEXTE["ecart"])


def test_no_point_chosen_still_asks_for_general_feedback():
    texte = _texte(points_feedback=[])
    assert "accepteriez-vous de me faire un retour sur ma candidature\u202f?" in texte
    assert "dix minutes" in texte


@pytest.mark.parametrize(
    ("feedback", "vivier", "present", "absents"),
    [
        (True, True, "Enfin, j’aimerais que vous conserviez ma candidature dans votre vivier", []),
        (False, True, "J’aimerais que vous conserviez ma candidature dans votre vivier", ["Enfin", "dix minutes"]),
        (True, False, "dix minutes", ["vivier", "Au plaisir"]),
        (False, False, "Au plaisir de croiser à nouveau votre route.", ["vivier", "dix minutes"]),
    ],
)
def test_requests_follow_the_checkboxes(feedback, vivier, present, absents):
    texte = _texte(demande_feedback=feedback, vivier=vivier)
    assert present in texte
    for absent in absents:
        assert absent not in texte


@pytest.mark.parametrize(
    ("autres", "attendu"),
    [
        ("chef de projet qualité", "Des postes de chef de projet qualité m’intéresseraient également."),
        ("ingénieur méthodes", "Des postes d’ingénieur méthodes m’intéresseraient également."),
        ("Un poste de product owner", "D’autres pistes m’intéresseraient également\u00a0: un poste de product owner."),
        ("postes en alternance", "D’autres pistes m’intéresseraient également\u00a0: postes en alternance."),
    ],
)
def test_other_positions_are_introduced_whatever_their_wording(autres, attendu):
    assert attendu in _texte(autres_postes=autres)
    assert "pistes" not in _texte(autres_postes=autres, vivier=False)


@pytest.mark.parametrize(
    ("accord", "present", "absent"),
    [
        ("feminin", "je vous en serais très reconnaissante", "heureux"),
        ("masculin", "je vous en serais très reconnaissant.", "heureuse"),
        ("neutre", "cela m’aiderait beaucoup", "reconnaissant"),
    ],
)
def test_the_candidate_agrees_as_chosen(accord, present, absent):
    texte = _texte(candidat_accord=accord)
    assert present in texte
    assert absent not in texte


def test_a_runner_up_says_lightly_they_remain_available_and_nothing_more():
    finaliste = _texte(finaliste=True)
    assert "Si la situation venait à évoluer, sachez que je reste disponible." in finaliste
    assert "je reste disponible" not in _texte(finaliste=False)
    for conseil in ("challenger", "période d’essai", "→"):
        assert conseil not in finaliste


@pytest.mark.parametrize(
    ("date_entretien", "date_refus", "attendu"),
    [
        ("2026-03-12", "2026-03-20", "votre réponse du 20\u00a0mars, ainsi"),
        ("2025-12-18", "2026-01-05", "votre réponse du 5\u00a0janvier 2026, ainsi"),
        ("2026-03-12", "2026-04-01", "votre réponse du 1ᵉʳ\u00a0avril, ainsi"),
        ("2026-03-12", None, "votre réponse, ainsi"),
        (None, "2026-03-20", "votre réponse du 20\u00a0mars 2026, ainsi"),
    ],
)
def test_the_refusal_date_drops_its_year_when_it_is_the_interviews(date_entretien, date_refus, attendu):
    assert attendu in _texte(date_entretien=date_entretien, date_refus=date_refus)


@pytest.mark.parametrize(
    ("civilite", "nom", "salutation"),
    [
        ("madame", "Durand", "Bonjour Madame Durand,"),
        ("monsieur", None, "Bonjour Monsieur,"),
        ("inconnu", "Durand", "Madame, Monsieur,"),
    ],
)
def test_the_email_greets_by_civilite_and_signs(civilite, nom, salutation):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom, candidat_nom="Camille Martin")
    assert texte.startswith(salutation + "\n")
    assert texte.endswith("Bien cordialement,\nCamille Martin")


def test_the_output_is_an_email_with_its_subject_and_draft():
    rendu = _rendu(**COMPLET)
    assert rendu.subject == "Votre réponse à ma candidature – poste de chargée de projet"
    (fichier,) = rendu.files
    assert (fichier.name, fichier.mime) == ("reponse-refus.eml", "message/rfc822")
    assert "X-Unsent: 1" in fichier.content


def test_even_the_fullest_email_stays_short():
    texte = _texte(**COMPLET)
    assert len(texte.split()) <= 200
    assert 5 <= len([p for p in texte.split("\n\n") if p]) <= 8


@pytest.mark.parametrize("saisie", ["", "🎉 Lumière 🚀", "شركة النور", "x" * 100, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for feedback, vivier in itertools.product((True, False), repeat=2):
        rendu = _rendu(
            candidat_nom=saisie[:80],
            recruteur_civilite="madame",
            recruteur_nom=saisie[:80],
            entreprise=saisie,
            poste=saisie,
            autres_postes=saisie,
            demande_feedback=feedback,
            vivier=vivier,
        )
        assert ecarts(rendu.text) == []
        assert rendu.subject is not None
        assert ecarts(rendu.subject) == []
