"""Dire sur le moment comment on a vécu l’entretien (point 3 of the article).

When the feeling of failure is strong, the coach advises playing it straight
before leaving: say there is a « goût d’inachevé », that stage fright cost one
answer, or that one answer deserves a second try, then offer to send written
feedback that completes what could not be said. The candidate then leaves with
the door open instead of a night of regrets.

The script is a few calm sentences per framing, modelled on the article's
examples but rephrased: a plain statement, never an apology (« je le regrette »),
a self-deprecating remark (« dépassée par mes émotions » would hurt a manager:
« le trac m’a fait perdre mes moyens », said of one question) nor an ominous
opening (« je voudrais vous parler franchement »). It is said to the company's
own recruiter (see :mod:`~rattrapage.widgets._oral`): « ce poste », never the job
title, and the recruiter named once. Every admission is followed by what it
announces:

- with the written offer ticked, the « goût d’inachevé » and the stage fright are
  followed by the offer, one request for permission that names what the message
  will complete;
- without it, the candidate asks for a minute to come back to the point (a stage
  direction says how; what to say if the answer is no comes under its own
  heading, « Si c’est non », since parentheses hold stage directions only), or,
  with no point typed, asks the recruiter which point they would like to hear
  more about;
- a question to come back to is always answered on the spot, as the guide page
  says; the written offer is then what to say if the answer is no or time is short.

The point to come back to is optional and may be typed as a noun phrase, a
sentence or the recruiter's question (quoted « … ? »). Its wording follows what it
is (:func:`~rattrapage.widgets._oral.genre`): one « puts forward » one's own
experience (« mon projet », « la campagne que j’ai pilotée »), says more about a
bare field of work (never « mon expérience de… », a fact not typed), comes back
to an answer, said as its question in the same breath as the stage fright (« sur
la question de la rémunération, le trac m’a fait perdre mes moyens : je n’ai pas
été aussi claire que je l’aurais voulu »), re-explains the approach to an
exercise (which is not « une de vos questions »); a salary range gets the cue to
say it in one sentence, and the candidate then stops there. The promised delay
is one the writing page agrees with: the next day, within two days, or the
Monday after a Friday interview, never the same hour. Sentences where the
candidate speaks of themselves exist in three forms (« je ne suis pas sûre », « je
ne suis pas sûr », « je crains de ne pas… »).
"""

from __future__ import annotations

from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.redaction.nature import en_groupe, nature
from rattrapage.redaction.personne import Interlocuteur
from rattrapage.typographie import franciser, minuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import (
    FOURCHETTE,
    Genre,
    conseils,
    consigne,
    didascalie,
    dire,
    genre,
    le_sien,
    nomme,
    preparation,
    question_de,
    saisie,
)
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
    longueur_max=200,
    aide="Quelques mots (« mon expérience en gestion de budget »), une phrase, ou la question qu’on vous "
    "a posée. Facultatif : sans lui, le script reste général.",
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
    aide="Un délai que vous pourrez tenir, c’est une promesse ; jamais dans l’heure qui suit. "
    "Après un entretien le vendredi, promettez lundi.",
)

#: The delay as said aloud, after « je vous enverrai quelques lignes ».
_DELAIS = {"demain": "demain", "48h": "dans les deux jours", "lundi": "lundi"}
#: The same delay in the tips, written before the interview (« demain » would be wrong there).
_ENVOIS = {
    "demain": "le lendemain de l’entretien, comme promis : notez tout de suite ce que vous voulez y mettre, "
    "écrivez-le au calme et relisez-le avant de l’envoyer",
    "48h": "dans les deux jours, comme promis, mais pas dans l’heure : notez tout de suite ce que vous voulez "
    "y mettre, écrivez au calme et relisez-vous le lendemain",
    "lundi": "le lundi suivant, comme promis : notez tout de suite ce que vous voulez y mettre ; envoyé le "
    "vendredi soir, il se perdrait sous le courrier du lundi matin",
}


def _delai(valeurs: Valeurs) -> str:
    choix = valeurs.get(DELAI.nom)
    return choix if isinstance(choix, str) and choix in _DELAIS else str(DELAI.defaut)


#: A point typed as an answer or a question rather than a subject (« ma réponse sur
#: la rémunération »): one comes back to it, one does not « put it forward ».
_REPONSE = ("ma réponse", "mes réponses", "votre question", "vos questions", "la question", "les questions")


