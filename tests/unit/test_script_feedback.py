"""« Avez-vous des questions ? »: the choice of versions by format, register, agreement and requests."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from rattrapage.champs import Valeurs
from rattrapage.typographie import ecarts, franciser
from rattrapage.validation import valider
from rattrapage.widgets._oral import genre, objet
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
        ("visio", "encore quelques minutes", "raccroch"),
        ("telephone", "l’une après l’autre", "minutes"),
        ("presentiel", "Avant de conclure", "raccroch"),
    ],
)
def test_the_complete_version_fits_the_format(format_, present, absent):
    script = _version(version_complete, format=format_, registre="soutenu")
    assert present in script
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
    assert lignes[2].startswith("Et ") and lignes[4].startswith("Dernière question\u00a0: ")
    assert all(ligne.endswith("?") for ligne in lignes[::2])
    assert script.count("?") == 3 + (format_ == "telephone" and registre == "soutenu")
    assert "sur mon profil" not in lignes[0].split(".")[0]
    deux = _version(version_complete, format=format_, registre=registre, demandes=["global", "bloquant"])
    assert deux.split("\n")[2].startswith("Dernière question")
    assert attendre not in _version(version_complete, format=format_, registre=registre, demandes=["global"])


def test_the_version_for_when_time_is_short_says_so_in_video():
    assert "fin du temps prévu" in _version(version_pressee, format="visio", registre="soutenu")
    assert "fin du créneau" in _version(version_pressee, format="visio", registre="courant")
    for format_, registre in itertools.product(FORMATS, REGISTRES):
        assert "heure tourne" not in _version(version_pressee, format=format_, registre=registre)


@pytest.mark.parametrize(
    ("registre", "present", "absent"),
    [("soutenu", "-vous", "est-ce que"), ("courant", "est-ce que", "-vous")],
)
@pytest.mark.parametrize("demandes", [["global"], ["informations"], ["bloquant"], ["informations", "bloquant"]])
def test_the_register_sets_how_questions_are_asked(registre, present, absent, demandes):
    """An inversion (« Voyez-vous… ») in the formal register, « Est-ce que… » in the other."""
    for format_ in FORMATS:
        script = _version(version_courte, format=format_, registre=registre, demandes=demandes).lower()
        assert present in script
        assert absent not in script


@pytest.mark.parametrize("format_", FORMATS)
def test_the_short_version_answers_yes_and_asks_one_question(format_):
    """« Oui, tout à fait », not « Oui, merci » (accepting a coffee); one question that
    gathers what was asked; for a senior register, the candidacy against expectations."""
    for registre in REGISTRES:
        for demandes in (["global"], ["bloquant"], ["informations", "bloquant"], TOUTES):
            script = _version(version_courte, format=format_, registre=registre, demandes=demandes)
            assert script.startswith("Oui, tout à fait")
            assert "merci" not in script.lower() and "rapide" not in script
            assert script.count("?") == 1 and script.endswith("?")
    assert "au regard de vos attentes pour ce poste" in _version(
        version_courte, format=format_, registre="soutenu", demandes=TOUTES
    )
    assert "point bloquant" in _version(version_courte, format=format_, demandes=["bloquant"])


@pytest.mark.parametrize(
    ("demandes", "annonce"),
    [
        (["global"], "une question\u202f?"),
        (["global", "suite"], "une question\u202f?"),
        (["global", "bloquant"], "deux questions, l’une après l’autre\u202f?"),
        (["global", "informations", "bloquant"], "trois questions, l’une après l’autre\u202f?"),
        (TOUTES, "trois questions, l’une après l’autre\u202f?"),
    ],
)
def test_on_the_phone_the_questions_are_announced_and_come_one_after_the_other(demandes, annonce):
    """With no visual cue, the number of questions is said first; the topics are not
    listed before being asked (the old « deux questions rapides : sur… et sur… »)."""
    script = _version(version_complete, format="telephone", demandes=demandes)
    premiere = script.split("\n")[0]
    assert annonce in premiere
    assert "sur mon profil" not in premiere.split("?")[0]
    for connecteur in ("D’abord", "Ensuite", "Enfin", "Puis,"):
        assert connecteur not in script
    assert "l’une après l’autre" in _version(version_complete, format="telephone", registre="courant", demandes=TOUTES)
    assert "l’une après l’autre" not in _version(version_complete, format="visio", demandes=demandes)


@pytest.mark.parametrize(("format_", "registre"), list(itertools.product(FORMATS, REGISTRES)))
def test_never_more_than_three_questions_and_the_next_steps_when_taking_leave(format_, registre):
    donnees = {"format": format_, "registre": registre, "demandes": TOUTES}
    complete = _version(version_complete, **donnees)
    assert _questions_posees(complete, **donnees) == 3
    assert "trois" in complete
    assert "quatre" not in complete
    for version in VERSIONS:
        assert "prochaines étapes" not in _version(version, **donnees)
        assert "réponse\u202f?" not in _version(version, **donnees)
    conclusion = _version(apres_la_reponse, **donnees)
    assert conclusion.endswith("?")
    assert "calendrier de votre décision" in conclusion or "me donner une réponse" in conclusion
    sans_suite = _version(apres_la_reponse, format=format_, registre=registre, demandes=["global"])
    assert sans_suite.endswith(("Et quelles sont les prochaines étapes\u202f?", "Et quelle est la suite\u202f?"))
    assert sans_suite.count("?") == 1


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
    assert "Merci beaucoup, c’est très précieux pour moi." in _version(apres_la_reponse, registre="soutenu")


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
    assert lignes[0].endswith("Mais avant, j’aimerais revenir en deux mots sur mon expérience en budget.")
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
            "Oui, Monsieur. Mais avant, j’aimerais revenir en deux mots sur mes prétentions salariales.",
        ),
        (
            "Pourquoi voulez-vous quitter votre poste ?",
            "compléter ma réponse à votre question «\u00a0Pourquoi voulez-vous quitter votre poste\u202f?\u00a0»",
        ),
        ("J'ai géré un budget de 2 M€", "revenir en deux mots sur un point. J’ai géré un budget de 2\u00a0M€."),
        ("la consolidation IFRS", "revenir en deux mots sur mon expérience de la consolidation IFRS."),
        ("le développement web", "revenir en deux mots sur mon expérience du développement web."),
        ("la refonte du site que j'ai menée", "revenir en deux mots sur la refonte du site que j’ai menée."),
        ("l'exercice d'algorithmique", "revenir en deux mots sur l’exercice d’algorithmique."),
    ],
)
def test_the_subject_is_set_by_what_was_typed(sujet, forme):
    script = _version(version_complete, sujet_a_completer=sujet, recruteur_civilite="monsieur")
    assert forme in script
    assert not re.search(r"[a-zà-ÿ,]\s+Pourquoi", script)


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
            "(Donnez votre fourchette en une phrase, «\u00a0je vise entre X et Y euros bruts annuels\u00a0», puis taisez-vous.)",
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
    ("groupe", "dit"),
    [
        ("la consolidation IFRS", "mon expérience de la consolidation IFRS"),
        ("le développement web", "mon expérience du développement web"),
        ("les achats", "les achats"),
        ("l’animation d’équipe", "mon expérience de l’animation d’équipe"),
        ("la refonte du site que j’ai menée", "la refonte du site que j’ai menée"),
        ("la question sur mon départ", "la question sur mon départ"),
        ("l’exercice d’algorithmique", "l’exercice d’algorithmique"),
        ("la mobilité", "la mobilité"),
        ("mon expérience en budget", "mon expérience en budget"),
        ("mes prétentions salariales", "mes prétentions salariales"),
    ],
)
def test_a_field_of_work_typed_bare_is_said_as_the_candidate_s_experience(groupe, dit):
    assert objet(groupe) == dit


def test_optional_fields_leave_no_trace_when_empty():
    texte = _texte()
    for trace in ("[", "(Dites", "qu’une chose", "Avant mes questions", "ajouter sur"):
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
        ("madame", "Durand", "Oui, tout à fait, Madame Durand. Comment", "Remerciez Mme\u00a0Durand pour ce retour"),
        ("monsieur", "", "Oui, tout à fait, Monsieur. Comment", "Remerciez le recruteur pour ce retour"),
        ("inconnu", "Durand", "Oui, tout à fait. Comment", "Remerciez pour ce retour, même s’il"),
        ("inconnu", "Camille Roux", "Oui, tout à fait. Comment", "Remerciez Camille Roux pour ce retour"),
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
        nom = saisie[: WIDGET.champ("recruteur_nom").max_len]
        texte = _texte(
            recruteur_nom=nom, point_fort=saisie, sujet_a_completer=saisie, format=format_, registre=registre
        )
        assert ecarts(texte) == []
        assert "Version 3" in texte
