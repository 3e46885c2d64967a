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
24 December and 1 January waits for January anyway (the rule is
:func:`rattrapage.calendrier.jour_d_envoi`, shared with ``challenger``). The
text says why the day moved. The message restates the interest in the sentence that
names the position (« …, qui m’intéresse toujours beaucoup »), asks where the
process stands without reproach, and thanks; it names the interview without its
weekday, and without its year when it goes out the same year. An announced date
in the truce (« le 25 décembre ») is not quoted back to the recruiter: the
message says « pour la fin de l’année » and the plan asks to check the date. A message
sent in January opens with the season's wishes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.calendrier import (
    LUNDI,
    TREVE,
    dans_la_treve,
    en_lettres_pour,
    ferie,
    jour_d_envoi,
    milieu_de_semaine,
    voeux_d_abord,
)
from rattrapage.champs import Apres, Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import en_lettres
from rattrapage.ics import Evenement, calendrier
from rattrapage.nombres import en_toutes_lettres
from rattrapage.redaction.nature import DETERMINANTS, DETERMINANTS_PLURIELS, determinant, en_suite, inserer
from rattrapage.typographie import enumerer, franciser, majuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import FORME, LIMITE_COURT, brouillon, courriel, court_ajuste
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
    aide="Si l’on vous a dit « nous revenons vers vous d’ici le… ». Sinon, laissez vide : "
    "le délai ci-dessous s’applique.",
)
DELAI = Champ(
    "delai_jours",
    "Délai d’attente sans date annoncée, en jours",
    "number",
    defaut=DELAI_USAGE[0],
    minimum=1,
    maximum=60,
    aide=f"Compté depuis l’entretien, quand aucune date ne vous a été donnée. L’usage : {USAGE_SANS_DATE} "
    "(une semaine environ selon HelloWork, une dizaine de jours selon Indeed).",
)
POINT = Champ(
    "point_a_rappeler",
    "Un atout à rappeler en quelques mots",
    "text",
    longueur_max=200,
    aide="Facultatif : ce que vous apporteriez au poste, sous forme de groupe nominal.",
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
    jour, feries, treve = jour_d_envoi(calcul)
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
            f"{majuscule(_saisie.recruteur(valeurs).tiers)} vous a annoncé une réponse pour {_le(annoncee)} : "
            f"laissez-lui {en_jours(JOURS_APRES_DATE_ANNONCEE)} de marge, soit {_le(relance.calcul, annee=False)}."
        )
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    delai = _delai(valeurs)
    depuis = f"l’entretien du {en_lettres(entretien, jour_semaine=True)}" if entretien else "l’entretien"
    texte = (
        f"Aucune date de réponse ne vous a été donnée : comptez {delai}\u00a0jour{'s' if delai > 1 else ''} "
        f"après {depuis}, soit {_le(relance.calcul, annee=False)}."
    )
    if delai < DELAI_USAGE[0]:
        texte += f" C’est tôt : l’usage est d’attendre {USAGE_SANS_DATE}."
    return texte


def _deplacement(relance: DateDeRelance) -> str:
    """Why the day moved (truce, weekday, holidays), or why it is a good one."""
    if relance.treve:
        quand = "Ce jour tombe" if dans_la_treve(relance.calcul) else "Le milieu de la semaine suivante tombe"
        return (
            f" {quand} pendant les fêtes, {TREVE}, quand beaucoup de recruteurs sont absents : "
            f"relancez plutôt après les fêtes, {_le(relance.jour, annee=False)}, un jour de milieu de semaine."
        )
    texte = ""
    if relance.hors_milieu_de_semaine:
        if relance.feries:
            apres = "le milieu de la semaine suivante"
        else:
            apres = "le lendemain" if relance.calcul.weekday() == LUNDI else "le mardi suivant"
        texte += (
            f" Mieux vaut attendre {apres} : du mardi au jeudi, votre message arrive quand le recruteur a le "
            "temps de le lire, ni dans l’afflux du lundi ni à la veille du week-end."
        )
    elif not relance.feries:
        texte += " C’est un jour de milieu de semaine, le moment où un message a le plus de chances d’être lu."
    if relance.feries:
        feries = [f"{_le(f, annee=False)} est férié ({ferie(f)})" for f in relance.feries]
        texte += (
            f" {majuscule(enumerer(feries))} : ce sera donc {_le(relance.jour, annee=False)}, "
            "le premier jour de milieu de semaine qui suit."
        )
    return texte


def _annoncee_pendant_les_fetes(valeurs: Valeurs) -> dt.date | None:
    """The announced date when it falls in the year-end truce (an odd promise)."""
    annoncee = _saisie.jour(valeurs, DATE_ANNONCEE)
    return annoncee if annoncee and dans_la_treve(annoncee) else None


