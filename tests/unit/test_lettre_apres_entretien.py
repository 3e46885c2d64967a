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


def test_without_a_better_answer_the_letter_does_not_mention_the_question():
    """No admission that announces no answer: the question typed is left out."""
    for impression in ("question", "inacheve", "emotions", "aucune"):
        texte = _nadia(impression=impression, meilleure_reponse="")
        assert "salariales" not in texte and "revenir sur" not in texte, impression
        assert "aussi claire" not in texte and "j’y reviendrai" not in texte, impression


@pytest.mark.parametrize("impression", ["emotions", "inacheve", "aucune"])
def test_a_better_answer_is_given_whatever_the_impression(impression):
    texte = _nadia(impression=impression, meilleure_reponse="Je vise 42 000 à 45 000 € bruts annuels.")
    assert "votre question sur mes prétentions salariales" in texte
    assert "Je vise 42\u00a0000 à 45\u00a0000\u00a0€ bruts annuels." in texte
    if impression == "emotions":
        assert "car l’émotion a pris le dessus et ma réponse manquait de clarté." in texte
    # the points that follow are added to it, not announced again by the impression
    assert "Je me suis aussi rendu compte que je ne vous avais parlé ni de mon expérience" in texte


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
    if impression == "inacheve":
        assert paragraphe.startswith(
            "Je garde de notre échange un goût d’inachevé, car je ne vous ai parlé ni de mon expérience de management"
        )
    else:
        # « oublier de vous parler », not « passer sous silence », which can read as hiding.
        assert paragraphe.startswith(
            "Ce poste me tient à cœur, et l’émotion m’a fait oublier de vous parler de deux points importants\u00a0: "
            "mon expérience de management d’une équipe de 25 caristes et la réduction de 18\u00a0% "
        )


@pytest.mark.parametrize("impression", ["inacheve", "emotions"])
def test_an_impression_with_nothing_to_add_is_dropped(impression):
    texte = _nadia(impression=impression, points_non_dits=[])
    assert "inachevé" not in texte and "émotion" not in texte


def test_nadia_panicked_on_salary_but_chose_emotions_the_text_stays_coherent():
    """Her question is typed, her better answer is not: no announcement about the
    salary, and the emotion leads into what she adds."""
    texte = _nadia()
    assert "salariales" not in texte
    assert "l’émotion m’a fait oublier de vous parler de deux points importants\u00a0: mon expérience" in texte
    assert "sous silence" not in texte


@pytest.mark.parametrize(
    ("impression", "attendu"),
    [
        ("emotions", "Ce poste me tient à cœur, et l’émotion m’a fait oublier de vous dire que j’ai piloté"),
        ("inacheve", "un goût d’inachevé, car je n’ai pas eu l’occasion de vous dire que j’ai piloté"),
        ("aucune", "Je n’ai pas eu l’occasion de vous dire que j’ai piloté"),
    ],
)
def test_an_impression_leads_into_a_point_typed_as_a_sentence(impression, attendu):
    texte = _nadia(impression=impression, points_non_dits=["J'ai piloté un entrepôt de 20 000 m²."])
    assert attendu in texte and "m²." in texte


@pytest.mark.parametrize(
    ("impression", "attendu"),
    [
        ("emotions", "l’émotion m’a fait oublier de vous poser une question\u00a0: «\u00a0Quel est"),
        ("inacheve", "un goût d’inachevé, car j’aurais aimé vous poser une question\u00a0: «\u00a0Quel est"),
        ("aucune", "J’aurais aimé vous poser une question\u00a0: «\u00a0Quel est"),
    ],
)
def test_a_question_the_candidate_wanted_to_ask_is_what_the_impression_announces(impression, attendu):
    assert attendu in _nadia(impression=impression, points_non_dits=["Quel est le taux de turnover ?"])


# --- Unsaid points -----------------------------------------------------------------------------


def test_at_most_three_points_told_not_confessed():
    """The first three, named together; one that can be stated as a fact is."""
    points = ["mon permis C", "ma maîtrise du WMS Reflex", "mon anglais courant", "mon CACES 5", "mon BTS"]
    texte = _nadia(points_non_dits=points, impression="inacheve")
    assert "CACES" not in texte and "BTS" not in texte
    assert "car je ne vous ai parlé ni de mon permis C, ni de mon anglais courant. " in texte
    assert "Je maîtrise par ailleurs le WMS Reflex." in texte
    assert "je n’ai pas mentionné" not in texte and texte.count("également") <= 1


