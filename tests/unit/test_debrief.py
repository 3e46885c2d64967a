"""The written debrief: reading « question -> réponse » lines, escaping Markdown, dating actions."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rattrapage.api import rendre
from rattrapage.calendrier import dans_la_treve, ferie
from rattrapage.nombres import compter
from rattrapage.typographie import ecarts
from rattrapage.widgets.debrief import (
    _INSATISFACTIONS,
    _LACUNES,
    _REUSSITES,
    CONSEILS,
    WIDGET,
    citer_question,
    echapper_markdown,
    echeance,
    echeances,
    ecrire_ligne,
    genre_de_question,
    infinitif_du_gerondif,
    separer_question,
)

from tests.unit.saisies import valeurs_valides


def _rendu(donnees: dict[str, object]):
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees))


def _markdown(donnees: dict[str, object]) -> str:
    (fichier,) = _rendu(donnees).files
    return fichier.content


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Pourquoi ce poste ?", ("Pourquoi ce poste ?", None)),
        ("Pourquoi ce poste ? -> mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ? → mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ? | mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ?->mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ?|mon projet", ("Pourquoi ce poste ?", "mon projet")),
        # Only the first separator splits: the answer keeps the others.
        ("Vos atouts ? -> rigueur -> écoute | humour", ("Vos atouts ?", "rigueur -> écoute | humour")),
        ("Vos atouts ? | A → B", ("Vos atouts ?", "A → B")),
        # An empty side.
        ("Pourquoi ce poste ? ->", ("Pourquoi ce poste ?", None)),
        ("Pourquoi ce poste ? ->   ", ("Pourquoi ce poste ?", None)),
        ("| une réponse sans question", ("", "une réponse sans question")),
        ("", ("", None)),
        # A lone dash or chevron is not a separator.
        ("Un poste à mi-temps - pourquoi ?", ("Un poste à mi-temps - pourquoi ?", None)),
        ("Votre salaire > 40 k€ ?", ("Votre salaire > 40 k€ ?", None)),
    ],
)
def test_trap_question_line_splits_into_question_and_better_answer(ligne, attendu):
    assert separer_question(ligne) == attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("texte ordinaire, accentué : déjà", "texte ordinaire, accentué : déjà"),
        ("[lien](https://exemple.fr)", r"\[lien\](https://exemple.fr)"),
        ("![image](x.png)", r"!\[image\](x.png)"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("<https://exemple.fr>", r"\<https://exemple.fr\>"),
        ("*gras* et _italique_", r"\*gras\* et \_italique\_"),
        ("`code`", r"\`code\`"),
        ("~~barré~~", r"\~\~barré\~\~"),
        ("a\\b", r"a\\b"),
        ("&amp; et &#60; et R&D", r"\&amp; et \&#60; et R&D"),
        ("# titre", r"\# titre"),
        ("## titre", r"\## titre"),
        ("au milieu # pas un titre", "au milieu # pas un titre"),
        ("> citation", r"\> citation"),
        ("- liste", r"\- liste"),
        ("+ liste", r"\+ liste"),
        ("1. liste", r"1\. liste"),
        ("12) liste", r"12\) liste"),
        ("2026 reste une année", "2026 reste une année"),
        ("=== souligné", r"\=== souligné"),
        ("| a | b |", r"\| a | b |"),
        ("ligne\n# deux", "ligne\n\\# deux"),
    ],
)
def test_markdown_escaping_keeps_user_text_literal(texte, attendu):
    assert echapper_markdown(texte) == attendu


@pytest.mark.parametrize(
    ("prochain", "jours", "entretien", "attendu"),
    [
        ("2026-12-06", 2, "2026-11-17", "2026-12-04"),
        ("2026-12-06", 10, "2026-11-17", "2026-11-26"),
        ("2026-12-06", 10, None, "2026-11-26"),
        # Never on or before the interview being debriefed: the day after instead.
        ("2026-06-01", 5, "2026-05-28", "2026-05-29"),
        ("2026-06-01", 4, "2026-05-28", "2026-05-29"),
        # No day left between the two interviews.
        ("2026-05-29", 1, "2026-05-28", None),
        ("2026-05-29", 5, "2026-05-28", None),
        # Across a month and a year.
        ("2027-01-02", 2, "2026-12-20", "2026-12-31"),
        ("2028-03-01", 1, None, "2028-02-29"),
    ],
)
def test_deadline_is_counted_back_from_the_next_interview(prochain, jours, entretien, attendu):
    entretien_date = dt.date.fromisoformat(entretien) if entretien else None
    resultat = echeance(dt.date.fromisoformat(prochain), jours, entretien_date)
    assert resultat == (dt.date.fromisoformat(attendu) if attendu else None)


@pytest.mark.parametrize(
    ("texte", "etiquettes", "attendu"),
    [
        # A sentence in the first person is the candidate's own note: quoted, so that the
        # document says « vous » throughout; a noun phrase gets its label.
        ("J’ai bafouillé sur le salaire", _INSATISFACTIONS, "« J’ai bafouillé sur le salaire. »"),
        ("j’ai ri nerveusement.", _INSATISFACTIONS, "« J’ai ri nerveusement. »"),
        ("Le stress du début", _INSATISFACTIONS, "À retravailler : le stress du début."),
        # A gap gets one label per kind: information about the employer or the market to
        # check, knowledge to revise.
        (
            "je n’avais pas vérifié les grilles de salaire du secteur",
            _LACUNES,
            "À vérifier : les grilles de salaire du secteur.",
        ),
        ("Je n’avais pas vérifié leurs chiffres.", _LACUNES, "À vérifier : leurs chiffres."),
        ("je ne connaissais pas leurs derniers résultats", _LACUNES, "À vérifier : leurs derniers résultats."),
        ("je n’avais pas assez révisé les jointures", _LACUNES, "À réviser : les jointures."),
        ("la taille de leur flotte", _LACUNES, "À vérifier : la taille de leur flotte."),
        ("Le chiffre d’affaires de l’entreprise", _LACUNES, "À vérifier : le chiffre d’affaires de l’entreprise."),
        ("SQL avancé", _LACUNES, "À réviser : SQL avancé."),
        ("revoir les bases d’algorithmique", _LACUNES, "À réviser : les bases d’algorithmique."),
        ("Me renseigner sur leurs clients", _LACUNES, "À vérifier : leurs clients."),
        ("je n’avais pas relu mes notes sur le poste", _LACUNES, "À vérifier : vos notes sur le poste."),
        # What cannot be read reliably stays as typed: an action, or the quoted note.
        ("demander la fourchette avant l’entretien", _LACUNES, "À faire : demander la fourchette avant l’entretien."),
        # The document says « vous »: a first-person determiner or pronoun takes its « vous » form.
        ("revoir comment structurer mes réponses", _LACUNES, "À faire : revoir comment structurer vos réponses."),
        (
            "je ne savais pas quoi dire sur le budget",
            _LACUNES,
            "« Je ne savais pas quoi dire sur le budget. »",
        ),
        # What worked is kept, not « à refaire » (which reads as « to be redone »).
        ("mon portfolio", _REUSSITES, "À garder : votre portfolio."),
        ("Ma présentation du projet", _REUSSITES, "À garder : votre présentation du projet."),
        ("mes exemples chiffrés", _REUSSITES, "À garder : vos exemples chiffrés."),
        ("Poser des questions sur l’équipe", _REUSSITES, "À refaire : poser des questions sur l’équipe."),
        ("me préparer avec mes fiches", _REUSSITES, "À refaire : vous préparer avec vos fiches."),
        # A « je » inside a noun phrase would need its verb changed: quoted as typed instead.
        (
            "la partie où je parlais de mon équipe",
            _REUSSITES,
            "À garder : « la partie où je parlais de mon équipe ».",
        ),
        # Quoted words and acronyms stay as typed.
        ("le mot « mon » en trop", _INSATISFACTIONS, "À retravailler : le mot « mon » en trop."),
        ("le MES de l’usine", _LACUNES, "À vérifier : le MES de l’usine."),
        # Guillemets inside a quoted note become the inner ones.
        (
            "J’ai dit « Villeurbanne » au lieu de « Lyon »",
            _INSATISFACTIONS,
            "« J’ai dit “Villeurbanne” au lieu de “Lyon”. »",
        ),
        ("le mot « Lyon »", _INSATISFACTIONS, "À retravailler : le mot « Lyon »."),
    ],
)
def test_each_typed_line_gets_the_label_that_fits_what_it_is(texte, etiquettes, attendu):
    assert ecrire_ligne(texte, etiquettes).replace("\u00a0", " ") == attendu


@pytest.mark.parametrize(
    ("question", "genre"),
    [
        # Knowledge: revise, no « exemple vécu ».
        ("Quelle est la complexité d’un tri rapide ?", "connaissances"),
        ("Expliquez la différence entre un processus et un thread", "connaissances"),
        ("Qu’est-ce qu’une jointure externe ?", "connaissances"),
        ("Définissez le BFR", "connaissances"),
        ("Comment fonctionne un index ?", "connaissances"),
        # Experience and career: a lived example.
        ("Parlez-moi d’un conflit dans une équipe", "experience"),
        ("Comment avez-vous géré le plan de sauvegarde de l’emploi ?", "experience"),
        ("Donnez-moi un exemple d’échec", "experience"),
        ("Quelle est votre plus grande faiblesse ?", "experience"),
        ("Décrivez votre projet Atlas en détail", "experience"),
        ("Pourquoi avoir quitté Gefco ?", "parcours"),
        ("Pourquoi quitter votre poste actuel ?", "parcours"),
        ("Présentez-vous", "parcours"),
        # Hypothetical: a method.
        ("Comment géreriez-vous une crise sur les réseaux sociaux ?", "situation"),
        ("Que feriez-vous si un client refuse de payer ?", "situation"),
        ("Et si un patient refuse un soin ?", "situation"),
        # Salary, motivation.
        ("Quelles sont vos prétentions salariales ?", "remuneration"),
        ("Vos prétentions salariales", "remuneration"),
        ("Quel salaire visez-vous ?", "remuneration"),
        ("Pourquoi nous ?", "entreprise"),
        ("# Pourquoi nous ?", "entreprise"),
        ("Que savez-vous de nous ?", "entreprise"),
        ("Pourquoi ce poste ?", "entreprise"),
        # Nothing recognisable.
        ("Vous êtes plutôt chat ou chien ?", "autre"),
        ("", "autre"),
    ],
)
def test_trap_questions_are_told_apart_by_kind(question, genre):
    assert genre_de_question(question) == genre


def test_advice_fits_the_kind_of_question():
    assert "vécu" not in CONSEILS["connaissances"].a_preparer + CONSEILS["connaissances"].avec_reponse
    assert "révisez" in CONSEILS["connaissances"].a_preparer
    for genre in ("experience", "parcours"):
        assert "vécu" in CONSEILS[genre].a_preparer
    assert "salaires du marché" in CONSEILS["remuneration"].a_preparer
    texte = (
        _rendu(
            {
                "questions_pieges": [
                    "Quelle est la complexité d’un tri rapide ?",
                    "Parlez-moi d’un conflit dans une équipe",
                    "Pourquoi avoir quitté Gefco ?",
                ]
            }
        )
        .text.replace("\u00a0", " ")
        .replace("\u202f", " ")
    )
    lignes = texte.split("Questions pièges\n", 1)[1].split("\n\n")[0].splitlines()
    assert "Question de connaissances : révisez le sujet" in lignes[0] and "vécu" not in lignes[0]
    assert "Question sur votre expérience : choisissez une situation vécue" in lignes[1]
    assert "Question sur votre parcours" in lignes[2] and "fait vécu" in lignes[2]


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("Pourquoi ce poste ?", "« Pourquoi ce poste ? »"),
        ("pourquoi ce poste", "« Pourquoi ce poste ? »"),
        ("« Pourquoi ce poste ? »", "« Pourquoi ce poste ? »"),
        (
            "Expliquez la différence entre un processus et un thread",
            "« Expliquez la différence entre un processus et un thread. »",
        ),
        ("Parlez-moi d’un conflit", "« Parlez-moi d’un conflit. »"),
        ("Vos prétentions salariales", "« Vos prétentions salariales ? »"),
    ],
)
def test_a_trap_question_is_quoted_as_asked(question, attendu):
    assert citer_question(question).replace("\u00a0", " ").replace("\u202f", " ") == attendu


@pytest.mark.parametrize(
    ("n", "singulier", "feminin", "attendu"),
    [
        (0, "lacune", True, "aucune lacune"),
        (1, "lacune", True, "une lacune"),
        (2, "lacune", True, "deux lacunes"),
        (1, "point", False, "un point"),
        (3, "point", False, "trois points"),
        (13, "point", False, "13 points"),
    ],
)
def test_counts_agree_with_their_noun(n, singulier, feminin, attendu):
    assert compter(n, singulier, feminin=feminin) == attendu


def test_better_answer_is_shown_and_missing_one_is_a_prompt():
    texte = _rendu({"questions_pieges": ["Pourquoi nous ? -> votre projet de refonte", "Vos faiblesses ?"]}).text
    assert "«\u00a0Pourquoi nous\u202f?\u00a0» Votre réponse\u00a0: votre projet de refonte." in texte
    assert "«\u00a0Vos faiblesses\u202f?\u00a0» Question sur votre expérience\u00a0:" in texte


def test_each_item_becomes_a_line_that_fits_it():
    texte = _rendu(
        {
            "lacunes": ["le chiffre d’affaires de l’entreprise"],
            "insatisfactions": ["j’ai parlé trop vite"],
            "reussites": ["ma présentation en deux minutes"],
            "questions_coach": ["comment parler de ma reconversion ?", "ma reconversion"],
        }
    ).text
    assert "–\u00a0À vérifier\u00a0: le chiffre d’affaires de l’entreprise." in texte
    assert "–\u00a0«\u00a0J’ai parlé trop vite.\u00a0»" in texte
    assert "À retravailler\u00a0: j’" not in texte
    assert "–\u00a0À garder\u00a0: votre présentation en deux minutes." in texte
    assert "–\u00a0«\u00a0Comment parler de ma reconversion\u202f?\u00a0»" in texte
    assert "–\u00a0À aborder\u00a0: votre reconversion." in texte


def test_title_names_the_employer_with_its_article_and_the_agreed_job_title():
    texte = _rendu(
        {
            "candidat_accord": "feminin",
            "entreprise": "Mairie de Lyon",
            "poste": "Chargé·e de communication",
            "date_entretien": "2026-11-24",
            "lacunes": ["x"],
        }
    ).text
    titre = texte.split("\n", 1)[0]
    assert (
        titre
        == "Débriefing de l’entretien du 24\u00a0novembre 2026, poste de chargée de communication de la mairie de Lyon"
    )
    forme = _rendu({"entreprise": "Transports Mercier", "entreprise_forme": "aux Transports Mercier"}).text
    assert forme.split("\n", 1)[0].endswith("poste de [intitulé du poste] des Transports Mercier")


@pytest.mark.parametrize(
    ("entreprise", "fin"),
    [
        # The job belongs to a name with its article; it is held « chez » a bare name.
        ("Groupe Altéa SA", "poste de comptable du groupe Altéa"),
        ("Le Bon Marché", "poste de comptable du Bon Marché"),
        ("Octo Services", "poste de comptable chez Octo Services"),
        ("L’Atelier des Chefs", "poste de comptable chez L’Atelier des Chefs"),
    ],
)
def test_title_says_whose_job_it_is(entreprise, fin):
    titre = _rendu({"entreprise": entreprise, "poste": "comptable", "lacunes": ["x"]}).text.split("\n", 1)[0]
    assert titre.endswith(fin)


@pytest.mark.parametrize(
    "titre",
    [
        "Questions pièges",
        "Points d’insatisfaction",
        "Lacunes de préparation",
        "Ce qui a fonctionné",
        "À travailler avec un coach",
        "Prochaines actions",
    ],
)
def test_empty_form_shows_every_section_with_a_prompt(titre):
    """The blank sheet (nothing listed yet) shows every section with a prompt, and no
    bracket: the lists are optional, only the profile facts have placeholders."""
    texte = _rendu({"entreprise": "Rivage", "poste": "comptable", "date_entretien": "2026-11-17"}).text
    section = texte.split(f"\n\n{titre}\n", 1)[1].split("\n\n")[0]
    assert section.startswith("–\u00a0")
    assert "[" not in texte


def test_an_empty_list_removes_its_section_once_something_is_listed():
    texte = _rendu({"lacunes": ["le marché"]}).text
    assert "Lacunes de préparation" in texte
    for titre in ("Questions pièges", "Points d’insatisfaction", "Ce qui a fonctionné", "À travailler avec un coach"):
        assert f"\n\n{titre}\n" not in texte
    assert "Notez aussi ce qui a fonctionné" in texte


def test_opening_is_encouraging_and_needs_no_agreement():
    for accord in ("feminin", "masculin", "neutre"):
        texte = _rendu({"candidat_accord": accord}).text
        assert "vos compétences restent entières" in texte
        assert "moins compétent" not in texte
        assert "brouillon pour le prochain" in texte


def _actions(donnees: dict[str, object]) -> list[str]:
    texte = _rendu(donnees).text.replace("\u00a0", " ").replace("\u202f", " ")
    return texte.split("Prochaines actions\n", 1)[1].splitlines()


def test_actions_are_dated_from_the_next_interview():
    actions = _actions(
        {
            "entreprise": "Rivage",
            "date_entretien": "2026-11-17",
            "prochain_entretien": "2026-12-06",
            "questions_pieges": ["Pourquoi nous ?"],
            "lacunes": ["le chiffre d’affaires"],
            "questions_coach": ["Comment gérer le trac ?"],
            "reussites": ["mon calme"],
        }
    )
    texte = "\n".join(actions)
    # The answer is chased at a date; after a refusal, what was missing is asked at once.
    assert (
        "Sans réponse de Rivage au mardi 24 novembre, relancer ; en cas de refus, demander dans la foulée ce qui "
        "a manqué." in texte
    )
    # The session ends a few days before the last day of preparation, so that it can be rehearsed.
    assert (
        "Prendre rendez-vous avec un coach d’ici le mardi 24 novembre, pour une séance au plus tard le jeudi "
        "3 décembre ; y apporter ce débriefing." in texte
    )
    # The gaps are named.
    assert "Vérifier le chiffre d’affaires d’ici le mardi 1ᵉʳ décembre." in texte
    # Rehearsed after the session, not only on the last day.
    assert (
        "votre réponse à la question piège après la séance avec le coach, puis une dernière fois le vendredi "
        "4 décembre." in texte
    )
    assert actions[-1] == "– Relire ce qui a fonctionné la veille de votre prochain entretien, le samedi 5 décembre."
    # The warning on the date comes first, before the plan it affects.
    assert actions[0] == (
        "Attention : votre prochain entretien, le 6 décembre 2026, tombe un dimanche. Vérifiez cette date auprès "
        "de votre interlocuteur ; les échéances ci-dessous la supposent exacte."
    )
    # Without a coach, the trap questions are rehearsed as soon as the answers are ready.
    sans_coach = "\n".join(
        _actions(
            {**{"date_entretien": "2026-11-17", "prochain_entretien": "2026-12-06"}, "questions_pieges": ["a ?", "b ?"]}
        )
    )
    assert (
        "vos réponses aux deux questions pièges dès qu’elles sont prêtes, puis une dernière fois le vendredi"
        in sans_coach
    )


# (interview, next one): what a coach would plan between them.
CALENDRIERS = [
    ("2026-11-23", "2026-12-03"),  # Nadia: ten days
    ("2026-11-10", "2026-11-29"),  # Hélène: nineteen days, the next one on a Sunday
    ("2026-11-24", "2026-12-25"),  # Alex: a month, the next one typed on Christmas Day
    ("2026-05-28", "2026-06-01"),  # four days
    ("2026-05-28", "2026-05-30"),  # two days
    ("2026-05-28", "2026-05-29"),  # the next day
    ("2026-05-28", "2026-05-28"),  # the same day
    ("2026-12-18", "2027-01-08"),  # across the year-end truce
    ("2027-04-30", "2027-05-10"),  # 1 and 8 May in between
]


@pytest.mark.parametrize(("entretien", "prochain"), CALENDRIERS)
def test_deadlines_are_realistic(entretien, prochain):
    debut, fin = dt.date.fromisoformat(entretien), dt.date.fromisoformat(prochain)
    dates = echeances(debut, fin)
    for cle, jour in dates.items():
        if jour is None:
            continue
        assert debut < jour < fin, (cle, jour)  # never on the interview, never after the next one
        assert not ferie(jour) and not dans_la_treve(jour), (cle, jour)
        if cle in ("feedback", "coach", "seance"):
            assert jour.weekday() < 5, (cle, jour)  # someone else has to answer
    if dates["coach"] is not None:
        assert dates["coach"] >= debut + dt.timedelta(days=2)  # no coach booked the day after
    if dates["seance"] is not None:
        # Booked first, held before the last rehearsal and the re-reading.
        assert dates["coach"] is not None and dates["coach"] < dates["seance"] < dates["pieges"]
        assert dates["relire"] is not None and dates["seance"] < dates["relire"]
    ecart = (fin - debut).days
    assert (dates["coach"] is not None) == (ecart >= 7)
    if ecart >= 7:
        assert dates["repetition"] is None


def test_a_coach_session_needs_time_a_rehearsal_replaces_it():
    proche = "\n".join(
        _actions({"date_entretien": "2026-05-28", "prochain_entretien": "2026-06-01", "questions_coach": ["x ?"]})
    )
    assert "Prendre rendez-vous avec un coach" not in proche
    assert "Faire une répétition avec une personne de confiance qui joue le recruteur d’ici le samedi 30 mai" in proche
    loin = "\n".join(
        _actions({"date_entretien": "2026-11-23", "prochain_entretien": "2026-12-03", "questions_coach": ["x ?"]})
    )
    assert "Prendre rendez-vous avec un coach d’ici le jeudi 26 novembre" in loin


def test_next_interview_on_christmas_day_is_questioned_and_the_plan_ends_before_the_holidays():
    """Alex typed 25 December: odd but valid. A coach asks to check it and plans nothing
    on 24 or 25 December: every date, the coach session's included, respects the cut-off."""
    actions = _actions(
        {
            "date_entretien": "2026-11-24",
            "prochain_entretien": "2026-12-25",
            "questions_pieges": ["Comment géreriez-vous une crise ?"],
            "reussites": ["mon portfolio"],
            "questions_coach": ["Comment rebondir après un lapsus ?"],
        }
    )
    texte = "\n".join(actions)
    assert "24 décembre" not in texte
    assert "25 décembre" not in texte.split("\n", 1)[1]
    assert actions[0] == (
        "Attention : votre prochain entretien, le vendredi 25 décembre 2026, tombe un jour férié (Noël). Vérifiez "
        "cette date auprès de votre interlocuteur ; les échéances ci-dessous la supposent exacte. Pour vous "
        "laisser profiter des fêtes, la préparation s’achève le mercredi 23 décembre."
    )
    assert "pour une séance au plus tard le lundi 21 décembre" in texte
    assert "après la séance avec le coach, puis une dernière fois le mercredi 23 décembre." in texte
    # A reminder on that day, not a deadline.
    assert "– Relire ce qui a fonctionné le mercredi 23 décembre." in actions