def _date_insolite(valeurs: Valeurs) -> str:
    """For an answer announced in the truce: check the date; the message says « pour la fin de l’année »."""
    annoncee = _annoncee_pendant_les_fetes(valeurs)
    if annoncee is None:
        return ""
    fete = ferie(annoncee)
    quand = f"le jour de {fete}" if fete == "Noël" else (f"le {fete}" if fete else "en pleine période des fêtes")
    return (
        f" Une réponse annoncée pour {quand} surprend : vérifiez cette date. Le message parle simplement "
        "d’une réponse annoncée « pour la fin de l’année »."
    )


def _conseil(valeurs: Valeurs, relance: DateDeRelance | None) -> str:
    if relance is None:
        return (
            f"Jour conseillé pour relancer : {A_CALCULER}. Indiquez la date de l’entretien, ou la date "
            "de réponse que le recruteur vous a annoncée : le jour conseillé se calcule aussitôt."
        )
    return "\n".join(
        [
            f"Jour conseillé pour relancer : {_le(relance.jour)}.",
            _calcul(valeurs, relance)
            + _deplacement(relance)
            + _date_insolite(valeurs)
            + f" Envoyez votre message aux heures de bureau. Sans réponse {en_jours(JOURS_AVANT_SECONDE_RELANCE)} "
            "plus tard, une seconde relance suffit ; au-delà, consacrez votre énergie à vos autres candidatures.",
        ]
    )


# --- The message ------------------------------------------------------------


