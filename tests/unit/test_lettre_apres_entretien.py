"""« Écrire au recruteur »: what a coach checks before letting the candidate send it.

Every admission is followed by what it announces, nothing is invented, typed
text fits its slot, an empty optional field removes its sentence, dates in an
impossible order are refused, and the short note stays a real note.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from rattrapage.api import rendre
from rattrapage.cli import main

from tests.golden_files import cas, entree, identifiant

WIDGET = "lettre-apres-entretien"
MODES = ("email", "courrier", "court")
CAS = [c for c in cas() if c.parent.name == WIDGET]
PERSONAS = {c.stem.removeprefix("persona-"): entree(c) for c in CAS if c.stem.startswith("persona-")}


def _texte(donnees: dict, **changements) -> str:
    reponse = rendre(WIDGET, {**donnees, **changements})
    assert not reponse.get("errors"), reponse.get("errors")
    return reponse["text"]


def _nadia(**changements) -> str:
    return _texte(PERSONAS["nadia"], **changements)


def _tous_les_textes():
    """Every golden input, in each of the three formats."""
    for chemin in CAS:
        for mode in MODES:
            yield f"{identifiant(chemin)}[{mode}]", _texte(entree(chemin), mode=mode)


# --- Admissions and what they announce -------------------------------------------------


def test_coming_back_to_a_question_gives_the_better_answer_right_after():
    reponse = "Je vise une rémunération de 42 000 à 45 000 € bruts annuels."
    texte = _nadia(impression="question", meilleure_reponse=reponse)
    assert (
        "Je voudrais revenir sur votre question sur mes prétentions salariales, car ma réponse manquait de clarté. "
        "Je vise une rémunération de 42\u00a0000 à 45\u00a0000\u00a0€ bruts annuels." in texte
    )


def test_a_better_answer_typed_as_a_noun_phrase_is_introduced():
    texte = _nadia(impression="question", meilleure_reponse="entre 42 000 et 45 000 € bruts annuels")
    assert "Pour vous répondre plus précisément\u00a0: entre 42\u00a0000 et 45\u00a0000\u00a0€ bruts annuels." in texte


def test_without_a_better_answer_the_letter_promises_none():
    texte = _nadia(impression="question", meilleure_reponse="")
    assert "revenir sur" not in texte and "répondre plus précisément" not in texte
    assert (
        "Ma réponse à votre question sur mes prétentions salariales n’a pas été aussi claire que je l’aurais voulu, "
        "et j’y reviendrai volontiers avec vous si vous le souhaitez." in texte
    )


def test_a_question_with_nothing_typed_leaves_no_placeholder_and_no_admission():
    texte = _nadia(impression="question", question_a_revenir="", meilleure_reponse="", points_non_dits=[])
    assert "[" not in texte and "question" not in texte.split("Pourriez-vous")[0]


@pytest.mark.parametrize(
    ("saisie", "attendu"),
    [
        ("mes prétentions salariales", "votre question sur mes prétentions salariales"),
        (
            "Quelles sont vos prétentions salariales ?",
            "votre question «\u00a0Quelles sont vos prétentions salariales\u202f?\u00a0»",
        ),
    ],
)
def test_the_question_fits_its_slot(saisie, attendu):
    assert attendu in _nadia(impression="question", question_a_revenir=saisie, meilleure_reponse="Je vise 45 000 €.")


@pytest.mark.parametrize("impression", ["inacheve", "emotions"])
def test_an_impression_leads_straight_into_the_points_added(impression):
    texte = _nadia(impression=impression)
    paragraphe = next(p for p in texte.split("\n\n") if "management" in p)
    assert paragraphe.startswith(
        ("Je garde de notre échange un goût d’inachevé, car je ne vous ai parlé ni de ", "Ce poste")
    )
    assert "je ne vous ai parlé ni de mon expérience de management" in paragraphe


@pytest.mark.parametrize("impression", ["inacheve", "emotions"])
def test_an_impression_with_nothing_to_add_is_dropped(impression):
    texte = _nadia(impression=impression, points_non_dits=[])
    assert "inachevé" not in texte and "émotion" not in texte


def test_nadia_panicked_on_salary_but_chose_emotions_the_text_stays_coherent():
    """Her question is typed, her better answer is not: no announcement about the
    salary, and the emotion leads into what she adds."""
    texte = _nadia()
    assert "salariales" not in texte
    assert "l’émotion a pris le dessus\u00a0: je ne vous ai parlé ni de mon expérience" in texte


# --- Unsaid points -----------------------------------------------------------------------------


def test_at_most_three_points_told_not_confessed():
    points = ["mon permis C", "ma maîtrise du WMS Reflex", "mon anglais courant", "mon CACES 5", "mon BTS"]
    texte = _nadia(points_non_dits=points)
    assert "CACES" not in texte and "BTS" not in texte
    assert "je ne vous ai parlé ni de mon permis C ni de ma maîtrise du WMS Reflex." in texte
    assert "J’ajoute un dernier point\u00a0: mon anglais courant." in texte
    assert "je n’ai pas mentionné" not in texte and texte.count("également") <= 1


def test_a_point_typed_as_a_sentence_stands_as_a_sentence():
    texte = _nadia(impression="aucune", points_non_dits=["J'ai piloté un entrepôt de 20 000 m².", "mon permis C"])
    assert "Un point m’est revenu après notre échange\u00a0: j’ai piloté un entrepôt de 20\u00a0000 m²." in texte
    assert "Je voudrais aussi mentionner mon permis C." in texte


def test_the_natural_formula_for_a_forgotten_point():
    texte = _nadia(impression="aucune", points_non_dits=["le permis C"])
    assert (
        "En repensant à notre entretien, je me suis rendu compte que je ne vous avais pas parlé du permis C." in texte
    )


# --- Fit, facts, connectors --------------------------------------------------------------------


def test_fit_is_shown_through_the_moment_and_the_candidates_own_reasons():
    texte = _nadia()
    assert (
        "La visite de la plateforme de Saint-Priest a renforcé mon envie de vous rejoindre. "
        "Piloter une plateforme multimodale est exactement l’étape que je prépare depuis trois ans." in texte
    )


@pytest.mark.parametrize(
    ("moment", "attendu"),
    [
        ("Vous m'avez fait visiter l'entrepôt.", "Je retiens en particulier un moment\u00a0: vous m’avez fait visiter"),
        (
            "Comment géreriez-vous une équipe de nuit ?",
            "J’ai particulièrement apprécié votre question «\u00a0Comment géreriez-vous une équipe de nuit\u202f?\u00a0»",
        ),
        ("la visite de l'entrepôt", "J’ai particulièrement apprécié la visite de l’entrepôt."),
    ],
)
def test_the_moment_fits_its_slot_whatever_its_kind(moment, attendu):
    assert attendu in _nadia(moment_marquant=moment, motivation="")


INVENTIONS = (
    "la façon dont vous décrivez le travail de vos équipes",
    "contribuer rapidement aux résultats",
    "mieux comprendre vos attentes",
    "Notre échange a renforcé ma motivation",
)
CONNECTEURS = re.compile(r"\bpourtant\b|\bdonc\b|Je tiens d’abord|Je souhaite donc|Enfin, je n’ai pas mentionné")


def test_no_invented_fact_and_no_mechanical_connector_in_any_text():
    for cas_id, texte in _tous_les_textes():
        assert not any(phrase in texte for phrase in INVENTIONS), cas_id
        assert not CONNECTEURS.search(texte), (cas_id, CONNECTEURS.search(texte))
        assert "·" not in texte and "(e)" not in texte, cas_id


def test_every_email_and_letter_asks_about_the_next_steps():
    for cas_id, texte in _tous_les_textes():
        if "[court]" not in cas_id:
            assert "quelles seront les prochaines étapes du recrutement\u202f?" in texte, cas_id


def test_the_company_is_not_named_to_its_own_recruiter():
    """The body says « vous rejoindre »; only a letter's address block names it."""
    for nom, donnees in PERSONAS.items():
        entreprise = donnees["entreprise"].removesuffix(" SA")
        for mode in MODES:
            texte = _texte(donnees, mode=mode)
            corps = texte.split("Objet\u00a0:", 1)[-1]
            assert entreprise not in corps, (nom, mode)
    lettre = _texte(PERSONAS["alex"])
    assert "Madame Da Silva\nMairie de Lyon" in lettre


