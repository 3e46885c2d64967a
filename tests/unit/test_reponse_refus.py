"""Answering a refusal: the feed-back questions, the pool, the runner-up, the dates,
the writing layer, the email and the short message."""

from __future__ import annotations

import io
import itertools
import json

import pytest
from rattrapage.champs import Rendu
from rattrapage.cli import main
from rattrapage.redaction.organisation import INSTITUTIONS, PUBLIQUES
from rattrapage.typographie import ecarts
from rattrapage.widgets._courriel import CIBLE_COURT, LIMITE_COURT
from rattrapage.widgets.reponse_refus import (
    QUESTION_GENERALE,
    QUESTIONS,
    VOTRE_REGARD,
    WIDGET,
    questions,
)

from tests.golden_files import RACINE, entree
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
    "points_feedback": list(QUESTIONS),
    "autres_postes": "cheffe de projet qualité",
    "finaliste": True,
}
PERSONAS = sorted(RACINE.glob("reponse-refus/persona-*.json"))


def _rendu(**donnees: object) -> Rendu:
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees))


def _texte(**donnees: object) -> str:
    return _rendu(**donnees).text


def _demande(texte: str) -> str:
    """The feed-back paragraph of an email."""
    (paragraphe,) = [p for p in texte.split("\n\n") if "accepteriez-vous" in p.lower()]
    return paragraphe


# --- The feed-back request -------------------------------------------------------


@pytest.mark.parametrize("point", list(QUESTIONS))
def test_each_feedback_point_is_asked_when_chosen_and_not_otherwise(point):
    seul = _texte(points_feedback=[point])
    autres = _texte(points_feedback=[p for p in QUESTIONS if p != point])
    sans_demande = _texte(points_feedback=[point], demande_feedback=False)
    assert QUESTIONS[point] in seul
    assert QUESTIONS[point] not in autres
    assert QUESTIONS[point] not in sans_demande


@pytest.mark.parametrize("nombre", range(5))
def test_never_more_than_two_questions_however_many_points_are_ticked(nombre):
    for points in itertools.combinations(QUESTIONS, nombre):
        assert 1 <= len(questions(list(points))) <= 2
        demande = _demande(_texte(points_feedback=list(points)))
        assert demande.count("?") == 1
        # Asked as a professional asks, without repeating the position.
        assert demande.startswith(f"{VOTRE_REGARD}\u00a0: accepteriez-vous de me dire ")
        for scolaire in ("Pour progresser", "pour ce poste", "en matière"):
            assert scolaire not in demande


@pytest.mark.parametrize(
    ("points", "attendu"),
    [
        (["competences", "experience"], "ce qui a manqué à mon profil, en compétences comme en expérience"),
        (
            ["ecart", "competences"],
            "de me dire ce qui a fait la différence lors du choix final, et quelles compétences il m’aurait fallu "
            "renforcer ?",
        ),
        (
            ["experience", "ecart"],
            "de me dire ce qui a fait la différence lors du choix final, et sur quels points mon expérience "
            "gagnerait à se renforcer ?",
        ),
        (["competences", "experience", "ecart"], "de me dire ce qui a fait la différence avec le profil retenu ?"),
        (
            list(QUESTIONS),
            "de me dire ce qui a fait la différence avec le profil retenu, "
            "et comment j’aurais pu mieux présenter mon parcours en entretien ?",
        ),
    ],
)
def test_neighbouring_points_are_merged_into_one_question(points, attendu):
    assert attendu.replace(" ?", "\u202f?") in _texte(points_feedback=points)


def test_no_point_chosen_still_asks_one_specific_question():
    demande = _demande(_texte(points_feedback=[]))
    assert demande.startswith(f"{VOTRE_REGARD}\u00a0: accepteriez-vous de me dire {QUESTION_GENERALE}\u202f?")
    assert demande.count("progresser") == 1


def test_the_request_says_how_little_it_asks():
    assert "Quelques lignes par e-mail ou un appel de dix minutes, à votre convenance, me suffiraient." in _texte()


# --- Which sentences are written ----------------------------------------------------