def test_actions_without_a_next_interview_are_dated_from_the_interview():
    actions = _actions(
        {
            "date_entretien": "2026-11-27",
            "insatisfactions": ["je n’ai pas su répondre"],
            "lacunes": ["revoir les bases d’algorithmique", "SQL avancé", "leur chiffre d’affaires"],
            "questions_pieges": ["Pourquoi nous ?"],
            "questions_coach": ["Comment gérer le trac ?"],
        }
    )
    texte = "\n".join(actions)
    for vague in ("tant que c’est frais", "dans les jours qui viennent", "dans les semaines qui viennent"):
        assert vague not in texte
    assert "écrire ce que vous ferez autrement d’ici le lundi 30 novembre." in texte
    assert (
        "Sans réponse du recruteur au vendredi 4 décembre, relancer ; en cas de refus, demander dans la foulée "
        "ce qui a manqué." in texte
    )
    assert "Prendre rendez-vous avec un coach d’ici le vendredi 4 décembre ; y apporter ce débriefing." in texte
    # Knowledge takes weeks of revision; information about an employer, a few days.
    assert (
        "Prévoir deux séances de révision par semaine pour les deux notions qui vous ont manqué (les bases "
        "d’algorithmique, SQL avancé) ; faire le point le vendredi 11 décembre." in texte
    )
    assert (
        "Vérifier leur chiffre d’affaires d’ici le vendredi 4 décembre, puis l’équivalent pour chaque nouvel "
        "employeur." in texte
    )
    assert "puis de nouveau la veille de votre prochain entretien" in texte
    # The date of the next interview is asked for in the field's help, not in the text.
    assert "Indiquez la date" not in texte
    assert "sans elle, les actions sont datées" in WIDGET.champ("prochain_entretien").aide


