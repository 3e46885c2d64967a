"""Dire sur le moment comment on a vécu l’entretien (point 3 of the article).

When the feeling of failure is strong, the coach advises playing it straight
before leaving: say there is a « goût d’inachevé », that emotion took over, or
that one answer deserves a second try, then offer to send written feedback that
completes what could not be said. The candidate then leaves with the door
open instead of a night of regrets.

The script is a few calm sentences per framing, modelled on the article's
examples but rephrased: a plain statement, never an apology or a self-deprecating
remark. It is said to the company's own recruiter (see
:mod:`~rattrapage.widgets._oral`): « ce poste », never the job title, and the
recruiter named once. Every admission is followed by what it announces:

- with the written offer ticked, the « goût d’inachevé » and the emotions are
  followed by the offer, which names what the message will complete;
- without it, the candidate asks for a minute to come back to the point (a stage
  direction says how), or, with no point typed, asks the recruiter which point
  they would like to hear more about;
- a question to come back to is always answered on the spot, as the guide page
  says; the written offer is then what to say if time is short.

The point to come back to is optional and may be typed as a noun phrase, a
sentence or the recruiter's question (quoted « … ? »). The promised delay is one
the writing page agrees with: the next day, within two days, or the Monday after
a Friday interview, never the same hour. Sentences where the candidate speaks of
themselves exist in three forms (« je ne suis pas sûre », « je ne suis pas sûr »,
« je crains de ne pas… »).
"""

from __future__ import annotations

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.typographie import franciser
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import PREPARER, conseils, didascalie, dire, saisie
from rattrapage.widgets.profil import CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM

CADRAGE = Champ(
    "cadrage",
    "Ce que vous voulez dire",
    "radio",
    choix=(
        Choix("inacheve", "J’ai un goût d’inachevé"),
        Choix("emotions", "L’émotion a pris le dessus"),
        Choix("question", "Je veux revenir sur une question"),
    ),
    defaut="inacheve",
)
POINT = Champ(
    "point_a_revenir",
    "Ce sur quoi vous voulez revenir",
    "text",
    max_len=200,
    aide="Quelques mots («\u00a0mon expérience en gestion de budget\u00a0»), une phrase, ou la question qu’on vous "
    "a posée. Facultatif\u00a0: sans lui, le script reste général.",
    exemple="mon expérience en gestion de budget",
)
PROPOSER_ECRIT = Champ(
    "proposer_ecrit",
    "Proposer d’envoyer un retour écrit",
    "checkbox",
    defaut=True,
    aide="Quelques lignes après l’entretien pour compléter ce que vous n’avez pas pu dire.",
)
DELAI = Champ(
    "delai_ecrit",
    "Délai que vous annoncez",
    "radio",
    choix=(
        Choix("demain", "Demain"),
        Choix("48h", "Dans les deux jours"),
        Choix("lundi", "Lundi (entretien un vendredi)"),
    ),
    defaut="48h",
    aide="Un délai que vous pourrez tenir, c’est une promesse\u00a0; jamais dans l’heure qui suit. "
    "Après un entretien le vendredi, promettez lundi.",
)

#: The delay as said aloud, after « je vous enverrai quelques lignes ».
_DELAIS = {"demain": "demain", "48h": "dans les deux jours", "lundi": "lundi"}
#: The same delay in the tips, written before the interview (« demain » would be wrong there).
_ENVOIS = {
    "demain": "le lendemain de l’entretien, comme promis\u00a0: notez dès la sortie ce que vous voulez y mettre, "
    "écrivez-le au calme et relisez-le avant de l’envoyer",
    "48h": "dans les deux jours, comme promis, mais pas dans l’heure\u00a0: notez dès la sortie ce que vous voulez "
    "y mettre, écrivez au calme et relisez-vous le lendemain",
    "lundi": "le lundi suivant, comme promis\u00a0: notez dès la sortie ce que vous voulez y mettre\u00a0; envoyé le "
    "vendredi soir, il se perdrait sous le courrier du lundi matin",
}


def _delai(valeurs: Valeurs) -> str:
    choix = valeurs.get(DELAI.nom)
    return choix if isinstance(choix, str) and choix in _DELAIS else str(DELAI.defaut)


def _admission(cadrage: str | None, accord: str | None, adresse: str, point: str) -> list[str]:
    """The plain statement for one framing, naming the point when typed."""
    avant = f"Avant que nous nous quittions{adresse}, "
    if cadrage == "emotions":
        emotions = selon_accord(
            accord,
            feminin="je me suis sentie dépassée par mes émotions",
            masculin="je me suis senti dépassé par mes émotions",
            neutre="mes émotions ont pris le dessus",
        )
        regret = (
            dire(
                point,
                groupe=lambda g: f"J’aurais aimé mettre davantage en valeur {g}.",
                phrase=lambda p: f"J’aurais aimé m’exprimer plus clairement sur un point. {p}",
                question=lambda q: f"J’aurais aimé mieux répondre à votre question {q}",
            )
            if point
            else "J’aurais aimé vous montrer plus clairement ce que je pourrais vous apporter."
        )
        return [
            f"{avant}je voudrais vous dire un mot de la façon dont j’ai vécu cet entretien.",
            f"Ce poste représente un enjeu fort pour moi, et {emotions}.",
            regret,
        ]
    if cadrage == "question":
        doute = selon_accord(
            accord,
            feminin="Je ne suis pas sûre d’avoir fait passer l’essentiel.",
            masculin="Je ne suis pas sûr d’avoir fait passer l’essentiel.",
            neutre="Je crains de ne pas avoir fait passer l’essentiel.",
        )
        revenir = (
            dire(
                point,
                groupe=lambda g: f"{avant}j’aimerais revenir sur une de vos questions, celle qui portait sur {g}.",
                phrase=lambda p: f"{avant}j’aimerais revenir sur une de vos questions. {p}",
                question=lambda q: f"{avant}j’aimerais revenir sur votre question {q}",
            )
            if point
            else f"{avant}j’aimerais revenir sur une de vos questions."
        )
        return [revenir, doute]
    franchise = selon_accord(
        accord,
        feminin="je voudrais être franche avec vous",
        masculin="je voudrais être franc avec vous",
        neutre="je voudrais vous parler franchement",
    )
    inacheve = "J’arrive au bout de cet entretien avec un goût d’inachevé"
    constat = (
        dire(
            point,
            groupe=lambda g: f"{inacheve} : je crois ne pas avoir assez mis en valeur {g}.",
            phrase=lambda p: f"{inacheve}, sur un point en particulier. {p}",
            question=lambda q: f"{inacheve} : je crois avoir mal répondu à votre question {q}",
        )
        if point
        else f"{inacheve} : je crois ne pas vous avoir montré tout ce que je pourrais vous apporter."
    )
    return [f"{avant}{franchise}.", constat, "Ce poste m’intéresse vraiment, et je ne voudrais pas en rester là."]