@pytest.mark.parametrize(
    ("feedback", "vivier", "present", "absents"),
    [
        (True, True, "Vous rejoindre m’intéresse toujours\u00a0: j’aimerais que vous gardiez", ["de nouveau"]),
        (False, True, "Vous rejoindre m’intéresse toujours", ["dix minutes", "de nouveau"]),
        (True, False, "dix minutes", ["rejoindre", "de nouveau"]),
        (False, False, "J’espère que nous aurons l’occasion d’échanger de nouveau.", ["rejoindre", "dix minutes"]),
    ],
)
def test_requests_follow_the_checkboxes(feedback, vivier, present, absents):
    texte = _texte(demande_feedback=feedback, vivier=vivier)
    assert present in texte
    for absent in absents:
        assert absent not in texte
    assert "Au plaisir" not in texte and "croiser" not in texte  # never a familiar turn


@pytest.mark.parametrize(
    ("entreprise", "public"),
    [
        ("Mairie de Lyon", True),
        ("Ville de Villeurbanne", True),
        ("La Région Auvergne-Rhône-Alpes", True),
        ("Hôpital Édouard-Herriot", True),
        ("CHU de Nantes", True),
        ("Ministère de la Culture", True),
        ("Villeurbanne Habitat", False),
        ("Groupe Altéa SA", False),
        ("Transports Mercier", False),
        ("", False),
    ],
)
def test_with_nothing_asked_a_public_employer_is_told_its_offers_will_be_followed(entreprise, public):
    texte = _texte(entreprise=entreprise, demande_feedback=False, vivier=False)
    offres = "Je continuerai de suivre avec intérêt vos prochaines offres."
    echanger = "J’espère que nous aurons l’occasion d’échanger de nouveau."
    assert (offres in texte, echanger in texte) == (public, not public)
    assert offres not in _texte(entreprise=entreprise, demande_feedback=True, vivier=False)


def test_public_employers_are_institutions_of_the_writing_layer():
    assert set(PUBLIQUES) <= set(INSTITUTIONS)


def test_with_every_optional_field_empty_a_short_signable_thank_you_is_left():
    rendu = _rendu(**entree(RACINE / "reponse-refus" / "persona-alex.json"))
    texte = rendu.text
    assert "[" not in texte and "[" not in (rendu.subject or "")
    assert "Merci pour votre réponse et pour le temps que vous m’avez accordé le 24\u00a0novembre." in texte
    assert "J’espérais une autre issue pour le poste en communication, mais je comprends votre décision." in texte
    assert "Je continuerai de suivre avec intérêt vos prochaines offres." in texte  # a town hall
    assert len(texte.split()) <= 80
    assert texte.endswith("Bien cordialement,\nAlex Moreau")


# --- The writing layer --------------------------------------------------------------


@pytest.mark.parametrize(
    ("autres", "attendu"),
    [
        ("chef de projet qualité", "toujours. Si un poste de chef de projet qualité s’ouvrait, j’aimerais"),
        (
            "développeur back-end ou ingénieur DevOps junior",
            "Si un poste de développeur back-end ou d’ingénieur DevOps junior s’ouvrait, j’aimerais",
        ),
        (
            "chef de projet qualité, Responsable amélioration continue ou auditeur qualité",
            "Si un poste de chef de projet qualité, de responsable amélioration continue ou d’auditeur qualité "
            "s’ouvrait",
        ),
        # A comma without « ou » after it is part of one title.
        ("responsable RH, paie et administration", "Si un poste de responsable RH, paie et administration s’ouvrait"),
        ("Ingénieur méthodes", "Si un poste d’ingénieur méthodes s’ouvrait"),
        # With no agreement there is no article for a mission: it stays a post.
        ("DAF de transition", "Si un poste de DAF de transition s’ouvrait"),
        (
            "Chargé·e de communication ou responsable presse",
            "Si un poste de chargé ou chargée de communication ou de responsable presse s’ouvrait",
        ),
        (
            "responsable administratif ou administrative",
            "Si un poste de responsable administratif ou administrative s’ouvrait",
        ),
        # One piece that is not a title: the list stays as typed.
        ("ingénieur méthodes ou un poste en alternance", "Si un poste d’ingénieur méthodes ou un poste en alternance"),
        (
            "Un poste de product owner",
            "J’étudierais aussi volontiers d’autres pistes\u00a0: un poste de product owner.",
        ),
        ("postes en alternance", "J’étudierais aussi volontiers d’autres pistes\u00a0: postes en alternance."),
        ("je suis aussi ouvert au conseil", "pour un prochain recrutement. Je suis aussi ouvert au conseil."),
        (
            "Recrutez-vous aussi en alternance",
            "pour un prochain recrutement. Recrutez-vous aussi en alternance\u202f?",
        ),
    ],
)
def test_other_positions_fit_the_sentence_whatever_their_nature(autres, attendu):
    assert attendu in _texte(autres_postes=autres)
    assert "s’ouvrait" not in _texte(autres_postes=autres, vivier=False)
    assert "pistes" not in _texte(autres_postes=autres, vivier=False)