@pytest.mark.parametrize(
    ("insatisfaction", "conseil"),
    [
        ("J’ai ri nerveusement", "un rire nerveux se remarque moins"),
        ("ma voix tremblait", "la voix suit"),
        ("j’ai eu un trou de mémoire", "je reprends ma pensée"),
        ("J’ai été trop longue sur mon parcours", "présentation de votre parcours en deux minutes"),
        ("mes réponses étaient trop longues", "version de vos réponses qui tient en deux minutes"),
        ("J’ai bafouillé sur le salaire", "mot pour mot"),
        ("J’ai parlé trop vite", "courte pause"),
        # The common ones all get advice: a figure too low, no answer, the departure, no questions…
        ("j’ai donné un chiffre trop bas puis je me suis reprise", "fixez à l’avance le bas de votre fourchette"),
        ("je n’ai pas su répondre sur la complexité", "raisonnez à voix haute : « Je ne l’ai plus en tête"),
        ("J’ai parlé trop vite de mon départ", "une phrase courte et positive sur votre départ"),
        ("je n’ai pas posé de questions", "préparez trois questions"),
        ("je n’ai pas parlé de mon projet le plus récent", "les trois points à faire passer"),
        ("J’étais très stressée", "respirez lentement avant d’entrer"),
        # A lapsus: correct it on the spot next time, with the right word when it is given.
        (
            "J’ai fait un lapsus en disant « Villeurbanne » au lieu de « Lyon »",
            "La prochaine fois, corrigez-vous simplement sur le moment (« pardon, Lyon, bien sûr ») et continuez",
        ),
    ],
)
def test_a_common_dissatisfaction_gets_one_line_of_advice(insatisfaction, conseil):
    texte = _rendu({"insatisfactions": [insatisfaction]}).text.replace("\u00a0", " ").replace("\u202f", " ")
    ligne = texte.split("Points d’insatisfaction\n", 1)[1].splitlines()[0]
    assert conseil in ligne