@dataclass(frozen=True)
class Point:
    """The point to come back to, as typed, with what it is and what it is about."""

    texte: str

    @property
    def nature(self) -> str:
        return nature(self.texte) if self.texte else ""

    @property
    def genre(self) -> Genre:
        return genre(self.texte) if self.texte else "autre"

    @property
    def reponse(self) -> bool:
        """Typed as an answer or a question (« ma réponse sur… », « Pourquoi… ? »)."""
        return self.nature == "question" or en_groupe(self.texte).lower().startswith(_REPONSE)

    @property
    def exercice(self) -> bool:
        return bool(self.texte) and self.genre == "exercice"

    @property
    def question(self) -> str:
        """An answer typed as such, said as the question it answered (« ma réponse
        sur la rémunération » → « la question de la rémunération »), or ``""``."""
        return question_de(en_groupe(self.texte)) if self.nature == "groupe" else ""


def _pas_sur(accord: str | None, fait: str) -> str:
    """« Je ne suis pas sûre d’avoir {fait} », in the candidate's agreement."""
    return selon_accord(
        accord,
        feminin=f"Je ne suis pas sûre d’avoir {fait}",
        masculin=f"Je ne suis pas sûr d’avoir {fait}",
        neutre=f"Je crains de ne pas avoir {fait}",
    )


def _pas_clair(accord: str | None) -> str:
    return selon_accord(
        accord,
        feminin="je n’ai pas été aussi claire que je l’aurais voulu",
        masculin="je n’ai pas été aussi clair que je l’aurais voulu",
        neutre="mes mots n’ont pas été aussi clairs que je l’aurais voulu",
    )


def _emotions(accord: str | None, avant: str, point: Point, minute: bool) -> list[str]:
    """The stage fright, said plainly as a fact (no apology), then the point it cost
    (or what it hid). An answer typed as such names its question in the same breath:
    « sur la question de la rémunération, le trac m’a fait perdre mes moyens »."""
    phrases = [f"{avant}je voudrais vous dire un mot de la façon dont j’ai vécu cet entretien."]
    compte = "Ce poste compte beaucoup pour moi, et"
    if not point.texte:
        return [
            *phrases,
            f"{compte} par moments, le trac m’a fait perdre mes moyens.",
            "J’aurais aimé vous montrer plus clairement ce que je pourrais vous apporter.",
        ]
    if point.question:
        phrases.append(f"{compte} sur {point.question}, le trac m’a fait perdre mes moyens : {_pas_clair(accord)}.")
        pour = "y revenir"
    else:

        def groupe(g: str) -> str:
            if point.exercice:
                return f"J’aimerais revenir sur {g} : {minuscule(_pas_sur(accord, 'bien expliqué ma démarche'))}."
            if point.genre == "connaissances":
                return f"J’aimerais revenir sur {g} : mon explication n’a pas été aussi claire que je l’aurais voulu."
            if point.genre == "experience" and not point.reponse:
                if le_sien(g):
                    return f"J’aurais aimé mettre davantage en valeur {g}."
                return f"J’aurais aimé en dire davantage sur {g}."
            return f"J’aimerais revenir sur {g} : {_pas_clair(accord)}."

        regret = dire(
            point.texte,
            groupe=groupe,
            phrase=lambda p: f"J’aurais aimé m’exprimer plus clairement sur un point. {p}",
            question=lambda q: f"J’aurais aimé mieux répondre à votre question {q}",
        )
        phrases += [f"{compte} à un moment, le trac m’a fait perdre mes moyens.", regret]
        if point.nature == "question":
            pour = "compléter ma réponse"
        elif point.exercice:
            pour = "la reprendre"
        elif regret.startswith("J’aimerais revenir"):
            pour = "préciser ce point"
        else:
            pour = "y revenir"
    if minute:
        phrases.append(f"Puis-je prendre une minute pour {pour} ?")
    return phrases