def test_titles_typed_in_one_agreement_keep_it():
    texte = _texte(candidat_accord="masculin", autres_postes="Chargé·e de communication ou attaché·e de presse")
    assert "Si un poste de chargé de communication ou d’attaché de presse s’ouvrait, je serais heureux" in texte


@pytest.mark.parametrize(
    ("accord", "autres", "attendu"),
    [
        (
            "feminin",
            "directrice administrative et financière ou DAF de transition",
            "Si un poste de directrice administrative et financière s’ouvrait, ou si vous aviez besoin d’une DAF de "
            "transition, je serais heureuse que vous pensiez à moi.",
        ),
        (
            "masculin",
            "DAF en intérim",
            "Si vous aviez besoin d’un DAF en intérim, je serais heureux que vous pensiez à moi.",
        ),
        (
            "neutre",
            "directrice administrative et financière ou DAF de transition",
            "Si un poste de directrice administrative et financière ou de DAF de transition s’ouvrait, j’aimerais",
        ),
    ],
)
def test_a_mission_is_needed_rather_than_opened(accord, autres, attendu):
    assert attendu in _texte(candidat_accord=accord, autres_postes=autres)


def test_a_runner_up_with_a_post_and_a_mission_gives_three_cases_once():
    texte = _texte(
        candidat_accord="feminin", finaliste=True, autres_postes="directrice financière ou DAF de transition"
    )
    assert (
        "Si la situation venait à évoluer, si un poste de directrice financière s’ouvrait, ou si vous aviez besoin "
        "d’une DAF de transition, je serais heureuse que vous pensiez à moi." in texte
    )
    court = _texte(candidat_accord="feminin", autres_postes="DAF de transition", forme="court", demande_feedback=False)
    assert "Si vous avez besoin d’une DAF de transition, je serais heureuse que vous pensiez à moi." in court


@pytest.mark.parametrize("entreprise", ["Mairie de Lyon", "Groupe Altéa SA", "Le Bon Marché", "Ateliers Lumière"])
def test_the_recruiters_own_company_is_you_never_its_name(entreprise):
    rendu = _rendu(**{**COMPLET, "entreprise": entreprise})
    assert "Vous rejoindre" in rendu.text
    for morceau in ("Mairie", "mairie", "Altéa", "SA", "Marché", "Lumière"):
        assert morceau not in rendu.text
        assert morceau not in (rendu.subject or "")


@pytest.mark.parametrize(
    ("accord", "poste"),
    [
        ("feminin", "poste de chargée de communication"),
        ("masculin", "poste de chargé de communication"),
        # Phrasing without agreement names the field, never a doublet.
        ("neutre", "poste en communication"),
    ],
)
def test_the_job_title_is_written_in_the_chosen_agreement(accord, poste):
    email = _rendu(candidat_accord=accord, poste="Chargé·e de communication")
    assert f"J’espérais une autre issue pour le {poste}, mais" in email.text
    assert (email.subject or "").endswith(poste)
    court = _texte(candidat_accord=accord, poste="Chargé·e de communication", forme="court", demande_feedback=False)
    assert f"Merci pour votre réponse concernant le {poste}" in court
    assert "·" not in email.text + (email.subject or "") + court
    assert " ou chargée" not in email.text + (email.subject or "") + court