def _entretien(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """« 23 novembre », the year added when the message goes out another year."""
    jour = _saisie.jour(valeurs, DATE_ENTRETIEN)
    return en_lettres_pour(jour, envoi) if jour else DATE_ENTRETIEN.manquant


def objet(valeurs: Valeurs, envoi: dt.date | None = None) -> str:
    """« Suite à notre entretien du 23 novembre – poste de chargée de projet »."""
    jour = _saisie.jour(valeurs, DATE_ENTRETIEN)
    entretien = f"notre entretien du {en_lettres_pour(jour, envoi)}" if jour else "notre entretien"
    return f"Suite à {entretien} – {_saisie.poste_de(valeurs)}"


#: « … et la relation client »: a second noun phrase, the subject is plural (« et du »,
#: « et des » continue a complement instead: « la gestion des stocks et des flux »).
_ET_UN_AUTRE = re.compile(r"\bet (?:" + "|".join(sorted(DETERMINANTS - {"l’", "du", "des"})) + r") |\bet l’")


def _utile(groupe: str) -> str | None:
    """« mon expérience de… vous serait utile », « mes six ans… vous seraient utiles »
    (plural too for « X et la Y »); ``None`` for a noun phrase without a determiner,
    which cannot stand as a subject."""
    premier = determinant(groupe)
    if not premier:
        return None
    pluriel = premier in DETERMINANTS_PLURIELS or premier.isdigit() or bool(_ET_UN_AUTRE.search(groupe))
    return f"{groupe} {'vous seraient utiles' if pluriel else 'vous serait utile'}"


def _conviction(valeurs: Valeurs, groupe: str, *, debut: str) -> str:
    """« je reste convaincue que mon expérience… vous serait utile » (``debut``
    capitalises it), or « … de pouvoir vous être utile : maîtrise de SAP » for a
    noun phrase without a determiner."""
    utile = _utile(groupe)
    accord = _saisie.accord(valeurs)
    if utile is None:
        suite = f"de pouvoir vous être utile : {groupe}"
        texte = selon_accord(
            accord,
            feminin=f"je reste convaincue {suite}",
            masculin=f"je reste convaincu {suite}",
            neutre=f"j’ai la conviction {suite}",
        )
    else:
        texte = selon_accord(
            accord,
            feminin=f"je reste convaincue que {utile}",
            masculin=f"je reste convaincu que {utile}",
            neutre=f"j’ai la conviction que {utile}",
        )
    return f"{debut}{texte}" if debut else majuscule(texte)


def _atout(valeurs: Valeurs) -> str:
    """The strength the user wants to recall, after the interest restated: a noun
    phrase fits our sentence, a sentence of theirs stands after « Pour mémoire », a
    question is quoted; ``""`` when nothing is typed."""
    point = _saisie.ou_rien(valeurs, POINT, rogne=True)
    if not any(c.isalnum() for c in point):
        return ""
    return inserer(
        point,
        groupe=lambda texte: _conviction(valeurs, texte, debut="") + ".",
        phrase=lambda texte: f"Pour mémoire, {en_suite(texte)}",
        question=lambda texte: f"Pour mémoire, nous avions évoqué cette question : {texte}",
    )


def _retour_annonce(valeurs: Valeurs) -> str:
    """« Vous m’aviez annoncé une réponse vers le 30 novembre » (« une réponse », the
    thanks say « je vous en remercie »), « … avant les fêtes » for a date in the truce,
    or ``""`` without an announced date."""
    annoncee = _saisie.jour(valeurs, DATE_ANNONCEE)
    if annoncee is None:
        return ""
    if _annoncee_pendant_les_fetes(valeurs):
        return "Vous m’aviez annoncé une réponse pour la fin de l’année"
    return f"Vous m’aviez annoncé une réponse vers le {en_lettres(annoncee, annee=False)}"


def _question(valeurs: Valeurs) -> str:
    retour = _retour_annonce(valeurs)
    if retour:
        return f"{retour} : pourriez-vous me dire où en est votre réflexion ?"
    return "Pourriez-vous me dire où en est votre processus de recrutement ?"


#: Where the message starts: the interview, the position and the interest restated,
#: in one sentence that needs no agreement.
INTERET = "qui m’intéresse toujours beaucoup"


def message(valeurs: Valeurs, envoi: dt.date | None = None) -> str:
    """The reminder e-mail sent on ``envoi``: in January the season's wishes first,
    then the context and the interest, the strength to recall, one question, thanks."""
    voeux = voeux_d_abord(envoi)
    reprise = "Je reprends contact" if voeux else "Je me permets de reprendre contact"
    contexte = (
        f"{reprise} avec vous à la suite de notre entretien du {_entretien(valeurs, envoi)} "
        f"pour le {_saisie.poste_de(valeurs)}, {INTERET}."
    )
    premier = " ".join(p for p in (voeux, contexte, _atout(valeurs)) if p)
    demande = f"{_question(valeurs)} Je vous en remercie par avance."
    return courriel(valeurs, [premier, demande], rogne=True)


def message_court(valeurs: Valeurs, envoi: dt.date | None = None) -> str:
    """The short note (LinkedIn, SMS): in January the wishes first if they fit, then
    context and interest, the strength to recall when it fits, the question, thanks."""
    retour = _retour_annonce(valeurs)
    if retour:
        question: tuple[str, ...] = (
            f"{retour} : où en est votre réflexion ?",
            "Où en est votre réflexion ?",
        )
    else:
        question = ("Pourriez-vous me dire où en est le recrutement ?", "Où en est le recrutement ?")
    atout = _atout(valeurs)
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    quand = f"notre entretien du {en_lettres_pour(entretien, envoi)}" if entretien else "notre entretien"
    ouverture = (
        f"Je reprends contact avec vous après {quand} pour le {_saisie.poste_de(valeurs)}, {INTERET}.",
        f"Je reprends contact après {quand} pour le {_saisie.poste_de(valeurs)}, qui m’intéresse toujours.",
    )
    voeux = voeux_d_abord(envoi, court=True)

    def note(demande: tuple[str, ...]) -> str:
        # The wishes open the note, but are given up first when room is short.
        phrases = [ouverture, (atout, ""), demande, ("Merci d’avance pour votre retour.",), (voeux, "")]
        texte = court_ajuste(valeurs, phrases)
        return texte if not voeux or voeux not in texte else court_ajuste(valeurs, [(voeux,), *phrases[:-1]])

    # The question keeps the date announced if a shorter opening makes room for it.
    complet = note(question[:1])
    return complet if len(franciser(complet)) <= LIMITE_COURT else note(question)


# --- Rendering --------------------------------------------------------------


def _rappel(valeurs: Valeurs, relance: DateDeRelance, sujet: str | None, corps: str) -> Fichier:
    resume = f"Relancer {_saisie.organisation(valeurs).nomme} – {_saisie.poste_de(valeurs)}"
    entete = f"Objet : {sujet}\n\n" if sujet else ""
    description = franciser(f"Le message préparé :\n\n{entete}{corps}")
    return Fichier(NOM_ICS, "text/calendar", calendrier([Evenement(relance.jour, franciser(resume), description)]))


def rendre(valeurs: Valeurs) -> Rendu:
    """When to chase, the message (its subject just above it), and its reminder
    (and ``.eml`` for an e-mail)."""
    relance = date_de_relance(
        _saisie.jour(valeurs, DATE_ENTRETIEN), _saisie.jour(valeurs, DATE_ANNONCEE), _delai(valeurs)
    )
    envoi = relance.jour if relance else None
    bref = valeurs.get(FORME.nom) == "court"
    sujet = None if bref else franciser(objet(valeurs, envoi))
    corps = franciser(message_court(valeurs, envoi) if bref else message(valeurs, envoi))
    blocs = ["Quand relancer", _conseil(valeurs, relance)]
    fichiers = []
    if relance:
        fichiers.append(_rappel(valeurs, relance, sujet, corps))
        blocs.append(
            "Le fichier d’agenda à télécharger inscrit ce jour dans votre calendrier, avec un rappel la veille à 9\u00a0h."
        )
    blocs += ["Votre message", f"Objet : {sujet}\n\n{corps}" if sujet else corps]
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
