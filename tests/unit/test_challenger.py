"""The runner-up planner: arrival estimate, contact windows, reminders and message."""

from __future__ import annotations

import datetime as dt

import pytest
from rattrapage.api import rendre
from rattrapage.ics import deplier
from rattrapage.typographie import ecarts
from rattrapage.widgets.challenger import estimer_arrivee, fenetre_de_contact

from tests.unit.saisies import HOSTILES

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("embauche", "refus", "preavis", "attendu"),
    [
        ("2026-06-15", "2026-06-02", 4, "2026-06-15"),  # a known date wins
        ("2026-05-01", "2026-06-02", 4, "2026-05-01"),  # even before the refusal: rendered as typed
        (None, "2026-04-06", 4, "2026-05-04"),  # refusal + 4 weeks
        (None, "2026-04-06", None, "2026-05-04"),  # empty notice: the default 4 weeks
        (None, "2026-04-06", 0, "2026-04-06"),  # free at once
        (None, "2026-04-06", 13, "2026-07-06"),  # a cadre's three months, about 13 weeks
        (None, "2026-04-06", 1.5, "2026-04-16"),  # 10.5 days, rounded to 10
        (None, None, 4, None),  # nothing to estimate from
    ],
)
def test_arrival_estimate(embauche, refus, preavis, attendu):
    arrivee = estimer_arrivee(embauche and D(embauche), refus and D(refus), preavis)
    assert arrivee == (attendu and D(attendu))


@pytest.mark.parametrize(
    ("arrivee", "fin", "debut_fenetre", "fin_fenetre"),
    [
        # Cadre, 4 months: opens on the last day to announce with full notice (3 August).
        ("2026-05-04", "2026-09-03", "2026-08-03", "2026-09-08"),
        # Employé, 2 months: two weeks before the end (Friday 19 June), five days after.
        ("2026-05-04", "2026-07-03", "2026-06-19", "2026-07-08"),
        # Technicien from 31 January 2028: announcement Sunday 16 April → Friday 14 April.
        ("2028-01-31", "2028-04-30", "2028-04-14", "2028-05-05"),
        # CDD, 8 months: 48 hours' notice, so ten days before the end (Sunday 22 March → Friday 20).
        ("2026-03-02", "2026-04-01", "2026-03-20", "2026-04-06"),
        # CDD, 8-day trial: ten days before would precede the arrival.
        ("2026-03-02", "2026-03-09", "2026-03-02", "2026-03-14"),
    ],
)
def test_contact_window(arrivee, fin, debut_fenetre, fin_fenetre):
    assert fenetre_de_contact(D(arrivee), D(fin)) == (D(debut_fenetre), D(fin_fenetre))


def test_a_window_never_starts_on_a_weekend_unless_the_arrival_does():
    arrivee = D("2026-01-05")
    for jours in range(60, 260):
        debut, _ = fenetre_de_contact(arrivee, arrivee + dt.timedelta(days=jours))
        assert debut.weekday() < 5


def _ics(reponse):
    return [f for f in reponse["files"] if f["name"] == "challenger-rappels.ics"]


@pytest.mark.parametrize(
    ("donnees", "evenements"),
    [
        ({"date_refus": "2026-04-06", "contrat": "cdi"}, 2),  # first period and renewal
        ({"date_refus": "2026-04-06", "contrat": "cdd", "duree_contrat_mois": 8}, 1),
        ({"date_refus": "2026-04-06", "contrat": "cdd"}, 0),  # CDD length missing
        ({"contrat": "cdi"}, 0),  # no date at all
    ],
)
def test_one_reminder_per_window(donnees, evenements):
    fichiers = _ics(rendre("challenger", donnees))
    if not evenements:
        assert fichiers == []
        return
    (ics,) = fichiers
    assert ics["mime"] == "text/calendar"
    lignes = deplier(ics["content"])
    assert lignes.count("BEGIN:VEVENT") == evenements
    assert lignes.count("BEGIN:VALARM") == evenements


def test_reminders_start_the_windows():
    reponse = rendre("challenger", {"date_refus": "2026-04-06", "categorie": "cadre"})
    lignes = deplier(_ics(reponse)[0]["content"])
    assert [ligne for ligne in lignes if ligne.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:20260803",
        "DTSTART;VALUE=DATE:20261203",
    ]
    assert "du lundi 3\u00a0août au mardi 8\u00a0septembre 2026" in reponse["text"]


@pytest.mark.parametrize(
    ("categorie", "initiale", "totale"),
    [("employe", "deux mois", "quatre mois"), ("technicien", "trois mois", "six mois"), ("cadre", "quatre", "huit")],
)
def test_the_plan_names_the_law_for_the_category(categorie, initiale, totale):
    texte = rendre("challenger", {"categorie": categorie})["text"]
    assert initiale in texte and totale in texte
    assert "L.\u00a01221-19" in texte and "L.\u00a01221-21" in texte


def test_a_cdd_has_a_single_end_and_no_renewal():
    texte = rendre("challenger", {"date_refus": "2026-02-20", "contrat": "cdd", "duree_contrat_mois": 2})["text"]
    assert "renouvel" not in texte
    assert "L.\u00a01242-10" in texte
    assert "ici 8\u00a0jours" in texte  # 2 months from Friday 20 March: 8 whole weeks


