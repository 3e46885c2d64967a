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
        ("emotions", "feminin", "je n’ai pas été aussi claire que", ["clair que", "mes mots"]),
        ("emotions", "masculin", "je n’ai pas été aussi clair que", ["claire", "mes mots"]),
        ("emotions", "neutre", "mes mots n’ont pas été aussi clairs que", ["je n’ai pas été"]),
        ("question", "feminin", "Je ne suis pas sûre d’avoir", ["sûr d’", "Je crains"]),
        ("question", "masculin", "Je ne suis pas sûr d’avoir", ["sûre", "Je crains"]),
        ("question", "neutre", "Je crains de ne pas avoir", ["sûr"]),
    ],
)
def test_each_framing_agrees_as_chosen(cadrage, accord, present, absents):
    script = _script(_texte(cadrage=cadrage, candidat_accord=accord, point_a_revenir="mes prétentions salariales"))
    assert present in script
    for absent in absents:
        assert absent not in script


@pytest.mark.parametrize(
    ("cadrage", "accord", "point", "ecrit"),
    list(itertools.product(CADRAGES, ACCORDS, ("", POINT, "ma réponse sur la rémunération"), (True, False))),
)
def test_the_script_is_a_few_calm_sentences(cadrage, accord, point, ecrit):
    """A statement, never an apology (« je le regrette ») nor a self-deprecating remark."""
    dit = _dit(_script(_texte(cadrage=cadrage, candidat_accord=accord, point_a_revenir=point, proposer_ecrit=ecrit)))
    assert 2 <= len(re.findall(r"[.?!](?:\s|$)", dit)) <= 5
    for excuse in (
        "désolé",
        "pardon",
        "nul",
        "raté",
        "dépassé",
        "franchement",
        "franc",
        "en rester là",
        "regrette",
        "pris le dessus",
    ):
        assert excuse not in dit.lower()
    assert "Avant de nous quitter" in dit and "quittions" not in dit


def test_the_framings_need_no_agreement_but_the_doubt_on_a_question():
    """« Le trac m’a fait perdre mes moyens » and « un mot de mon ressenti » are the same for everyone."""
    for cadrage in ("inacheve", "emotions"):
        scripts = {_script(_texte(cadrage=cadrage, candidat_accord=a)) for a in ACCORDS}
        assert len(scripts) == 1
    emotions = _script(_texte(cadrage="emotions"))
    assert "Ce poste compte beaucoup pour moi, et par moments, le trac m’a fait perdre mes moyens." in emotions
    inacheve = _script(_texte(cadrage="inacheve"))
    assert "je voudrais vous dire un mot de mon ressenti. Je termine cet entretien avec un goût d’inachevé" in inacheve


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
    minute = "puis-je prendre une minute pour" in script.lower()
    if minute:
        direction = script.split("\n")[1]
        assert direction.startswith("(Si c’est oui, ") and "deux ou trois phrases" in direction
        assert direction.endswith("puis laissez-lui la parole.)")
        assert "Préparez ce que vous direz pendant cette minute" in sans_offre["Conseils"]
    else:
        assert _dit(script).endswith("Y a-t-il un point sur lequel vous aimeriez que je revienne\u202f?")
    assert minute == (cadrage == "question" or bool(point))
    offres = [t for t in avec_offre if "retour écrit" in t]
    assert len(offres) == 1
    offre = avec_offre[offres[0]]
    assert "quelques lignes" in offre and offre.endswith("?")
    assert offre.count("permet") == 1 and "conviendrait" not in offre  # one request for permission
    assert ("pour compléter" in offre) or ("par écrit" in offre) or ("préciser ce point" in offre)
    if cadrage != "question":
        assert "minute" not in avec_offre["À dire avant de vous quitter"]
        assert _dit(avec_offre["À dire avant de vous quitter"]).endswith(
            "j’aimerais compléter ce que je vous ai dit."
        ) or (cadrage == "emotions")
    # What to say if the answer is no is a line under its own heading, never words in
    # parentheses (kept for stage directions); with the offer, the offer is the fallback.
    assert "(Si c’est non" not in script
    if minute:
        assert len(script.split("\n")) == 2
        assert sans_offre["Si c’est non"] == "Je comprends, merci pour cet échange."
    else:
        assert "Si c’est non" not in sans_offre
    # With the offer, a refused offer gets its line too (after « pour proposer un retour
    # écrit »); a refused minute falls back on the offer itself.
    assert ("Si c’est non" in avec_offre) == (cadrage != "question")


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
    assert "Ce poste compte beaucoup pour moi" in texte


@pytest.mark.parametrize(
    ("civilite", "nom", "adresse", "tiers"),
    [
        ("madame", "Durand", "Avant de nous quitter, Madame Durand,", "laissez Mme\u00a0Durand répondre"),
        ("monsieur", "", "Avant de nous quitter, Monsieur,", "laissez le recruteur répondre"),
        ("inconnu", "Durand", "Avant de nous quitter, j", "puis attendez la réponse, sans combler le silence"),
        ("inconnu", "Camille Roux", "Avant de nous quitter, j", "laissez Camille Roux répondre"),
    ],
)
def test_the_recruiter_is_addressed_once_by_civilite_and_named_in_tips(civilite, nom, adresse, tiers):
    for cadrage in CADRAGES:
        texte = _texte(cadrage=cadrage, recruteur_civilite=civilite, recruteur_nom=nom, point_a_revenir=POINT)
        assert texte.split("\n")[1].startswith(adresse)
        assert tiers in texte
        assert "Madame, Monsieur" not in texte
        assert "la personne qui recrute" not in texte
        if nom and civilite != "inconnu":
            dit = [_dit(_script(texte)), *(v for t, v in _blocs(texte).items() if "retour écrit" in t)]
            assert " ".join(dit).count(nom) == 1


