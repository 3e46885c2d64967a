"""Dire sur le moment comment on a vécu l’entretien (point 3 of the article).

When the feeling of failure is strong, the coach advises playing it straight
before leaving: say there is a « goût d’inachevé », that emotion took over, or
that one answer deserves a second try, then offer to send written feedback that
completes what could not be said. The candidate then leaves with the door
open instead of a night of regrets.

The script is three or four calm sentences per framing, modelled on the
article's examples but rephrased: a plain statement, never an apology or a
self-deprecating remark, and it names the one point to come back to (its
placeholder shows while the field is empty). The offer of a written follow-up
is a separate paragraph because it is optional, and its deadline is one the
candidate can keep. Sentences where the candidate speaks of themselves exist in
three forms (« je ne suis pas sûre », « je ne suis pas sûr », « je crains de ne
pas… »).
"""

from __future__ import annotations

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.typographie import elide, franciser
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import conseils
from rattrapage.widgets.profil import CANDIDAT_ACCORD, POSTE, RECRUTEUR_CIVILITE, RECRUTEUR_NOM

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
    manquant="[le point sur lequel revenir]",
    aide="Un groupe nominal, à la première personne\u00a0: «\u00a0mon expérience en gestion de budget\u00a0».",
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
    choix=(Choix("demain", "D’ici demain"), Choix("48h", "Sous 48\u00a0heures")),
    defaut="48h",
    aide="Choisissez un délai que vous pourrez tenir\u00a0: c’est une promesse.",
)

_DELAIS = {"demain": "d’ici demain", "48h": "sous 48\u00a0heures"}


def script(cadrage: str | None, accord: str | None, adresse: str, point: str, poste: str) -> str:
    """What to say before leaving, for one framing (three or four sentences)."""
    poste_de = elide("poste de", poste)
    if cadrage == "emotions":
        emotions = selon_accord(
            accord,
            feminin="je me suis sentie dépassée par mes émotions",
            masculin="je me suis senti dépassé par mes émotions",
            neutre="mes émotions ont pris le dessus",
        )
        return (
            f"Avant que nous nous quittions{adresse}, je voudrais vous dire un mot de la façon "
            f"dont j’ai vécu cet entretien. Ce {poste_de} représente un enjeu fort pour moi, "
            f"et {emotions}. J’aurais aimé mettre davantage en valeur {point}."
        )
    if cadrage == "question":
        doute = selon_accord(
            accord,
            feminin="Je ne suis pas sûre d’avoir fait passer l’essentiel.",
            masculin="Je ne suis pas sûr d’avoir fait passer l’essentiel.",
            neutre="Je crains de ne pas avoir fait passer l’essentiel.",
        )
        return (
            f"Avant que nous nous quittions{adresse}, j’aimerais revenir sur votre question "
            f"concernant {point}. {doute} Puis-je prendre une minute pour compléter ma réponse ?"
        )
    franchise = selon_accord(
        accord,
        feminin="je voudrais être franche avec vous",
        masculin="je voudrais être franc avec vous",
        neutre="je voudrais vous parler franchement",
    )
    return (
        f"Avant que nous nous quittions{adresse}, {franchise}. J’arrive au bout de cet entretien "
        f"avec un goût d’inachevé : je crois ne pas avoir assez mis en valeur {point}. "
        f"Mon intérêt pour ce {poste_de}, lui, reste entier."
    )


def offre_ecrite(cadrage: str | None, delai: str) -> str:
    """The offer of written feedback, worded for the framing chosen."""
    if cadrage == "question":
        return f"Si vous préférez, je peux aussi vous envoyer {delai} un complément écrit sur ce point."
    complement = (
        "ce que je n’ai pas su exprimer aujourd’hui" if cadrage == "emotions" else "ce que je n’ai pas pu vous dire"
    )
    return (
        f"Si vous le permettez, je vous enverrai {delai} un court retour écrit sur les points "
        f"que nous avons abordés, en y ajoutant {complement}. Cela vous conviendrait-il ?"
    )


def _conseils(qui: str, accord: str | None, ecrit: bool, delai: str) -> str:
    court = selon_accord(accord, feminin="Restez brève", masculin="Restez bref", neutre="Faites court")
    apres = (
        f"Si votre proposition est acceptée, envoyez votre message {delai} comme promis : "
        "notez dès la sortie ce que vous voulez y mettre."
        if ecrit
        else "Dès la sortie, notez ce que vous auriez aimé dire : vous pourrez l’écrire dans votre message de remerciement."
    )
    lignes = [
        "Respirez avant de commencer et parlez posément : vous faites un constat, pas des excuses.",
        f"{court}, puis laissez {qui} répondre, sans combler le silence.",
        apres,
    ]
    return conseils(lignes)


def rendre(valeurs: Valeurs) -> Rendu:
    """The script, the optional offer of written feedback, the tips."""
    recruteur = _saisie.recruteur(valeurs)
    cadrage, accord = valeurs.get(CADRAGE.nom), valeurs.get(CANDIDAT_ACCORD.nom)
    ecrit = bool(valeurs.get(PROPOSER_ECRIT.nom))
    delai = _DELAIS.get(str(valeurs.get(DELAI.nom)), _DELAIS["48h"])
    blocs = [
        "À dire avant de vous quitter\n"
        + script(
            cadrage,
            accord,
            recruteur.apostrophe,
            _saisie.fragment(valeurs, POINT),
            _saisie.fragment(valeurs, POSTE),
        )
    ]
    if ecrit:
        blocs.append("Puis, pour proposer un retour écrit\n" + offre_ecrite(cadrage, delai))
    blocs.append(_conseils(recruteur.tiers, accord, ecrit, delai))
    # Our sentences are written with plain spaces before « ? : »; franciser makes
    # them non-breaking, and is idempotent on the user's words.
    return Rendu(franciser("\n\n".join(blocs)))


WIDGET = Widget(
    id="script-ressenti",
    titre="Dire sur le moment ce que vous pensez de l’entretien",
    description="Quelques phrases franches et posées avant de partir, et la proposition d’un retour écrit.",
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM, POSTE)),
        Groupe("Ce que vous dites", (CADRAGE, POINT)),
        Groupe("Le retour écrit", (PROPOSER_ECRIT, DELAI)),
    ),
    rendre=rendre,
)