def test_advice_is_given_once_per_kind_and_an_early_departure_is_not_a_fast_delivery():
    texte = _rendu(
        {"insatisfactions": ["J’ai ri nerveusement", "j’ai ri encore", "J’ai parlé trop vite de mon départ"]}
    ).text
    assert texte.count("La prochaine fois") == 2
    assert texte.count("un rire nerveux se remarque moins") == 1
    assert "courte pause" not in texte
    assert "sur votre départ" in texte


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        # A plan (« en + participe ») is a lead, not words to say: what to do.
        (
            "Comment avez-vous géré le PSE ? -> en insistant sur le dialogue social",
            "Votre piste : insister sur le dialogue social. Construisez votre réponse comme un récit "
            "(le contexte, ce que vous avez fait, le résultat), puis répétez-la à voix haute.",
        ),
        (
            "Pourquoi ce poste ? -> en choisissant un exemple tiré de mon stage",
            "Votre piste : choisir un exemple tiré de votre stage.",
        ),
        # « en tant que » is not a gerund.
        ("Pourquoi ce poste ? -> en tant que cheffe d’équipe, j’ai…", "Votre réponse : « En tant que"),
        ("Pourquoi nous ? -> votre projet de refonte", "Votre réponse : votre projet de refonte. Complétez-la"),
        # Words to say in the first person are quoted as typed.
        ("Pourquoi ce poste ? -> mon projet de reconversion", "Votre réponse : « Mon projet de reconversion. »"),
        # A knowledge answer is said in one or two sentences, with its justification.
        (
            "Quelle est la complexité d’un tri rapide ? -> n log n en moyenne",
            "Vérifiez-la dans une source sûre, puis entraînez-vous à la dire à voix haute en une ou deux phrases, "
            "avec la justification.",
        ),
        # One structure for a lived example, everywhere.
        (
            "Parlez-moi d’un conflit",
            "racontez-la en trois temps (le contexte, ce que vous avez fait, le résultat).",
        ),
    ],
)
def test_better_answer_or_lead_and_one_story_structure(ligne, attendu):
    texte = _rendu({"questions_pieges": [ligne]}).text.replace("\u00a0", " ").replace("\u202f", " ")
    assert attendu in texte
    assert "quatre temps" not in texte