# --- Greetings and names -------------------------------------------------------------------------


def test_greetings_follow_what_is_known_of_the_recruiter():
    assert _texte(PERSONAS["thomas"]).startswith("Bonjour Camille Roux,\n")
    assert _texte(PERSONAS["thomas"], mode="courrier").count("Madame, Monsieur,") == 2
    texte = _nadia(recruteur_civilite="inconnu", recruteur_nom="M. Lefèvre")
    assert texte.startswith("Bonjour Monsieur Lefèvre,") and "Monsieur M." not in texte
    assert _nadia(recruteur_civilite="inconnu", recruteur_nom="Lefèvre").startswith("Madame, Monsieur,\n")


def test_inclusive_job_title_never_reaches_the_text():
    for mode in MODES:
        texte = _texte(PERSONAS["alex"], mode=mode)
        assert "chargé ou chargée de communication" in texte and "·" not in texte


# --- Attachments --------------------------------------------------------------------------------


def test_recommendation_author_ends_the_enumeration():
    texte = _texte(PERSONAS["alex"])
    assert (
        "vous trouverez ci-joint quelques exemples de réalisations et une lettre de recommandation de Mme Girard, "
        "directrice de la communication de la Ville de Villeurbanne." in texte
    )
    assert "Pièces jointes\u00a0: exemples de réalisations, lettre de recommandation" in texte


