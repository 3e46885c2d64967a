"""The trial-period law (L1221-19, L1221-21, L1242-10, L1221-25; for a public
employer's contract agents, décret n° 88-145, art. 4) and its date counting.

Every expected date below was computed by hand, with the reasoning in the
comment: « same date » n months later, minus one day; when that date does not
exist, the last day of the target month (see the module docstring).
"""

from __future__ import annotations

import datetime as dt

import pytest
from rattrapage.periode_essai import (
    DEUX_SEMAINES,
    QUARANTE_HUIT_HEURES,
    UN_MOIS,
    VINGT_QUATRE_HEURES,
    decaler_mois,
    delai_de_prevenance,
    dernier_jour_pour_prevenir,
    duree_maximale_cdi,
    essai_public,
    fin_apres_jours,
    fin_apres_mois,
    fin_du_contrat,
    fin_essai_cdd,
    fin_essai_cdi,
    plafond_public,
    prevenance_obligatoire,
    semaines_de_contrat,
)

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("categorie", "initiale", "renouvelee"),
    [
        ("employe", 2, 4),  # L1221-19 / L1221-21: ouvriers et employés
        ("technicien", 3, 6),  # agents de maîtrise et techniciens
        ("cadre", 4, 8),  # cadres
        ("inconnue", 4, 8),  # unknown: the longest, so a reminder never comes too early
    ],
)
def test_cdi_maximum_lengths_follow_the_code_du_travail(categorie, initiale, renouvelee):
    assert duree_maximale_cdi(categorie) == initiale
    assert duree_maximale_cdi(categorie, renouvelee=True) == renouvelee


@pytest.mark.parametrize(
    ("debut", "mois", "fin"),
    [
        ("2026-03-15", 1, "2026-04-14"),  # the guide's example: eve of 15 April
        ("2026-03-01", 1, "2026-03-31"),  # eve of 1 April: the whole month of March
        ("2026-12-15", 1, "2027-01-14"),  # across the year end
        ("2026-12-01", 1, "2026-12-31"),  # eve of 1 January is still in the year
        ("2026-01-31", 1, "2026-02-28"),  # no 31 February: last day of February
        ("2026-01-30", 1, "2026-02-28"),  # no 30 February either
        ("2026-01-29", 1, "2026-02-28"),  # no 29 February in 2026
        ("2026-01-28", 1, "2026-02-27"),  # 28 February exists: its eve
        ("2028-01-31", 1, "2028-02-29"),  # leap year: no 31 February, last day is the 29th
        ("2028-01-29", 1, "2028-02-28"),  # leap year: 29 February exists, its eve
        ("2028-02-29", 1, "2028-03-28"),  # starts on a 29 February: eve of 29 March
        ("2028-02-29", 12, "2029-02-28"),  # no 29 February in 2029: last day of February
        ("2026-08-31", 1, "2026-09-30"),  # no 31 September
        ("2026-08-31", 2, "2026-10-30"),  # 31 October exists: its eve
    ],
)
def test_a_period_in_months_ends_on_the_eve_of_the_same_date(debut, mois, fin):
    assert fin_apres_mois(D(debut), mois) == D(fin)


@pytest.mark.parametrize(
    ("debut", "categorie", "renouvelee", "fin"),
    [
        # Mid-month start, each category, initial and renewed.
        ("2026-03-15", "employe", False, "2026-05-14"),  # 2 months: eve of 15 May
        ("2026-03-15", "technicien", False, "2026-06-14"),  # 3 months: eve of 15 June
        ("2026-03-15", "cadre", False, "2026-07-14"),  # 4 months: eve of 15 July
        ("2026-03-15", "employe", True, "2026-07-14"),  # 4 months in all
        ("2026-03-15", "technicien", True, "2026-09-14"),  # 6 months in all
        ("2026-03-15", "cadre", True, "2026-11-14"),  # 8 months in all
        # 31 January.
        ("2026-01-31", "employe", False, "2026-03-30"),  # 31 March exists: 30 March
        ("2026-01-31", "technicien", False, "2026-04-30"),  # no 31 April: 30 April
        ("2026-01-31", "cadre", False, "2026-05-30"),  # 31 May exists: 30 May
        ("2026-01-31", "technicien", True, "2026-07-30"),  # 31 July exists: 30 July
        # 30 November.
        ("2026-11-30", "employe", False, "2027-01-29"),  # 30 January 2027: its eve
        ("2026-11-30", "technicien", False, "2027-02-28"),  # no 30 February: 28 February
        ("2026-11-30", "cadre", True, "2027-07-29"),  # 30 July 2027: its eve
        # 31 August.
        ("2026-08-31", "employe", False, "2026-10-30"),  # 31 October exists: 30 October
        ("2026-08-31", "technicien", False, "2026-11-30"),  # no 31 November: 30 November
        ("2026-08-31", "employe", True, "2026-12-30"),  # 31 December exists: 30 December
        ("2026-08-31", "technicien", True, "2027-02-28"),  # no 31 February 2027: 28 February
        ("2026-08-31", "cadre", True, "2027-04-30"),  # no 31 April: 30 April
        # Leap years.
        ("2027-12-29", "employe", False, "2028-02-28"),  # 29 February 2028 exists: its eve
        ("2028-02-29", "employe", False, "2028-04-28"),  # 29 April: its eve
        ("2028-02-29", "cadre", True, "2028-10-28"),  # 29 October: its eve
        ("2027-10-31", "cadre", False, "2028-02-29"),  # no 31 February 2028: the 29th
        ("2028-01-31", "technicien", False, "2028-04-30"),  # no 31 April: 30 April
    ],
)
def test_end_of_a_cdi_trial_period(debut, categorie, renouvelee, fin):
    assert fin_essai_cdi(D(debut), categorie, renouvelee=renouvelee) == D(fin)


