"""Saying on the spot how the interview went: framing, agreement, what each admission announces, the written offer."""

from __future__ import annotations

import itertools
import re

import pytest
from rattrapage.typographie import ecarts
from rattrapage.validation import valider
from rattrapage.widgets.script_ressenti import DELAI, WIDGET

from tests.unit.saisies import ETRANGES, valeurs_valides

CADRAGES = ("inacheve", "emotions", "question")
ACCORDS = ("feminin", "masculin", "neutre")
POINT = "Mon expérience en gestion de budget."


def _texte(**donnees: object) -> str:
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees)).text


def _blocs(texte: str) -> dict[str, str]:
    """Each paragraph by its title."""
    return dict(bloc.split("\n", 1) for bloc in texte.split("\n\n"))


def _script(texte: str) -> str:
    """The paragraph to say, without its title."""
    return _blocs(texte)["À dire avant de vous quitter"]


def _dit(script: str) -> str:
    """What is said aloud: without the stage direction."""
    return script.split("\n")[0]


@pytest.mark.parametrize(
    ("cadrage", "accord", "present", "absents"),
    [
        ("inacheve", "feminin", "être franche avec vous", ["franc ", "franchement"]),
        ("inacheve", "masculin", "être franc avec vous", ["franche", "franchement"]),
        ("inacheve", "neutre", "vous parler franchement", ["franche ", "franc "]),
        ("emotions", "feminin", "je me suis sentie dépassée", ["senti dépassé ", "ont pris le dessus"]),
        ("emotions", "masculin", "je me suis senti dépassé par", ["sentie", "ont pris le dessus"]),
        ("emotions", "neutre", "mes émotions ont pris le dessus", ["senti"]),
        ("question", "feminin", "Je ne suis pas sûre d’avoir", ["sûr d’", "Je crains"]),
        ("question", "masculin", "Je ne suis pas sûr d’avoir", ["sûre", "Je crains"]),
        ("question", "neutre", "Je crains de ne pas avoir", ["sûr"]),
    ],
)
def test_each_framing_agrees_as_chosen(cadrage, accord, present, absents):
    script = _script(_texte(cadrage=cadrage, candidat_accord=accord))
    assert present in script
    for absent in absents:
        assert absent not in script


@pytest.mark.parametrize(
    ("cadrage", "accord", "point", "ecrit"),
    list(itertools.product(CADRAGES, ACCORDS, ("", POINT), (True, False))),
)
def test_the_script_is_a_few_calm_sentences(cadrage, accord, point, ecrit):
    dit = _dit(_script(_texte(cadrage=cadrage, candidat_accord=accord, point_a_revenir=point, proposer_ecrit=ecrit)))
    assert 3 <= len(re.findall(r"[.?!](?:\s|$)", dit)) <= 5
    for excuse in ("désolé", "pardon", "nul", "raté"):
        assert excuse not in dit.lower()


def test_the_framings_say_different_things():
    scripts = {_script(_texte(cadrage=c)) for c in CADRAGES}
    assert len(scripts) == len(CADRAGES)


@pytest.mark.parametrize("cadrage", CADRAGES)
@pytest.mark.parametrize("ecrit", [True, False])
def test_the_point_to_come_back_to_is_named_and_an_empty_one_leaves_no_placeholder(cadrage, ecrit):
    assert "mon expérience en gestion de budget" in _texte(cadrage=cadrage, point_a_revenir=POINT, proposer_ecrit=ecrit)
    texte = _texte(cadrage=cadrage, proposer_ecrit=ecrit)
    assert "[" not in texte
    assert _texte(cadrage=cadrage, proposer_ecrit=ecrit, point_a_revenir="?") == texte


@pytest.mark.parametrize(
    ("cadrage", "forme"),
    [
        ("inacheve", "je crois avoir mal répondu à votre question «\u00a0Pourquoi voulez-vous partir\u202f?\u00a0»"),
        ("emotions", "J’aurais aimé mieux répondre à votre question «\u00a0Pourquoi voulez-vous partir\u202f?\u00a0»"),
        ("question", "j’aimerais revenir sur votre question «\u00a0Pourquoi voulez-vous partir\u202f?\u00a0»"),
    ],
)
def test_a_typed_question_is_quoted(cadrage, forme):
    texte = _texte(cadrage=cadrage, point_a_revenir="pourquoi voulez-vous partir ?")
    assert forme in texte
    assert not re.search(r"[a-zà-ÿ,]\s+Pourquoi", texte)


@pytest.mark.parametrize("cadrage", CADRAGES)
def test_a_typed_sentence_stands_as_a_sentence(cadrage):
    texte = _texte(cadrage=cadrage, point_a_revenir="j'ai géré un budget de 2 M€")
    assert ". J’ai géré un budget de 2\u00a0M€." in texte or ". J’ai géré un budget de 2 M€." in texte