@pytest.mark.parametrize(
    ("accord", "present", "absent"),
    [
        ("feminin", "je serais heureuse que vous gardiez ma candidature à l’esprit", "heureux"),
        ("masculin", "je serais heureux que vous gardiez ma candidature à l’esprit", "heureuse"),
        ("neutre", "j’aimerais que vous gardiez ma candidature à l’esprit", "heureu"),
    ],
)
def test_the_candidate_agrees_as_chosen(accord, present, absent):
    texte = _texte(candidat_accord=accord)
    assert present in texte
    assert absent not in texte


def test_a_runner_up_reads_as_such_without_boasting_and_nothing_more():
    finaliste = _texte(finaliste=True)
    assert "Savoir que ma candidature est allée jusqu’à la dernière étape m’encourage beaucoup." in finaliste
    assert "Si la situation venait à évoluer" not in _texte(finaliste=False)
    for conseil in ("challenger", "période d’essai", "→", "meilleur", "excellent", "sachez"):
        assert conseil not in finaliste


@pytest.mark.parametrize(
    ("vivier", "autres", "porte"),
    [
        (
            True,
            "",
            "Vous rejoindre m’intéresse toujours. Si la situation venait à évoluer, ou si une autre occasion se "
            "présentait, je serais heureux que vous pensiez à moi.",
        ),
        (
            True,
            "développeur back-end",
            "Vous rejoindre m’intéresse toujours. Si la situation venait à évoluer, ou si un poste de développeur "
            "back-end s’ouvrait, je serais heureux que vous pensiez à moi.",
        ),
        (
            True,
            "Un poste de product owner",
            "Vous rejoindre m’intéresse toujours. Si la situation venait à évoluer, je serais heureux que vous "
            "pensiez à moi. J’étudierais aussi volontiers d’autres pistes\u00a0: un poste de product owner.",
        ),
        (False, "développeur back-end", "Si la situation venait à évoluer, je serais heureux que vous pensiez à moi."),
    ],
)
def test_a_runner_up_opens_the_door_once_in_the_last_paragraph(vivier, autres, porte):
    texte = _texte(candidat_accord="masculin", finaliste=True, vivier=vivier, autres_postes=autres)
    paragraphes = texte.split("\n\n")
    assert paragraphes[-2] == porte  # the one before the sign-off
    assert texte.count("Si la situation") == 1 and "disponible" not in texte


@pytest.mark.parametrize(
    ("date_entretien", "date_refus", "attendu"),
    [
        ("2026-03-12", "2026-03-20", "votre réponse du 20\u00a0mars, et pour le temps"),
        ("2026-03-12", "2026-03-20", "m’avez accordé le 12\u00a0mars."),
        ("2025-12-18", "2026-01-05", "votre réponse du 5\u00a0janvier, et pour le temps"),
        ("2025-12-18", "2026-01-05", "m’avez accordé le 18\u00a0décembre 2025."),
        ("2026-03-12", "2026-04-01", "votre réponse du 1ᵉʳ\u00a0avril, et"),
        ("2026-03-12", None, "votre réponse et pour le temps"),
        ("2026-03-12", None, "m’avez accordé le 12\u00a0mars."),
        (None, "2026-03-20", "votre réponse du 20\u00a0mars, et"),
    ],
)
def test_dates_carry_a_year_only_when_the_refusal_came_in_another(date_entretien, date_refus, attendu):
    assert attendu in _texte(date_entretien=date_entretien, date_refus=date_refus)


@pytest.mark.parametrize(
    ("civilite", "nom", "salutation"),
    [
        ("madame", "Durand", "Bonjour Madame Durand,"),
        ("monsieur", None, "Bonjour Monsieur,"),
        ("inconnu", "Durand", "Madame, Monsieur,"),
        ("inconnu", "Camille Roux", "Bonjour Camille Roux,"),
        ("inconnu", "M. Lefèvre", "Bonjour Monsieur Lefèvre,"),
    ],
)
def test_the_email_greets_by_civilite_and_signs(civilite, nom, salutation):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom, candidat_nom="camille martin")
    assert texte.startswith(salutation + "\n")
    assert texte.endswith("Bien cordialement,\nCamille Martin")


