"""Working days in France: public holidays, the year-end truce, the middle of the week.

The widgets propose dates a person will act on: the day to chase a recruiter
(``relance``), the day a contact window opens and the hired person's probable
first day (``challenger``). Such a date must be a day a recruiter works and
reads their mail:

- **Public holidays** of metropolitan France (code du travail, art. L3133-1),
  Easter-based ones included; Alsace-Moselle's two extra days are left out.
  A working day (*jour ouvré*) is a Monday to Friday that is not one of them.
- **The year-end truce**, from :data:`TREVE_DEBUT` (24 December) to
  :data:`TREVE_FIN` (1 January) inclusive: offices are half empty, a message
  sent then is read in January among a hundred others. No reminder and no
  advised contact day falls in it; it moves to the first working day after
  (2 January when that is one).
- **The middle of the week**: a message sent from Tuesday to Thursday is read
  with more attention than one lost in Monday's backlog or on a Friday before
  the weekend (Cadremploi).

One rule for every day a widget proposes to *send* something (:func:`bon_jour_d_envoi`):
a Tuesday, Wednesday or Thursday that is a working day outside the truce. After a
date (a reminder after the answer announced), the first such day from it on
(:func:`jour_d_envoi`); before a deadline (a contact window that opens when an
employer decides), the last such day on or before it, at most :data:`RECUL_MAX`
days earlier, else the first one after (:func:`jour_d_envoi_proche`).

Pure functions of their dates; standard library only.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

from rattrapage.dates import en_lettres

#: The truce: from 24 December to 1 January, both included (month, day).
TREVE_DEBUT = (12, 24)
TREVE_FIN = (1, 1)
#: « du 24 décembre au 1ᵉʳ janvier », as the texts and the pages write it.
TREVE = (
    f"du {en_lettres(dt.date(2000, *TREVE_DEBUT), annee=False)} au {en_lettres(dt.date(2001, *TREVE_FIN), annee=False)}"
)
#: ``date.weekday()`` values (Monday is 0).
LUNDI, MARDI, MERCREDI, JEUDI, VENDREDI, SAMEDI, DIMANCHE = range(7)

_UN_JOUR = dt.timedelta(days=1)


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


@cache
def jours_feries(annee: int) -> dict[dt.date, str]:
    """The eleven public holidays of metropolitan France (L3133-1), by date,
    with their names (« lundi de Pâques »)."""
    dimanche = paques(annee)
    return {
        dt.date(annee, 1, 1): "jour de l’An",
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


def ferie(jour: dt.date) -> str:
    """The holiday's name (« Noël »), or ``""`` for an ordinary day."""
    return jours_feries(jour.year).get(jour, "")


def est_ouvre(jour: dt.date) -> bool:
    """A working day: Monday to Friday, not a public holiday."""
    return jour.weekday() < SAMEDI and not ferie(jour)


def jour_ouvre_suivant(jour: dt.date) -> dt.date:
    """``jour`` if it is a working day, else the next one."""
    while not est_ouvre(jour):
        jour += _UN_JOUR
    return jour


def jour_ouvre_precedent(jour: dt.date) -> dt.date:
    """``jour`` if it is a working day, else the last one before it."""
    while not est_ouvre(jour):
        jour -= _UN_JOUR
    return jour


def ajouter_jours_ouvres(debut: dt.date, nombre: int) -> dt.date:
    """The ``nombre``-th working day counted from ``debut`` included (1: the
    first working day from ``debut`` on)."""
    jour = jour_ouvre_suivant(debut)
    for _ in range(max(1, nombre) - 1):
        jour = jour_ouvre_suivant(jour + _UN_JOUR)
    return jour


def dans_la_treve(jour: dt.date) -> bool:
    """From 24 December to 1 January, both included."""
    return (jour.month, jour.day) >= TREVE_DEBUT or (jour.month, jour.day) <= TREVE_FIN


def apres_la_treve(jour: dt.date) -> dt.date:
    """The first working day after the truce that holds ``jour`` (2 January
    when it is one, else the next working day)."""
    annee = jour.year + 1 if jour.month == 12 else jour.year
    return jour_ouvre_suivant(dt.date(annee, TREVE_FIN[0], TREVE_FIN[1]) + _UN_JOUR)


def hors_treve(jour: dt.date) -> dt.date:
    """``jour``, or the first working day after the truce when it falls in it."""
    return apres_la_treve(jour) if dans_la_treve(jour) else jour


