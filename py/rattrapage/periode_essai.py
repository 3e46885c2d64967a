"""The trial period (période d’essai) of the code du travail, as pure date functions.

The runner-up planner (widget ``challenger``) needs to know when the hired
person's trial period probably ends. Every rule here names the article it
follows, so that a reader can check it against the code du travail:

- CDI maxima by category, art. L1221-19 (2, 3, 4 months) and, renewed once,
  art. L1221-21 (4, 6, 8 months in total). These are maxima: the contract may set
  shorter periods (L1221-22), and a final-year internship is deducted (L1221-24).
- CDD, art. L1242-10: one day per week of contract, at most two weeks for a
  contract of six months or less, at most one month beyond.
- The employer's notice before ending a trial (délai de prévenance), art.
  L1221-25: 24 hours under 8 days of presence, 48 hours up to one month, two
  weeks after one month, one month after three months. It explains why the
  decision is taken some weeks before the end date.

Public employers. A town hall, a département, a public hospital or a ministry
hiring a contract agent (agent contractuel de droit public) does not follow the
code du travail on this. For the fonction publique territoriale, décret
n° 88-145 du 15 février 1988, art. 4 (version in force since 15 August 2022):
the trial period is optional and written in the contract; its initial length is
modulated at one working day per week of contract, at most three weeks for a
contract under six months, one month under one year, two months under two
years, three months beyond and for a CDI (:data:`PLAFONDS_TERRITORIAUX`); it can
be renewed once, for at most its initial length. The État (décret n° 86-83,
art. 9) and public hospitals (décret n° 91-155, art. 9) have articles of the
same kind whose figures are not encoded here: :func:`essai_public` follows the
territorial scale, and the widget says so.

Counting. Calendar days, weekends and public holidays included (Cass. soc.,
29 June 2005, n° 02-45.701, for a period in days; the same holds for weeks and
months). A period of *n* days that starts on day D ends on D + n − 1; a period of
*n* months ends on the eve of the same date *n* months later (start 15 March,
one month: ends 14 April at midnight). Absences (sickness, leave) extend the
period by their length; no function here can know them.

Month ends: the rule chosen. When the « same date » does not exist in the target
month (start 31 January, one month: there is no 31 February), the period ends on
the last day of the target month (28 February, 29 in a leap year). No text
settles this case for a trial period, and the Cour de cassation refused to apply
the code de procédure civile's counting to it (Cass. soc., 15 March 2006,
n° 04-44.544), so the choice is ours. It is the one both natural readings agree
on: « the eve of the missing date, rolled to 1 March » is 28/29 February, and
« the last day of the month when the date is missing » (the wording of art. 641
of the code de procédure civile) is too. It never spills into the following
month: starts on 30 and 31 January (29 January too, outside leap years) all end
on the last day of February. And for the runner-up an earlier end is the safe
side, since a reminder must not come too late.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from rattrapage.calendrier import ajouter_jours_ouvres

Categorie = Literal["employe", "technicien", "cadre"]

#: Art. L1221-19: initial maximum of a CDI trial period, in months.
DUREE_INITIALE_MOIS: dict[str, int] = {"employe": 2, "technicien": 3, "cadre": 4}
#: Art. L1221-21: maximum total, renewal included (one renewal only), in months.
DUREE_RENOUVELEE_MOIS: dict[str, int] = {"employe": 4, "technicien": 6, "cadre": 8}

#: Art. L1242-10: the cap for a CDD of six months or less, in days (two weeks).
PLAFOND_CDD_COURT_JOURS = 14
#: A fraction of a month in a contract's length counts 30 days per month (the
#: common payroll convention); whole months follow the calendar.
JOURS_PAR_MOIS_FRACTIONNAIRE = 30


def _dernier_jour(annee: int, mois: int) -> int:
    return calendar.monthrange(annee, mois)[1]


def _mois_plus_tard(debut: dt.date, mois: int) -> tuple[int, int]:
    """Year and month *mois* months after (or before, if negative) ``debut``."""
    index = debut.year * 12 + debut.month - 1 + mois
    return index // 12, index % 12 + 1


def decaler_mois(jour: dt.date, mois: int) -> dt.date:
    """The same date *mois* months later (earlier if negative), or the last day
    of that month when the date does not exist there (31 March − 1 → 28 February)."""
    annee, numero = _mois_plus_tard(jour, mois)
    return dt.date(annee, numero, min(jour.day, _dernier_jour(annee, numero)))


def fin_apres_mois(debut: dt.date, mois: int) -> dt.date:
    """Last day of a period of *mois* months starting on ``debut``.

    The eve of the same date *mois* months later (15 March + 1 → 14 April); when
    that date does not exist, the last day of the target month (31 January + 1 →
    28 or 29 February). See the module docstring for why.
    """
    if mois < 1:
        raise ValueError("a period lasts at least one month")
    annee, numero = _mois_plus_tard(debut, mois)
    dernier = _dernier_jour(annee, numero)
    if debut.day > dernier:
        return dt.date(annee, numero, dernier)
    return dt.date(annee, numero, debut.day) - dt.timedelta(days=1)


def fin_apres_jours(debut: dt.date, jours: int) -> dt.date:
    """Last day of a period of *jours* calendar days starting on ``debut``
    (one day: the same day)."""
    if jours < 1:
        raise ValueError("a period lasts at least one day")
    return debut + dt.timedelta(days=jours - 1)


def duree_maximale_cdi(categorie: str, *, renouvelee: bool = False) -> int:
    """Maximum length in months of a CDI trial period: art. L1221-19 (initial),
    art. L1221-21 (renewal included). An unknown category counts as ``cadre``,
    the longest, so that a reminder never comes too early."""
    table = DUREE_RENOUVELEE_MOIS if renouvelee else DUREE_INITIALE_MOIS
    return table.get(categorie, table["cadre"])


def fin_essai_cdi(arrivee: dt.date, categorie: str, *, renouvelee: bool = False) -> dt.date:
    """Last day of the longest CDI trial period the law allows (L1221-19, L1221-21)."""
    return fin_apres_mois(arrivee, duree_maximale_cdi(categorie, renouvelee=renouvelee))


def fin_du_contrat(debut: dt.date, mois: float) -> dt.date:
    """Last day of a fixed-term contract of *mois* months (1.5 → one month and
    15 days: whole months by the calendar, the fraction at 30 days a month)."""
    entiers = int(mois)
    jours = round((mois - entiers) * JOURS_PAR_MOIS_FRACTIONNAIRE)
    if entiers < 1:
        return fin_apres_jours(debut, max(1, jours))
    return fin_apres_mois(debut, entiers) + dt.timedelta(days=jours)


def semaines_de_contrat(debut: dt.date, fin_contrat: dt.date) -> int:
    """Whole weeks in a contract running from ``debut`` to ``fin_contrat``
    included. Rounded down: the law gives a maximum, and a started week does not
    earn a day."""
    return ((fin_contrat - debut).days + 1) // 7


def fin_essai_cdd(debut: dt.date, fin_contrat: dt.date) -> dt.date:
    """Last day of the longest CDD trial period (art. L1242-10).

    One day per whole week of contract, at most two weeks when the contract lasts
    six months or less, at most one month (counted as a month, see
    :func:`fin_apres_mois`) when it lasts longer. Examples from a start on
    2 March 2026: 3 weeks → 3 days (4 March); 2 months → 8 days (9 March);
    6 months → 14 days (15 March); 8 months → one month (1 April).
    ``ValueError`` for a contract shorter than one week (no trial day at all).
    """
    semaines = semaines_de_contrat(debut, fin_contrat)
    if semaines < 1:
        raise ValueError("a contract under one week has no trial period")
    par_semaine = fin_apres_jours(debut, semaines)
    if fin_contrat > fin_apres_mois(debut, 6):
        plafond = fin_apres_mois(debut, 1)
    else:
        plafond = fin_apres_jours(debut, PLAFOND_CDD_COURT_JOURS)
    return min(par_semaine, plafond)


@dataclass(frozen=True)
class Prevenance:
    """A notice length (art. L1221-25): in days or in months, and in words."""

    libelle: str
    jours: int = 0
    mois: int = 0

    def expire(self, notification: dt.date) -> dt.date:
        """The day the notice runs out when it is given on ``notification``."""
        return decaler_mois(notification, self.mois) + dt.timedelta(days=self.jours)


VINGT_QUATRE_HEURES = Prevenance("24 heures", jours=1)
QUARANTE_HUIT_HEURES = Prevenance("48 heures", jours=2)
DEUX_SEMAINES = Prevenance("deux semaines", jours=14)
UN_MOIS = Prevenance("un mois", mois=1)


def delai_de_prevenance(arrivee: dt.date, notification: dt.date) -> Prevenance:
    """The notice the employer owes when ending the trial on ``notification``
    (art. L1221-25), from the time of presence since ``arrivee`` (day 1):
    under 8 days, 24 hours; from 8 days to one month, 48 hours; after one month,
    two weeks; after three months, one month."""
    presence = (notification - arrivee).days + 1
    if presence < 8:
        return VINGT_QUATRE_HEURES
    if notification <= fin_apres_mois(arrivee, 1):
        return QUARANTE_HUIT_HEURES
    if notification <= fin_apres_mois(arrivee, 3):
        return DEUX_SEMAINES
    return UN_MOIS


def prevenance_obligatoire(arrivee: dt.date, fin_essai: dt.date) -> bool:
    """Art. L1221-25 applies to a CDI, and to a CDD whose trial lasts one week
    or more."""
    return (fin_essai - arrivee).days + 1 >= 7


def dernier_jour_pour_prevenir(arrivee: dt.date, fin_essai: dt.date) -> dt.date:
    """The last day an employer can announce the end of the trial and still give
    the full notice before the trial's end (art. L1221-25: the notice never
    extends the trial; if it is cut short, the employee is paid for the rest).

    A cadre who arrived on 4 May 2026 ends a four-month trial on 3 September:
    from 4 August on, the notice is one month and would run past the end, so the
    decision has to be announced by 3 August (with two weeks' notice). Without
    an obligation (a trial under one week), the end date itself.
    """
    if not prevenance_obligatoire(arrivee, fin_essai):
        return fin_essai
    jour = fin_essai
    while jour > arrivee:
        if delai_de_prevenance(arrivee, jour).expire(jour) <= fin_essai:
            return jour
        jour -= dt.timedelta(days=1)
    return arrivee


# --- Contract agents of a public employer -----------------------------------


@dataclass(frozen=True)
class Duree:
    """A length in days or in months, and in words (« trois semaines »)."""

    libelle: str
    jours: int = 0
    mois: int = 0

    def fin(self, debut: dt.date, fois: int = 1) -> dt.date:
        """Last day of ``fois`` times this length from ``debut`` (day 1)."""
        if self.mois:
            return fin_apres_mois(debut, self.mois * fois)
        return fin_apres_jours(debut, self.jours * fois)


#: Décret n° 88-145, art. 4: the cap of the initial trial period of a contract
#: agent of the fonction publique territoriale, by contract length in months
#: (strict upper bound; ``None``: any longer contract).
PLAFONDS_TERRITORIAUX: tuple[tuple[int | None, Duree], ...] = (
    (6, Duree("trois semaines", jours=21)),
    (12, Duree("un mois", mois=1)),
    (24, Duree("deux mois", mois=2)),
    (None, Duree("trois mois", mois=3)),
)
#: The same article: the cap for a CDI.
PLAFOND_TERRITORIAL_CDI = Duree("trois mois", mois=3)


def plafond_public(mois: float | None) -> Duree:
    """The cap of the initial trial period (décret n° 88-145, art. 4) for a
    contract of ``mois`` months, or for a CDI when ``mois`` is ``None``."""
    if mois is None:
        return PLAFOND_TERRITORIAL_CDI
    for limite, duree in PLAFONDS_TERRITORIAUX:
        if limite is None or mois < limite:
            return duree
    return PLAFOND_TERRITORIAL_CDI  # pragma: no cover - the last row has no limit


@dataclass(frozen=True)
class EssaiPublic:
    """The longest trial period of a public contract agent: its end, its end
    once renewed, and how it was obtained (``jours_ouvres`` when the working
    days per week of contract set it, ``None`` when the cap did)."""

    fin: dt.date
    fin_renouvelee: dt.date
    plafond: Duree
    jours_ouvres: int | None


def essai_public(arrivee: dt.date, mois: float | None) -> EssaiPublic:
    """The trial period of a contract agent of the fonction publique
    territoriale (décret n° 88-145, art. 4), at its maximum.

    A CDI (``mois`` is ``None``): three months. A fixed-term contract: one
    working day per whole week of contract, within the cap of
    :func:`plafond_public`. Renewed once for at most its initial length, the
    trial lasts twice as long. Examples from Monday 4 January 2027: 12 months →
    two months (3 March), renewed four months (3 May); 3 months, 12 whole
    weeks → 12 working days (19 January), renewed 24 (4 February).
    ``ValueError`` for a contract under one week (no trial day at all).
    """
    plafond = plafond_public(mois)
    fin_plafond = plafond.fin(arrivee)
    if mois is None:
        return EssaiPublic(fin_plafond, plafond.fin(arrivee, 2), plafond, None)
    semaines = semaines_de_contrat(arrivee, fin_du_contrat(arrivee, mois))
    if semaines < 1:
        raise ValueError("a contract under one week has no trial period")
    par_semaine = ajouter_jours_ouvres(arrivee, semaines)
    if par_semaine < fin_plafond:
        return EssaiPublic(par_semaine, ajouter_jours_ouvres(arrivee, 2 * semaines), plafond, semaines)
    return EssaiPublic(fin_plafond, plafond.fin(arrivee, 2), plafond, None)
