"""« Avez-vous des questions ? »: the choice of versions by format, register, agreement and requests."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from rattrapage.champs import Valeurs
from rattrapage.typographie import ecarts, franciser
from rattrapage.validation import valider
from rattrapage.widgets._oral import genre, question_de
from rattrapage.widgets.script_feedback import (
    AVIS,
    WIDGET,
    Situation,
    apres_la_reponse,
    demandes_retenues,
    question,
    version_complete,
    version_courte,
    version_pressee,
)

from tests.unit.saisies import ETRANGES, valeurs_valides

FORMATS = ("presentiel", "visio", "telephone")
REGISTRES = ("soutenu", "courant")
ACCORDS = ("feminin", "masculin", "neutre")
TOUTES = ["global", "informations", "bloquant", "suite"]
VERSIONS = (version_courte, version_complete, version_pressee)


def _valeurs(**donnees: object) -> Valeurs:
    return valeurs_valides(WIDGET, donnees)


def _texte(**donnees: object) -> str:
    return WIDGET.rendre(_valeurs(**donnees)).text


def _situation(**donnees: object) -> Situation:
    return Situation.depuis(_valeurs(**donnees))


def _version(version: Callable[[Situation], str], **donnees: object) -> str:
    """One version as the page shows it (``rendre`` applies the typography last)."""
    return franciser(version(_situation(**donnees)))


def _questions_posees(script: str, **donnees: object) -> int:
    """How many of the questions about the candidacy a script asks."""
    s = _situation(**donnees)
    return sum(1 for d in AVIS if franciser(question(d, s))[1:] in script)


@pytest.mark.parametrize("version", VERSIONS)
def test_each_format_and_register_gives_a_distinct_script(version):
    scripts = {(f, r): _version(version, format=f, registre=r) for f, r in itertools.product(FORMATS, REGISTRES)}
    assert len(set(scripts.values())) == len(FORMATS) * len(REGISTRES)


@pytest.mark.parametrize(
    ("format_", "present", "absent"),
    [
        ("visio", "Avant que nous nous quittions", "raccroch"),
        ("telephone", "trois questions à vous poser, si vous le permettez.", "Avant"),
        ("presentiel", "Avant de conclure", "raccroch"),
    ],
)
def test_the_complete_version_fits_the_format(format_, present, absent):
    script = _version(version_complete, format=format_, registre="soutenu")
    assert present in script
    assert absent not in script


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
@pytest.mark.parametrize("sujet", ["", "mon budget"])
def test_the_complete_version_says_no_stage_direction_and_does_not_undercut_itself(format_, registre, sujet):
    """« l’une après l’autre » is a stage direction, not something to say; « si vous
    avez encore quelques minutes » undercuts the version meant for when there is time."""
    donnees = {"format": format_, "registre": registre, "demandes": TOUTES, "sujet_a_completer": sujet}
    script = _version(version_complete, **donnees)
    for absent in ("l’une après l’autre", "quelques minutes", "Dernière question", "tout à fait"):
        assert absent not in script


@pytest.mark.parametrize(("format_", "registre", "accord"), list(itertools.product(FORMATS, REGISTRES, ACCORDS)))
def test_the_complete_version_takes_its_time(format_, registre, accord):
    """The complete version is the one for when there is time: no clock, no « je serai bref »."""
    script = _version(version_complete, format=format_, registre=registre, candidat_accord=accord, demandes=TOUTES)
    for presse in (
        "heure tourne",
        "fin du temps",
        "créneau",
        "bref",
        "brève",
        "droit au but",
        "essentiel",
        "rapide",
        "déconnect",
        "raccroch",
    ):
        assert presse not in script


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
def test_the_complete_version_asks_one_question_at_a_time(format_, registre):
    """Each question on its own line, a stage direction to wait for the answer between
    two, linked as one speaks; the topics are never announced before being asked."""
    script = _version(version_complete, format=format_, registre=registre, demandes=TOUTES)
    lignes = script.split("\n")
    attendre = "(Attendez sa réponse avant de poser la suivante.)"
    assert lignes[1::2] == [attendre, attendre]
    assert lignes[2].startswith("Et ") and lignes[4].startswith("Et enfin, ")
    assert all(ligne.endswith("?") for ligne in lignes[::2])
    assert script.count("?") == 3
    assert "sur mon profil" not in lignes[0].split(".")[0]
    deux = _version(version_complete, format=format_, registre=registre, demandes=["global", "bloquant"])
    assert deux.split("\n")[2].startswith("Et ") and "enfin" not in deux
    assert attendre not in _version(version_complete, format=format_, registre=registre, demandes=["global"])


def test_the_version_for_when_time_is_short_says_so_in_video():
    assert "fin du temps prévu" in _version(version_pressee, format="visio", registre="soutenu")
    assert "fin du créneau" in _version(version_pressee, format="visio", registre="courant")
    for format_, registre in itertools.product(FORMATS, REGISTRES):
        assert "heure tourne" not in _version(version_pressee, format=format_, registre=registre)


_INVERSION = r"-(?:t-)?(?:vous|il)\b"
_EST_CE_QUE = r"est-ce qu(?:e\b|’)"


@pytest.mark.parametrize(
    ("registre", "present", "absent"),
    [("soutenu", _INVERSION, _EST_CE_QUE), ("courant", _EST_CE_QUE, _INVERSION)],
)
@pytest.mark.parametrize("demandes", [["global"], ["informations"], ["bloquant"], ["informations", "bloquant"]])
def test_the_register_sets_how_questions_are_asked(registre, present, absent, demandes):
    """An inversion (« Voyez-vous… », « Y a-t-il… ») in the formal register, « Est-ce que… » in the other."""
    for format_ in FORMATS:
        script = _version(version_courte, format=format_, registre=registre, demandes=demandes).lower()
        assert re.search(present, script)
        assert not re.search(absent, script)


@pytest.mark.parametrize("format_", FORMATS)
def test_the_short_version_answers_yes_and_asks_one_question(format_):
    """« Oui, une, si vous le permettez », not « Oui, merci » (accepting a coffee) nor
    « Oui, tout à fait » (agreeing with a statement); ONE question that gathers what
    was asked, never two in one breath; for a senior register, the candidacy
    against expectations."""
    for registre in REGISTRES:
        oui = "Oui, une, si vous le permettez" if registre == "soutenu" else "Oui, j’en ai une."
        for demandes in (["global"], ["bloquant"], ["informations", "bloquant"], TOUTES):
            script = _version(version_courte, format=format_, registre=registre, demandes=demandes)
            assert script.startswith(oui)
            assert "merci" not in script.lower() and "rapide" not in script and "tout à fait" not in script
            assert script.count("?") == 1 and script.endswith("?")
            assert ", ou " not in script
    assert "au regard de vos attentes pour ce poste" in _version(
        version_courte, format=format_, registre="soutenu", demandes=TOUTES
    )
    assert "point bloquant" in _version(version_courte, format=format_, demandes=["bloquant"])


@pytest.mark.parametrize(
    ("demandes", "annonce"),
    [
        (["global"], "Oui, une, si vous le permettez."),
        (["global", "suite"], "Oui, une, si vous le permettez."),
        (["global", "bloquant"], "J’aurais deux questions à vous poser, si vous le permettez."),
        (["global", "informations", "bloquant"], "J’aurais trois questions à vous poser, si vous le permettez."),
        (TOUTES, "J’aurais trois questions à vous poser, si vous le permettez."),
    ],
)
def test_on_the_phone_the_questions_are_announced_as_a_statement(demandes, annonce):
    """With no visual cue, the number of questions is said first, as a statement (not
    one more question); the topics are not listed before being asked (the old « deux
    questions rapides : sur… et sur… »)."""
    script = _version(version_complete, format="telephone", demandes=demandes)
    premiere = script.split("\n")[0]
    assert annonce in premiere
    assert premiere.count("?") == 1
    assert "sur mon profil" not in premiere.split(annonce)[0]
    for connecteur in ("D’abord", "Ensuite", "Puis,"):
        assert connecteur not in script
    assert "j’en ai trois" in _version(version_complete, format="telephone", registre="courant", demandes=TOUTES)


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
def test_never_more_than_three_questions_and_the_next_steps_when_taking_leave(format_, registre):
    """The next steps close every version, as a statement: with them, the recruiter
    never hears more questions than announced (« trois », « une seule »)."""
    donnees = {"format": format_, "registre": registre, "demandes": TOUTES}
    complete = _version(version_complete, **donnees)
    assert _questions_posees(complete, **donnees) == 3
    assert "trois" in complete
    assert "quatre" not in complete
    for version in VERSIONS:
        assert "prochaines étapes" not in _version(version, **donnees)
        assert "réponse\u202f?" not in _version(version, **donnees)
    conclusion = _version(apres_la_reponse, **donnees)
    assert "?" not in conclusion and conclusion.endswith(".")
    assert "calendrier de votre décision" in conclusion or "me donner une réponse" in conclusion
    sans_suite = _version(apres_la_reponse, format=format_, registre=registre, demandes=["global"])
    assert sans_suite.endswith(
        ("J’aimerais connaître les prochaines étapes.", "J’aimerais bien savoir quelle est la suite.")
    )
    assert "?" not in sans_suite


_NOMBRES = {"une": 1, "deux": 2, "trois": 3, "ma": 1}


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
@pytest.mark.parametrize(
    "demandes", [["global"], ["bloquant", "suite"], ["global", "informations"], ["informations", "bloquant"], TOUTES]
)
@pytest.mark.parametrize("sujet", ["", "mon budget", "mes prétentions salariales"])
def test_a_version_never_asks_more_questions_than_it_announces(format_, registre, demandes, sujet):
    """Counted as the recruiter hears them, the closing included: three at most, and
    the number announced (« une », « deux questions », « une seule question »)."""
    donnees = {"format": format_, "registre": registre, "demandes": demandes, "sujet_a_completer": sujet}
    conclusion = _version(apres_la_reponse, **donnees)
    for version in VERSIONS:
        parole = re.sub(r"\(.*?\)", "", _version(version, **donnees))  # stage directions are not said
        posees = parole.count("?") + conclusion.count("?")
        annonces = re.findall(
            r"\b(une|deux|trois|ma)(?: seule)? questions?\b|j’en ai (une|deux|trois)|Oui, (une),", parole, re.IGNORECASE
        )
        annonce = next(_NOMBRES[n.lower()] for groupe in annonces for n in groupe if n)
        assert posees <= annonce <= 3


@pytest.mark.parametrize(
    ("accord", "present", "absents"),
    [
        ("feminin", "mon rôle de chargée de mission", ["chargé de", "·"]),
        ("masculin", "mon rôle de chargé de mission", ["chargée", "·"]),
    ],
)
def test_the_candidate_agrees_as_chosen(accord, present, absents):
    """The spoken sentences need no agreement; what the candidate typed takes theirs."""
    texte = _texte(candidat_accord=accord, sujet_a_completer="mon rôle de chargé·e de mission")
    assert present in texte
    for absent in absents:
        assert absent not in texte
    scripts = {_texte(candidat_accord=a, demandes=TOUTES, point_fort="ma rigueur") for a in ACCORDS}
    assert len(scripts) == 1


@pytest.mark.parametrize("registre", REGISTRES)
def test_the_conclusion_thanks_and_shows_the_wish_to_join_without_canned_motivation(registre):
    """No « je reste très motivée » asserted, no « franchise » that assumes a harsh
    feed-back, no filler « En tout cas »; neither job nor company named."""
    conclusion = _version(apres_la_reponse, registre=registre, demandes=TOUTES)
    assert "envie de vous rejoindre" in conclusion
    assert conclusion.startswith("Merci")
    for canne in ("motiv", "franchise", "En tout cas", "ce poste"):
        assert canne not in conclusion
    assert _version(apres_la_reponse, registre="soutenu").startswith("Merci, ce retour m’est très utile.")


@pytest.mark.parametrize(
    ("cochees", "attendu"),
    [
        ([], ("global",)),
        (None, ("global",)),
        (["suite", "global"], ("global", "suite")),
        (["bloquant"], ("bloquant",)),
        (["inconnue", "informations"], ("informations",)),
    ],
)
def test_requests_keep_the_form_order_and_fall_back_to_the_overall_feedback(cochees, attendu):
    assert demandes_retenues(cochees) == attendu


def test_the_next_steps_alone_still_ask_for_the_overall_feedback():
    s = _situation(demandes=["suite"])
    assert s.avis == ("global",)
    assert s.suite


@pytest.mark.parametrize(
    ("demandes", "question_cle"),
    [
        (TOUTES, "point bloquant"),
        (["global", "suite"], "regard portez-vous"),
        (["informations", "suite"], "en savoir davantage"),
        (["suite"], "regard portez-vous"),
    ],
)
def test_when_time_is_short_the_most_telling_question_is_asked(demandes, question_cle):
    """One question, last, so the recruiter answers it; no promise to write « le
    reste » when nothing was left to add."""
    for format_ in FORMATS:
        script = _version(version_pressee, demandes=demandes, format=format_)
        assert question_cle in script
        assert script.count("?") == 1 and script.endswith("?")
        assert "écri" not in script


@pytest.mark.parametrize("format_", FORMATS)
def test_the_subject_to_complete_comes_before_the_questions(format_):
    script = _version(
        version_complete, format=format_, sujet_a_completer="Mon expérience en budget.", demandes=["global"]
    )
    lignes = script.split("\n")
    assert len(lignes) == 3
    assert lignes[0].endswith("Mais d’abord, j’aimerais ajouter un mot sur mon expérience en budget.")
    assert lignes[0].startswith("Oui") and not lignes[2].startswith("Oui")
    assert lignes[1].startswith("(Dites l’essentiel en deux ou trois phrases") and lignes[1].endswith(")")
    assert "maintenant" in lignes[2]
    assert script.count("mon expérience en budget") == 1
    pressee = _version(version_pressee, format=format_, sujet_a_completer="Mon expérience en budget.")
    promesse = "je vous préciserai par écrit ce que je voulais ajouter sur mon expérience en budget. "
    assert promesse in pressee
    assert pressee.index(promesse) < pressee.index("Une seule question, donc\u00a0: ")
    assert pressee.endswith("?")
    texte = _texte(format=format_, sujet_a_completer="Mon expérience en budget.")
    assert texte.count("mon expérience en budget") == 2  # once in each version that completes it


@pytest.mark.parametrize(
    ("sujet", "forme"),
    [
        (
            "mes prétentions salariales",
            "Oui, volontiers, Monsieur. Mais d’abord, j’aimerais ajouter un mot sur mes prétentions salariales.",
        ),
        (
            "Pourquoi voulez-vous quitter votre poste ?",
            "compléter ma réponse à votre question «\u00a0Pourquoi voulez-vous quitter votre poste\u202f?\u00a0»",
        ),
        ("J'ai géré un budget de 2 M€", "ajouter une précision\u00a0: j’ai géré un budget de 2\u00a0M€."),
        ("la consolidation IFRS", "ajouter un mot sur la consolidation IFRS."),
        ("le développement web", "ajouter un mot sur le développement web."),
        ("la refonte du site que j'ai menée", "ajouter un mot sur la refonte du site que j’ai menée."),
        ("l'exercice d'algorithmique", "ajouter un mot sur l’exercice d’algorithmique."),
        ("ma réponse sur le salaire", "ajouter un mot sur la question du salaire."),
    ],
)
def test_the_subject_is_set_by_what_was_typed(sujet, forme):
    """Added to (« ajouter un mot sur »), never « revenir sur », which assumes it was
    discussed; said as typed, never wrapped in « mon expérience de… », a fact the
    candidate did not type."""
    script = _version(version_complete, sujet_a_completer=sujet, recruteur_civilite="monsieur")
    assert forme in script
    assert not re.search(r"[a-zà-ÿ,]\s+Pourquoi", script)
    texte = _texte(sujet_a_completer=sujet)
    assert "revenir" not in texte and "mon expérience de" not in texte and "sur ma réponse sur" not in texte


@pytest.mark.parametrize(
    ("point_fort", "forme"),
    [
        ("ma rigueur", "Si je ne devais vous laisser qu’une chose en tête, ce serait ma rigueur."),
        (
            "J'ai réorganisé un entrepôt.",
            "Si je ne devais vous laisser qu’une chose en tête, ce serait celle-ci\u00a0: j’ai réorganisé un entrepôt.",
        ),
    ],
)
@pytest.mark.parametrize("registre", REGISTRES)
def test_the_strength_to_remember_closes_the_exchange(point_fort, forme, registre):
    """Worded so as not to echo « qu’est-ce que vous retenez », the question just asked."""
    texte = _texte(point_fort=point_fort, registre=registre)
    assert forme in texte
    assert "retenir" not in texte


@pytest.mark.parametrize(
    ("sujet", "attendu", "consigne", "conseil"),
    [
        (
            "mes prétentions salariales",
            "remuneration",
            "(Donnez votre fourchette en une phrase, «\u00a0je vise entre X et Y euros bruts annuels\u00a0», puis "
            "arrêtez-vous là, sans vous justifier, et laissez-lui la parole.)",
            "une fourchette que vous saurez justifier",
        ),
        (
            "Quelles sont vos prétentions salariales ?",
            "remuneration",
            "(Donnez votre fourchette en une phrase",
            "une fourchette",
        ),
        (
            "l'exercice d'algorithmique",
            "exercice",
            "(Reprenez l’exercice à froid\u00a0: votre démarche, sa complexité, ce que vous feriez autrement, "
            "en trois phrases, puis laissez-lui la parole.)",
            "l’exercice repris à froid",
        ),
        (
            "la notion de polymorphisme",
            "connaissances",
            "(Expliquez la notion simplement",
            "une explication simple",
        ),
        (
            "mon projet de fin d'études en Rust",
            "experience",
            "(Dites l’essentiel en deux ou trois phrases, appuyées sur un exemple précis",
            "un fait précis (un chiffre, un projet, un résultat)",
        ),
        ("la consolidation IFRS", "experience", "appuyées sur un exemple précis", "un fait précis"),
        (
            "mon départ de mon précédent poste",
            "autre",
            "(Dites l’essentiel en deux ou trois phrases, puis laissez-lui la parole.)",
            "l’essentiel d’abord",
        ),
        (
            "Pourquoi voulez-vous quitter votre poste ?",
            "autre",
            "(Complétez votre réponse en deux ou trois phrases",
            "l’essentiel d’abord",
        ),
    ],
)
def test_the_cue_and_the_tip_fit_what_the_subject_is_about(sujet, attendu, consigne, conseil):
    """A salary range, an exercise, a notion, an achievement: each said and prepared
    its own way, never « un chiffre, un projet, un résultat » for a salary."""
    assert genre(sujet) == attendu
    texte = _texte(sujet_a_completer=sujet)
    assert consigne in texte
    conseils = texte.split("Conseils")[1]
    assert conseil in conseils
    if attendu != "experience":
        assert "un chiffre, un projet" not in texte


@pytest.mark.parametrize(
    ("civilite", "reagir"),
    [("monsieur", "laissez-le réagir"), ("madame", "laissez-la réagir"), ("inconnu", "laissez-lui la parole")],
)
def test_after_a_salary_range_the_candidate_stops_and_lets_the_recruiter_react(civilite, reagir):
    texte = _texte(sujet_a_completer="mes prétentions salariales", recruteur_civilite=civilite)
    assert f"puis arrêtez-vous là, sans vous justifier, et {reagir}.)" in texte
    assert "taisez-vous" not in texte


@pytest.mark.parametrize("format_", FORMATS)
@pytest.mark.parametrize("registre", REGISTRES)
@pytest.mark.parametrize(
    ("sujet", "dit"),
    [
        ("mes prétentions salariales", "un mot sur mes prétentions salariales, puis une seule question."),
        ("ma réponse à propos du salaire", "un mot sur la question du salaire, puis une seule question."),
        ("Quelles sont vos prétentions salariales ?", "un mot sur ma rémunération, puis une seule question."),
    ],
)
def test_when_time_is_short_a_salary_range_is_said_rather_than_promised(format_, registre, sujet, dit):
    """Saying the range in one sentence takes less time than promising to write it."""
    script = _version(version_pressee, format=format_, registre=registre, sujet_a_completer=sujet)
    lignes = script.split("\n")
    assert lignes[0].endswith(dit)
    assert lignes[1].startswith("(Donnez maintenant votre fourchette en une phrase")
    assert lignes[2].startswith("Et voici ma question\u00a0: ") and script.endswith("?")
    assert "écri" not in script


@pytest.mark.parametrize(
    ("groupe", "question_posee"),
    [
        ("ma réponse sur la rémunération", "la question de la rémunération"),
        ("ma réponse sur le salaire", "la question du salaire"),
        ("mes réponses sur les horaires", "la question des horaires"),
        ("ma réponse concernant mon départ", "la question de mon départ"),
        ("ma réponse à propos du télétravail", "la question du télétravail"),
        ("ma réponse au sujet de l’équipe", "la question de l’équipe"),
        ("Ma réponse sur l'anglais", "la question de l’anglais"),
        ("ma réponse", ""),
        ("la consolidation IFRS", ""),
        ("mes prétentions salariales", ""),
    ],
)
def test_an_answer_typed_as_such_is_said_as_the_question_it_answered(groupe, question_posee):
    assert question_de(groupe) == question_posee


def test_optional_fields_leave_no_trace_when_empty():
    texte = _texte()
    for trace in ("[", "(Dites", "qu’une chose", "Avant mes questions", "ajouter sur", "Mais d’abord"):
        assert trace not in texte
    assert _texte(sujet_a_completer="?", point_fort="🎉") == texte


def test_job_title_and_company_are_never_said_to_their_own_recruiter():
    assert {"poste", "entreprise"}.isdisjoint(c.nom for c in WIDGET.champs)
    donnees = {"poste": "chargé·e de communication", "entreprise": "Mairie de Lyon"}
    valeurs, erreurs = valider(WIDGET, {**donnees, "demandes": TOUTES, "point_fort": "ma rigueur"})
    assert erreurs == {}
    texte = WIDGET.rendre(valeurs).text
    assert "communication" not in texte and "Lyon" not in texte and "·" not in texte
    assert "ce poste" in texte


@pytest.mark.parametrize(
    ("civilite", "nom", "adresse", "tiers"),
    [
        (
            "madame",
            "Durand",
            "Oui, une, si vous le permettez, Madame Durand. Comment",
            "Remerciez Mme\u00a0Durand pour ce retour",
        ),
        ("monsieur", "", "Oui, une, si vous le permettez, Monsieur. Comment", "Remerciez le recruteur pour ce retour"),
        ("inconnu", "Durand", "Oui, une, si vous le permettez. Comment", "Remerciez pour ce retour, même s’il"),
        ("inconnu", "Camille Roux", "Oui, une, si vous le permettez. Comment", "Remerciez Camille Roux pour ce retour"),
    ],
)
def test_the_recruiter_is_addressed_out_loud_and_named_in_tips(civilite, nom, adresse, tiers):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom, sujet_a_completer="mon budget")
    assert adresse in texte
    assert tiers in texte
    assert "Madame, Monsieur" not in texte
    assert "la personne qui recrute" not in texte
    assert (
        "(Dites l’essentiel en deux ou trois phrases, appuyées sur un exemple précis, puis laissez-lui la parole.)"
        in texte
    )


@pytest.mark.parametrize(
    ("demandes", "conseil"),
    [
        (TOUTES, "répondez au point bloquant s’il y en a un."),
        (["bloquant"], "répondez au point bloquant s’il y en a un."),
        (["global", "informations", "suite"], "répondez à ce qui a été dit de votre profil."),
        ([], "répondez à ce qui a été dit de votre profil."),
    ],
)
def test_the_written_follow_up_answers_the_blocking_point_only_when_it_was_asked(demandes, conseil):
    texte = _texte(demandes=demandes)
    assert conseil in texte
    assert ("point bloquant s’il" in texte) == ("bloquant" in demandes)


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
def test_the_recruiter_is_named_at_most_once_in_what_is_said(format_, registre):
    donnees = {
        "recruteur_civilite": "madame",
        "recruteur_nom": "Da Silva",
        "format": format_,
        "registre": registre,
        "demandes": TOUTES,
        "sujet_a_completer": "mon budget",
        "point_fort": "ma rigueur",
    }
    conclusion = _version(apres_la_reponse, **donnees)
    assert "Da Silva" not in conclusion
    for version in VERSIONS:
        parole = re.sub(r"\(.*?\)", "", _version(version, **donnees))  # stage directions are not said
        assert parole.count("Da Silva") <= 1


@pytest.mark.parametrize("saisie", ["", "🎉 projet 🚀", "مشروع الميزانية", "x" * 200, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for format_, registre in itertools.product(FORMATS, REGISTRES):
        nom = saisie[: WIDGET.champ("recruteur_nom").longueur_max]
        texte = _texte(
            recruteur_nom=nom, point_fort=saisie, sujet_a_completer=saisie, format=format_, registre=registre
        )
        assert ecarts(texte) == []
        assert "Version 3" in texte