@pytest.mark.parametrize(
    ("point", "fait"),
    [
        ("ma maîtrise du WMS Reflex", "Je maîtrise par ailleurs le WMS Reflex."),
        ("ma maîtrise de l'anglais", "Je maîtrise par ailleurs l’anglais."),
        ("ma maîtrise des outils de planification", "Je maîtrise par ailleurs les outils de planification."),
        ("ma maîtrise d'Excel", "Je maîtrise par ailleurs Excel."),
        ("mon expérience des relations presse", "J’ai par ailleurs l’expérience des relations presse."),
        ("mon expérience de l'inventaire tournant", "J’ai par ailleurs l’expérience de l’inventaire tournant."),
    ],
)
def test_a_later_point_that_can_be_stated_as_a_fact_is(point, fait):
    texte = _nadia(impression="aucune", points_non_dits=["mon permis C", point])
    assert "je ne vous avais pas parlé de mon permis C. " + fait in texte


@pytest.mark.parametrize(
    "point",
    [
        "ma maîtrise du WMS Reflex, acquise chez Gefco",
        "ma maîtrise du WMS Reflex acquise en deux ans",
        "ma maîtrise de SAP et d'Excel",
        "mon expérience de six ans chez Gefco",
        "mon expérience d'un an en entrepôt",
        "ma parfaite maîtrise du WMS Reflex",
    ],
)
def test_a_point_these_rules_could_get_wrong_stays_named(point):
    texte = _nadia(impression="aucune", points_non_dits=["mon permis C", point])
    assert "je ne vous avais parlé ni de mon permis C, ni de " in texte
    assert "par ailleurs" not in texte.lower()


def test_the_first_point_is_always_named_even_if_it_could_be_a_fact():
    texte = _nadia(impression="inacheve", points_non_dits=["ma maîtrise du WMS Reflex"])
    assert "car je ne vous ai pas parlé de ma maîtrise du WMS Reflex." in texte


def test_a_point_typed_as_a_sentence_stands_as_a_sentence():
    texte = _nadia(impression="aucune", points_non_dits=["J'ai piloté un entrepôt de 20 000 m².", "mon permis C"])
    assert (
        "je me suis rendu compte que je ne vous avais pas parlé de mon permis C. "
        "Par ailleurs, j’ai piloté un entrepôt de 20\u00a0000 m²." in texte
    )


def test_each_addition_is_connected_once():
    points = ["mon permis C", "J'ai piloté un entrepôt de 20 000 m².", "Quel est le taux de turnover ?"]
    texte = _nadia(impression="aucune", points_non_dits=points)
    assert (
        "Par ailleurs, j’ai piloté un entrepôt de 20\u00a0000 m². "
        "Enfin, j’aurais aimé vous poser une question\u00a0: «\u00a0Quel est le taux de turnover\u202f?\u00a0»" in texte
    )


def test_the_natural_formula_for_a_forgotten_point():
    """« En y repensant »: the interview was named in the sentence before."""
    texte = _nadia(impression="aucune", points_non_dits=["le permis C"])
    assert "En y repensant, je me suis rendu compte que je ne vous avais pas parlé du permis C." in texte
    assert "En repensant à notre entretien" not in texte


# --- Fit, facts, connectors --------------------------------------------------------------------


def test_fit_is_shown_through_the_moment_and_the_candidates_own_reasons():
    texte = _nadia()
    assert (
        "La visite de la plateforme de Saint-Priest a renforcé mon envie de vous rejoindre\u00a0: "
        "piloter une plateforme multimodale est exactement l’étape que je prépare depuis trois ans." in texte
    )


@pytest.mark.parametrize(
    ("motivation", "attendu"),
    [
        ("Je veux apprendre.", "rejoindre\u00a0: je veux apprendre."),
        ("Votre projet me plaît.", "rejoindre\u00a0: votre projet me plaît."),
        ("Travailler sur des flux tendus me plaît.", "rejoindre\u00a0: travailler sur des flux tendus me plaît."),
        ("Didier m'a parlé de vous.", "rejoindre. Didier m’a parlé de vous."),
        ("Je cherche ceci : piloter un site.", "rejoindre. Je cherche ceci\u00a0: piloter un site."),
        ("Pourquoi pas moi ?", "rejoindre. Pourquoi pas moi\u202f?"),
    ],
)
def test_the_moment_and_the_reason_are_joined_only_when_the_reason_can_follow_a_colon(motivation, attendu):
    assert attendu in _nadia(motivation=motivation)