@pytest.mark.parametrize(
    ("gerondif", "infinitif"),
    [
        ("insistant", "insister"),
        ("expliquant", "expliquer"),
        ("présentant", "présenter"),
        ("changeant", "changer"),
        ("annonçant", "annoncer"),
        ("choisissant", "choisir"),
        ("laissant", "laisser"),
        ("glissant", "glisser"),
        ("rendant", "rendre"),
        ("répondant", "répondre"),
        ("prenant", "prendre"),
        ("mettant", "mettre"),
        ("faisant", "faire"),
        ("disant", "dire"),
        ("décrivant", "décrire"),
        ("construisant", "construire"),
        ("connaissant", "connaître"),
        ("ressentant", "ressentir"),
        ("partant", "partir"),
        ("obtenant", "obtenir"),
        ("revenant", "revenir"),
        ("recevant", "recevoir"),
        ("étant", "être"),
        ("ayant", "avoir"),
        ("utilisant", "utiliser"),
    ],
)
def test_a_lead_typed_as_a_gerund_becomes_an_infinitive(gerondif, infinitif):
    assert infinitif_du_gerondif(gerondif) == infinitif


def test_the_opening_does_not_deny_what_worked():
    avec = _rendu({"reussites": ["mon portfolio"]}).text.replace("\u00a0", " ")
    assert "elles n’ont pas toutes pu s’exprimer, et ce qui a fonctionné, plus bas, le montre." in avec
    assert "n’ont simplement pas pu" not in avec
    sans = _rendu({"lacunes": ["x"]}).text
    assert "n’ont simplement pas pu s’exprimer" in sans


