"""« Avez-vous des questions ? »: the choice of versions by format, register, agreement and requests."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from rattrapage.champs import Valeurs
from rattrapage.typographie import ecarts, franciser
from rattrapage.widgets.script_feedback import (
    WIDGET,
    Situation,
    demandes_retenues,
    version_complete,
    version_courte,
    version_pressee,
)

from tests.unit.saisies import ETRANGES, valeurs_valides

FORMATS = ("presentiel", "visio", "telephone")
REGISTRES = ("soutenu", "courant")
BASE = {"poste": "chargée de projet", "entreprise": "Ateliers Lumière"}


def _valeurs(**donnees: object) -> Valeurs:
    return valeurs_valides(WIDGET, {**BASE, **donnees})


def _texte(**donnees: object) -> str:
    return WIDGET.rendre(_valeurs(**donnees)).text


def _situation(**donnees: object) -> Situation:
    return Situation.depuis(_valeurs(**donnees))


def _version(version: Callable[[Situation], str], **donnees: object) -> str:
    """One version as the page shows it (``rendre`` applies the typography last)."""
    return franciser(version(_situation(**donnees)))


@pytest.mark.parametrize("version", [version_courte, version_complete, version_pressee])
def test_each_format_and_register_gives_a_distinct_script(version):
    scripts = {(f, r): _version(version, format=f, registre=r) for f, r in itertools.product(FORMATS, REGISTRES)}
    assert len(set(scripts.values())) == len(FORMATS) * len(REGISTRES)


@pytest.mark.parametrize(
    ("format_", "present", "absent"),
    [
        ("visio", "fin du temps prévu", "raccroch"),
        ("telephone", "questions rapides", "fin du temps prévu"),
        ("presentiel", "Avant de conclure", "raccroch"),
    ],
)
def test_the_complete_version_fits_the_format(format_, present, absent):
    script = _version(version_complete, format=format_, registre="soutenu")
    assert present in script
    assert absent not in script


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
        (["global", "suite"], ["D’abord,", "Ensuite,"]),
        (["global", "informations", "bloquant"], ["D’abord,", "Ensuite,", "Enfin,"]),
        (["global", "informations", "bloquant", "suite"], ["D’abord,", "Ensuite,", "Puis,", "Enfin,"]),
    ],
)
def test_on_the_phone_the_questions_are_announced_and_numbered(demandes, connecteurs):
    script = _version(version_complete, format="telephone", demandes=demandes)
    positions = [script.index(c) for c in connecteurs]
    assert positions == sorted(positions)
    if len(demandes) > 1:
        assert "questions rapides\u00a0: sur mon profil" in script
    assert "D’abord" not in _version(version_complete, format="visio", demandes=demandes)


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
    ("accord", "attendu"),
    [("feminin", "je serai donc brève"), ("masculin", "je serai donc bref"), ("neutre", "j’irai donc à l’essentiel")],
)
def test_in_video_the_short_promise_agrees(accord, attendu):
    assert attendu in _version(version_complete, format="visio", registre="soutenu", candidat_accord=accord)


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


@pytest.mark.parametrize(
    ("demandes", "question_cle"),
    [
        (["global", "informations", "bloquant", "suite"], "point bloquant"),
        (["global", "suite"], "regard portez-vous"),
        (["informations", "suite"], "toutes les informations"),
        (["suite"], "prochaines étapes"),
    ],
)
def test_when_time_is_short_the_most_telling_question_is_asked(demandes, question_cle):
    script = _version(version_pressee, demandes=demandes)
    assert question_cle in script
    assert script.count("?") == 1


@pytest.mark.parametrize(
    ("demandes", "forme"),
    [
        (["global", "informations"], "informations que vous attendiez, par exemple mon expérience en budget\u202f?"),
        (["global", "bloquant"], "J’aimerais aussi compléter brièvement ce que j’ai dit sur mon expérience en budget."),
    ],
)
def test_the_thin_subject_joins_the_missing_information_question_or_stands_alone(demandes, forme):
    script = _version(version_complete, demandes=demandes, sujet_a_completer="Mon expérience en budget.")
    assert forme in script
    assert script.count("mon expérience en budget") == 1


def test_optional_fields_leave_no_trace_when_empty():
    texte = _texte()
    assert "par exemple" not in texte
    assert "qu’une chose" not in texte
    assert "[" not in texte.replace("[intitulé du poste]", "")


def test_the_strength_to_remember_closes_the_exchange():
    texte = _texte(point_fort="ma rigueur", registre="courant")
    assert "Et si vous ne deviez retenir qu’une chose de moi, ce serait ma rigueur." in texte


@pytest.mark.parametrize(
    ("civilite", "nom", "adresse", "tiers"),
    [
        ("madame", "Durand", "Oui, merci, Madame Durand.", "Remerciez Mme Durand"),
        ("monsieur", "", "Oui, merci, Monsieur.", "Remerciez le recruteur"),
        ("inconnu", "Durand", "Oui, merci. Avant", "Remerciez la personne qui recrute"),
    ],
)
def test_the_recruiter_is_addressed_out_loud_and_named_in_tips(civilite, nom, adresse, tiers):
    texte = _texte(recruteur_civilite=civilite, recruteur_nom=nom)
    assert adresse in texte
    assert tiers in texte
    assert "Madame, Monsieur" not in texte


@pytest.mark.parametrize("saisie", ["", "🎉 projet 🚀", "مشروع الميزانية", "x" * 200, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for format_, registre in itertools.product(FORMATS, REGISTRES):
        donnees = {nom: saisie[: WIDGET.champ(nom).max_len] for nom in ("poste", "entreprise", "recruteur_nom")}
        texte = _texte(**donnees, point_fort=saisie, sujet_a_completer=saisie, format=format_, registre=registre)
        assert ecarts(texte) == []
        assert "Version 3" in texte