# --- Dates in an impossible order ---------------------------------------------------


def test_a_refusal_before_the_interview_is_refused_next_to_its_field():
    sortie = io.StringIO()
    donnees = {"date_entretien": "2026-03-12", "date_refus": "2026-03-11"}
    code = main(["render", "reponse-refus"], io.StringIO(json.dumps(donnees)), sortie)
    erreurs = json.loads(sortie.getvalue())["errors"]
    assert code == 2
    assert set(erreurs) == {"date_refus"}
    assert "12\u00a0mars 2026" in erreurs["date_refus"]


@pytest.mark.parametrize("date_refus", ["2026-03-12", "2026-03-13"])
def test_a_refusal_on_or_after_the_interview_day_is_accepted(date_refus):
    assert "votre réponse du" in _texte(date_entretien="2026-03-12", date_refus=date_refus)


# --- The email and the short message ---------------------------------------------


def test_the_output_is_an_email_with_its_subject_and_draft():
    rendu = _rendu(**COMPLET)
    assert rendu.subject == "Votre réponse à ma candidature – poste de chargée de projet"
    (fichier,) = rendu.files
    assert (fichier.name, fichier.mime) == ("reponse-refus.eml", "message/rfc822")
    assert "X-Unsent: 1" in fichier.content


def test_even_the_fullest_email_stays_short():
    texte = _texte(**COMPLET)
    assert len(texte.split()) <= 200
    assert 4 <= len([p for p in texte.split("\n\n") if p]) <= 6
    # The position is named once in the body, the subject names it too.
    corps = texte.split("\n\n", 1)[1]
    assert corps.count("poste") == 2  # « le poste de chargée de projet », « un poste de cheffe de projet qualité »
    assert corps.count("chargée de projet") == 1


@pytest.mark.parametrize("chemin", PERSONAS, ids=lambda c: c.stem)
def test_each_persona_in_short_form_fits_a_linkedin_note(chemin):
    donnees = entree(chemin)
    rendu = _rendu(**{**donnees, "forme": "court"})
    # A margin under the limit, for a counter that counts differently or a longer name.
    assert len(rendu.text) <= CIBLE_COURT < LIMITE_COURT, (len(rendu.text), rendu.text)
    assert rendu.subject is None and rendu.files == ()
    assert ecarts(rendu.text) == [] and "[" not in rendu.text
    lignes = rendu.text.split("\n")
    assert len(lignes) == 3 and lignes[0].startswith("Bonjour")
    assert "Merci pour votre réponse concernant le poste " in lignes[1]  # the position named
    if donnees["demande_feedback"]:
        assert lignes[1].count("?") == 1
    if donnees["vivier"]:
        assert "pensiez à moi" in lignes[1]
    if donnees["finaliste"]:
        assert "Si la situation évolue" in lignes[1]


def test_the_short_form_keeps_what_fits_and_gives_up_the_rest_in_order():
    court = _texte(**{**COMPLET, "points_feedback": ["entretien"], "forme": "court"})
    assert len(court) <= LIMITE_COURT
    assert "comment j’aurais pu mieux présenter mon parcours en entretien" in court
    tres_long = _texte(**{**COMPLET, "candidat_nom": "x" * 80, "recruteur_nom": "y" * 80, "forme": "court"})
    assert "Merci pour votre réponse." in tres_long  # the shortest wording, still a whole message


@pytest.mark.parametrize("saisie", ["", "🎉 Lumière 🚀", "شركة النور", "x" * 100, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for feedback, vivier, forme in itertools.product((True, False), (True, False), ("email", "court")):
        rendu = _rendu(
            candidat_nom=saisie[:80],
            recruteur_civilite="madame",
            recruteur_nom=saisie[:80],
            entreprise=saisie,
            poste=saisie,
            autres_postes=saisie,
            demande_feedback=feedback,
            vivier=vivier,
            forme=forme,
        )
        assert ecarts(rendu.text) == []
        assert (rendu.subject is not None) == (forme == "email")
        assert ecarts(rendu.subject or "") == []