def test_next_interview_before_this_one_is_refused_next_to_its_field():
    reponse = rendre("debrief", {"date_entretien": "2026-09-01", "prochain_entretien": "2026-08-20", "lacunes": ["x"]})
    assert set(reponse["errors"]) == {"prochain_entretien"}
    assert "1ᵉʳ\u00a0septembre 2026" in reponse["errors"]["prochain_entretien"]
    assert "vérifiez-la" in reponse["errors"]["prochain_entretien"]
    assert not rendre("debrief", {"date_entretien": "2026-09-01", "prochain_entretien": "2026-09-01"})["errors"]


def test_a_slip_of_the_tongue_points_to_its_page_once():
    texte = _rendu(
        {"insatisfactions": ["J’ai fait un lapsus"], "questions_coach": ["Comment rebondir après un lapsus ?"]}
    ).text
    assert texte.count("<lapsus/>") == 1
    assert "inutile d’y revenir par écrit" in texte


def test_markdown_file_is_the_same_plan_with_headings_and_bullets():
    rendu = _rendu({"entreprise": "Rivage", "lacunes": ["le chiffre d’affaires"]})
    (fichier,) = rendu.files
    assert fichier.name == "debrief.md"
    assert fichier.mime == "text/markdown"
    lignes = fichier.content.splitlines()
    assert lignes[0].startswith("# Débriefing")
    assert "## Lacunes de préparation" in lignes
    assert "- À vérifier\u00a0: le chiffre d’affaires." in lignes
    assert "## Prochaines actions" in lignes
    titres_texte = [t for t in rendu.text.split("\n\n") if t.split("\n")[0] == "Lacunes de préparation"]
    assert titres_texte