def test_helene_gets_a_short_signable_thank_you():
    texte = _texte(PERSONAS["helene"])
    assert "[" not in texte and "Altéa" not in texte and "SA" not in texte.split()
    assert "je vous joins une lettre de recommandation." in texte
    assert len(_texte(PERSONAS["helene"]).split()) < 100


# --- Letter header and dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ville", "date", "ligne"),
    [
        ("Lyon", "2026-11-26", "Lyon, le 26\u00a0novembre 2026"),
        ("", "2026-11-26", "Le 26\u00a0novembre 2026"),
        ("Lyon", "", None),
        ("", "", None),
    ],
)
def test_an_empty_town_or_date_removes_its_part_of_the_line(ville, date, ligne):
    texte = _texte(PERSONAS["alex"], ville=ville, date_envoi=date)
    assert "[" not in texte
    lignes = texte.split("\n")
    if ligne:
        assert ligne in lignes
    else:
        assert not any(", le " in x or x.startswith(("Le ", "Lyon")) for x in lignes)


def test_a_sending_date_before_the_interview_is_refused():
    donnees = {**PERSONAS["alex"], "date_envoi": "2026-11-20"}
    reponse = rendre(WIDGET, donnees)
    assert set(reponse["errors"]) == {"date_envoi"}
    assert "24\u00a0novembre 2026" in reponse["errors"]["date_envoi"]
    sortie = io.StringIO()
    assert main(["render", WIDGET], io.StringIO(json.dumps(donnees)), sortie) == 2
    assert "date_envoi" in json.loads(sortie.getvalue())["errors"]
    assert not rendre(WIDGET, {**donnees, "date_envoi": "2026-11-24"}).get("errors")


# --- Short format -------------------------------------------------------------------------------------


@pytest.mark.parametrize("nom", sorted(PERSONAS))
def test_the_short_note_is_a_real_note(nom):
    reponse = rendre(WIDGET, {**PERSONAS[nom], "mode": "court"})
    texte = reponse["text"]
    assert len(texte) <= 300 and reponse["subject"] is None and reponse["files"] == []
    salut, corps, signature = texte.split("\n")
    assert salut.startswith("Bonjour") and signature == PERSONAS[nom]["candidat_nom"]
    assert corps.startswith("Merci pour notre entretien du ") and "\u202f?" in corps
    assert "Bien cordialement" not in texte and "[" not in texte


def test_the_short_note_prefers_the_moment_and_the_reasons():
    texte = _texte(PERSONAS["nadia"], mode="court")
    assert "en particulier pour la visite de la plateforme de Saint-Priest" in texte
    assert "Piloter une plateforme multimodale" in texte
