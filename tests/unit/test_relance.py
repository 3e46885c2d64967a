"""The reminder date of ``relance``: the day after the announced date, else the
interview plus the delay, moved to a Tuesday–Thursday that is not a public holiday."""

from __future__ import annotations

import datetime as dt

import pytest
from rattrapage.api import rendre
from rattrapage.ics import deplier
from rattrapage.typographie import ecarts
from rattrapage.widgets.relance import date_de_relance, jours_feries, milieu_de_semaine, paques

from tests.unit.saisies import HOSTILES

D = dt.date.fromisoformat
MARDI_A_JEUDI = (1, 3)  # date.weekday()


@pytest.mark.parametrize(
    ("entretien", "annoncee", "delai", "attendu"),
    [
        # An announced date wins: the day after it.
        ("2026-03-12", "2026-03-17", 7, "2026-03-18"),  # Tue announced → Wed 18
        ("2026-03-12", "2026-03-18", 7, "2026-03-19"),  # Wed announced → Thu 19
        ("2026-03-12", "2026-03-19", 7, "2026-03-24"),  # Thu announced → Friday 20 → Tue 24
        ("2026-03-12", "2026-03-20", 7, "2026-03-24"),  # Fri announced → Saturday 21 → Tue 24
        ("2026-03-12", "2026-03-21", 7, "2026-03-24"),  # Sat announced → Sunday 22 → Tue 24
        ("2026-03-12", "2026-03-22", 7, "2026-03-24"),  # Sun announced → Monday 23 → Tue 24
        ("2026-03-12", "2026-03-23", 7, "2026-03-24"),  # Mon announced → Tuesday 24
        (None, "2026-03-17", 7, "2026-03-18"),  # no interview date needed
        # No announced date: interview + delay.
        ("2026-03-12", None, 7, "2026-03-19"),  # Thu + 7 = Thu 19
        ("2026-03-13", None, 7, "2026-03-24"),  # Fri + 7 = Friday 20 → Tue 24
        ("2026-03-14", None, 7, "2026-03-24"),  # Sat + 7 = Saturday 21 → Tue 24
        ("2026-03-15", None, 7, "2026-03-24"),  # Sun + 7 = Sunday 22 → Tue 24
        ("2026-03-09", None, 7, "2026-03-17"),  # Mon + 7 = Monday 16 → Tue 17
        ("2026-03-12", None, 10, "2026-03-24"),  # Thu + 10 = Sunday 22 → Tue 24
        ("2026-03-12", None, 1, "2026-03-17"),  # Thu + 1 = Friday 13 → Tue 17
        # Month ends.
        ("2026-04-23", None, 7, "2026-04-30"),  # Thu 30 April stays
        ("2026-04-24", None, 7, "2026-05-05"),  # Friday 1 May (holiday too) → Tue 5 May
        ("2026-02-20", "2026-02-28", 7, "2026-03-03"),  # Sat 28 Feb → Sunday 1 March → Tue 3
        ("2028-02-20", "2028-02-28", 7, "2028-02-29"),  # leap year: Tuesday 29 February
        ("2026-01-27", None, 7, "2026-02-03"),  # Tue + 7 = Tue 3 February
        # Year ends.
        ("2026-12-22", None, 7, "2026-12-29"),  # Tue 29 December stays
        ("2026-12-22", None, 10, "2027-01-05"),  # Friday 1 January → Tue 5 January
        ("2026-12-15", "2026-12-31", 7, "2027-01-05"),  # Thu 31 Dec announced → Fri 1 Jan → Tue 5
        ("2027-12-15", "2027-12-24", 7, "2027-12-28"),  # Fri 24 announced → Saturday 25 → Tue 28
        ("2026-12-15", "2026-12-24", 7, "2026-12-29"),  # Thu 24 announced → Friday 25 → Tue 29
        # Public holidays on a mid-week day.
        ("2027-04-29", None, 7, "2027-05-11"),  # Thursday 6 May 2027 is Ascension → Tue 11
        ("2026-07-07", None, 7, "2026-07-15"),  # Tuesday 14 July → Wed 15
        ("2029-04-24", "2029-04-27", 7, "2029-05-02"),  # Sat 28 → Tue 1 May (holiday) → Wed 2
        ("2026-11-04", None, 7, "2026-11-12"),  # Wednesday 11 November → Thu 12
    ],
)
def test_reminder_date(entretien, annoncee, delai, attendu):
    relance = date_de_relance(entretien and D(entretien), annoncee and D(annoncee), delai)
    assert relance is not None
    assert relance.jour == D(attendu)
    assert MARDI_A_JEUDI[0] <= relance.jour.weekday() <= MARDI_A_JEUDI[1]


def test_no_date_no_reminder():
    assert date_de_relance(None, None, 7) is None


