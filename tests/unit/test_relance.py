"""The reminder date of ``relance``: two days after the announced date, else the
interview plus the delay, moved to a Tuesday–Thursday that is a working day outside
the year-end truce; the calendar it relies on (:mod:`rattrapage.calendrier`); the
message, long and short; and the page that states the same rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rattrapage.api import rendre
from rattrapage.calendrier import (
    TREVE,
    VOEUX,
    ajouter_jours_ouvres,
    apres_la_treve,
    bon_jour_d_envoi,
    dans_la_treve,
    en_lettres_pour,
    est_ouvre,
    jour_d_envoi,
    jour_d_envoi_proche,
    jour_ouvre_precedent,
    jour_ouvre_suivant,
    jours_feries,
    milieu_de_semaine,
    ouvre_hors_treve,
    paques,
    voeux,
    voeux_d_abord,
)
from rattrapage.ics import deplier
from rattrapage.nombres import en_toutes_lettres
from rattrapage.typographie import ecarts, franciser
from rattrapage.widgets._courriel import LIMITE_COURT
from rattrapage.widgets.relance import (
    DELAI,
    DELAI_USAGE,
    JOURS_APRES_DATE_ANNONCEE,
    JOURS_AVANT_SECONDE_RELANCE,
    NOM_ICS,
    USAGE_SANS_DATE,
    date_de_relance,
    en_jours,
)

from tests.golden_files import RACINE, entree
from tests.unit.saisies import HOSTILES

D = dt.date.fromisoformat
MARDI_A_JEUDI = (1, 3)  # date.weekday()


@pytest.mark.parametrize(
    ("entretien", "annoncee", "delai", "attendu"),
    [
        # An announced date wins: two days after it.
        ("2026-03-12", "2026-03-17", 7, "2026-03-19"),  # Tue announced → Thu 19
        ("2026-03-12", "2026-03-18", 7, "2026-03-24"),  # Wed announced → Friday 20 → Tue 24
        ("2026-03-12", "2026-03-19", 7, "2026-03-24"),  # Thu announced → Saturday 21 → Tue 24
        ("2026-03-12", "2026-03-20", 7, "2026-03-24"),  # Fri announced → Sunday 22 → Tue 24
        ("2026-03-12", "2026-03-21", 7, "2026-03-24"),  # Sat announced → Monday 23 → Tue 24
        ("2026-03-12", "2026-03-22", 7, "2026-03-24"),  # Sun announced → Tuesday 24
        ("2026-03-12", "2026-03-23", 7, "2026-03-25"),  # Mon announced → Wednesday 25
        (None, "2026-03-17", 7, "2026-03-19"),  # no interview date needed
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
        ("2026-02-20", "2026-02-28", 7, "2026-03-03"),  # Sat 28 Feb → Monday 2 March → Tue 3
        ("2028-02-20", "2028-02-27", 7, "2028-02-29"),  # leap year: Sun 27 → Tuesday 29 February
        ("2026-01-27", None, 7, "2026-02-03"),  # Tue + 7 = Tue 3 February
        # Year ends: nothing from 24 December to 1 January.
        ("2026-12-18", None, 5, "2026-12-23"),  # Wed 23 December, the eve of the truce, stays
        ("2026-12-15", "2026-12-21", 7, "2026-12-23"),  # Mon 21 announced → Wed 23 stays
        ("2026-12-22", None, 7, "2027-01-05"),  # Tue 29 December → truce → Mon 4 → Tue 5 January
        ("2026-12-22", None, 10, "2027-01-05"),  # Friday 1 January → truce → Tue 5 January
        ("2026-12-15", "2026-12-31", 7, "2027-01-05"),  # Thu 31 Dec announced → Sat 2 Jan → Tue 5
        ("2027-12-15", "2027-12-24", 7, "2028-01-04"),  # → Sunday 26 → truce → Mon 3 → Tue 4 January
        ("2026-12-15", "2026-12-24", 7, "2027-01-05"),  # → Saturday 26 → truce → Tue 5 January
        ("2024-12-16", "2024-12-26", 7, "2025-01-02"),  # → Sat 28 → truce → Thursday 2 January stays
        ("2028-12-18", "2028-12-28", 7, "2029-01-02"),  # → Sat 30 → truce → Tuesday 2 January stays
        ("2024-12-13", None, 7, "2025-01-02"),  # Friday 20 → Tuesday 24, in the truce → Thu 2 January
        # Public holidays on a mid-week day.
        ("2027-04-29", None, 7, "2027-05-11"),  # Thursday 6 May 2027 is Ascension → Tue 11
        ("2026-07-07", None, 7, "2026-07-15"),  # Tuesday 14 July → Wed 15
        ("2029-04-24", "2029-04-27", 7, "2029-05-02"),  # Sun 29 → Tue 1 May (holiday) → Wed 2
        ("2026-11-04", None, 7, "2026-11-12"),  # Wednesday 11 November → Thu 12
    ],
)
def test_reminder_date(entretien, annoncee, delai, attendu):
    relance = date_de_relance(entretien and D(entretien), annoncee and D(annoncee), delai)
    assert relance is not None
    assert relance.jour == D(attendu)
    assert MARDI_A_JEUDI[0] <= relance.jour.weekday() <= MARDI_A_JEUDI[1]
    assert est_ouvre(relance.jour) and not dans_la_treve(relance.jour)


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


# --- The shared calendar (rattrapage.calendrier) -----------------------------


@pytest.mark.parametrize(
    ("jour", "ouvre"),
    [
        ("2027-01-01", False),  # Friday, jour de l’An
        ("2027-01-02", False),  # Saturday
        ("2027-01-04", True),  # Monday
        ("2027-05-06", False),  # Thursday, Ascension
        ("2026-04-06", False),  # lundi de Pâques
        ("2026-12-24", True),  # a working day, though in the truce
    ],
)
def test_working_days(jour, ouvre):
    assert est_ouvre(D(jour)) is ouvre


@pytest.mark.parametrize(
    ("jour", "suivant", "precedent"),
    [
        ("2027-01-01", "2027-01-04", "2026-12-31"),  # holiday on a Friday
        ("2026-05-01", "2026-05-04", "2026-04-30"),  # Friday 1 May
        ("2026-03-18", "2026-03-18", "2026-03-18"),  # a working day stays
        ("2026-12-26", "2026-12-28", "2026-12-24"),  # Saturday after Christmas
    ],
)
def test_next_and_previous_working_day(jour, suivant, precedent):
    assert jour_ouvre_suivant(D(jour)) == D(suivant)
    assert jour_ouvre_precedent(D(jour)) == D(precedent)


@pytest.mark.parametrize(
    ("jour", "dedans"),
    [("2026-12-23", False), ("2026-12-24", True), ("2026-12-31", True), ("2027-01-01", True), ("2027-01-02", False)],
)
def test_the_truce_runs_from_24_december_to_1_january(jour, dedans):
    assert dans_la_treve(D(jour)) is dedans


@pytest.mark.parametrize(
    ("jour", "apres"),
    [
        ("2026-12-24", "2027-01-04"),  # 2 January 2027 is a Saturday → Monday 4
        ("2027-01-01", "2027-01-04"),
        ("2024-12-28", "2025-01-02"),  # 2 January 2025 is a Thursday: it is the day
        ("2027-12-30", "2028-01-03"),  # 2 January 2028 is a Sunday → Monday 3
    ],
)
def test_after_the_truce_comes_the_first_working_day(jour, apres):
    assert apres_la_treve(D(jour)) == D(apres)


def test_working_days_are_counted_from_the_first_one():
    assert ajouter_jours_ouvres(D("2027-01-04"), 1) == D("2027-01-04")
    assert ajouter_jours_ouvres(D("2027-01-04"), 12) == D("2027-01-19")
    assert ajouter_jours_ouvres(D("2027-01-01"), 1) == D("2027-01-04")  # a holiday does not count
    assert ajouter_jours_ouvres(D("2027-05-03"), 5) == D("2027-05-10")  # Ascension skipped


def test_every_computed_day_of_two_years_gives_the_first_good_day_from_it():
    jour = D("2026-01-01")
    while jour.year < 2028:
        relance = date_de_relance(None, jour - dt.timedelta(days=JOURS_APRES_DATE_ANNONCEE), 7)
        assert relance is not None and relance.calcul == jour
        conseille = relance.jour
        assert 1 <= conseille.weekday() <= 3 and est_ouvre(conseille) and not dans_la_treve(conseille)
        entre = (jour + dt.timedelta(days=n) for n in range((conseille - jour).days))
        assert not any(1 <= j.weekday() <= 3 and est_ouvre(j) and not dans_la_treve(j) for j in entre)
        jour += dt.timedelta(days=1)


# --- The text ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("donnees", "attendus"),
    [
        ({"date_entretien": "2026-03-13"}, ["vendredi", "mardi suivant", "mardi 24"]),
        (
            {"date_entretien": "2026-03-12", "date_reponse_annoncee": "2026-03-20"},
            ["deux jours de marge", "dimanche 22", "mardi 24"],
        ),
        ({"date_entretien": "2027-04-29"}, ["férié (Ascension)", "mardi 11"]),
        ({"date_entretien": "2026-03-09"}, ["lundi 16 mars. Mieux vaut attendre le lendemain", "mardi 17"]),
        ({"date_entretien": "2026-03-12", "delai_jours": 10}, ["comptez 10"]),
        ({"date_entretien": "2026-03-12", "delai_jours": 3}, ["comptez 3", "C’est tôt", "une semaine à dix jours"]),
        (
            {"date_entretien": "2026-11-24", "date_reponse_annoncee": "2026-12-25"},
            [
                "dimanche 27 décembre",
                "tombe pendant les fêtes, du 24 décembre au 1ᵉʳ janvier",
                "relancez plutôt après les fêtes, le mardi 5 janvier",
            ],
        ),
        (
            {"date_entretien": "2024-12-13"},
            ["vendredi 20 décembre. Le milieu de la semaine suivante tombe pendant les fêtes", "jeudi 2 janvier"],
        ),
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
        ("feminin", "madame", "Durand", ["Bonjour Madame Durand,", "je reste convaincue que"]),
        ("masculin", "monsieur", "", ["Bonjour Monsieur,", "je reste convaincu que"]),
        ("neutre", "inconnu", "Durand", ["Madame, Monsieur,", "j’ai la conviction que"]),
    ],
)
def test_greeting_and_agreement(accord, civilite, nom, attendus):
    donnees = {"candidat_accord": accord, "recruteur_civilite": civilite, "recruteur_nom": nom}
    texte = rendre("relance", {**donnees, "point_a_rappeler": "mon expérience du terrain"})["text"]
    for attendu in attendus:
        assert attendu.lower() in texte.lower()
    # The interest restated needs no agreement: it qualifies the position.
    seul = rendre("relance", donnees)["text"]
    assert "pour le poste de [intitulé du poste], qui m’intéresse toujours beaucoup." in seul and "Ce poste" not in seul


@pytest.mark.parametrize(
    ("date_entretien", "objet"),
    [
        ("", "Suite à notre entretien – poste d’ingénieure qualité"),
        ("2026-03-12", "Suite à notre entretien du 12\u00a0mars – poste d’ingénieure qualité"),
        # Sent on Tuesday 5 January 2027: the interview's year is named.
        ("2026-12-22", "Suite à notre entretien du 22\u00a0décembre 2026 – poste d’ingénieure qualité"),
    ],
)
def test_subject_names_the_interview_and_the_position(date_entretien, objet):
    reponse = rendre("relance", {"poste": "ingénieure qualité", "date_entretien": date_entretien})
    assert reponse["subject"] == objet
    # Just above the greeting, where the e-mail starts, not above the plan.
    assert reponse["text"].split("Votre message\n\n", 1)[1].startswith(f"Objet\u00a0: {objet}\n\nMadame, Monsieur,")


@pytest.mark.parametrize(
    ("point", "attendu"),
    [
        (
            "mon expérience de la conduite du changement",
            "qui m’intéresse toujours beaucoup. J’ai la conviction que mon expérience de la conduite du changement "
            "vous serait utile.",
        ),
        ("Mon expérience de la conduite du changement.", "que mon expérience de la conduite du changement vous serait"),
        ("mes six ans de vente en boutique", "que mes six ans de vente en boutique vous seraient utiles."),
        ("la gestion de projet et la relation client", "et la relation client vous seraient utiles."),
        ("la gestion des stocks et des flux", "la gestion des stocks et des flux vous serait utile."),
        ("maîtrise de SAP", "J’ai la conviction de pouvoir vous être utile\u00a0: maîtrise de SAP."),
        ("J'ai réduit les retards de 15 %", "Pour mémoire, j’ai réduit les retards de 15\u00a0%."),
        ("?", "qui m’intéresse toujours beaucoup.\n"),
        (
            "Pourquoi voulez-vous quitter votre poste ?",
            "Pour mémoire, nous avions évoqué cette question\u00a0: «\u00a0Pourquoi voulez-vous quitter",
        ),
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


def test_the_message_does_not_name_the_company_to_its_own_recruiter():
    donnees = {"entreprise": "Mairie de Lyon", "poste": "Chargé·e de communication", "candidat_accord": "feminin"}
    reponse = rendre("relance", {**donnees, "date_entretien": "2026-03-12"})
    message = reponse["text"].split("Votre message\n\n", 1)[1]
    assert "Lyon" not in message and "chez" not in message
    assert "poste de chargée de communication" in message
    ics = next(f for f in reponse["files"] if f["name"] == NOM_ICS)
    assert "SUMMARY:Relancer la mairie de Lyon – poste de chargée de communication" in deplier(ics["content"])


# --- Dates in an impossible order ---------------------------------------------


def test_an_announced_date_before_the_interview_is_refused():
    reponse = rendre("relance", {"date_entretien": "2026-03-12", "date_reponse_annoncee": "2026-03-10"})
    assert set(reponse["errors"]) == {"date_reponse_annoncee"}
    assert "précède la date de l’entretien" in reponse["errors"]["date_reponse_annoncee"]
    assert not rendre("relance", {"date_entretien": "2026-03-12", "date_reponse_annoncee": "2026-03-12"})["errors"]


# --- The short format -----------------------------------------------------------


def _personas():
    return sorted((RACINE / "relance").glob("persona-*.json"))


@pytest.mark.parametrize("chemin", _personas(), ids=lambda c: c.stem)
def test_the_short_message_fits_a_linkedin_note(chemin):
    reponse = rendre("relance", {**entree(chemin), "forme": "court"})
    assert not reponse["errors"]
    message = reponse["text"].split("Votre message\n\n", 1)[1]
    assert len(message) <= LIMITE_COURT, message
    assert reponse["subject"] is None
    noms = [f["name"] for f in reponse["files"]]
    assert noms == [NOM_ICS]  # the reminder stays, no .eml without a subject
    assert "Objet" not in next(f for f in reponse["files"] if f["name"] == NOM_ICS)["content"]
    assert "?" in message and entree(chemin)["candidat_nom"] in message


def test_the_short_message_keeps_the_strength_when_it_fits():
    donnees = {"date_entretien": "2026-03-12", "poste": "comptable", "candidat_nom": "Léa Roy", "forme": "court"}
    court = rendre("relance", {**donnees, "point_a_rappeler": "ma maîtrise de SAP"})["text"]
    assert "convaincue" not in court and "J’ai la conviction que ma maîtrise de SAP vous serait utile." in court
    feminin = rendre("relance", {**donnees, "point_a_rappeler": "ma maîtrise de SAP", "candidat_accord": "feminin"})
    assert "Je reste convaincue que ma maîtrise de SAP vous serait utile." in feminin["text"]
    long = rendre("relance", {**donnees, "point_a_rappeler": "x" * 200})["text"]
    assert "x" * 200 not in long and len(long.split("Votre message\n\n", 1)[1]) <= LIMITE_COURT


# --- One timing rule, stated in Python, quoted by the page ----------------------------


def test_the_page_states_the_timing_rule_of_the_widget():
    page = (Path(__file__).resolve().parents[2] / "docs" / "relancer-repondre-refus.md").read_text(encoding="utf-8")
    relance = page.split("## Répondre à un refus", 1)[0]
    assert f"{en_jours(JOURS_APRES_DATE_ANNONCEE)} après cette date" in relance
    assert USAGE_SANS_DATE == "une semaine à dix jours"
    assert f"après {USAGE_SANS_DATE}" in relance
    assert f"{en_jours(JOURS_AVANT_SECONDE_RELANCE)} plus tard" in relance
    assert TREVE in relance
    assert "du mardi au jeudi" in relance
    assert f"{LIMITE_COURT}\u00a0caractères" in relance
    assert DELAI.defaut == DELAI_USAGE[0]
    assert en_toutes_lettres(2) == "deux" and en_jours(7) == "une semaine" and en_jours(10) == "dix jours"


# --- The message, as the recruiter reads it ---------------------------------------


def _message(reponse):
    return reponse["text"].split("Votre message\n\n", 1)[1]


def test_the_message_names_the_interview_without_weekday_nor_year_the_same_year():
    message = _message(rendre("relance", {"date_entretien": "2026-11-23", "poste": "responsable logistique"}))
    assert (
        "Je me permets de reprendre contact avec vous à la suite de notre entretien du 23\u00a0novembre pour" in message
    )
    assert "lundi" not in message and "2026" not in message and "revenir vers" not in message
    janvier = _message(rendre("relance", {"date_entretien": "2026-12-22"}))  # sent on Tuesday 5 January 2027
    assert "notre entretien du 22\u00a0décembre 2026 pour" in janvier


@pytest.mark.parametrize("forme", ["email", "court"])
def test_the_announced_date_is_recalled_without_reproach(forme):
    donnees = {"date_entretien": "2026-11-23", "date_reponse_annoncee": "2026-11-30", "forme": forme}
    message = _message(rendre("relance", donnees))
    assert "Vous m’aviez annoncé une réponse vers le 30\u00a0novembre\u00a0:" in message
    assert "pensiez" not in message
    # « retour » once at most (the short note thanks « pour votre retour »), never twice.
    assert message.count("retour") <= (1 if forme == "court" else 0)
    if forme == "email":
        assert "où en est votre réflexion\u202f? Je vous en remercie par avance." in message


@pytest.mark.parametrize("forme", ["email", "court"])
def test_an_answer_announced_for_christmas_reads_before_the_holidays_and_the_plan_flags_it(forme):
    reponse = rendre("relance", {"date_entretien": "2026-11-24", "date_reponse_annoncee": "2026-12-25", "forme": forme})
    message = _message(reponse)
    assert "Vous m’aviez annoncé une réponse pour la fin de l’année\u00a0:" in message
    assert "25" not in message
    plan = reponse["text"].split("Votre message", 1)[0]
    assert "Une réponse annoncée pour le jour de Noël surprend\u00a0: vérifiez cette date." in plan
    ordinaire = rendre("relance", {"date_entretien": "2026-11-24", "date_reponse_annoncee": "2026-12-22"})["text"]
    assert "vérifiez cette date" not in ordinaire and "vers le 22\u00a0décembre" in ordinaire


def test_the_plan_names_the_recruiter():
    donnees = {"date_entretien": "2026-11-23", "date_reponse_annoncee": "2026-11-30"}
    assert (
        "M.\u00a0Lefèvre vous a annoncé une réponse"
        in rendre("relance", {**donnees, "recruteur_civilite": "monsieur", "recruteur_nom": "Lefèvre"})["text"]
    )
    assert "La personne qui recrute vous a annoncé une réponse" in rendre("relance", donnees)["text"]


def test_a_message_sent_in_january_opens_with_the_season_wishes():
    janvier = _message(rendre("relance", {"date_entretien": "2026-12-22"}))  # Tuesday 5 January 2027
    assert janvier.split("\n\n", 1)[1].startswith(
        "Madame, Monsieur,\n\nPermettez-moi tout d’abord de vous adresser mes meilleurs vœux pour 2027. Je reprends contact "
        "avec vous à la suite de notre entretien du 22\u00a0décembre 2026"
    )
    assert janvier == franciser(janvier) and janvier.count("vœux") == 1 and "permets" not in janvier
    assert voeux_d_abord(D("2027-01-05")) in janvier
    assert "vœux" not in _message(rendre("relance", {"date_entretien": "2026-11-23"}))
    court = _message(rendre("relance", {"date_entretien": "2026-12-22", "forme": "court", "poste": "comptable"}))
    assert court.startswith("Bonjour,\nMeilleurs vœux pour 2027\u202f! Je reprends contact")
    assert len(court) <= LIMITE_COURT


def test_the_short_question_without_a_date():
    message = _message(rendre("relance", {"date_entretien": "2026-11-23", "forme": "court"}))
    assert "Pourriez-vous me dire où en est le recrutement\u202f?" in message


# --- The day to send, shared with the challenger ---------------------------------------


@pytest.mark.parametrize(
    ("vise", "pas_avant", "attendu"),
    [
        ("2026-03-18", None, "2026-03-18"),  # a Wednesday stays
        ("2026-03-20", None, "2026-03-19"),  # Friday → the Thursday before
        ("2026-03-23", None, "2026-03-19"),  # Monday → the Thursday before
        ("2026-03-23", "2026-03-20", "2026-03-24"),  # … unless that precedes the bound: Tuesday after
        ("2027-05-10", None, "2027-05-05"),  # Monday after Ascension Thursday → Wednesday 5
        ("2026-12-28", None, "2027-01-05"),  # in the truce: after it
        ("2027-01-04", None, "2027-01-05"),  # the week before is the truce: after it
    ],
)
def test_the_day_to_send_before_a_deadline(vise, pas_avant, attendu):
    assert jour_d_envoi_proche(D(vise), pas_avant=pas_avant and D(pas_avant)) == D(attendu)
    assert bon_jour_d_envoi(D(attendu))


def test_the_day_to_send_after_a_date_is_the_reminder_rule():
    jour = D("2026-01-01")
    while jour.year < 2028:
        envoi = jour_d_envoi(jour)
        assert bon_jour_d_envoi(envoi.jour) and envoi.jour >= jour
        assert envoi.jour == date_de_relance(None, jour - dt.timedelta(days=JOURS_APRES_DATE_ANNONCEE), 7).jour
        jour += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("jour", "attendu"),
    [("2027-02-14", "2027-02-15"), ("2026-12-25", "2027-01-04"), ("2026-03-18", "2026-03-18")],
)
def test_a_period_ends_on_a_working_day_outside_the_truce(jour, attendu):
    assert ouvre_hors_treve(D(jour)) == D(attendu)


def test_a_date_as_a_message_names_it():
    assert en_lettres_pour(D("2026-11-23"), D("2026-12-02")) == "23\u00a0novembre"
    assert en_lettres_pour(D("2026-11-23"), D("2027-01-05")) == "23\u00a0novembre 2026"
    assert en_lettres_pour(D("2026-11-23"), None) == "23\u00a0novembre 2026"
    assert jours_feries(2027)[D("2027-01-01")] == "jour de l’An"
    assert voeux(D("2027-01-31")) == VOEUX and voeux(D("2027-02-01")) == "" and voeux(None) == ""
    assert voeux_d_abord(D("2027-01-31")) == "Permettez-moi tout d’abord de vous adresser mes meilleurs vœux pour 2027."
    assert voeux_d_abord(D("2027-01-05"), court=True) == "Meilleurs vœux pour 2027 !"
    assert voeux_d_abord(D("2027-02-01")) == "" and voeux_d_abord(None, court=True) == ""