def test_reasons_without_a_moment_are_introduced_not_left_floating():
    """Two short reasons continue one sentence (« , et »); the letter thanks once."""
    for mode in ("email", "courrier"):
        texte = _texte(PERSONAS["alex"], mode=mode)
        assert (
            "Je vous remercie pour notre entretien du mardi 24\u00a0novembre au sujet du poste en communication. "
            "Notre rencontre m’a confirmé ce qui m’attire dans ce poste\u00a0: je souhaite mettre mon expérience au "
            "service d’une grande collectivité, et la communication de proximité me passionne." in texte
        )
        assert "Notre rencontre a confirmé" not in texte and "consacré" not in texte


@pytest.mark.parametrize(
    ("motivation", "attendu"),
    [
        # A reason that cannot follow a colon stands as typed, with nothing before it.
        ("Didier m'a parlé de vous.", "communication. Didier m’a parlé de vous.\n"),
        # A question is never joined by « , et »; nor a long second reason.
        (
            "Je veux apprendre.\nPourquoi pas moi ?",
            "ce poste\u00a0: je veux apprendre. Pourquoi pas moi\u202f?\n",
        ),
        (
            "Je veux apprendre.\n" + "La communication de proximité, au plus près des habitants " * 2,
            "ce poste\u00a0: je veux apprendre. La communication de proximité",
        ),
    ],
)
def test_reasons_are_joined_only_when_they_read_well(motivation, attendu):
    texte = _texte(PERSONAS["alex"], mode="email", motivation=motivation)
    assert attendu in texte
    assert ", et Pourquoi" not in texte and ", et pourquoi" not in texte


@pytest.mark.parametrize(
    ("moment", "attendu"),
    [
        ("Vous m'avez fait visiter l'entrepôt.", "Je retiens en particulier un moment\u00a0: vous m’avez fait visiter"),
        (
            "Comment géreriez-vous une équipe de nuit ?",
            "J’ai beaucoup apprécié votre question «\u00a0Comment géreriez-vous une équipe de nuit\u202f?\u00a0»",
        ),
        ("la visite de l'entrepôt", "J’ai beaucoup apprécié la visite de l’entrepôt."),
    ],
)
def test_the_moment_fits_its_slot_whatever_its_kind(moment, attendu):
    assert attendu in _nadia(moment_marquant=moment, motivation="")


INVENTIONS = (
    "la façon dont vous décrivez le travail de vos équipes",
    "contribuer rapidement aux résultats",
    "mieux comprendre vos attentes",
    "Notre échange a renforcé ma motivation",
    "Notre rencontre a confirmé mon envie",
    "diplômes et certifications",
)
CONNECTEURS = re.compile(
    r"\bpourtant\b|\bdonc\b|Je tiens d’abord|Je souhaite donc|Enfin, je n’ai pas mentionné|J’ajoute un dernier point"
    r"|Un autre point m’est revenu|Un point m’est revenu|Je voudrais aussi mentionner|Quelle que soit votre décision"
    r"|j’y reviendrai volontiers|particulièrement apprécié"
)


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
    assert "Madame Da Silva\nMairie de Lyon\n\nLyon, le" in lettre


def test_the_recruiters_address_goes_under_their_name_in_a_letter():
    adresse = "1 place de la Comédie\n69001 Lyon"
    lettre = _texte(PERSONAS["alex"], adresse_destinataire=adresse)
    assert "Madame Da Silva\nMairie de Lyon\n1 place de la Comédie\n69001 Lyon\n\nLyon, le" in lettre
    assert "Comédie" not in _texte(PERSONAS["alex"], adresse_destinataire=adresse, mode="email")


# --- Greetings and names -------------------------------------------------------------------------


def test_greetings_follow_what_is_known_of_the_recruiter():
    assert _texte(PERSONAS["thomas"]).startswith("Bonjour Camille Roux,\n")
    assert _texte(PERSONAS["thomas"], mode="courrier").count("Madame, Monsieur,") == 2
    texte = _nadia(recruteur_civilite="inconnu", recruteur_nom="M. Lefèvre")
    assert texte.startswith("Bonjour Monsieur Lefèvre,") and "Monsieur M." not in texte
    assert _nadia(recruteur_civilite="inconnu", recruteur_nom="Lefèvre").startswith("Madame, Monsieur,\n")