@pytest.mark.parametrize(
    ("debut", "fin_contrat", "fin"),
    [
        # From Monday 2 March 2026.
        ("2026-03-02", "2026-03-08", "2026-03-02"),  # 1 week → 1 day: the first day only
        ("2026-03-02", "2026-03-22", "2026-03-04"),  # 3 weeks (21 days) → 3 days
        ("2026-03-02", "2026-05-01", "2026-03-09"),  # 2 months (61 days, 8 weeks) → 8 days
        ("2026-03-02", "2026-09-01", "2026-03-15"),  # 6 months (26 weeks) → capped at 14 days
        ("2026-03-02", "2026-09-02", "2026-03-27"),  # 6 months + 1 day: 26 weeks → 26 days, under 1 month
        ("2026-03-02", "2026-11-01", "2026-04-01"),  # 8 months (35 weeks) → capped at one month
        ("2026-03-02", "2027-09-01", "2026-04-01"),  # 18 months → capped at one month
        # The one-month cap is shorter than 30 days in February…
        ("2026-02-01", "2026-08-31", "2026-02-28"),  # 7 months (30 weeks): 30 days > February
        # …and longer than 30 days in March.
        ("2026-03-01", "2026-09-30", "2026-03-30"),  # 7 months (30 weeks): 30 days < 1 month
        ("2026-02-01", "2026-04-30", "2026-02-12"),  # 3 months from February: 89 days, 12 weeks
    ],
)
def test_end_of_a_cdd_trial_period(debut, fin_contrat, fin):
    assert fin_essai_cdd(D(debut), D(fin_contrat)) == D(fin)


def test_a_contract_under_one_week_has_no_trial_period():
    with pytest.raises(ValueError):
        fin_essai_cdd(D("2026-03-02"), D("2026-03-07"))


@pytest.mark.parametrize(
    ("debut", "mois", "fin"),
    [
        ("2026-03-02", 2, "2026-05-01"),
        ("2026-03-02", 6, "2026-09-01"),
        ("2026-01-31", 1, "2026-02-28"),
        ("2026-03-02", 1.5, "2026-04-16"),  # one month (to 1 April) + 15 days
        ("2026-03-02", 0.5, "2026-03-16"),  # 15 days
    ],
)
def test_end_of_a_fixed_term_contract(debut, mois, fin):
    assert fin_du_contrat(D(debut), mois) == D(fin)


@pytest.mark.parametrize(
    ("debut", "fin_contrat", "semaines"),
    [("2026-03-02", "2026-03-08", 1), ("2026-03-02", "2026-03-14", 1), ("2026-03-02", "2026-03-15", 2)],
)
def test_weeks_of_contract_are_whole_weeks(debut, fin_contrat, semaines):
    assert semaines_de_contrat(D(debut), D(fin_contrat)) == semaines


def test_days_count_the_first_day():
    assert fin_apres_jours(D("2026-03-02"), 1) == D("2026-03-02")
    assert fin_apres_jours(D("2026-03-02"), 14) == D("2026-03-15")


@pytest.mark.parametrize(
    ("jour", "mois", "attendu"),
    [
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-09-03", -1, "2026-08-03"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2028-03-30", -1, "2028-02-29"),
        ("2026-01-31", 1, "2026-02-28"),
    ],
)
def test_shifting_by_months_keeps_the_day_or_the_month_end(jour, mois, attendu):
    assert decaler_mois(D(jour), mois) == D(attendu)


