"""« Ai-je vraiment raté ? »: the weighing of the answers and the verdict it explains."""

from __future__ import annotations

import re

import pytest
from rattrapage.typographie import ecarts
from rattrapage.widgets.diagnostic import JUGEMENT, NSP, QUESTIONS, WIDGET, etapes, peser, verdict

from tests.unit.saisies import valeurs_valides

NOMS = [q.champ.nom for q in QUESTIONS]
PAGES = {
    "avez-vous-vraiment-rate/",
    "demander-un-feedback/",
    "dire-ce-que-vous-pensez/",
    "ecrire-au-recruteur/",
    "rebondir/",
    "candidat-challenger/",
    "relancer-repondre-refus/",
}

TOUT_FAVORABLE = {
    "suite_processus": "oui",
    "disponibilite": "oui",
    "salaire": "oui",
    "duree": "plus_long",
    "equipe": "oui",
    "reaction_reponse_faible": "aide",
    "notes_references": "oui",
    "questions_sans_reponse": "aucune",
    "vos_questions": "oui",
    "projection": "oui",
}
TOUT_DEFAVORABLE = {
    "suite_processus": "non",
    "disponibilite": "non",
    "salaire": "non",
    "duree": "plus_court",
    "equipe": "non",
    "reaction_reponse_faible": "froid",
    "notes_references": "non",
    "questions_sans_reponse": "souvent",
    "vos_questions": "non",
    "projection": "non",
}


def _rendu(donnees: dict[str, object]) -> str:
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees)).text


@pytest.mark.parametrize(
    ("reponses", "attendu"),
    [
        ({}, "a_remplir"),
        ({nom: NSP for nom in NOMS}, "a_remplir"),
        ({"jugement_habituel": "plus_severe"}, "a_remplir"),
        ({"suite_processus": "oui"}, "incomplet"),
        ({"suite_processus": "oui", "salaire": "oui", "equipe": "oui"}, "incomplet"),
        ({"suite_processus": "non", "duree": "plus_court", "vos_questions": "non"}, "incomplet"),
        (TOUT_FAVORABLE, "plutot_reussi"),
        (TOUT_DEFAVORABLE, "confirme"),
        # Three for, none against, one neutral: four answers, a clear lead.
        ({"suite_processus": "oui", "salaire": "oui", "equipe": "oui", "duree": "prevu"}, "plutot_reussi"),
        # Two for, one against: only one sign of difference.
        ({"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"}, "partage"),
        # Three for, one against: two of difference and three times as many.
        (
            {"suite_processus": "oui", "salaire": "oui", "equipe": "oui", "duree": "plus_court"},
            "plutot_reussi",
        ),
        # Five for, three against: two of difference but not twice as many.
        (
            {
                "suite_processus": "oui",
                "disponibilite": "oui",
                "salaire": "oui",
                "equipe": "oui",
                "notes_references": "oui",
                "duree": "plus_court",
                "reaction_reponse_faible": "froid",
                "vos_questions": "non",
            },
            "partage",
        ),
        # Four against, two for: twice as many and two more.
        (
            {
                "suite_processus": "non",
                "duree": "plus_court",
                "reaction_reponse_faible": "froid",
                "questions_sans_reponse": "quelques",
                "notes_references": "oui",
                "vos_questions": "oui",
            },
            "confirme",
        ),
        # Only neutral facts: nothing leans.
        (
            {"disponibilite": "non", "salaire": "non", "equipe": "non", "projection": "non", "duree": "prevu"},
            "partage",
        ),
        # The self-judgement is not a fact and never moves the verdict.
        ({**TOUT_FAVORABLE, "jugement_habituel": "plus_severe"}, "plutot_reussi"),
        ({**TOUT_DEFAVORABLE, "jugement_habituel": "comme_autres"}, "confirme"),
    ],
)
def test_verdict_follows_the_weighing_of_the_facts(reponses, attendu):
    assert verdict(peser(reponses)) == attendu


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.champ.nom)
def test_every_answer_but_je_ne_sais_pas_has_a_meaning(question):
    champ = question.champ
    assert champ.defaut == NSP
    assert set(question.signes) == set(champ.valeurs()) - {NSP}
    for signe in question.signes.values():
        assert signe.poids in (-1, 0, 1)


@pytest.mark.parametrize("reponse", [None, "", "peut-être", 3, ["oui"]])
def test_unexpected_answers_count_as_unknown(reponse):
    pesee = peser({"suite_processus": reponse})
    assert "suite_processus" in pesee.inconnus


def test_weighing_sorts_each_question_once():
    pesee = peser({**TOUT_FAVORABLE, "salaire": "non", "duree": "plus_court", "projection": NSP})
    assert "salaire" in pesee.neutres
    assert "duree" in pesee.contre
    assert "projection" in pesee.inconnus
    tous = pesee.pour + pesee.contre + pesee.neutres + pesee.inconnus
    assert sorted(tous) == sorted(NOMS)


def test_build_time_output_explains_the_method_without_a_verdict():
    texte = _rendu({})
    assert "Verdict" not in texte
    assert "je ne sais pas" in texte
    assert "deux fois plus" in texte
    assert "Sois parfait" in texte
    assert "demander-un-feedback/" in texte