@pytest.mark.parametrize(
    ("donnees", "attendu"),
    [
        ({"date_refus": "2026-04-06"}, "plus un préavis de 4\u00a0semaines"),
        ({"date_refus": "2026-04-06", "preavis_semaines": 1}, "plus un préavis de 1\u00a0semaine"),
        ({"date_refus": "2026-04-06", "preavis_semaines": 0}, "libre tout de suite"),
        ({"date_embauche_estimee": "2026-05-04"}, "la date que vous avez indiquée"),
        ({}, "[date d’arrivée estimée]"),
    ],
)
def test_the_plan_says_how_the_arrival_was_obtained(donnees, attendu):
    assert attendu in rendre("challenger", donnees)["text"]


def test_the_uncertainty_is_stated():
    texte = rendre("challenger", {"date_refus": "2026-04-06"})["text"]
    for mot in ("estimation", "absences", "accord de branche", "plus courte", "stage de fin d’études"):
        assert mot in texte


def _message(reponse):
    return reponse["text"].split("Le message à envoyer à l’ouverture de la fenêtre\n\n", 1)[1]


@pytest.mark.parametrize(
    ("accord", "civilite", "nom", "attendus"),
    [
        ("feminin", "madame", "Durand", ["Bonjour Madame Durand,", "très intéressée", "je serais heureuse"]),
        ("masculin", "monsieur", "", ["Bonjour Monsieur,", "très intéressé ", "je serais heureux"]),
        ("neutre", "inconnu", "Durand", ["Madame, Monsieur,", "m’intéressent toujours", "ce serait un plaisir"]),
    ],
)
def test_greeting_and_agreement(accord, civilite, nom, attendus):
    message = _message(
        rendre("challenger", {"candidat_accord": accord, "recruteur_civilite": civilite, "recruteur_nom": nom})
    )
    for attendu in attendus:
        assert attendu in message


def test_the_message_never_mentions_the_hired_person():
    message = _message(rendre("challenger", {"date_refus": "2026-04-06", "nouveautes": ["un projet"]})).lower()
    for mot in ("recrut", "période d’essai", "échec", "remplac", "personne"):
        assert mot not in message


@pytest.mark.parametrize(
    ("nouveautes", "attendus"),
    [
        (["la certification PMP"], ["j’ai ajouté une corde à mon arc\u00a0: la certification PMP."]),
        (["J'ai obtenu le CACES."], ["Depuis notre entretien, j’ai obtenu le CACES."]),
        (
            ["Mon habilitation électrique", "un projet de migration."],
            ["progresser\u00a0:\n–\u00a0mon habilitation électrique\u202f;\n–\u00a0un projet de migration."],
        ),
        (["?", "..."], ["Je me permets de revenir vers vous"]),
    ],
)
def test_what_is_new(nouveautes, attendus):
    texte = rendre("challenger", {"nouveautes": nouveautes})["text"]
    for attendu in attendus:
        assert attendu in texte
    assert not ecarts(texte)


@pytest.mark.parametrize(
    ("disponibilite", "attendu"),
    [
        ("immédiate", "Je suis disponible immédiatement."),
        ("Immédiatement", "Je suis disponible immédiatement."),
        ("à partir du 1er mars", "Je suis disponible à partir du 1ᵉʳ mars."),
        ("dès maintenant.", "Je suis disponible dès maintenant."),
        ("disponible fin avril", "Je suis disponible fin avril."),
        ("Je peux commencer en juin", "Je peux commencer en juin."),
        ("préavis d'un mois", "Ma disponibilité\u00a0: préavis d’un mois."),
        ("?!", "Si vos besoins évoluent"),
    ],
)
def test_availability(disponibilite, attendu):
    assert attendu in rendre("challenger", {"disponibilite": disponibilite})["text"]


def test_the_message_is_offered_as_an_email():
    reponse = rendre("challenger", {"poste": "chargée de projet"})
    assert reponse["subject"] == "Poste de chargée de projet – mon intérêt demeure"
    eml = next(f for f in reponse["files"] if f["name"] == "challenger.eml")
    assert eml["mime"] == "message/rfc822"
    assert "Subject:" in eml["content"]


@pytest.mark.parametrize("hostile", HOSTILES)
def test_odd_inputs_keep_the_typography_and_the_calendar(hostile):
    donnees = {
        "candidat_nom": hostile,
        "recruteur_nom": hostile,
        "entreprise": hostile,
        "poste": hostile,
        "nouveautes": [hostile, hostile],
        "disponibilite": hostile,
        "date_refus": "2026-04-06",
        "recruteur_civilite": "madame",
    }
    reponse = rendre("challenger", donnees)
    assert not reponse["errors"]
    assert not ecarts(reponse["text"])
    assert deplier(_ics(reponse)[0]["content"]).count("BEGIN:VEVENT") == 2


@pytest.mark.parametrize(
    "donnees",
    [
        {"date_refus": "2100-12-31", "preavis_semaines": 26, "categorie": "cadre"},
        {"date_embauche_estimee": "1990-01-01", "contrat": "cdd", "duree_contrat_mois": 36},
        {"date_refus": "2026-04-06", "contrat": "cdd", "duree_contrat_mois": 1},
        {"date_refus": "2026-04-06", "contrat": "cdd", "duree_contrat_mois": 1.5},
        {"date_refus": "2026-04-06", "preavis_semaines": 2.5},
    ],
)
def test_extreme_valid_inputs_render(donnees):
    reponse = rendre("challenger", donnees)
    assert not reponse["errors"]
    assert not ecarts(reponse["text"])