@pytest.mark.parametrize(
    ("jour", "attendu"),
    [
        ("2026-03-16", "2026-03-17"),  # Monday → Tuesday
        ("2026-03-17", "2026-03-17"),  # Tuesday stays
        ("2026-03-18", "2026-03-18"),  # Wednesday stays
        ("2026-03-19", "2026-03-19"),  # Thursday stays
        ("2026-03-20", "2026-03-24"),  # Friday → next Tuesday
        ("2026-03-21", "2026-03-24"),  # Saturday → next Tuesday
        ("2026-03-22", "2026-03-24"),  # Sunday → next Tuesday
    ],
)
def test_mid_week(jour, attendu):
    assert milieu_de_semaine(D(jour)) == D(attendu)


@pytest.mark.parametrize(
    ("annee", "dimanche"),
    [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25")],
)
def test_easter(annee, dimanche):
    assert paques(annee) == D(dimanche)


def test_eleven_public_holidays_with_ascension_on_a_thursday():
    feries = jours_feries(2027)
    assert len(feries) == 11
    assert feries[D("2027-05-06")] == "Ascension"
    assert D("2027-05-06").weekday() == 3


@pytest.mark.parametrize(
    ("donnees", "attendus"),
    [
        ({"date_entretien": "2026-03-13"}, ["vendredi", "mardi suivant", "mardi 24"]),
        ({"date_entretien": "2026-03-12", "date_reponse_annoncee": "2026-03-20"}, ["lendemain", "samedi 21"]),
        ({"date_entretien": "2027-04-29"}, ["férié (Ascension)", "mardi 11"]),
        ({"date_entretien": "2026-03-12", "delai_jours": 10}, ["comptez 10"]),
        ({}, ["[date de relance]"]),
    ],
)
def test_the_text_says_why_this_day(donnees, attendus):
    texte = rendre("relance", donnees)["text"].replace("\u00a0", " ")
    for attendu in attendus:
        assert attendu in texte


def test_the_ics_holds_one_event_on_the_reminder_day():
    reponse = rendre("relance", {"date_entretien": "2026-03-13", "entreprise": "Ateliers Lumière"})
    ics = next(f for f in reponse["files"] if f["name"] == "relance-rappel.ics")
    assert ics["mime"] == "text/calendar"
    lignes = deplier(ics["content"])
    assert lignes.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20260324" in lignes
    assert "BEGIN:VALARM" in lignes


def test_without_a_date_there_is_no_ics_but_still_an_eml():
    noms = [f["name"] for f in rendre("relance", {})["files"]]
    assert noms == ["relance.eml"]


@pytest.mark.parametrize(
    ("accord", "civilite", "nom", "attendus"),
    [
        ("feminin", "madame", "Durand", ["Bonjour Madame Durand,", "intéressée"]),
        ("masculin", "monsieur", "", ["Bonjour Monsieur,", "intéressé "]),
        ("neutre", "inconnu", "Durand", ["Madame, Monsieur,", "m’intéressent toujours"]),
    ],
)
def test_greeting_and_agreement(accord, civilite, nom, attendus):
    donnees = {"candidat_accord": accord, "recruteur_civilite": civilite, "recruteur_nom": nom}
    texte = rendre("relance", donnees)["text"]
    for attendu in attendus:
        assert attendu in texte


def test_subject_names_the_position():
    assert rendre("relance", {"poste": "ingénieure qualité"})["subject"] == (
        "Relance – candidature au poste d’ingénieure qualité"
    )


@pytest.mark.parametrize(
    ("point", "attendu"),
    [
        ("mon expérience de la conduite du changement", "apporter à votre équipe mon expérience"),
        ("Mon expérience de la conduite du changement.", "apporter à votre équipe mon expérience"),
        ("J'ai réduit les retards de 15 %", "Pour mémoire, j’ai réduit les retards de 15\u00a0%."),
        ("?", "m’intéressent toujours beaucoup."),
    ],
)
def test_the_strength_to_recall(point, attendu):
    texte = rendre("relance", {"candidat_accord": "neutre", "point_a_rappeler": point})["text"]
    assert attendu in texte
    assert not ecarts(texte)


@pytest.mark.parametrize("hostile", HOSTILES)
def test_odd_inputs_keep_the_typography(hostile):
    donnees = {
        "candidat_nom": hostile,
        "recruteur_nom": hostile,
        "entreprise": hostile,
        "poste": hostile,
        "point_a_rappeler": hostile,
        "date_entretien": "2026-03-12",
        "recruteur_civilite": "madame",
    }
    reponse = rendre("relance", donnees)
    assert not reponse["errors"]
    assert not ecarts(reponse["text"])
    ics = next(f for f in reponse["files"] if f["name"].endswith(".ics"))
    assert deplier(ics["content"]).count("BEGIN:VEVENT") == 1