@pytest.mark.parametrize(
    ("saisie", "interdit"),
    [
        ("[piège](https://exemple.fr)", r"(?<!\\)\[piège(?<!\\)\]\("),
        ("<img src=x onerror=alert(1)>", r"(?<!\\)<img"),
        ("**gras**", r"(?<!\\)\*(?<!\\)\*gras"),
        ("`code`", r"(?<!\\)`"),
    ],
)
def test_user_text_cannot_become_markdown(saisie, interdit):
    contenu = _markdown({"lacunes": [saisie], "questions_pieges": [saisie], "entreprise": saisie})
    mot = re.findall(r"\w+", saisie)[0]
    assert mot in contenu  # the text is kept, only its markup is disarmed
    assert not re.search(interdit, contenu)


@pytest.mark.parametrize("saisie", ["# Titre", "> citation", "- tiret", "1. premier"])
def test_user_lines_never_open_a_markdown_block(saisie):
    contenu = _markdown({"lacunes": [saisie], "reussites": [saisie], "questions_coach": [saisie]})
    for ligne in contenu.splitlines():
        assert not ligne.startswith(("- #", "- >", "- -", "- 1.", "> ")), ligne


ODD = ["🙂 entretien", "مقابلة عمل", "{0}", "$name", "%s", "<script>alert(1)</script>", "a" * 300]