@pytest.mark.parametrize("saisie", ["", "🎉 budget 🚀", "مشروع الميزانية", "x" * 200, *ETRANGES])
def test_odd_input_never_breaks_the_output(saisie):
    for cadrage, ecrit in itertools.product(CADRAGES, (True, False)):
        texte = _texte(cadrage=cadrage, point_a_revenir=saisie, recruteur_nom=saisie[:80], proposer_ecrit=ecrit)
        assert ecarts(texte) == []
        assert "[" not in texte or "[" in saisie


@pytest.mark.parametrize(
    ("cadrage", "point", "ecrit", "dits", "absents"),
    [
        (  # Nadia: an answer on salary is said as its question, in the same breath as the stage fright
            "emotions",
            "ma réponse sur la rémunération",
            True,
            [
                "Ce poste compte beaucoup pour moi, et sur la question de la rémunération, le trac m’a fait perdre mes "
                "moyens\u00a0: je n’ai pas été aussi claire que je l’aurais voulu.",
                "(Donnez maintenant votre fourchette en une phrase\u00a0: «\u00a0je vise entre X et Y euros bruts "
                "annuels\u00a0». Si elle vient, n’ajoutez rien et ne proposez pas d’écrire à ce sujet\u202f; "
                "sinon, passez à la suite.)",
                "Si la fourchette n’est pas venue, pour proposer un retour écrit\n"
                "Me permettez-vous de vous préciser mes attentes salariales par écrit demain\u202f?",
            ],
            ["mettre davantage en valeur ma réponse", "émotions", "enjeu fort", "sur ma réponse sur", "regrette"],
        ),
        (  # the same answer, come back to on the spot
            "question",
            "ma réponse concernant le salaire",
            False,
            [
                "Avant de nous quitter, j’aimerais revenir un instant sur la question du salaire.",
                "(Si c’est oui, donnez votre fourchette en une phrase, «\u00a0je vise entre X et Y euros bruts "
                "annuels\u00a0», puis arrêtez-vous là, sans vous justifier, et laissez-lui la parole.)",
            ],
            ["concernant", "taisez-vous"],
        ),
        (
            "inacheve",
            "ma réponse sur la rémunération",
            True,
            ["je crois ne pas avoir dit l’essentiel sur la question de la rémunération."],
            ["sur ma réponse"],
        ),
        (  # Thomas: an exercise is not « une de vos questions »
            "question",
            "l'exercice d'algorithmique",
            False,
            [
                "Avant de nous quitter, j’aimerais revenir un instant sur l’exercice d’algorithmique. "
                "Je ne suis pas sûr d’avoir bien expliqué ma démarche. Puis-je prendre une minute pour la reprendre\u202f?",
                "(Si c’est oui, reprenez l’exercice à froid\u00a0: votre démarche, sa complexité, ce que vous feriez "
                "autrement, en trois phrases, puis laissez-lui la parole.)",
                "l’exercice repris à froid",
                "Dès la fin de l’entretien, notez",
            ],
            ["une de vos questions", "l’une de vos questions", "fait passer l’essentiel", "sortie", "fait précis"],
        ),
        (  # a question-like subject keeps « l’une de vos questions »
            "question",
            "ma vision de la transformation de la fonction finance",
            True,
            [
                "j’aimerais revenir sur l’une de vos questions, celle qui portait sur ma vision de la transformation",
                "Si c’est non ou si le temps manque, pour proposer un retour écrit",
                "Je comprends. Dans ce cas, me permettez-vous de vous envoyer quelques lignes demain pour compléter ma "
                "réponse\u202f?",
            ],
            ["Si c’est non\u00a0: «"],
        ),
        (  # a bare field of work is said as typed: « mon expérience de… » would invent a fact
            "inacheve",
            "la consolidation IFRS",
            True,
            ["je crois ne pas en avoir dit assez sur la consolidation IFRS."],
            ["Si c’est oui", "mon expérience", "mis en valeur"],
        ),
        (
            "emotions",
            "la consolidation IFRS",
            True,
            [
                "Ce poste compte beaucoup pour moi, et à un moment, le trac m’a fait perdre mes moyens. "
                "J’aurais aimé en dire davantage sur la consolidation IFRS."
            ],
            ["mon expérience"],
        ),
        (
            "emotions",
            "les résultats de la campagne que j'ai pilotée",
            False,
            [
                "J’aurais aimé mettre davantage en valeur les résultats de la campagne que j’ai pilotée. "
                "Puis-je prendre une minute pour y revenir\u202f?",
                "appuyées sur un exemple précis",
            ],
            [],
        ),
    ],
)
def test_the_point_is_worded_for_what_it_is(cadrage, point, ecrit, dits, absents):
    texte = _texte(
        cadrage=cadrage,
        point_a_revenir=point,
        proposer_ecrit=ecrit,
        delai_ecrit="demain",
        candidat_accord=("masculin" if "exercice" in point else "feminin"),
    )
    for dit in dits:
        assert dit in texte
    for absent in absents:
        assert absent not in texte


@pytest.mark.parametrize(
    ("civilite", "reagir"),
    [("monsieur", "laissez-le réagir"), ("madame", "laissez-la réagir"), ("inconnu", "laissez-lui la parole")],
)
def test_after_a_salary_range_the_candidate_stops_and_lets_the_recruiter_react(civilite, reagir):
    texte = _texte(cadrage="question", point_a_revenir="mes prétentions salariales", recruteur_civilite=civilite)
    assert f"puis arrêtez-vous là, sans vous justifier, et {reagir}.)" in texte