@pytest.mark.parametrize(
    ("reponses", "attendus"),
    [
        (TOUT_FAVORABLE, ["plutôt vers un entretien réussi", "Dix contre zéro", "l’écart est net"]),
        (TOUT_DEFAVORABLE, ["confirment votre impression", "Cinq contre zéro"]),
        (
            {"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"},
            ["signaux sont partagés", "trop faible pour trancher", "deux signes penchent vers un entretien réussi"],
        ),
    ],
)
def test_a_count_is_never_shown_without_its_explanation(reponses, attendus):
    texte = _rendu(reponses).replace("\u00a0", " ")
    for attendu in attendus:
        assert attendu.lower() in texte.lower()
    assert "deux fois plus de signes" in texte


def test_facts_for_and_against_are_listed_as_sentences():
    texte = _rendu({"suite_processus": "oui", "duree": "plus_court", "salaire": "non", "equipe": "oui"})
    pour = texte.split("Ce qui plaide pour un entretien réussi")[1].split("\n\n")[0]
    contre = texte.split("Ce qui plaide pour un entretien raté")[1].split("\n\n")[0]
    assert "suite du processus" in pour and "rencontrer l’équipe" in pour
    assert "plus court que prévu" in contre
    assert "rémunération n’a pas été abordée" in texte.split("Ce qui ne penche d’aucun côté")[1]


@pytest.mark.parametrize(
    ("reponses", "manques"),
    [
        (
            {"suite_processus": "oui", "salaire": "oui", "equipe": "oui", "duree": "prevu"},
            ["vos disponibilités", "la prise de notes", "la place laissée à vos questions"],
        ),
        ({**TOUT_FAVORABLE, "projection": NSP}, ["la façon dont le recruteur vous voit dans le poste"]),
    ],
)
def test_je_ne_sais_pas_answers_are_named_as_missing_facts_to_ask_about(reponses, manques):
    texte = _rendu(reponses)
    paragraphe = next(p for p in texte.split("\n\n") if "je ne sais pas\u00a0» sur" in p)
    for manque in manques:
        assert manque in paragraphe
    assert "demandez un feed-back" in paragraphe
    assert "mauvais signe" in paragraphe


@pytest.mark.parametrize("reponses", [TOUT_FAVORABLE, {}])
def test_no_missing_facts_paragraph_when_nothing_is_missing_or_nothing_answered(reponses):
    assert "je ne sais pas\u00a0» sur" not in _rendu(reponses)


@pytest.mark.parametrize(
    ("accord", "attendu", "absent"),
    [
        ("feminin", "plus exigeante envers vous-même", "exigeant "),
        ("masculin", "plus exigeant envers vous-même", "exigeante"),
        ("neutre", "Votre exigence envers vous-même", "exigeant"),
    ],
)
def test_perfectionist_reading_agrees_with_the_candidate(accord, attendu, absent):
    texte = _rendu({**TOUT_FAVORABLE, "candidat_accord": accord, "jugement_habituel": "plus_severe"})
    assert attendu in texte
    assert absent not in texte
    assert "c’est jamais assez bien" in texte


@pytest.mark.parametrize(
    ("jugement", "attendu"),
    [
        ("plus_severe", "plus sévèrement que les autres"),
        ("comme_autres", "comme les autres les jugent"),
        (NSP, "Posez-vous la question"),
    ],
)
def test_self_judgement_changes_the_perfectionism_paragraph(jugement, attendu):
    assert attendu in _rendu({**TOUT_DEFAVORABLE, "jugement_habituel": jugement})


@pytest.mark.parametrize("categorie", ["a_remplir", "incomplet", "plutot_reussi", "partage", "confirme"])
def test_next_steps_name_a_page_and_its_fixed_path(categorie):
    suite = etapes(categorie)
    assert suite
    for etape in suite:
        assert etape.chemin in PAGES
        assert re.fullmatch(r".+\n→ [^:]+\u00a0?: <[a-z-]+/>", etape.texte(), re.S)


def test_failed_interview_points_to_rebounding_not_to_doubt():
    texte = _rendu(TOUT_DEFAVORABLE)
    assert "rebondir/" in texte
    assert "ne remet pas en cause vos compétences" in texte


ODD = ["🙂", "مرحبا", "{0}", "$name", "%s", "<script>", ""]


@pytest.mark.parametrize("accord", ["feminin", "masculin", "neutre"])
@pytest.mark.parametrize("reponses", [{}, TOUT_FAVORABLE, TOUT_DEFAVORABLE, {"suite_processus": "oui"}])
@pytest.mark.parametrize("jugement", [c.value for c in JUGEMENT.choix])
def test_every_output_is_typographically_clean(accord, reponses, jugement):
    texte = _rendu({**reponses, "candidat_accord": accord, "jugement_habituel": jugement})
    assert ecarts(texte) == []
    assert "(e)" not in texte


@pytest.mark.parametrize("valeur", [*ODD, None, 0, [], {}])
def test_render_never_raises_on_odd_values(valeur):
    valeurs = {c.nom: valeur for c in WIDGET.champs}
    rendu = WIDGET.rendre(valeurs)
    assert rendu.text
    assert ecarts(rendu.text) == []
