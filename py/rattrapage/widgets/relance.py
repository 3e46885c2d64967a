"""« Relancer le recruteur »: chasing an answer that did not come.

Silence after an interview is common, and a short, courteous reminder sent at
the right moment is welcome. The widget computes that moment and writes the
message (an e-mail, or a short note for LinkedIn or an SMS), plus an ``.ics``
reminder and, for the e-mail, the ``.eml``.

When, stated once here and quoted by the page « Relancer, répondre à un
refus » (a unit test compares them): :data:`JOURS_APRES_DATE_ANNONCEE` days
after the date the recruiter announced, a margin for a decision that slips;
without one, the interview date plus a delay, by default the low end of
:data:`DELAI_USAGE`, one week to ten days (HelloWork advises about a week,
Indeed France about ten days). Then moved to a working day in the middle of the
week, outside the year-end truce (:mod:`rattrapage.calendrier`): a message sent
from Tuesday to Thursday is read with more attention than one lost in Monday's
backlog or on a Friday before the weekend (Cadremploi), and one sent between
24 December and 1 January waits for January anyway. The text says why the day
moved. The message restates the interest, asks where the process stands
without reproach, and thanks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.calendrier import LUNDI, TREVE, apres_la_treve, dans_la_treve, ferie, milieu_de_semaine
from rattrapage.champs import Apres, Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import en_lettres
from rattrapage.ics import Evenement, calendrier
from rattrapage.nombres import en_toutes_lettres
from rattrapage.redaction.nature import en_suite, inserer
from rattrapage.typographie import elide, enumerer, franciser, majuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import FORME, brouillon, courriel, court_ajuste
from rattrapage.widgets.profil import DATE_ENTRETIEN, PROFIL

#: After an announced date, the days left to the recruiter before chasing: a
#: decision often slips by a day or two.
JOURS_APRES_DATE_ANNONCEE = 2
#: Without an announced date, the usual wait after the interview, in days: about
#: one week (HelloWork) to about ten days (Indeed France).
DELAI_USAGE = (7, 10)
#: Without an answer to the reminder, the days before a second and last one.
JOURS_AVANT_SECONDE_RELANCE = 10


def en_jours(jours: int) -> str:
    """« une semaine », « deux semaines », « dix jours », « un jour »."""
    if jours % 7 == 0:
        semaines = jours // 7
        return f"{en_toutes_lettres(semaines, feminin=True)} semaine{'s' if semaines > 1 else ''}"
    return f"{en_toutes_lettres(jours)} jour{'s' if jours > 1 else ''}"


#: « une semaine à dix jours »: the usual wait, in the words the page uses.
USAGE_SANS_DATE = f"{en_jours(DELAI_USAGE[0])} à {en_jours(DELAI_USAGE[1])}"

DATE_ANNONCEE = Champ(
    "date_reponse_annoncee",
    "Date de réponse annoncée par le recruteur",
    "date",
    manquant="[date de réponse annoncée]",
    aide="Si l’on vous a dit «\u00a0nous revenons vers vous d’ici le…\u00a0». Sinon, laissez vide\u00a0: "
    "le délai ci-dessous s’applique.",
)
DELAI = Champ(
    "delai_jours",
    "Délai d’attente sans date annoncée, en jours",
    "number",
    defaut=DELAI_USAGE[0],
    minimum=1,
    maximum=60,
    aide=f"Compté depuis l’entretien, quand aucune date ne vous a été donnée. L’usage\u00a0: {USAGE_SANS_DATE} "
    "(une semaine environ selon HelloWork, une dizaine de jours selon Indeed).",
)
POINT = Champ(
    "point_a_rappeler",
    "Un atout à rappeler en quelques mots",
    "text",
    max_len=200,
    aide="Facultatif\u00a0: ce que vous apporteriez au poste, sous forme de groupe nominal.",
    exemple="mon expérience de la conduite du changement",
)

NOM_ICS = "relance-rappel.ics"
A_CALCULER = "[date de relance]"


@dataclass(frozen=True)
class DateDeRelance:
    """The recommended day, the day it was computed from, and what moved it:
    the holidays skipped, the year-end truce."""

    jour: dt.date
    calcul: dt.date
    annoncee: bool
    feries: tuple[dt.date, ...] = ()
    treve: bool = False

    @property
    def hors_milieu_de_semaine(self) -> bool:
        """The computed day was a Friday, Saturday, Sunday or Monday."""
        return milieu_de_semaine(self.calcul) != self.calcul


def jour_conseille(calcul: dt.date) -> tuple[dt.date, tuple[dt.date, ...], bool]:
    """The first Tuesday, Wednesday or Thursday from ``calcul`` on that is a
    working day outside the year-end truce; the holidays skipped on the way, and
    whether the truce moved it."""
    jour, feries, treve = calcul, [], False
    while True:
        if dans_la_treve(jour):
            jour, treve = apres_la_treve(jour), True
        elif milieu_de_semaine(jour) != jour:
            jour = milieu_de_semaine(jour)
        elif ferie(jour):
            feries.append(jour)
            jour += dt.timedelta(days=1)
        else:
            return jour, tuple(feries), treve


def date_de_relance(entretien: dt.date | None, annoncee: dt.date | None, delai_jours: int) -> DateDeRelance | None:
    """:data:`JOURS_APRES_DATE_ANNONCEE` days after the announced date, else the
    interview plus the delay, moved to a mid-week working day outside the truce;
    ``None`` when neither date is known."""
    if annoncee:
        calcul = annoncee + dt.timedelta(days=JOURS_APRES_DATE_ANNONCEE)
    elif entretien:
        calcul = entretien + dt.timedelta(days=delai_jours)
    else:
        return None
    jour, feries, treve = jour_conseille(calcul)
    return DateDeRelance(jour, calcul, annoncee is not None, feries, treve)


def _delai(valeurs: Valeurs) -> int:
    """The typed delay in whole days within its bounds, the default when empty."""
    jours = _saisie.nombre(valeurs, DELAI)
    return int(DELAI.defaut) if jours is None else round(jours)


def _le(jour: dt.date, *, annee: bool = True) -> str:
    return f"le {en_lettres(jour, jour_semaine=True, annee=annee)}"


# --- The advice -------------------------------------------------------------


def _calcul(valeurs: Valeurs, relance: DateDeRelance) -> str:
    """How the day was computed, before any move."""
    if relance.annoncee:
        annoncee = relance.calcul - dt.timedelta(days=JOURS_APRES_DATE_ANNONCEE)
        return (
            f"Le recruteur vous a annoncé une réponse pour {_le(annoncee)}\u00a0: laissez-lui "
            f"{en_jours(JOURS_APRES_DATE_ANNONCEE)} de marge, soit {_le(relance.calcul, annee=False)}."
        )
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    delai = _delai(valeurs)
    depuis = f"l’entretien du {en_lettres(entretien, jour_semaine=True)}" if entretien else "l’entretien"
    texte = (
        f"Aucune date de réponse ne vous a été donnée\u00a0: comptez {delai}\u00a0jour{'s' if delai > 1 else ''} "
        f"après {depuis}, soit {_le(relance.calcul, annee=False)}."
    )
    if delai < DELAI_USAGE[0]:
        texte += f" C’est tôt\u00a0: l’usage est d’attendre {USAGE_SANS_DATE}."
    return texte


def _deplacement(relance: DateDeRelance) -> str:
    """Why the day moved (truce, weekday, holidays), or why it is a good one."""
    if relance.treve:
        quand = "Ce jour tombe" if dans_la_treve(relance.calcul) else "Le milieu de la semaine suivante tombe"
        return (
            f" {quand} pendant la trêve des fêtes, {TREVE}, quand beaucoup de recruteurs sont absents\u00a0: "
            f"relancez plutôt à la rentrée, {_le(relance.jour, annee=False)}, un jour de milieu de semaine."
        )
    texte = ""
    if relance.hors_milieu_de_semaine:
        if relance.feries:
            apres = "le milieu de la semaine suivante"
        else:
            apres = "le lendemain" if relance.calcul.weekday() == LUNDI else "le mardi suivant"
        texte += (
            f" Mieux vaut attendre {apres}\u00a0: du mardi au jeudi, votre message arrive quand le recruteur a le "
            "temps de le lire, ni dans l’afflux du lundi ni à la veille du week-end."
        )
    elif not relance.feries:
        texte += " C’est un jour de milieu de semaine, le moment où un message a le plus de chances d’être lu."
    if relance.feries:
        feries = [f"{_le(f, annee=False)} est férié ({ferie(f)})" for f in relance.feries]
        texte += (
            f" {majuscule(enumerer(feries))}\u00a0: ce sera donc {_le(relance.jour, annee=False)}, "
            "le premier jour de milieu de semaine qui suit."
        )
    return texte


def _conseil(valeurs: Valeurs, relance: DateDeRelance | None) -> str:
    if relance is None:
        return (
            f"Jour conseillé pour relancer\u00a0: {A_CALCULER}. Indiquez la date de l’entretien, ou la date "
            "de réponse que le recruteur vous a annoncée\u00a0: le jour conseillé se calcule aussitôt."
        )
    return "\n".join(
        [
            f"Jour conseillé pour relancer\u00a0: {_le(relance.jour)}.",
            _calcul(valeurs, relance)
            + _deplacement(relance)
            + f" Envoyez votre message aux heures de bureau. Sans réponse {en_jours(JOURS_AVANT_SECONDE_RELANCE)} "
            "plus tard, une seconde relance suffit\u202f; au-delà, consacrez votre énergie à vos autres candidatures.",
        ]
    )


# --- The message ------------------------------------------------------------


def objet(valeurs: Valeurs) -> str:
    """« Relance – candidature au poste de chargée de projet »."""
    return f"Relance – candidature au {elide('poste de', _saisie.poste(valeurs))}"


def _interet(valeurs: Valeurs) -> str:
    return selon_accord(
        _saisie.accord(valeurs),
        feminin="Je reste très intéressée par ce poste.",
        masculin="Je reste très intéressé par ce poste.",
        neutre="Ce poste m’intéresse toujours beaucoup.",
    )


def _atout(valeurs: Valeurs) -> str:
    """The interest restated, with the strength the user wants to recall: a
    noun phrase fits our sentence, a sentence of theirs stands after « Pour
    mémoire », a question is quoted."""
    point = _saisie.ou_rien(valeurs, POINT, rogne=True)
    if not any(c.isalnum() for c in point):
        return _interet(valeurs)

    def groupe(texte: str) -> str:
        return selon_accord(
            _saisie.accord(valeurs),
            feminin=f"Ce poste m’intéresse toujours beaucoup, et je suis convaincue de pouvoir apporter à votre "
            f"équipe {texte}.",
            masculin=f"Ce poste m’intéresse toujours beaucoup, et je suis convaincu de pouvoir apporter à votre "
            f"équipe {texte}.",
            neutre=f"Ce poste m’intéresse toujours beaucoup, et j’ai la conviction de pouvoir apporter à votre "
            f"équipe {texte}.",
        )

    return inserer(
        point,
        groupe=groupe,
        phrase=lambda texte: f"{_interet(valeurs)} Pour mémoire, {en_suite(texte)}",
        question=lambda texte: f"{_interet(valeurs)} Pour mémoire, nous avions évoqué cette question\u00a0: {texte}",
    )


def _question(valeurs: Valeurs) -> str:
    annoncee = _saisie.jour(valeurs, DATE_ANNONCEE)
    if annoncee:
        return (
            f"Vous pensiez pouvoir me répondre vers le {en_lettres(annoncee, annee=False)}\u00a0: pourriez-vous "
            "me dire où en est votre réflexion\u202f?"
        )
    return "Pourriez-vous me dire où en est votre processus de recrutement\u202f?"


def message(valeurs: Valeurs) -> str:
    """The reminder e-mail: context, interest, one question, thanks."""
    quand = _saisie.date(valeurs, DATE_ENTRETIEN, jour_semaine=True)
    contexte = (
        f"Je me permets de revenir vers vous à la suite de notre entretien du {quand} pour le "
        f"{elide('poste de', _saisie.poste(valeurs))}. {_atout(valeurs)}"
    )
    demande = f"{_question(valeurs)} Je vous remercie par avance pour votre retour."
    return courriel(valeurs, [contexte, demande], rogne=True)


def message_court(valeurs: Valeurs) -> str:
    """The short note (LinkedIn, SMS): context and interest, the strength to
    recall when it fits, the question, thanks."""
    annoncee = _saisie.jour(valeurs, DATE_ANNONCEE)
    question = (
        f"Vous pensiez me répondre vers le {en_lettres(annoncee, annee=False)}\u00a0: où en est votre réflexion\u202f?"
        if annoncee
        else "Où en est votre recrutement\u202f?"
    )
    point = _saisie.ou_rien(valeurs, POINT, rogne=True)
    atout = ""
    if any(c.isalnum() for c in point):
        conviction = selon_accord(
            _saisie.accord(valeurs),
            feminin="Je suis convaincue de pouvoir vous apporter",
            masculin="Je suis convaincu de pouvoir vous apporter",
            neutre="J’ai la conviction de pouvoir vous apporter",
        )
        atout = inserer(
            point,
            groupe=lambda texte: f"{conviction} {texte}.",
            phrase=lambda texte: f"Pour mémoire, {en_suite(texte)}",
            question=lambda texte: f"Pour mémoire, nous avions évoqué cette question\u00a0: {texte}",
        )
    return court_ajuste(
        valeurs,
        [
            (
                f"Je reviens vers vous après notre entretien du {_saisie.date(valeurs, DATE_ENTRETIEN, annee=False)} "
                f"pour le {elide('poste de', _saisie.poste(valeurs))}, qui m’intéresse toujours beaucoup.",
            ),
            (atout, ""),
            (question,),
            ("Merci d’avance pour votre retour.",),
        ],
    )


# --- Rendering --------------------------------------------------------------


def _rappel(valeurs: Valeurs, relance: DateDeRelance, sujet: str | None, corps: str) -> Fichier:
    resume = f"Relancer {_saisie.organisation(valeurs).nomme} – {elide('poste de', _saisie.poste(valeurs))}"
    entete = f"Objet\u00a0: {sujet}\n\n" if sujet else ""
    description = f"Le message préparé\u00a0:\n\n{entete}{corps}"
    return Fichier(NOM_ICS, "text/calendar", calendrier([Evenement(relance.jour, franciser(resume), description)]))


def rendre(valeurs: Valeurs) -> Rendu:
    """When to chase, the message, and its reminder (and ``.eml`` for an e-mail)."""
    relance = date_de_relance(
        _saisie.jour(valeurs, DATE_ENTRETIEN), _saisie.jour(valeurs, DATE_ANNONCEE), _delai(valeurs)
    )
    bref = valeurs.get(FORME.nom) == "court"
    sujet = None if bref else franciser(objet(valeurs))
    corps = franciser(message_court(valeurs) if bref else message(valeurs))
    blocs = ["Quand relancer", _conseil(valeurs, relance)]
    fichiers = []
    if relance:
        fichiers.append(_rappel(valeurs, relance, sujet, corps))
        blocs.append(
            "Le fichier d’agenda à télécharger inscrit ce jour dans votre calendrier, avec un rappel la veille à 9\u00a0h."
        )
    blocs += ["Votre message", corps]
    if sujet is not None:
        fichiers.append(brouillon("relance.eml", sujet, corps))
    return Rendu(franciser("\n\n".join(blocs)), sujet, tuple(fichiers))


WIDGET = Widget(
    id="relance",
    titre="Relancer le recruteur",
    description="Le bon jour pour relancer un recruteur silencieux, et un message court et courtois.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Votre relance", (DATE_ANNONCEE, DELAI, POINT, FORME)),
    ),
    rendre=rendre,
    ordre=(Apres(DATE_ANNONCEE, DATE_ENTRETIEN),),
)
