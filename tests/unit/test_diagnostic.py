"""« Ai-je vraiment raté ? »: the weighing of the answers and the verdict it explains."""

from __future__ import annotations

import re

import pytest
from rattrapage.typographie import ecarts
from rattrapage.widgets.diagnostic import JUGEMENT, NSP, QUESTIONS, WIDGET, assurance, etapes, peser, verdict

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
        # One strong sign and one weak one for, a neutral one: a clear lead.
        ({"suite_processus": "oui", "equipe": "oui", "duree": "prevu", "salaire": "non"}, "plutot_reussi"),
        # Routine signs are weak: three of them only just lean (and the text hedges), two do not.
        ({"suite_processus": "oui", "salaire": "oui", "disponibilite": "oui", "equipe": "non"}, "plutot_reussi"),
        ({"salaire": "oui", "disponibilite": "oui", "equipe": "non", "duree": "prevu"}, "partage"),
        # Two weak for, a strong one against: nothing wins.
        ({"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"}, "partage"),
        # Three strong for, one strong against: the lead holds.
        (
            {"projection": "oui", "equipe": "oui", "duree": "plus_long", "questions_sans_reponse": "souvent"},
            "plutot_reussi",
        ),
        # Five weak signs for, two weak and one strong against: not twice as heavy.
        (
            {
                "suite_processus": "oui",
                "disponibilite": "oui",
                "salaire": "oui",
                "notes_references": "oui",
                "vos_questions": "oui",
                "reaction_reponse_faible": "froid",
                "questions_sans_reponse": "quelques",
                "duree": "plus_court",
            },
            "partage",
        ),
        # Against: a short interview, no next steps, a cold recruiter; two weak signs for.
        (
            {
                "suite_processus": "non",
                "duree": "plus_court",
                "reaction_reponse_faible": "froid",
                "questions_sans_reponse": "souvent",
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
        assert signe.poids in (-2, -1, 0, 1, 2)
        # A strong sign is named in the verdict; a weak or neutral one is not.
        assert bool(signe.resume) == signe.fort


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


NADIA = {  # mostly positive, a perfectionist (persona)
    "suite_processus": "oui",
    "disponibilite": "oui",
    "salaire": "oui",
    "duree": "plus_long",
    "equipe": "non",
    "reaction_reponse_faible": "aide",
    "notes_references": "oui",
    "questions_sans_reponse": "une",
    "vos_questions": "oui",
    "projection": "oui",
}
HELENE = {  # leaning, but on one strong sign and with three facts missing (persona)
    "suite_processus": "oui",
    "salaire": "non",
    "duree": "prevu",
    "equipe": "oui",
    "reaction_reponse_faible": "aucune",
    "questions_sans_reponse": "aucune",
    "vos_questions": "oui",
}


@pytest.mark.parametrize(
    ("reponses", "attendu"),
    [
        (NADIA, "ferme"),
        (TOUT_DEFAVORABLE, "ferme"),
        (TOUT_FAVORABLE, "ferme"),
        # One weak sign against does not shake a clear verdict; a strong one does.
        ({**TOUT_DEFAVORABLE, "notes_references": "oui"}, "ferme"),
        ({**NADIA, "duree": "plus_court"}, "prudent"),
        # Few answers, one strong sign only, routine signs only, mixed signs: hedged.
        (HELENE, "prudent"),
        ({"suite_processus": "oui", "salaire": "oui", "disponibilite": "oui", "equipe": "non"}, "prudent"),
        ({"duree": "plus_court", "suite_processus": "non", "vos_questions": "non", "equipe": "non"}, "prudent"),
        ({"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"}, "prudent"),
        ({}, "prudent"),
        ({"projection": "oui"}, "prudent"),
    ],
)
def test_a_verdict_is_firm_only_on_many_strong_unopposed_facts(reponses, attendu):
    assert assurance(peser(reponses)) == attendu


def test_with_no_fact_at_all_there_is_no_verdict():
    """Alex answered « je ne sais pas » everywhere: the text cannot support a verdict."""
    for reponses in ({}, {nom: NSP for nom in NOMS}, {"candidat_accord": "neutre"}):
        texte = _rendu(reponses)
        assert texte.startswith("Pas de verdict")
        assert "Verdict" not in texte
        for conclusion in ("mieux passé", "impression est", "vont dans le sens", "trancher"):
            assert conclusion not in texte
        assert "Si rien ne vous revient, ce n’est pas un mauvais signe" in texte
        assert "relisez ce verdict" not in texte
        assert "demander-un-feedback/" in texte


REGLE = re.compile(
    r"deux fois plus|au moins deux|contre zéro|\b\w+ contre \w+ :|la règle|l’écart|signes? penchen?t?|"
    r"questions de faits, vous avez|\d+ signes?",
    re.IGNORECASE,
)
CAS = [
    {},
    {"suite_processus": "oui"},
    TOUT_FAVORABLE,
    TOUT_DEFAVORABLE,
    NADIA,
    HELENE,
    {"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"},
    {"duree": "plus_court", "suite_processus": "non", "vos_questions": "non", "equipe": "non"},
]


@pytest.mark.parametrize("reponses", CAS)
def test_the_scoring_rule_is_never_recited(reponses):
    texte = _rendu(reponses).replace("\u00a0", " ")
    assert not REGLE.search(texte), REGLE.search(texte)


@pytest.mark.parametrize(
    ("reponses", "raisons"),
    [
        (
            NADIA,
            [
                "Le plus parlant, c’est que l’entretien a duré plus longtemps que prévu",
                # The recruiter is named once, then « il ».
                "et qu’il s’est projeté avec vous dans le poste",
            ],
        ),
        (
            TOUT_DEFAVORABLE,
            [
                "Le plus parlant, c’est que l’entretien a été plus court que prévu",
                "que vous n’avez pas su répondre à plus de trois questions",
            ],
        ),
        (
            HELENE,
            [
                "Le plus parlant, c’est qu’on vous a présenté l’équipe ou fait visiter les locaux",
                "trois faits vous manquent",
            ],
        ),
    ],
)
def test_a_verdict_comes_with_the_telling_facts_by_name(reponses, raisons):
    texte = _rendu(reponses).replace("\u00a0", " ")
    for raison in raisons:
        assert raison in texte


@pytest.mark.parametrize(
    "reponses",
    [
        HELENE,
        {"suite_processus": "oui"},
        {"suite_processus": "non", "duree": "plus_court"},
        {"suite_processus": "oui", "salaire": "oui", "duree": "plus_court", "projection": "non"},
        {"duree": "plus_court", "suite_processus": "non", "vos_questions": "non", "equipe": "non"},
        {"suite_processus": "oui", "salaire": "oui", "disponibilite": "oui", "equipe": "non"},
    ],
)
def test_thin_or_mixed_evidence_is_hedged(reponses):
    verdict_et_raisons = "\n\n".join(_rendu(reponses).split("\n\n")[:2])
    assert "peut-être" in verdict_et_raisons
    assert "sans doute mieux passé" not in verdict_et_raisons


def test_a_salary_question_is_a_weak_routine_sign():
    signe = next(q for q in QUESTIONS if q.champ.nom == "salaire").signes["oui"]
    assert signe.poids == 1 and not signe.fort and not signe.resume
    texte = _rendu({"salaire": "oui", "disponibilite": "oui", "equipe": "non", "duree": "prevu"})
    assert "question de routine" in texte
    assert texte.replace("\u00a0", " ").startswith("Verdict : impossible de trancher")
    assert "rarement salaire" not in texte


def test_facts_for_and_against_are_listed_as_sentences():
    texte = _rendu({"suite_processus": "oui", "duree": "plus_court", "salaire": "non", "equipe": "oui"})
    pour = texte.split("Ce qui plaide pour un entretien réussi")[1].split("\n\n")[0]
    faibles = texte.split("Des signes favorables, mais faibles")[1].split("\n\n")[0]
    contre = texte.split("Ce qui va dans le sens de votre impression")[1].split("\n\n")[0]
    assert "rencontrer l’équipe" in pour
    # A routine sign is listed apart from the telling ones: an anxious reader counts bullets.
    assert "suite du processus" in faibles and "suite du processus" not in pour
    assert "plus court que prévu" in contre
    assert "rémunération n’a pas été abordée" in texte.split("Ce qui ne dit rien dans un sens ou dans l’autre")[1]
    assert "entretien raté" not in texte


def test_weak_favourable_signs_are_listed_apart_each_with_both_sides():
    faibles = {q.champ.nom for q in QUESTIONS if any(s.poids == 1 for s in q.signes.values())}
    assert faibles == {
        "suite_processus",
        "disponibilite",
        "salaire",
        "notes_references",
        "vos_questions",
        # Answering every question is a good point, not a strong sign (the recruiter judges the content).
        "questions_sans_reponse",
    }
    for question in QUESTIONS:
        for signe in question.signes.values():
            if signe.poids == 1:
                # Under « signes favorables, mais faibles », the sentence says both: why it is
                # favourable, and why it is weak; it never says the fact means nothing.
                assert re.search(r"bon signe|bon point|encourageant", signe.constat), signe.constat
                assert re.search(r"\bmais\b|même si|presque tous", signe.constat), signe.constat
                assert "signe faible" not in signe.constat
                assert "n’indique rien" not in signe.constat
    texte = _rendu(NADIA)
    pour = texte.split("Ce qui plaide pour un entretien réussi\u00a0:")[1].split("\n\n")[0]
    assert pour.count("\n–") == 3
    assert "c’est un signe qui compte" not in texte
    faibles_helene = _rendu(HELENE).split("Des signes favorables, mais faibles\u00a0:")[1].split("\n\n")[0]
    assert "su répondre à toutes les questions" in faibles_helene


def test_no_weak_answer_and_every_question_answered_make_one_line():
    texte = _rendu(HELENE).replace("\u00a0", " ")
    assert texte.count("vraiment faible") == 1
    assert (
        "Vous avez su répondre à toutes les questions, et aucune de vos réponses n’était vraiment faible : "
        "c’est un bon point" in texte
    )
    assert "Votre impression d’échec vient peut-être d’ailleurs, par exemple de votre exigence" in texte
    # Alone, each keeps its own line; the example of a self-demanding eye is left out when the
    # candidate says she judges herself as others do.
    seule = _rendu({**HELENE, "questions_sans_reponse": "une", "jugement_habituel": "comme_autres"})
    seule = seule.replace("\u00a0", " ")
    assert (
        "Vous ne relevez aucune réponse vraiment faible : votre impression d’échec vient peut-être d’ailleurs." in seule
    )
    assert "exigence envers vous-même" not in seule
    assert "su répondre à toutes les questions" not in seule


@pytest.mark.parametrize("reponses", CAS)
def test_the_candidates_form_is_never_called_her_answers(reponses):
    """« vos réponses » reads as the answers given in the interview: what she ticked is
    « ce que vous décrivez »."""
    texte = _rendu(reponses)
    for ambigu in ("dans vos réponses", "Vos réponses sont", "Vos réponses décrivent", "questions de faits"):
        assert ambigu not in texte


@pytest.mark.parametrize(
    ("reponses", "manques"),
    [
        (
            {
                "suite_processus": "oui",
                "salaire": "oui",
                "equipe": "oui",
                "duree": "prevu",
                "reaction_reponse_faible": "aucune",
                "questions_sans_reponse": "une",
                "projection": "non",
            },
            ["vos disponibilités", "la prise de notes", "la place laissée à vos questions"],
        ),
        # Beyond four, the missing facts are counted, not listed.
        ({"suite_processus": "oui", "salaire": "oui", "equipe": "oui", "duree": "prevu"}, ["six points sur dix"]),
        ({**TOUT_FAVORABLE, "projection": NSP}, ["la façon dont le recruteur vous voit dans le poste"]),
    ],
)
def test_je_ne_sais_pas_answers_are_named_as_missing_facts_to_ask_about(reponses, manques):
    texte = _rendu(reponses)
    paragraphe = next(p for p in texte.split("\n\n") if "je ne sais pas\u00a0» sur" in p)
    for manque in manques:
        assert manque in paragraphe
    assert "le retour du recruteur vous en dira davantage. Demandez-lui par exemple" in paragraphe
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
    assert "jamais assez bien" in texte


@pytest.mark.parametrize(
    ("jugement", "attendu"),
    [
        ("plus_severe", "plus sévèrement que les autres"),
        ("comme_autres", "comme les autres vous jugent, ni plus ni moins sévèrement"),
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
        assert etape.page.chemin in PAGES
        assert re.fullmatch(r".+\n→ [^:]+\u00a0?: <[a-z-]+/>", etape.texte(), re.S)


def test_failed_interview_points_to_rebounding_not_to_doubt():
    texte = _rendu(TOUT_DEFAVORABLE)
    assert "rebondir/" in texte
    assert "ne remet en cause vos compétences" in texte


def test_failed_interview_steps_come_in_the_order_a_coach_gives_them():
    """Write now, work on it, chase at the announced date, ask what was missing, and
    only after a refusal the runner-up's card."""
    suite = etapes("confirme")
    assert [e.page.chemin for e in suite] == [
        "ecrire-au-recruteur/",
        "rebondir/",
        "relancer-repondre-refus/",
        "demander-un-feedback/",
        "candidat-challenger/",
    ]
    assert suite[-1].pourquoi.startswith("Après un refus")
    assert "le moyen le plus sûr" in suite[3].pourquoi


def test_next_steps_do_not_doubt_a_good_verdict_nor_assume_a_refusal():
    """After a good verdict, feedback is for a late or negative answer; after a bad one,
    what was missing is asked in case of refusal, not before."""
    bon = " ".join(e.pourquoi for e in etapes("plutot_reussi"))
    assert "Si la réponse tarde ou si elle est négative, demandez un retour sur votre candidature." in bon
    assert "cœur net" not in bon
    assert "tous les candidats ne prennent pas cette peine" in bon
    mauvais = " ".join(e.pourquoi for e in etapes("confirme"))
    assert "En cas de refus, demandez ce qui a manqué" in mauvais


def test_the_surest_way_is_said_once():
    texte = _rendu({})
    assert texte.count("le plus sûr") == 1
    assert "seul moyen sûr" not in texte


@pytest.mark.parametrize(
    ("inconnus", "questions"),
    [
        # Facts about how the recruiter sees you: ask about your profile.
        (["disponibilite", "notes_references", "projection"], ["Comment voyez-vous mon profil"]),
        (["suite_processus"], ["Quelles sont les prochaines étapes"]),
        (["questions_sans_reponse"], ["Y a-t-il des points sur lesquels"]),
        # Two questions at most, the profile first.
        (
            ["suite_processus", "questions_sans_reponse", "equipe"],
            ["Comment voyez-vous mon profil", "Y a-t-il des points sur lesquels"],
        ),
    ],
)
def test_the_suggested_question_targets_the_missing_facts(inconnus, questions):
    reponses = {nom: valeur for nom, valeur in TOUT_FAVORABLE.items() if nom not in inconnus}
    paragraphe = next(p for p in _rendu(reponses).split("\n\n") if "je ne sais pas\u00a0» sur" in p)
    for question in questions:
        assert question in paragraphe
    assert paragraphe.count("«\u00a0") - 1 == len(questions)


ODD = ["🙂", "مرحبا", "{0}", "$name", "%s", "<script>", ""]


@pytest.mark.parametrize("accord", ["feminin", "masculin", "neutre"])
@pytest.mark.parametrize("reponses", [{}, TOUT_FAVORABLE, TOUT_DEFAVORABLE, {"suite_processus": "oui"}])
@pytest.mark.parametrize("jugement", [c.valeur for c in JUGEMENT.choix])
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