@pytest.mark.parametrize(
    ("notification", "delai"),
    [
        ("2026-05-04", VINGT_QUATRE_HEURES),  # first day
        ("2026-05-10", VINGT_QUATRE_HEURES),  # 7 days of presence
        ("2026-05-11", QUARANTE_HUIT_HEURES),  # 8 days
        ("2026-06-03", QUARANTE_HUIT_HEURES),  # exactly one month (4 May → 3 June)
        ("2026-06-04", DEUX_SEMAINES),  # after one month
        ("2026-08-03", DEUX_SEMAINES),  # exactly three months
        ("2026-08-04", UN_MOIS),  # after three months
    ],
)
def test_notice_grows_with_presence(notification, delai):
    assert delai_de_prevenance(D("2026-05-04"), D(notification)) == delai


@pytest.mark.parametrize(
    ("arrivee", "fin_essai", "annonce"),
    [
        # Cadre, 4 months: from 4 August the notice is a month and would run past
        # 3 September; on 3 August (three months exactly) two weeks suffice.
        ("2026-05-04", "2026-09-03", "2026-08-03"),
        # Employé, 2 months: two weeks' notice, 3 July − 14 days.
        ("2026-05-04", "2026-07-03", "2026-06-19"),
        # Technicien, 3 months: at most three months of presence, two weeks.
        ("2026-05-04", "2026-08-03", "2026-07-20"),
        # Cadre renewed, 8 months: one month's notice, 3 January − 1 month.
        ("2026-05-04", "2027-01-03", "2026-12-03"),
        # CDD, 8-day trial: on day 8 the notice is 48 hours (too late), on day 7 it is 24.
        ("2026-03-02", "2026-03-09", "2026-03-08"),
        # CDD, 14-day trial: 48 hours before the end.
        ("2026-03-02", "2026-03-15", "2026-03-13"),
        # CDD, 3-day trial: under one week, no notice is owed.
        ("2026-03-02", "2026-03-04", "2026-03-04"),
    ],
)
def test_last_day_to_announce_the_end_with_full_notice(arrivee, fin_essai, annonce):
    assert dernier_jour_pour_prevenir(D(arrivee), D(fin_essai)) == D(annonce)


def test_notice_is_owed_from_a_one_week_trial():
    assert not prevenance_obligatoire(D("2026-03-02"), D("2026-03-07"))
    assert prevenance_obligatoire(D("2026-03-02"), D("2026-03-08"))


@pytest.mark.parametrize("mois", [0, -1])
def test_periods_need_a_positive_length(mois):
    with pytest.raises(ValueError):
        fin_apres_mois(D("2026-03-02"), mois)
    with pytest.raises(ValueError):
        fin_apres_jours(D("2026-03-02"), mois)


# --- Contract agents of a public employer (décret n° 88-145, art. 4) ----------


@pytest.mark.parametrize(
    ("mois", "plafond"),
    [
        (1, "trois semaines"),
        (5.5, "trois semaines"),
        (6, "un mois"),  # « moins de six mois » excludes six
        (11, "un mois"),
        (12, "deux mois"),  # « moins d’un an » excludes a year
        (23, "deux mois"),
        (24, "trois mois"),
        (36, "trois mois"),
        (None, "trois mois"),  # CDI
    ],
)
def test_public_caps_follow_the_contract_length(mois, plafond):
    assert plafond_public(mois).libelle == plafond


@pytest.mark.parametrize(
    ("debut", "mois", "fin", "fin_renouvelee", "jours_ouvres"),
    [
        # 12 months: 52 working days would exceed the cap of two months (under two years).
        ("2027-01-04", 12, "2027-03-03", "2027-05-03", None),
        # 3 months from Monday 4 January 2027: 89 days, 12 whole weeks → 12 working days, 24 renewed.
        ("2027-01-04", 3, "2027-01-19", "2027-02-04", 12),
        # 2 months from Monday 26 April 2027: 8 weeks → 8 working days (Wednesday 5 May); renewed, 16 working
        # days skip Ascension (Thursday 6 May) and Whit Monday (17 May): Wednesday 19 May.
        ("2027-04-26", 2, "2027-05-05", "2027-05-19", 8),
        # 5 months: 21 weeks → 21 working days exceed three weeks: the cap, 21 calendar days.
        ("2027-01-04", 5, "2027-01-24", "2027-02-14", None),
        # 8 months: 34 weeks → 34 working days exceed one month.
        ("2027-01-04", 8, "2027-02-03", "2027-03-03", None),
        # A CDI: three months, six renewed.
        ("2027-01-04", None, "2027-04-03", "2027-07-03", None),
    ],
)
def test_end_of_a_public_trial_period(debut, mois, fin, fin_renouvelee, jours_ouvres):
    essai = essai_public(D(debut), mois)
    assert (essai.fin, essai.fin_renouvelee, essai.jours_ouvres) == (D(fin), D(fin_renouvelee), jours_ouvres)
