"""« Relancer le recruteur »: chasing an answer that did not come.

Silence after an interview is common, and a short, courteous reminder sent at
the right moment is welcome. The widget computes that moment and writes the
message, plus an ``.ics`` reminder and the ``.eml``.

When: the day after the date the recruiter announced, or, without one, the
interview date plus a delay (7 days by default: HelloWork advises about a week,
Indeed France about ten days). Then moved to the middle of the week: a message
sent from Tuesday to Thursday is read with more attention than one lost in
Monday's backlog or on a Friday before the weekend (Cadremploi), so a Friday,
Saturday, Sunday or Monday moves forward to the next Tuesday, and the text says
so. The message is short (five or six lines), restates the interest, asks where
the process stands without reproach, and thanks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import JOURS, en_lettres
from rattrapage.ics import Evenement, calendrier
from rattrapage.typographie import elide, enumerer, majuscule, phrase
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import brouillon, courriel
from rattrapage.widgets.profil import CANDIDAT_ACCORD, DATE_ENTRETIEN, ENTREPRISE, POSTE, PROFIL

DATE_ANNONCEE = Champ(
    "date_reponse_annoncee",
    "Date de réponse annoncée par le recruteur",
    "date",
    manquant="[date de réponse annoncée]",
    aide="Si l’on vous a dit «\u00a0nous revenons vers vous d’ici le…\u00a0». Sinon, laissez vide.",
)
DELAI = Champ(
    "delai_jours",
    "Délai d’attente sans date annoncée, en jours",
    "number",
    defaut=7,
    minimum=1,
    maximum=60,
    aide="Compté depuis l’entretien, quand aucune date ne vous a été donnée. HelloWork conseille une semaine "
    "environ, Indeed une dizaine de jours.",
)
POINT = Champ(
    "point_a_rappeler",
    "Un atout à rappeler en quelques mots",
    "text",
    max_len=200,
    aide="Facultatif\u00a0: ce que vous apporteriez au poste, sous forme de groupe nominal.",
    exemple="mon expérience de la conduite du changement",
)

#: Reminders land from Tuesday to Thursday (``date.weekday()``: Monday is 0).
MARDI, JEUDI = 1, 3
NOM_ICS = "relance-rappel.ics"
A_CALCULER = "[date de relance]"
# A typed line that starts with a subject pronoun is already a sentence.
_PRONOMS = ("Je ", "J’", "Nous ", "On ")


def milieu_de_semaine(jour: dt.date) -> dt.date:
    """The same day if it is a Tuesday, Wednesday or Thursday; otherwise the
    next Tuesday (Friday + 4, Saturday + 3, Sunday + 2, Monday + 1)."""
    if MARDI <= jour.weekday() <= JEUDI:
        return jour
    return jour + dt.timedelta(days=(MARDI - jour.weekday()) % 7)


def paques(annee: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = annee % 19, annee // 100, annee % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    mois, jour = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(annee, mois, jour + 1)


def jours_feries(annee: int) -> dict[dt.date, str]:
    """The public holidays of metropolitan France (code du travail, L3133-1),
    those that can fall on a working day; Alsace-Moselle's two extra days are
    left out."""
    dimanche = paques(annee)
    return {
        dt.date(annee, 1, 1): "jour de l’an",
        dimanche + dt.timedelta(days=1): "lundi de Pâques",
        dt.date(annee, 5, 1): "fête du Travail",
        dt.date(annee, 5, 8): "victoire de 1945",
        dimanche + dt.timedelta(days=39): "Ascension",
        dimanche + dt.timedelta(days=50): "lundi de Pentecôte",
        dt.date(annee, 7, 14): "fête nationale",
        dt.date(annee, 8, 15): "Assomption",
        dt.date(annee, 11, 1): "Toussaint",
        dt.date(annee, 11, 11): "armistice de 1918",
        dt.date(annee, 12, 25): "Noël",
    }


@dataclass(frozen=True)
class DateDeRelance:
    """The recommended day, the day it was computed from, the holidays skipped."""

    jour: dt.date
    calcul: dt.date
    annoncee: bool
    feries: tuple[dt.date, ...] = ()

    @property
    def hors_milieu_de_semaine(self) -> bool:
        """The computed day was a Friday, Saturday, Sunday or Monday."""
        return milieu_de_semaine(self.calcul) != self.calcul


def jour_conseille(calcul: dt.date) -> tuple[dt.date, tuple[dt.date, ...]]:
    """The first Tuesday, Wednesday or Thursday from ``calcul`` on that is not a
    public holiday, and the holidays skipped on the way."""
    jour = milieu_de_semaine(calcul)
    feries: list[dt.date] = []
    while jour in jours_feries(jour.year):
        feries.append(jour)
        jour = milieu_de_semaine(jour + dt.timedelta(days=1))
    return jour, tuple(feries)


def date_de_relance(entretien: dt.date | None, annoncee: dt.date | None, delai_jours: int) -> DateDeRelance | None:
    """The day after the announced date, else the interview plus the delay,
    moved to a mid-week working day; ``None`` when neither date is known."""
    if annoncee:
        calcul = annoncee + dt.timedelta(days=1)
    elif entretien:
        calcul = entretien + dt.timedelta(days=delai_jours)
    else:
        return None
    jour, feries = jour_conseille(calcul)
    return DateDeRelance(jour, calcul, annoncee is not None, feries)


def _delai(valeurs: Valeurs) -> int:
    """The typed delay in whole days within its bounds, 7 when empty."""
    jours = _saisie.nombre(valeurs, DELAI)
    return int(DELAI.defaut) if jours is None else round(jours)


def _le(jour: dt.date, *, annee: bool = True) -> str:
    return f"le {en_lettres(jour, jour_semaine=True, annee=annee)}"


# --- The advice -------------------------------------------------------------


def _conseil(valeurs: Valeurs, relance: DateDeRelance | None) -> str:
    if relance is None:
        return (
            f"Jour conseillé pour relancer\u00a0: {A_CALCULER}. Indiquez la date de l’entretien, ou la date "
            "de réponse que le recruteur vous a annoncée\u00a0: le jour conseillé se calcule aussitôt."
        )
    lignes = [f"Jour conseillé pour relancer\u00a0: {_le(relance.jour)}."]
    if relance.annoncee:
        annoncee = relance.calcul - dt.timedelta(days=1)
        pourquoi = (
            f"Le recruteur vous a annoncé une réponse pour {_le(annoncee)}\u00a0: sans nouvelles, "
            f"la relance vient le lendemain, {_le(relance.calcul, annee=False)}."
        )
    else:
        entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
        delai = _delai(valeurs)
        jours = "jour" if delai == 1 else "jours"
        depuis = f"l’entretien du {en_lettres(entretien, jour_semaine=True)}" if entretien else "l’entretien"
        pourquoi = (
            f"Aucune date de réponse ne vous a été donnée\u00a0: comptez {delai}\u00a0{jours} après {depuis}, "
            f"soit {_le(relance.calcul, annee=False)}."
        )
    if relance.hors_milieu_de_semaine:
        apres = "le mardi suivant" if not relance.feries else "le milieu de la semaine suivante"
        pourquoi += (
            f" Ce jour tombe un {JOURS[relance.calcul.weekday()]}\u00a0: mieux vaut attendre {apres}. Du mardi "
            "au jeudi, votre message arrive quand le recruteur a le temps de le lire, ni dans l’afflux du lundi "
            "ni à la veille du week-end."
        )
    elif not relance.feries:
        pourquoi += " C’est un jour de milieu de semaine, le moment où un message a le plus de chances d’être lu."
    if relance.feries:
        feries = [f"{_le(f, annee=False)} est férié ({jours_feries(f.year)[f]})" for f in relance.feries]
        pourquoi += (
            f" {majuscule(enumerer(feries))}\u00a0: ce sera donc {_le(relance.jour, annee=False)}, "
            "le premier jour de milieu de semaine qui suit."
        )
    lignes.append(
        pourquoi
        + " Envoyez votre message aux heures de bureau. Sans réponse une dizaine de jours plus tard, une seconde "
        "relance suffit\u00a0; au-delà, consacrez votre énergie à vos autres candidatures."
    )
    return "\n".join(lignes)


# --- The message ------------------------------------------------------------


def objet(valeurs: Valeurs) -> str:
    """« Relance – candidature au poste de chargée de projet »."""
    return f"Relance – candidature au {elide('poste de', _saisie.texte(valeurs, POSTE, rogne=True))}"


def _atout(valeurs: Valeurs) -> str:
    """The interest restated, with the strength the user wants to recall."""
    accord = valeurs.get(CANDIDAT_ACCORD.nom)
    point = _saisie.fragment_ou_rien(valeurs, POINT, sans_guillemets=True)
    if point and not majuscule(point).startswith(_PRONOMS):
        return selon_accord(
            accord,
            feminin=f"Ce poste m’intéresse toujours beaucoup, et je suis convaincue de pouvoir apporter à votre "
            f"équipe {point}.",
            masculin=f"Ce poste m’intéresse toujours beaucoup, et je suis convaincu de pouvoir apporter à votre "
            f"équipe {point}.",
            neutre=f"Ce poste m’intéresse toujours beaucoup, et j’ai la conviction de pouvoir apporter à votre "
            f"équipe {point}.",
        )
    interet = selon_accord(
        accord,
        feminin="Je reste très intéressée par ce poste et par les projets de votre équipe.",
        masculin="Je reste très intéressé par ce poste et par les projets de votre équipe.",
        neutre="Ce poste et les projets de votre équipe m’intéressent toujours beaucoup.",
    )
    if point:
        # A sentence of the user's, introduced: « Pour mémoire, j’ai réduit… ».
        rappel = phrase(point)
        return f"{interet} Pour mémoire, {rappel[0].lower()}{rappel[1:]}"
    return interet


def _question(valeurs: Valeurs) -> str:
    annoncee = _saisie.jour(valeurs, DATE_ANNONCEE)
    if annoncee:
        return (
            f"Vous pensiez pouvoir me répondre vers le {en_lettres(annoncee, annee=False)}\u00a0: pourriez-vous "
            "me dire où en est votre réflexion\u202f?"
        )
    return "Pourriez-vous me dire où en est votre processus de recrutement\u202f?"


def message(valeurs: Valeurs) -> str:
    """The reminder email: context, interest, one question, thanks."""
    quand = _saisie.date(valeurs, DATE_ENTRETIEN, jour_semaine=True)
    poste, entreprise = _saisie.texte(valeurs, POSTE, rogne=True), _saisie.texte(valeurs, ENTREPRISE, rogne=True)
    contexte = (
        f"Je me permets de revenir vers vous à la suite de notre entretien du {quand} pour le "
        f"{elide('poste de', poste)} chez {entreprise}. {_atout(valeurs)}"
    )
    demande = f"{_question(valeurs)} Je vous remercie par avance pour votre retour."
    return courriel(valeurs, [contexte, demande], rogne=True)


# --- Rendering --------------------------------------------------------------


def _rappel(valeurs: Valeurs, relance: DateDeRelance, sujet: str, corps: str) -> Fichier:
    entreprise, poste = _saisie.texte(valeurs, ENTREPRISE, rogne=True), _saisie.texte(valeurs, POSTE, rogne=True)
    resume = f"Relancer {entreprise} – {elide('poste de', poste)}"
    description = f"Le message préparé\u00a0:\n\nObjet\u00a0: {sujet}\n\n{corps}"
    return Fichier(NOM_ICS, "text/calendar", calendrier([Evenement(relance.jour, resume, description)]))


def rendre(valeurs: Valeurs) -> Rendu:
    """When to chase, the message, and its reminder and ``.eml``."""
    relance = date_de_relance(
        _saisie.jour(valeurs, DATE_ENTRETIEN), _saisie.jour(valeurs, DATE_ANNONCEE), _delai(valeurs)
    )
    sujet = objet(valeurs)
    corps = message(valeurs)
    blocs = ["Quand relancer", _conseil(valeurs, relance)]
    fichiers = []
    if relance:
        fichiers.append(_rappel(valeurs, relance, sujet, corps))
        blocs.append(
            "Le fichier d’agenda à télécharger inscrit ce jour dans votre calendrier, avec un rappel la veille à 9\u00a0h."
        )
    blocs += ["Votre message", corps]
    fichiers.append(brouillon("relance.eml", sujet, corps))
    return Rendu("\n\n".join(blocs), sujet, tuple(fichiers))


WIDGET = Widget(
    id="relance",
    titre="Relancer le recruteur",
    description="Le bon jour pour relancer un recruteur silencieux, et un message court et courtois.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Votre relance", (DATE_ANNONCEE, DELAI, POINT)),
    ),
    rendre=rendre,
)