def milieu_de_semaine(jour: dt.date) -> dt.date:
    """The same day if it is a Tuesday, Wednesday or Thursday; otherwise the
    next Tuesday (Friday + 4, Saturday + 3, Sunday + 2, Monday + 1)."""
    if MARDI <= jour.weekday() <= JEUDI:
        return jour
    return jour + dt.timedelta(days=(MARDI - jour.weekday()) % 7)


# --- The day to send a message ------------------------------------------------

#: How many days a contact day may move back to stay before a deadline: a
#: Monday goes back to the Thursday before, not further than the week before.
RECUL_MAX = 6


def bon_jour_d_envoi(jour: dt.date) -> bool:
    """A Tuesday, Wednesday or Thursday that is a working day outside the truce."""
    return MARDI <= jour.weekday() <= JEUDI and est_ouvre(jour) and not dans_la_treve(jour)


class JourDEnvoi(NamedTuple):
    """The day to send, the public holidays skipped to reach it, and whether the
    year-end truce moved it."""

    jour: dt.date
    feries: tuple[dt.date, ...] = ()
    treve: bool = False


def jour_d_envoi(depuis: dt.date) -> JourDEnvoi:
    """The first :func:`bon_jour_d_envoi` from ``depuis`` on: a day in the truce
    goes to the first working day after it, a Friday to Monday to the next Tuesday,
    a holiday to the day after."""
    jour, feries, treve = depuis, [], False
    while True:
        if dans_la_treve(jour):
            jour, treve = apres_la_treve(jour), True
        elif milieu_de_semaine(jour) != jour:
            jour = milieu_de_semaine(jour)
        elif ferie(jour):
            feries.append(jour)
            jour += _UN_JOUR
        else:
            return JourDEnvoi(jour, tuple(feries), treve)


def jour_d_envoi_proche(vise: dt.date, *, pas_avant: dt.date | None = None) -> dt.date:
    """The day to send closest to ``vise`` on the safe side of a deadline: the
    last :func:`bon_jour_d_envoi` on or before it, at most :data:`RECUL_MAX` days
    earlier and not before ``pas_avant``; failing that (or when ``vise`` falls in
    the truce: nobody writes then), the first one after (:func:`jour_d_envoi`)."""
    if not dans_la_treve(vise):
        for recul in range(RECUL_MAX + 1):
            jour = vise - dt.timedelta(days=recul)
            if pas_avant is not None and jour < pas_avant:
                break
            if bon_jour_d_envoi(jour):
                return jour
    return jour_d_envoi(vise).jour


def ouvre_hors_treve(jour: dt.date) -> dt.date:
    """``jour`` if it is a working day outside the truce, else the next such day
    (the end of a period a widget proposes: never a Sunday nor 25 December)."""
    return hors_treve(jour_ouvre_suivant(jour))


def en_lettres_pour(jour: dt.date, envoi: dt.date | None) -> str:
    """A date as a message sent on ``envoi`` names it: « 23 novembre » within the
    same year, « 23 novembre 2026 » from another year or when ``envoi`` is unknown."""
    return en_lettres(jour, annee=envoi is None or envoi.year != jour.year)


#: The season's wishes a message sent in January carries (until the end of the month, by usage).
VOEUX = "Je vous adresse mes meilleurs vœux pour cette nouvelle année."
#: The same, for a short note.
VOEUX_COURTS = "Meilleurs vœux pour cette nouvelle année\u202f!"


def voeux(envoi: dt.date | None, *, court: bool = False) -> str:
    """:data:`VOEUX` (or :data:`VOEUX_COURTS`) for a message sent in January, else ``""``."""
    if envoi is None or envoi.month != 1:
        return ""
    return VOEUX_COURTS if court else VOEUX


def voeux_d_abord(envoi: dt.date | None, *, court: bool = False) -> str:
    """The wishes that open a message sent in January, before its subject:
    « Permettez-moi tout d’abord de vous adresser mes meilleurs vœux pour 2027. »
    (« Meilleurs vœux pour 2027 ! » in a short note), else ``""``."""
    if envoi is None or envoi.month != 1:
        return ""
    if court:
        return f"Meilleurs vœux pour {envoi.year} !"
    return f"Permettez-moi tout d’abord de vous adresser mes meilleurs vœux pour {envoi.year}."