def _revenir_maintenant(cadrage: str | None, point: str, ecrit: bool) -> bool:
    """Whether the candidate asks for a minute to complete on the spot (else the
    written offer, or the recruiter's choice, follows the admission)."""
    return cadrage == "question" or (bool(point) and not ecrit)


def script(cadrage: str | None, accord: str | None, adresse: str, tiers: str, point: str, ecrit: bool) -> str:
    """What to say before leaving: the admission, then what it announces."""
    phrases = _admission(cadrage, accord, adresse, point)
    if _revenir_maintenant(cadrage, point, ecrit):
        minute = "compléter ma réponse" if cadrage == "question" else "y revenir"
        rappel = "" if point or cadrage != "question" else "rappelez la question en quelques mots, "
        direction = (
            f"Si c’est oui : {rappel}dites l’essentiel en deux ou trois phrases, "
            f"puis arrêtez-vous et laissez {tiers} réagir."
        )
        return f"{' '.join(phrases)} Puis-je prendre une minute pour {minute} ?\n{didascalie(direction)}"
    if not ecrit:
        phrases.append("Y a-t-il un point sur lequel vous aimeriez que je revienne ?")
    return " ".join(phrases)


def offre_ecrite(cadrage: str | None, point: str, delai: str) -> str:
    """The offer of written feedback, worded for the framing chosen."""
    quand = _DELAIS[delai]
    if cadrage == "question":
        return f"Je comprends. Dans ce cas, je vous enverrai quelques lignes {quand} pour compléter ma réponse, si vous le permettez."
    if point:
        objet = dire(
            point,
            groupe=lambda _: "ce point",
            phrase=lambda _: "ce point",
            question=lambda _: "ma réponse",
        )
    elif cadrage == "emotions":
        objet = "ce que je n’ai pas su exprimer aujourd’hui"
    else:
        objet = "ce que je n’ai pas pu vous dire"
    return f"Si vous le permettez, je vous enverrai quelques lignes {quand} pour compléter {objet}. Cela vous conviendrait-il ?"


def _conseils(tiers: str, accord: str | None, cadrage: str | None, point: str, ecrit: bool, delai: str) -> str:
    court = selon_accord(accord, feminin="Restez brève", masculin="Restez bref", neutre="Faites court")
    lignes = [
        "Respirez avant de commencer et parlez posément : vous faites un constat, pas des excuses.",
        f"{court}, puis laissez {tiers} répondre, sans combler le silence.",
    ]
    if _revenir_maintenant(cadrage, point, ecrit):
        lignes.append(f"Préparez ce que vous direz pendant cette minute : {PREPARER}.")
    lignes.append(
        f"Si votre proposition est acceptée, envoyez votre message {_ENVOIS[delai]}."
        if ecrit
        else "Dès la sortie, notez ce que vous auriez aimé dire : vous pourrez l’écrire dans votre message "
        "de remerciement, dans les 24 à 48\u00a0heures."
    )
    return conseils(lignes)


def rendre(valeurs: Valeurs) -> Rendu:
    """The script, the optional offer of written feedback, the tips."""
    recruteur = _saisie.recruteur(valeurs)
    cadrage, accord = valeurs.get(CADRAGE.nom), _saisie.accord(valeurs)
    cadrage = cadrage if isinstance(cadrage, str) else None
    point = saisie(valeurs, POINT)
    ecrit = bool(valeurs.get(PROPOSER_ECRIT.nom))
    delai = _delai(valeurs)
    blocs = [
        "À dire avant de vous quitter\n" + script(cadrage, accord, recruteur.apostrophe, recruteur.tiers, point, ecrit)
    ]
    if ecrit:
        titre = (
            "Si le temps manque, pour proposer un retour écrit"
            if cadrage == "question"
            else "Puis, pour proposer un retour écrit"
        )
        blocs.append(f"{titre}\n{offre_ecrite(cadrage, point, delai)}")
    blocs.append(_conseils(recruteur.tiers, accord, cadrage, point, ecrit, delai))
    # Our sentences are written with plain spaces before « ? : »; franciser makes
    # them non-breaking, and is idempotent on the user's words.
    return Rendu(franciser("\n\n".join(blocs)))


WIDGET = Widget(
    id="script-ressenti",
    titre="Dire sur le moment ce que vous pensez de l’entretien",
    description="Quelques phrases franches et posées avant de partir, et la proposition d’un retour écrit.",
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM)),
        Groupe("Ce que vous dites", (CADRAGE, POINT)),
        Groupe("Le retour écrit", (PROPOSER_ECRIT, DELAI)),
    ),
    rendre=rendre,
)