@pytest.mark.parametrize(("cadrage", "point"), list(itertools.product(CADRAGES, ("", POINT))))
def test_every_admission_is_followed_by_what_it_announces(cadrage, point):
    """The offer, a minute to come back to the point, or the recruiter's choice:
    never an admission left hanging."""
    avec_offre = _blocs(_texte(cadrage=cadrage, point_a_revenir=point, proposer_ecrit=True))
    sans_offre = _blocs(_texte(cadrage=cadrage, point_a_revenir=point, proposer_ecrit=False))
    script = sans_offre["À dire avant de vous quitter"]
    minute = "Puis-je prendre une minute pour" in script
    if minute:
        direction = script.split("\n")[1]
        assert direction.startswith("(Si c’est oui\u00a0:") and "deux ou trois phrases" in direction
        assert "Préparez ce que vous direz pendant cette minute" in sans_offre["Conseils"]
    else:
        assert _dit(script).endswith("Y a-t-il un point sur lequel vous aimeriez que je revienne\u202f?")
    assert minute == (cadrage == "question" or bool(point))
    offres = [t for t in avec_offre if "retour écrit" in t]
    assert len(offres) == 1
    offre = avec_offre[offres[0]]
    assert "quelques lignes" in offre and "pour compléter" in offre
    if cadrage != "question":
        assert "minute" not in avec_offre["À dire avant de vous quitter"]
        assert avec_offre["À dire avant de vous quitter"].endswith("je ne voudrais pas en rester là.") or (
            cadrage == "emotions"
        )


@pytest.mark.parametrize(
    ("proposer", "delai", "dit", "conseil"),
    [
        (True, "demain", "quelques lignes demain", "le lendemain de l’entretien, comme promis"),
        (
            True,
            "48h",
            "quelques lignes dans les deux jours",
            "dans les deux jours, comme promis, mais pas dans l’heure",
        ),
        (True, None, "quelques lignes dans les deux jours", "dans les deux jours, comme promis"),
        (True, "lundi", "quelques lignes lundi", "le lundi suivant, comme promis"),
        (False, "demain", None, "dans les 24 à 48\u00a0heures"),
    ],
)
def test_the_written_offer_follows_the_checkbox_and_a_delay_the_writing_page_agrees_with(proposer, delai, dit, conseil):
    for cadrage in CADRAGES:
        texte = _texte(cadrage=cadrage, proposer_ecrit=proposer, delai_ecrit=delai)
        assert "d’ici demain" not in texte  # « by tomorrow » allows the same evening
        assert conseil in _blocs(texte)["Conseils"]
        if dit:
            assert "retour écrit" in texte
            assert dit in texte
        else:
            assert "retour écrit" not in texte
            assert "demain" not in texte
            assert "deux jours" not in texte


def test_the_delays_offered():
    assert DELAI.valeurs() == ("demain", "48h", "lundi")
    assert DELAI.defaut == "48h"


def test_the_tips_point_to_the_writing_page():
    assert _texte().endswith("→ Écrire au recruteur\u00a0: <ecrire-au-recruteur/>")


def test_the_job_title_is_never_said_to_its_own_recruiter():
    assert "poste" not in {c.nom for c in WIDGET.champs}
    valeurs, erreurs = valider(WIDGET, {"poste": "chargé·e de communication", "cadrage": "emotions"})
    assert erreurs == {}
    texte = WIDGET.rendre(valeurs).text
    assert "communication" not in texte and "·" not in texte
    assert "Ce poste représente un enjeu fort pour moi" in texte


@pytest.mark.parametrize(
    ("civilite", "nom", "adresse", "tiers"),
    [
        ("madame", "Durand", "Avant que nous nous quittions, Madame Durand,", "laissez Mme\u00a0Durand répondre"),
        ("monsieur", "", "Avant que nous nous quittions, Monsieur,", "laissez le recruteur répondre"),
        ("inconnu", "Durand", "Avant que nous nous quittions,", "laissez la personne qui recrute répondre"),
        ("inconnu", "Camille Roux", "Avant que nous nous quittions,", "laissez Camille Roux répondre"),
    ],
)
def test_the_recruiter_is_addressed_once_by_civilite_and_named_in_tips(civilite, nom, adresse, tiers):
    for cadrage in CADRAGES:
        texte = _texte(cadrage=cadrage, recruteur_civilite=civilite, recruteur_nom=nom, point_a_revenir=POINT)
        assert texte.split("\n")[1].startswith(adresse)
        assert tiers in texte
        assert "Madame, Monsieur" not in texte
        if nom and civilite != "inconnu":
            dit = [_dit(_script(texte)), *(v for t, v in _blocs(texte).items() if "retour écrit" in t)]
            assert " ".join(dit).count(nom) == 1


@pytest.mark.parametrize("saisie", ["", "🎉 budget 🚀", "مشروع الميزانية", "x" * 200, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for cadrage, ecrit in itertools.product(CADRAGES, (True, False)):
        texte = _texte(cadrage=cadrage, point_a_revenir=saisie, recruteur_nom=saisie[:80], proposer_ecrit=ecrit)
        assert ecarts(texte) == []
        assert "[" not in texte or "[" in saisie