@pytest.mark.parametrize("saisie", ODD)
@pytest.mark.parametrize("accord", ["feminin", "masculin", "neutre"])
def test_odd_inputs_render_cleanly(saisie, accord):
    donnees = {
        "candidat_accord": accord,
        "entreprise": saisie[:100],
        "poste": saisie[:120],
        "questions_pieges": [f"{saisie[:240]} -> {saisie[:240]}"],
        "insatisfactions": [saisie],
        "lacunes": [saisie],
        "reussites": [saisie],
        "questions_coach": [saisie],
    }
    rendu = _rendu(donnees)
    assert ecarts(rendu.text) == []
    assert ecarts(rendu.files[0].content) == []


@pytest.mark.parametrize("valeur", [None, "", [], [""], ["  "], 0, "2026-02-30", {}])
def test_render_never_raises_on_odd_values(valeur):
    rendu = WIDGET.rendre({c.nom: valeur for c in WIDGET.champs})
    assert rendu.text
    assert ecarts(rendu.text) == []


def test_the_rebondir_page_gives_the_same_advice_as_the_debrief():
    """The page's table of common dissatisfactions says what the widget says."""
    from pathlib import Path

    from rattrapage.typographie import franciser
    from rattrapage.widgets.debrief import INSATISFACTIONS_COURANTES, RECIT

    page = Path(__file__).resolve().parents[2] / "docs" / "rebondir.md"
    if not page.exists():  # the unit tests also run where the docs are not shipped
        pytest.skip("docs/ absent")
    texte = page.read_text(encoding="utf-8")
    for _, _, conseil in INSATISFACTIONS_COURANTES:
        if conseil:
            phrase = conseil.removeprefix("La prochaine fois, ")
            assert franciser(phrase[:1].upper() + phrase[1:]) in texte
    assert franciser("racontez-la en trois temps : le contexte, ce que vous avez fait, le résultat") in texte
    assert RECIT == "(le contexte, ce que vous avez fait, le résultat)"