def test_inclusive_job_title_never_reaches_the_text():
    """With no agreement, the abbreviated title names its field: no doublet."""
    for mode in MODES:
        texte = _texte(PERSONAS["alex"], mode=mode)
        assert "poste en communication" in texte and "·" not in texte and "chargée" not in texte


# --- Attachments --------------------------------------------------------------------------------


def test_recommendation_author_ends_the_enumeration():
    texte = _texte(PERSONAS["alex"])
    assert (
        "vous trouverez ci-joint quelques exemples de mes réalisations et une lettre de recommandation de Mme Girard, "
        "directrice de la communication de la Ville de Villeurbanne." in texte
    )
    assert "Pièces jointes\u00a0: exemples de réalisations, lettre de recommandation" in texte


def test_attachments_say_what_was_ticked_and_nothing_more():
    texte = _texte(PERSONAS["thomas"])
    assert "je vous joins mon CV à jour et une copie de mes diplômes." in texte and "certifications" not in texte
    texte = _texte(PERSONAS["thomas"], pieces_jointes=["diplomes", "certifications"], mode="courrier")
    assert "vous trouverez ci-joint une copie de mes diplômes et certifications." in texte
    assert texte.endswith("Pièces jointes\u00a0: diplômes et certifications")


# --- Links ----------------------------------------------------------------------------------------


def test_in_an_email_the_links_go_under_the_signature():
    texte = _nadia()
    assert "consulter" not in texte and "–" not in texte.split("Bien cordialement")[0]
    assert texte.endswith("nadia.benali@example.fr\nLinkedIn\u00a0: https://www.linkedin.com/in/nadiabenali")
    texte = _texte(PERSONAS["thomas"])
    assert texte.endswith("Thomas Nguyen\nGitHub\u00a0: https://github.com/tnguyen\nhttps://tnguyen.dev")


@pytest.mark.parametrize(
    ("liens", "attendu"),
    [
        (
            ["Portfolio : https://alexmoreau.fr/portfolio"],
            "\n\nMon portfolio est en ligne\u00a0: https://alexmoreau.fr/portfolio\n\n",
        ),
        (["Vidéo : https://x.fr/v"], "\n\nMa vidéo est en ligne\u00a0: https://x.fr/v\n\n"),
        (["GitHub : https://github.com/am"], "\n\nVous me trouverez aussi sur GitHub\u00a0: https://github.com/am\n\n"),
        (["https://alexmoreau.fr"], "\n\nVous trouverez aussi en ligne\u00a0:\nhttps://alexmoreau.fr\n\n"),
        (
            ["Portfolio : https://a.fr", "GitHub : https://github.com/am"],
            "\n\nVous trouverez aussi en ligne\u00a0:\n–\u00a0Portfolio\u00a0: https://a.fr\n–\u00a0GitHub\u00a0: https://github.com/am\n\n",
        ),
        (
            ["GitHub : https://github.com/am", "https://am.dev"],
            "\n\nVous trouverez aussi en ligne\u00a0:\nGitHub\u00a0: https://github.com/am\nhttps://am.dev\n\n",
        ),
    ],
)
def test_in_a_letter_a_link_is_given_to_be_typed_not_clicked(liens, attendu):
    texte = _texte(PERSONAS["alex"], liens=liens)
    assert attendu in texte and "consulter" not in texte


# --- Door left open ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "autres_postes"),
    [
        ("email", "Et si d’autres postes s’ouvraient chez vous plus tard, ils m’intéresseraient également."),
        # A letter opens no sentence with « Et ».
        ("courrier", "Si d’autres postes venaient à s’ouvrir chez vous, ils m’intéresseraient également."),
    ],
)
def test_the_door_left_open_looks_forward(mode, autres_postes):
    texte = _nadia(porte_ouverte="plus_tard", mode=mode)
    assert autres_postes in texte
    assert "Je reste à votre disposition" not in texte
    texte = _nadia(porte_ouverte="les_deux", mode=mode)
    assert "Je reste à votre disposition" in texte and autres_postes in texte
    texte = _nadia(porte_ouverte="ce_poste", mode=mode)
    assert "d’autres postes" not in texte and "Au plaisir" not in texte


