"""« Avez-vous des questions ? »: the choice of versions by format, register, agreement and requests."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from rattrapage.champs import Valeurs
from rattrapage.typographie import ecarts, franciser
from rattrapage.validation import valider
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
        ("telephone", "questions rapides", "minutes"),
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
    for presse in ("heure tourne", "fin du temps", "bout du créneau", "bref", "brève", "droit au but", "essentiel"):
        assert presse not in script


def test_the_version_for_when_time_is_short_says_so_in_video():
    assert "fin du temps prévu" in _version(version_pressee, format="visio", registre="soutenu")
    assert "l’heure tourne" in _version(version_pressee, format="visio", registre="courant")


@pytest.mark.parametrize(
    ("registre", "present", "absent"),
    [("soutenu", "Puis-je", "Est-ce que"), ("courant", "Est-ce que", "Puis-je")],
)
def test_the_register_sets_how_questions_are_asked(registre, present, absent):
    for format_ in FORMATS:
        script = _version(version_courte, format=format_, registre=registre).lower()
        assert present.lower() in script
        assert absent.lower() not in script


@pytest.mark.parametrize(
    ("demandes", "connecteurs"),
    [
        (["global"], []),
        (["global", "suite"], []),
        (["global", "bloquant"], ["D’abord,", "Ensuite,"]),
        (["global", "informations", "bloquant"], ["D’abord,", "Ensuite,", "Enfin,"]),
        (TOUTES, ["D’abord,", "Ensuite,", "Enfin,"]),
    ],
)
def test_on_the_phone_the_questions_are_announced_and_numbered(demandes, connecteurs):
    script = _version(version_complete, format="telephone", demandes=demandes)
    positions = [script.index(c) for c in connecteurs]
    assert positions == sorted(positions)
    assert "Puis," not in script
    if len(connecteurs) > 1:
        assert "questions rapides\u00a0: sur mon profil" in script
    assert "D’abord" not in _version(version_complete, format="visio", demandes=demandes)


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
    assert "prochaines étapes" in conclusion or "me donner une réponse" in conclusion
    assert "?" not in _version(apres_la_reponse, format=format_, registre=registre, demandes=["global"])


@pytest.mark.parametrize(
    ("accord", "present", "absents"),
    [
        ("feminin", "Je vous en serais reconnaissante.", ["reconnaissant.", "précieux"]),
        ("masculin", "Je vous en serais reconnaissant.", ["reconnaissante", "précieux"]),
        ("neutre", "Ce serait précieux pour moi.", ["reconnaissant"]),
    ],
)
def test_the_candidate_agrees_as_chosen(accord, present, absents):
    script = _version(version_courte, candidat_accord=accord, registre="soutenu")
    assert present in script
    for absent in absents:
        assert absent not in script


@pytest.mark.parametrize(
    ("accord", "registre", "attendu"),
    [
        ("feminin", "soutenu", "Je reste très motivée par ce poste."),
        ("masculin", "soutenu", "Je reste très motivé par ce poste."),
        ("neutre", "soutenu", "Ce poste me motive toujours autant."),
        ("feminin", "courant", "je suis toujours aussi motivée à l’idée de vous rejoindre."),
        ("neutre", "courant", "j’ai toujours autant envie de vous rejoindre."),
    ],
)
def test_the_motivation_agrees_and_names_neither_job_nor_company(accord, registre, attendu):
    assert attendu in _version(apres_la_reponse, candidat_accord=accord, registre=registre)


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
        (["informations", "suite"], "toutes les informations"),
        (["suite"], "regard portez-vous"),
    ],
)
def test_when_time_is_short_the_most_telling_question_is_asked(demandes, question_cle):
    script = _version(version_pressee, demandes=demandes)
    assert question_cle in script
    assert script.count("?") == 1
    assert "Pour le reste, je me permettrai de vous écrire." in script


@pytest.mark.parametrize("format_", FORMATS)
def test_the_subject_to_complete_comes_before_the_questions(format_):
    script = _version(version_complete, format=format_, sujet_a_completer="Mon expérience en budget.")
    lignes = script.split("\n")
    assert len(lignes) == 3
    assert lignes[0].endswith("j’aimerais revenir en deux mots sur mon expérience en budget.")
    assert lignes[1].startswith("(Dites l’essentiel en deux ou trois phrases") and lignes[1].endswith(")")
    assert "maintenant" in lignes[2]
    assert script.count("mon expérience en budget") == 1
    pressee = _version(version_pressee, format=format_, sujet_a_completer="Mon expérience en budget.")
    assert pressee.endswith(
        "Ce que je voulais ajouter sur mon expérience en budget, je me permettrai de vous l’écrire."
    )


@pytest.mark.parametrize(
    ("sujet", "forme"),
    [
        ("mes prétentions salariales", "revenir en deux mots sur mes prétentions salariales."),
        (
            "Pourquoi voulez-vous quitter votre poste ?",
            "compléter ma réponse à votre question «\u00a0Pourquoi voulez-vous quitter votre poste\u202f?\u00a0»",
        ),
        ("J'ai géré un budget de 2 M€", "revenir en deux mots sur un point. J’ai géré un budget de 2 M€."),
    ],
)
def test_the_subject_is_set_by_what_was_typed(sujet, forme):
    script = _version(version_complete, sujet_a_completer=sujet)
    assert forme in script
    assert not re.search(r"[a-zà-ÿ,]\s+Pourquoi", script)


@pytest.mark.parametrize(
    ("point_fort", "forme"),
    [
        ("ma rigueur", "Si vous ne deviez retenir qu’une chose de moi, ce serait ma rigueur."),
        (
            "J'ai réorganisé un entrepôt.",
            "Si vous ne deviez retenir qu’une chose de moi, ce serait celle-ci\u00a0: j’ai réorganisé un entrepôt.",
        ),
    ],
)
def test_the_strength_to_remember_closes_the_exchange(point_fort, forme):
    assert forme in _texte(point_fort=point_fort, registre="courant")


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
        ("madame", "Durand", "Oui, merci, Madame Durand.", "Remerciez Mme\u00a0Durand"),
        ("monsieur", "", "Oui, merci, Monsieur.", "Remerciez le recruteur"),
        ("inconnu", "Durand", "Oui, merci. Puis-je", "Remerciez la personne qui recrute"),
        ("inconnu", "Camille Roux", "Oui, merci. Puis-je", "Remerciez Camille Roux"),
    ],
)
def test_the_recruiter_is_addressed_out_loud_and_named_in_tips(civilite, nom, adresse, tiers):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom)
    assert adresse in texte
    assert tiers in texte
    assert "Madame, Monsieur" not in texte


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