def _question(accord: str | None, avant: str, point: Point) -> list[str]:
    """Coming back to one question (or exercise), and asking a minute to complete it."""

    def groupe(g: str) -> str:
        if point.question:
            return f"{avant}j’aimerais revenir un instant sur {point.question}."
        if point.exercice or point.reponse:
            return f"{avant}j’aimerais revenir un instant sur {g}."
        return f"{avant}j’aimerais revenir sur l’une de vos questions, celle qui portait sur {g}."

    revenir = (
        dire(
            point.texte,
            groupe=groupe,
            phrase=lambda p: f"{avant}j’aimerais revenir sur l’une de vos questions. {p}",
            question=lambda q: f"{avant}j’aimerais revenir sur votre question {q}",
        )
        if point.texte
        else f"{avant}j’aimerais revenir sur l’une de vos questions."
    )
    if point.exercice:
        return [
            revenir,
            f"{_pas_sur(accord, 'bien expliqué ma démarche')}.",
            "Puis-je prendre une minute pour la reprendre ?",
        ]
    return [
        revenir,
        f"{_pas_sur(accord, 'fait passer l’essentiel')}.",
        "Puis-je prendre une minute pour compléter ma réponse ?",
    ]


def _inacheve(accord: str | None, avant: str, point: Point, minute: bool) -> list[str]:
    """The « goût d’inachevé », what it is about, and the wish to complete it."""
    inacheve = "Je termine cet entretien avec un goût d’inachevé"

    def groupe(g: str) -> str:
        if point.question:
            return f"{inacheve} : je crois ne pas avoir dit l’essentiel sur {point.question}."
        if point.exercice:
            return f"{inacheve} : {minuscule(_pas_sur(accord, 'bien expliqué ma démarche'))} sur {g}."
        if point.genre == "connaissances":
            return f"{inacheve} : je crois ne pas avoir bien expliqué {g}."
        if point.genre == "experience" and not point.reponse:
            if le_sien(g):
                return f"{inacheve} : je crois ne pas avoir assez mis en valeur {g}."
            return f"{inacheve} : je crois ne pas en avoir dit assez sur {g}."
        return f"{inacheve} : je crois ne pas avoir dit l’essentiel {'dans' if point.reponse else 'sur'} {g}."

    constat = (
        dire(
            point.texte,
            groupe=groupe,
            phrase=lambda p: f"{inacheve}, sur un point en particulier. {p}",
            question=lambda q: f"{inacheve} : je crois avoir mal répondu à votre question {q}",
        )
        if point.texte
        else f"{inacheve} : je crois ne pas vous avoir montré tout ce que je pourrais vous apporter."
    )
    if minute:
        pour = "reprendre ma démarche" if point.exercice else "compléter ce que je vous ai dit"
        suite = f"Ce poste m’intéresse vraiment : puis-je prendre une minute pour {pour} ?"
    else:
        suite = "Ce poste m’intéresse vraiment, et j’aimerais compléter ce que je vous ai dit."
    return [f"{avant}je voudrais vous dire un mot de mon ressenti.", constat, suite]


def _revenir_maintenant(cadrage: str | None, point: str, ecrit: bool) -> bool:
    """Whether the candidate asks for a minute to complete on the spot (else the
    written offer, or the recruiter's choice, follows the admission)."""
    return cadrage == "question" or (bool(point) and not ecrit)


def script(cadrage: str | None, accord: str | None, recruteur: Interlocuteur, point_saisi: str, ecrit: bool) -> str:
    """What to say before leaving: the admission, then what it announces, and the
    stage directions for what the candidate says in their own words."""
    point = Point(point_saisi)
    avant = f"Avant de nous quitter{recruteur.apostrophe}, "
    minute = _revenir_maintenant(cadrage, point.texte, ecrit)
    if cadrage == "question":
        phrases = _question(accord, avant, point)
    elif cadrage == "emotions":
        phrases = _emotions(accord, avant, point, minute)
    else:
        phrases = _inacheve(accord, avant, point, minute)
    if not minute and not ecrit:
        phrases.append("Y a-t-il un point sur lequel vous aimeriez que je revienne ?")
    lignes = [" ".join(phrases)]
    if minute:
        rappel = "" if point.texte else "rappelez la question en quelques mots, "
        reponse = cadrage == "question" or point.nature == "question"
        dire_ = consigne(point.genre, reponse=reponse, civilite=recruteur.civilite)
        lignes.append(didascalie(f"Si c’est oui, {rappel}{minuscule(dire_)}."))
    elif point.texte and point.genre == "remuneration":
        suite = "Si elle vient, n’ajoutez rien" + (" et ne proposez pas d’écrire à ce sujet" if ecrit else "")
        lignes.append(didascalie(f"{FOURCHETTE}. {suite} ; sinon, passez à la suite."))
    elif not point.texte and cadrage in ("inacheve", "emotions"):
        # The recruiter may well ask « lequel ? »: the candidate must have one ready.
        lignes.append(
            didascalie("Si l’on vous demande sur quoi, citez un point précis en une phrase, puis arrêtez-vous.")
        )
    return "\n".join(lignes)