@pytest.mark.parametrize(
    ("mode", "autres_postes"),
    [
        ("email", "Et si d’autres postes s’ouvraient plus tard dans vos services, ils m’intéresseraient également."),
        ("courrier", "Si d’autres postes venaient à s’ouvrir dans vos services, ils m’intéresseraient également."),
    ],
)
def test_a_public_employer_has_services_not_a_chez_vous(mode, autres_postes):
    texte = _texte(PERSONAS["alex"], mode=mode)
    assert autres_postes in texte and "chez vous" not in texte


def test_a_letter_keeps_a_formal_register():
    """No sentence opens with « Et », one thanks, and the wait is for an answer."""
    for cas_id, texte in _tous_les_textes():
        if cas_id.endswith("[courrier]"):
            assert not re.search(r"(?:^|[.?!]\s)Et ", texte), cas_id
            assert "Dans l’attente de votre réponse, je vous prie d’agréer" in texte, cas_id
            assert "votre retour" not in texte and texte.count("remercie") <= 1, cas_id


def test_helene_gets_a_short_signable_thank_you():
    texte = _texte(PERSONAS["helene"])
    assert "[" not in texte and "Altéa" not in texte and "SA" not in texte.split()
    assert "je vous joins une lettre de recommandation." in texte
    assert "Ce poste m’intéresse vivement, et j’aimerais poursuivre nos échanges\u00a0: pourriez-vous" in texte
    assert len(_texte(PERSONAS["helene"]).split()) < 100


def test_the_form_says_how_the_text_uses_what_is_typed():
    from rattrapage.widgets.lettre_apres_entretien import (
        MEILLEURE_REPONSE,
        MODE,
        MOMENT,
        NON_DITS,
        PIECES,
        QUESTION,
        RECOMMANDATION,
    )

    assert "trois premiers" in NON_DITS.aide
    assert "écrivez aussi ce que vous auriez voulu répondre" in QUESTION.aide
    assert "quelle que soit votre impression" in MEILLEURE_REPONSE.aide
    assert "au moins" in MOMENT.aide and "200" in MODE.aide and "300" in MODE.aide
    assert "Un seul moment, concret" in MOMENT.aide
    # The author of a recommendation is asked for where it is ticked, never invented.
    assert "auteur" in PIECES.aide and "le texte ne nomme personne" in RECOMMANDATION.aide


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


def test_the_short_note_carries_the_moment_and_the_first_unsaid_point():
    """The reason for writing comes before the reasons for applying, when it fits."""
    texte = _texte(PERSONAS["nadia"], mode="court")
    assert "\u00a0: la visite de la plateforme de Saint-Priest m’a beaucoup plu." in texte
    assert "Je n’ai pas pu vous parler de mon expérience de management d’une équipe de 25 caristes." in texte
    texte = _texte(PERSONAS["nadia"], mode="court", moment_marquant="la visite du site", points_non_dits=[])
    assert (
        "Merci pour notre entretien du 23\u00a0novembre. La visite du site a renforcé mon envie de vous rejoindre\u00a0: "
        "piloter une plateforme multimodale" in texte
    )


def test_the_short_note_takes_a_later_point_only_when_the_first_does_not_fit():
    long = "mon expérience de management d’une équipe de vingt-cinq caristes sur trois sites en horaires décalés"
    texte = _texte(PERSONAS["nadia"], mode="court", points_non_dits=[long, "mon CACES 5"])
    assert "vingt-cinq" not in texte and "Je n’ai pas pu vous parler de mon CACES 5." in texte


def test_the_short_note_likes_the_moment_rather_than_thanking_for_it():
    texte = _texte(PERSONAS["thomas"], mode="court")
    assert "l’exercice de revue de code en binôme m’a beaucoup plu." in texte and "pour l’exercice" not in texte
    assert texte.count("Au plaisir d’échanger à nouveau.") == 1 and "quelle que soit" not in texte


def test_the_short_note_never_glues_the_reason_to_the_thanks():
    """A colon after the thanks would claim a link that is not there: the first
    unsaid point is preferred, and with none the reason is introduced."""
    texte = _texte(PERSONAS["alex"], mode="court")
    assert "Je n’ai pas pu vous parler de ma gestion des réseaux sociaux de la Ville de Villeurbanne" in texte
    assert "communication\u00a0: je souhaite" not in texte
    texte = _texte(PERSONAS["alex"], mode="court", points_non_dits=[])
    assert (
        "novembre. Notre rencontre m’a confirmé ce qui m’attire dans ce poste\u00a0: je souhaite mettre mon "
        "expérience au service d’une grande collectivité." in texte
    )