def _repli(cadrage: str | None, point_saisi: str, ecrit: bool) -> bool:
    """Whether the script asks for a minute with no written offer to fall back on:
    then what to say if the answer is no comes under its own heading."""
    return _revenir_maintenant(cadrage, point_saisi, ecrit) and not ecrit


def offre_ecrite(cadrage: str | None, point_saisi: str, delai: str) -> str:
    """The offer of written feedback, worded for the framing chosen: one request for
    permission, which names what the message will complete."""
    quand = _DELAIS[delai]
    point = Point(point_saisi)
    if cadrage == "question":
        pour = "reprendre ma démarche" if point.exercice else "compléter ma réponse"
        return f"Je comprends. Dans ce cas, me permettez-vous de vous envoyer quelques lignes {quand} pour {pour} ?"
    if cadrage != "emotions":
        return f"Me permettez-vous de le faire par écrit, en vous envoyant quelques lignes {quand} ?"
    if point.nature == "question":
        pour = "compléter ma réponse"
    elif point.exercice:
        pour = "reprendre ma démarche"
    elif point.genre == "remuneration":
        return f"Me permettez-vous de vous préciser mes attentes salariales par écrit {quand} ?"
    elif point.question:
        return f"Me permettez-vous de vous envoyer quelques lignes {quand} à ce sujet ?"
    elif point.texte:
        pour = "préciser ce point"
    else:
        pour = "compléter ce que je n’ai pas su exprimer aujourd’hui"
    return f"Me permettez-vous de vous envoyer quelques lignes {quand} pour {pour} ?"


def _conseils(
    recruteur: Interlocuteur, accord: str | None, cadrage: str | None, point_saisi: str, ecrit: bool, delai: str
) -> str:
    point = Point(point_saisi)
    court = selon_accord(accord, feminin="Restez brève", masculin="Restez bref", neutre="Faites court")
    attendre = f"laissez {recruteur.tiers} répondre" if nomme(recruteur) else "attendez la réponse"
    lignes = [
        "Respirez avant de commencer et parlez posément : vous faites un constat, pas des excuses.",
        f"{court}, puis {attendre}, sans combler le silence.",
    ]
    if _revenir_maintenant(cadrage, point.texte, ecrit):
        lignes.append(f"Préparez ce que vous direz pendant cette minute : {preparation(point.genre)}.")
    elif point.texte and point.genre == "remuneration":
        lignes.append(f"Préparez ce que vous direz : {preparation(point.genre)}.")
    elif not point.texte and cadrage in ("inacheve", "emotions"):
        lignes.append(
            "Ayez en tête un point précis que vous auriez voulu mieux montrer (une réalisation, un chiffre) : "
            "on risque de vous demander lequel."
        )
    lignes.append(
        f"Si votre proposition est acceptée, envoyez votre message {_ENVOIS[delai]}."
        if ecrit
        else "Dès la fin de l’entretien, notez ce que vous auriez aimé dire : vous pourrez l’écrire dans votre "
        "message de remerciement, dans les 24 à 48\u00a0heures."
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
    blocs = ["À dire avant de vous quitter\n" + script(cadrage, accord, recruteur, point, ecrit)]
    if _repli(cadrage, point, ecrit):
        blocs.append("Si c’est non\nJe comprends, merci pour cet échange.")
    if ecrit:
        if cadrage == "question":
            titre = "Si c’est non ou si le temps manque, pour proposer un retour écrit"
        elif Point(point).genre == "remuneration":
            titre = "Si la fourchette n’est pas venue, pour proposer un retour écrit"
        else:
            titre = "Puis, pour proposer un retour écrit"
        blocs.append(f"{titre}\n{offre_ecrite(cadrage, point, delai)}")
        if cadrage != "question":
            blocs.append("Si c’est non\nJe comprends, merci pour cet échange.")
    blocs.append(_conseils(recruteur, accord, cadrage, point, ecrit, delai))
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
