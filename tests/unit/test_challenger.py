"""The runner-up planner: arrival estimate, contact windows, reminders and message;
public employers, the short format, a stale availability, and the page that
states the same timing rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rattrapage.api import rendre
from rattrapage.calendrier import TREVE, VOEUX, bon_jour_d_envoi, dans_la_treve, est_ouvre, ouvre_hors_treve
from rattrapage.ics import deplier
from rattrapage.nombres import en_toutes_lettres
from rattrapage.periode_essai import PLAFOND_TERRITORIAL_CDI, PLAFONDS_TERRITORIAUX
from rattrapage.redaction.organisation import INSTITUTIONS, PUBLIQUES
from rattrapage.typographie import ecarts, franciser
from rattrapage.widgets._courriel import LIMITE_COURT
from rattrapage.widgets.challenger import (
    AVANT_EN_MOTS,
    EMPLOYEUR,
    FONCTIONNAIRE,
    JOURS_APRES,
    JOURS_AVANT,
    SANS_VOEUX_APRES_JANVIER,
    SOUVENIR,
    VERIFIER_CATEGORIE,
    date_de_disponibilite,
    estimer_arrivee,
    fenetre_de_contact,
)

from tests.golden_files import RACINE, entree
from tests.unit.saisies import HOSTILES

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("embauche", "refus", "preavis", "attendu"),
    [
        ("2026-06-15", "2026-06-02", 4, "2026-06-15"),  # a known date wins
        ("2026-05-01", "2026-06-02", 4, "2026-05-01"),  # even before the refusal: rendered as typed
        (None, "2026-04-06", 4, "2026-05-04"),  # refusal + 4 weeks
        (None, "2026-04-06", None, "2026-05-04"),  # empty notice: the default 4 weeks
        (None, "2026-04-07", 0, "2026-04-07"),  # free at once
        (None, "2026-04-06", 0, "2026-04-07"),  # refusal on Easter Monday: the next working day
        (None, "2026-12-04", 4, "2027-01-04"),  # Friday 1 January 2027, a holiday → Monday 4
        (None, "2026-04-01", 0.5, "2026-04-07"),  # Sunday 5 April → Easter Monday → Tuesday 7
        (None, "2026-04-06", 13, "2026-07-06"),  # a cadre's three months, about 13 weeks
        (None, "2026-04-06", 1.5, "2026-04-16"),  # 10.5 days, rounded to 10
        (None, None, 4, None),  # nothing to estimate from
    ],
)
def test_arrival_estimate(embauche, refus, preavis, attendu):
    arrivee = estimer_arrivee(embauche and D(embauche), refus and D(refus), preavis)
    assert arrivee == (attendu and D(attendu))


@pytest.mark.parametrize(
    ("arrivee", "fin", "debut_fenetre", "fin_fenetre", "des_l_arrivee"),
    [
        # Cadre, 4 months: the last day to announce with full notice is Monday 3 August; the window
        # opens on the Thursday before it (a Monday's mail is read in a hurry), and closes five days
        # after the end.
        ("2026-05-04", "2026-09-03", "2026-07-30", "2026-09-08", False),
        # Employé, 2 months: two weeks before the end is Friday 19 June → Thursday 18.
        ("2026-05-04", "2026-07-03", "2026-06-18", "2026-07-08", False),
        # Technicien from 31 January 2028: announcement Sunday 16 April → Thursday 13 April.
        ("2028-01-31", "2028-04-30", "2028-04-13", "2028-05-05", False),
        # CDD, 8 months: 48 hours' notice, so ten days before the end (Sunday 22 March → Thursday 19); five days
        # after the end is Easter Monday 6 April 2026: the window closes on Tuesday 7.
        ("2026-03-02", "2026-04-01", "2026-03-19", "2026-04-07", False),
        # CDD, 8-day trial: ten days before would precede the arrival, Monday 2 March, and going back too:
        # it opens on Tuesday 3; five days after the end is Saturday 14 → Monday 16.
        ("2026-03-02", "2026-03-09", "2026-03-03", "2026-03-16", True),
    ],
)
def test_contact_window(arrivee, fin, debut_fenetre, fin_fenetre, des_l_arrivee):
    fenetre = fenetre_de_contact(D(arrivee), D(fin))
    assert (fenetre.debut, fenetre.fin) == (D(debut_fenetre), D(fin_fenetre))
    assert fenetre.prevue is None
    assert fenetre.des_l_arrivee is des_l_arrivee


@pytest.mark.parametrize(
    ("arrivee", "fin", "prevenance", "debut_fenetre", "prevue"),
    [
        # Public employer, no notice: ten days before Tuesday 9 February 2027 is Saturday 30 January → Thursday 28.
        ("2026-12-10", "2027-02-09", False, "2027-01-28", None),
        # Ten days before Monday 11 January 2027 is Friday 1 January, in the truce: nobody writes then, the
        # window opens on the first mid-week working day after it, Tuesday 5 January.
        ("2026-12-14", "2027-01-11", False, "2027-01-05", "2027-01-01"),
        # Private CDD of 12 months from Thursday 10 December 2026: 48 hours' notice, the window would open on
        # Wednesday 30 December: Tuesday 5 January instead.
        ("2026-12-10", "2027-01-09", True, "2027-01-05", "2026-12-30"),
        # Ten days before Wednesday 5 May 2027 is Sunday 25 April → Thursday 22 April.
        ("2027-03-01", "2027-05-05", False, "2027-04-22", None),
        # Ten days before Tuesday 11 May 2027 is Saturday 1 May; Friday 30 April is not mid-week: Thursday 29.
        ("2027-03-01", "2027-05-11", False, "2027-04-29", None),
        # Ten days before Thursday 20 May 2027 is Monday 10 May; Thursday 6 is Ascension: Wednesday 5 May.
        ("2027-03-01", "2027-05-20", False, "2027-05-05", None),
    ],
)
def test_the_window_opens_mid_week_on_a_working_day_outside_the_truce(arrivee, fin, prevenance, debut_fenetre, prevue):
    fenetre = fenetre_de_contact(D(arrivee), D(fin), prevenance=prevenance)
    assert fenetre.debut == D(debut_fenetre)
    assert fenetre.prevue == (prevue and D(prevue))
    assert fenetre.fin == max(fenetre.debut, ouvre_hors_treve(D(fin) + dt.timedelta(days=JOURS_APRES)))


def test_a_window_opens_on_a_day_to_send_and_closes_on_a_working_day():
    for arrivee in (D("2026-01-05"), D("2026-10-12"), D("2026-12-28")):
        for jours in range(3, 260):
            for prevenance in (True, False):
                fin = arrivee + dt.timedelta(days=jours)
                fenetre = fenetre_de_contact(arrivee, fin, prevenance=prevenance)
                assert bon_jour_d_envoi(fenetre.debut), fenetre
                assert est_ouvre(fenetre.fin) and not dans_la_treve(fenetre.fin)
                assert arrivee <= fenetre.debut <= fenetre.fin
                assert fenetre.fin >= fin + dt.timedelta(days=JOURS_APRES)


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
        "DTSTART;VALUE=DATE:20260730",
        "DTSTART;VALUE=DATE:20261203",
    ]
    assert "du jeudi 30\u00a0juillet au mardi 8\u00a0septembre 2026" in reponse["text"]


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
        ({}, "Arrivée de la personne recrutée\u00a0: à calculer."),
        (
            {"date_refus": "2026-12-04", "preavis_semaines": 4},
            "Le calcul tombait le vendredi 1ᵉʳ\u00a0janvier, un jour férié (jour de l’An)\u00a0: l’arrivée est "
            "comptée au premier jour ouvré qui suit.",
        ),
        (
            {"date_refus": "2026-04-08", "preavis_semaines": 0.5},
            "Le calcul tombait un dimanche, le 12\u00a0avril\u00a0:",
        ),
    ],
)
def test_the_plan_says_how_the_arrival_was_obtained(donnees, attendu):
    assert attendu in rendre("challenger", donnees)["text"]


def test_the_uncertainty_is_stated():
    texte = rendre("challenger", {"date_refus": "2026-04-06", "preavis_semaines": 0})["text"]
    for mot in ("estimation", "absences", "accord de branche", "plus courte", "stage de fin d’études"):
        assert mot in texte


def _message(reponse):
    """The message, without the « Objet : » line that stands just above it for an e-mail."""
    message = reponse["text"].split("Le message à envoyer à l’ouverture de la fenêtre\n\n", 1)[1]
    if reponse["subject"] is not None:
        objet, message = message.split("\n\n", 1)
        assert objet == f"Objet\u00a0: {reponse['subject']}"
    return message


@pytest.mark.parametrize(
    ("accord", "civilite", "nom", "attendus"),
    [
        ("feminin", "madame", "Durand", ["Bonjour Madame Durand,", "Vous m’aviez reçue le", "je serais heureuse"]),
        ("masculin", "monsieur", "", ["Bonjour Monsieur,", "Vous m’aviez reçu le", "je serais heureux"]),
        ("neutre", "inconnu", "Durand", ["Madame, Monsieur,", "Nous avions échangé le", "ce serait un plaisir"]),
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
    ("nouveautes", "attendu"),
    [
        # A noun phrase: what enriched the career, its determiner contracted with « de ».
        (["la certification PMP"], "Depuis notre entretien, mon parcours s’est enrichi de la certification PMP."),
        (["J'ai obtenu le CACES."], "Depuis notre entretien, j’ai obtenu le CACES."),
        (
            ["Mon habilitation électrique", "un projet de migration."],
            "Depuis notre entretien, mon parcours s’est enrichi de mon habilitation électrique et d’un projet de "
            "migration.",
        ),
        (["le DU de gestion", "des cours du soir"], "enrichi du DU de gestion et de cours du soir."),
        # A noun phrase with one past participle: what the candidate did, with the article its agreement gives.
        (
            ["formation CACES R489 obtenue", "une mission d'intérim chez Geodis"],
            "Depuis notre entretien, j’ai validé la formation CACES R489. Mon parcours s’est aussi enrichi d’une "
            "mission d’intérim chez Geodis.",
        ),
        (
            ["certification AWS obtenue en décembre", "une application publiée sur GitHub"],
            "Depuis notre entretien, j’ai obtenu la certification AWS en décembre et publié une application sur "
            "GitHub.",
        ),
        (["la certification PMP, obtenue en mai"], "Depuis notre entretien, j’ai obtenu la certification PMP en mai."),
        (["CACES R489 obtenu"], "j’ai obtenu le CACES R489."),
        # A course is validated, a certificate obtained; an internship obtained was found, not completed.
        (["module Excel avancé obtenu"], "j’ai validé le module Excel avancé."),
        (["titre professionnel obtenu"], "j’ai obtenu le titre professionnel."),
        (["un stage obtenu chez Airbus"], "j’ai obtenu un stage chez Airbus."),
        (["examens passés avec succès"], "j’ai passé les examens avec succès."),
        (["obtenu mon permis C"], "Depuis notre entretien, j’ai obtenu mon permis C."),
        (["Obtenu le CACES"], "Depuis notre entretien, j’ai obtenu le CACES."),
        (["certification , obtenue"], "Depuis notre entretien, j’ai obtenu la certification."),
        (["une certification obtenue l'année passée"], "j’ai obtenu une certification l’année passée."),
        (["l'an passé"], "enrichi de l’an passé."),  # « passé » after a duration means « last »
        # Unsure: an agent (« par »), two participles, an h whose article is unknown: kept as typed.
        (["une formation suivie par toute l'équipe"], "enrichi d’une formation suivie par toute l’équipe."),
        (["formation suivie et titre obtenu"], "enrichi\u00a0: formation suivie et titre obtenu."),
        (["habilitation électrique obtenue"], "enrichi\u00a0: habilitation électrique obtenue."),
        # The kinds keep their order: the things done together, the noun phrases together, sentences in place.
        (
            ["un stage en automatismes", "J'ai encadré deux apprentis", "mon TOEIC, validé en juin"],
            "Depuis notre entretien, mon parcours s’est enrichi d’un stage en automatismes. J’ai encadré deux "
            "apprentis. J’ai aussi validé mon TOEIC en juin.",
        ),
    ],
)
def test_what_is_new_is_written_as_sentences(nouveautes, attendu):
    texte = rendre("challenger", {"nouveautes": nouveautes, "candidat_accord": "feminin"})["text"]
    assert attendu in texte
    assert "–\u00a0" not in _message(rendre("challenger", {"nouveautes": nouveautes}))
    assert not ecarts(texte)


def test_without_news_the_message_still_says_why_it_writes_and_the_plan_advises_one():
    reponse = rendre("challenger", {"nouveautes": ["?", "..."], "date_entretien": "2026-03-12"})
    message = _message(reponse)
    assert f"Je me permets de reprendre contact avec vous\u00a0: {SOUVENIR}." in message
    assert "Depuis" not in message
    assert "Votre message sera bien plus fort avec une nouvelle" in reponse["text"]
    assert reponse["subject"] == "Poste de [intitulé du poste] – après notre entretien du 12\u00a0mars 2026"
    avec = rendre("challenger", {"nouveautes": ["un stage"], "date_entretien": "2026-03-12"})
    assert "Je me permets de vous donner de mes nouvelles." in _message(avec)
    assert "bien plus fort" not in avec["text"]
    assert avec["subject"] == "Poste de [intitulé du poste] – des nouvelles depuis notre entretien du 12\u00a0mars 2026"


def test_the_message_never_says_a_filled_position_still_interests():
    for chemin in _personas():
        for forme in ("email", "court"):
            message = _message(rendre("challenger", {**entree(chemin), "forme": forme}))
            for cliche in ("m’intéresse toujours", "intéressée par ce poste", "intéressé par ce poste", "revenir vers"):
                assert cliche not in message, (chemin.stem, message)
            assert "Si un besoin se présentait de nouveau" in message
        # Who the candidate is, without a fact the user did not type (how far the application went).
        message = _message(rendre("challenger", entree(chemin)))
        assert "et vous aviez finalement retenu une autre candidature." in message
        assert "étape" not in message and "finaliste" not in message


def test_a_month_named_in_the_news_reads_last_year_from_the_sending_day():
    # Interview 27 November 2026, refusal 8 December, sent on Thursday 18 March 2027.
    donnees = {
        "date_entretien": "2026-11-27",
        "date_refus": "2026-12-08",
        "date_embauche_estimee": "2027-01-04",
        "categorie": "technicien",
        "nouveautes": ["certification AWS obtenue en décembre"],
    }
    reponse = rendre("challenger", donnees)
    assert "j’ai obtenu la certification AWS en décembre dernier." in _message(reponse)
    assert "se lira" not in reponse["text"] and "ajoutez l’année" not in reponse["text"]
    # The second window opens on Thursday 3 June 2027: still « dernier »; the year typed too.
    lignes = [x for x in deplier(_ics(reponse)[0]["content"]) if x.startswith("DESCRIPTION:Fin")]
    assert all("en décembre dernier" in x for x in lignes) and len(lignes) == 2
    annee = _message(rendre("challenger", {**donnees, "nouveautes": ["certification AWS obtenue en décembre 2026"]}))
    assert "en décembre dernier" in annee
    # More than a year before the sending day: the year, not « dernier ».
    tard = {
        **donnees,
        "date_entretien": "2026-03-02",
        "date_refus": "2026-03-20",
        "date_embauche_estimee": "2027-03-01",
    }
    tard = rendre("challenger", {**tard, "categorie": "cadre", "nouveautes": ["certification obtenue en mars"]})
    assert "en mars 2026" in _message(tard)
    # A month the rule cannot place (« mai », typed in December: last May or next?): the plan asks for the year.
    douteux = rendre("challenger", {**donnees, "nouveautes": ["titre obtenu en mai"]})
    assert "en mai." in _message(douteux)
    assert (
        "Dans vos nouvelles, ajoutez l’année à «\u00a0mai\u00a0»\u00a0: le message partira en 2027" in douteux["text"]
    )
    # Without the refusal date, a month after the interview's cannot be placed either.
    sans_refus = {k: v for k, v in donnees.items() if k != "date_refus"}
    assert "ajoutez l’année à «\u00a0décembre\u00a0»" in rendre("challenger", sans_refus)["text"]
    # A message sent the same year: nothing to say, nothing changed.
    meme_annee = {
        **donnees,
        "date_entretien": "2026-03-12",
        "date_refus": "2026-03-20",
        "date_embauche_estimee": "2026-04-06",
    }
    reponse = rendre("challenger", {**meme_annee, "nouveautes": ["un titre obtenu en mars"]})
    assert "en mars." in _message(reponse) and "l’année" not in reponse["text"]


@pytest.mark.parametrize(
    ("disponibilite", "attendu"),
    [
        ("immédiate", "Je suis disponible immédiatement."),
        ("Immédiatement", "Je suis disponible immédiatement."),
        ("à partir du 1er mars", "Je suis disponible à partir du 1ᵉʳ\u00a0mars."),
        ("dès maintenant.", "Je suis disponible dès maintenant."),
        ("disponible fin avril", "Je suis disponible fin avril."),
        ("Je peux commencer en juin", "Je peux commencer en juin."),
        ("préavis d'un mois", "Ma disponibilité\u00a0: préavis d’un mois."),
        ("?!", "Si un besoin se présentait de nouveau"),
        ("Quand vous voulez ?", "Ma disponibilité\u00a0: «\u00a0Quand vous voulez\u202f?\u00a0» Si un besoin"),
    ],
)
def test_availability(disponibilite, attendu):
    assert attendu in rendre("challenger", {"disponibilite": disponibilite})["text"]


def test_the_message_is_offered_as_an_email_with_its_subject_just_above_it():
    reponse = rendre("challenger", {"poste": "chargée de projet"})
    assert reponse["subject"] == "Poste de chargée de projet – après notre entretien"
    eml = next(f for f in reponse["files"] if f["name"] == "challenger.eml")
    assert eml["mime"] == "message/rfc822"
    assert "Subject:" in eml["content"]
    plan, message = reponse["text"].split("Le message à envoyer à l’ouverture de la fenêtre\n\n", 1)
    assert "Objet" not in plan
    assert message.startswith(f"Objet\u00a0: {reponse['subject']}\n\nMadame, Monsieur,")


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


# --- Dates in an impossible order ----------------------------------------------


@pytest.mark.parametrize(
    ("donnees", "champ"),
    [
        ({"date_entretien": "2026-11-23", "date_refus": "2026-11-20"}, "date_refus"),
        ({"date_entretien": "2026-11-23", "date_embauche_estimee": "2026-11-01"}, "date_embauche_estimee"),
    ],
)
def test_a_refusal_or_a_hire_before_the_interview_is_refused(donnees, champ):
    erreurs = rendre("challenger", donnees)["errors"]
    assert set(erreurs) == {champ}
    assert "précède la date de l’entretien" in erreurs[champ]


def test_the_same_day_as_the_interview_is_accepted():
    donnees = {"date_entretien": "2026-11-23", "date_refus": "2026-11-23", "date_embauche_estimee": "2026-11-23"}
    assert not rendre("challenger", donnees)["errors"]


# --- Public employers -------------------------------------------------------------

PUBLICS = [c.valeur for c in EMPLOYEUR.choix if "public" in c.valeur]
ALEX = {
    "candidat_nom": "Alex Moreau",
    "entreprise": "Mairie de Lyon",
    "poste": "chargé·e de communication",
    "date_entretien": "2026-11-24",
    "contrat": "cdd",
    "duree_contrat_mois": 12,
    "date_refus": "2026-12-10",
    "preavis_semaines": 0,
}


def test_the_form_asks_for_a_public_employer():
    assert EMPLOYEUR.defaut == "inconnu"
    assert len(PUBLICS) == 3


@pytest.mark.parametrize("employeur", PUBLICS)
@pytest.mark.parametrize(
    "contrat",
    [{"contrat": "cdd", "duree_contrat_mois": 4}, {"contrat": "cdi"}, {"contrat": "cdd", "duree_contrat_mois": None}],
)
def test_a_public_employer_is_never_told_the_code_du_travail(employeur, contrat):
    texte = rendre("challenger", {**ALEX, **contrat, "employeur": employeur})["text"]
    for interdit in ("L.\u00a01242-10", "L.\u00a01221", "Code du travail", "délai de prévenance", "accord de branche"):
        assert interdit not in texte
    assert "décret n°\u00a088-145 du 15\u00a0février 1988, article\u00a04" in texte
    assert "facultative" in texte and "[" not in texte


@pytest.mark.parametrize(
    ("employeur", "attendus"),
    [
        (
            "public_etat",
            ["de l’État", "l’article\u00a09 du décret n°\u00a086-83", "du même type", "peut être différente"],
        ),
        ("public_hospitalier", ["d’un hôpital public", "décret n°\u00a091-155", "du même type"]),
        ("public_territorial", ["d’une collectivité territoriale", "ici deux mois, pour un CDD de 12\u00a0mois."]),
    ],
)
def test_each_public_employer_is_named_with_its_decree(employeur, attendus):
    texte = rendre("challenger", {**ALEX, "employeur": employeur})["text"]
    for attendu in attendus:
        assert attendu in texte


def test_a_town_hall_contract_of_a_year():
    reponse = rendre("challenger", {**ALEX, "employeur": "public_territorial"})
    texte = reponse["text"]
    # Thursday 10 December 2026 + two months (cap for less than two years) and, renewed, four months.
    assert "Fin de la première période d’essai\u00a0: vers le mardi 9\u00a0février 2027." in texte
    assert "Fin de la période d’essai renouvelée\u00a0: vers le vendredi 9\u00a0avril 2027." in texte
    assert "quatre mois au total" in texte
    # Ten days before the end is Saturday 30 January: the Thursday before; five days after it is a Sunday: Monday.
    assert "Fenêtre de contact\u00a0: du jeudi 28\u00a0janvier au lundi 15\u00a0février 2027." in texte
    (ics,) = _ics(reponse)
    assert [x for x in deplier(ics["content"]) if x.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:20270128",
        "DTSTART;VALUE=DATE:20270330",
    ]


@pytest.mark.parametrize(
    ("contrat", "attendus"),
    [
        # 3 months from Monday 4 January 2027: 12 whole weeks, 12 working days (Tuesday 19 January).
        (
            {"contrat": "cdd", "duree_contrat_mois": 3},
            ["ici 12\u00a0jours ouvrés", "vers le mardi 19\u00a0janvier", "24\u00a0jours ouvrés au total"],
        ),
        ({"contrat": "cdi"}, ["ici trois mois, pour un CDI.", "six mois au total"]),
        ({"contrat": "cdd", "duree_contrat_mois": None}, ["selon la durée du CDD, à indiquer plus haut"]),
    ],
)
def test_the_public_scale(contrat, attendus):
    donnees = {**ALEX, **contrat, "employeur": "public_territorial", "date_embauche_estimee": "2027-01-04"}
    texte = rendre("challenger", donnees)["text"]
    for attendu in attendus:
        assert attendu in texte


@pytest.mark.parametrize(
    ("entreprise", "agents", "decret"),
    [
        ("Mairie de Lyon", "d’une collectivité territoriale", "88-145"),
        ("Région Bretagne", "d’une collectivité territoriale", "88-145"),
        ("CHU de Nantes", "d’un hôpital public", "91-155"),
        ("Ministère de la Culture", "de l’État", "86-83"),
    ],
)
def test_a_public_looking_name_left_unknown_gets_the_public_rules_and_says_so(entreprise, agents, decret):
    texte = rendre("challenger", {**ALEX, "entreprise": entreprise})["text"]
    assert "Vous n’avez pas précisé le type d’employeur" in texte
    assert franciser(FONCTIONNAIRE) in texte
    assert f"le plan suit donc les règles des agents contractuels {agents}" in texte
    assert decret in texte and "L.\u00a01242-10" not in texte and "Code du travail" not in texte
    choisi = rendre("challenger", {**ALEX, "entreprise": entreprise, "employeur": "public_territorial"})["text"]
    assert "Vous n’avez pas précisé" not in choisi


def test_a_public_looking_name_chosen_private_follows_the_code_du_travail():
    texte = rendre("challenger", {**ALEX, "entreprise": "Mairie de Lyon", "employeur": "prive"})["text"]
    assert "Vous n’avez pas précisé" not in texte and "L.\u00a01242-10" in texte
    assert "fonctionnaire" not in texte


def test_a_private_name_is_not_asked_about():
    texte = rendre("challenger", {**ALEX, "entreprise": "Transports Mercier"})["text"]
    assert "agent public" not in texte


def test_the_public_words_are_institutions_the_writing_layer_knows():
    connus = {mot.lower() for mot in INSTITUTIONS}
    assert {mot.lower() for mot in PUBLIQUES} <= connus


# --- The company, named to its own recruiter --------------------------------------


def test_the_message_says_you_not_the_company_name():
    reponse = rendre("challenger", {**ALEX, "candidat_accord": "feminin"})
    message = _message(reponse)
    assert "Lyon" not in message and "chez" not in message
    # A public employer has services; « vous » once (the souvenir names them, the door does not again).
    assert "rejoindre vos services me tient toujours à cœur" in message and "équipes" not in message
    assert message.count("vos services") == 1 and "travailler avec vous" not in message
    assert "poste de chargée de communication" in message
    assert reponse["subject"] == "Poste de chargée de communication – après notre entretien du 24\u00a0novembre 2026"
    prive = _message(rendre("challenger", {**ALEX, "entreprise": "Transports Mercier", "nouveautes": ["un stage"]}))
    assert "Si un besoin se présentait de nouveau dans vos équipes" in prive and "services" not in prive
    lignes = deplier(_ics(reponse)[0]["content"])
    assert "SUMMARY:Recontacter la mairie de Lyon – poste de chargée de communication" in lignes
    assert any("recrutée à la mairie de Lyon" in x for x in lignes)


# --- The short format ------------------------------------------------------------------


def _personas():
    return sorted((RACINE / "challenger").glob("persona-*.json"))


@pytest.mark.parametrize("chemin", _personas(), ids=lambda c: c.stem)
def test_the_short_message_fits_a_linkedin_note(chemin):
    donnees = {**entree(chemin), "forme": "court"}
    reponse = rendre("challenger", donnees)
    assert not reponse["errors"]
    message = _message(reponse)
    assert len(message) <= LIMITE_COURT, message
    assert reponse["subject"] is None
    assert [f["name"] for f in reponse["files"]] == ["challenger-rappels.ics"]
    assert donnees["candidat_nom"] in message and "Si un besoin se présentait de nouveau" in message
    nouveautes = donnees.get("nouveautes") or []
    if nouveautes:
        assert "Depuis, " in message  # what gives a reason to write fits


# --- The availability, sent months later -----------------------------------------------


@pytest.mark.parametrize(
    ("texte", "reference", "attendu"),
    [
        ("à partir du 1er février", "2026-11-30", "2027-02-01"),
        ("à partir du 1ᵉʳ mars", "2026-03-02", "2026-03-01"),
        ("fin avril", "2026-11-30", "2027-04-30"),
        ("mi-mars 2028", "2026-11-30", "2028-03-15"),
        ("dès le 15/02", "2026-11-30", "2027-02-15"),
        ("en décembre", "2026-12-04", "2026-12-01"),
        ("immédiate", "2026-11-30", None),
        ("préavis d’un mois", "2026-11-30", None),
        ("sous 2/3 semaines", "2026-11-30", None),
        ("après un préavis de 1.5 mois", "2026-11-30", None),
        ("à partir du 1er février", None, None),
    ],
)
def test_the_day_an_availability_names(texte, reference, attendu):
    assert date_de_disponibilite(texte, reference and D(reference)) == (attendu and D(attendu))


HELENE = {
    "candidat_nom": "Hélène Dupont-Verneuil",
    "candidat_accord": "feminin",
    "entreprise": "Groupe Altéa SA",
    "poste": "directrice financière",
    "date_entretien": "2026-11-10",
    "categorie": "cadre",
    "date_refus": "2026-11-30",
    "preavis_semaines": 13,
}


def test_a_stale_date_is_left_out_of_the_message_and_the_plan_says_so():
    reponse = rendre("challenger", {**HELENE, "disponibilite": "à partir du 1er février"})
    message = _message(reponse)
    assert "février" not in message and "disponible" not in message
    plan = reponse["text"].split("Le message à envoyer", 1)[0]
    assert "Vous enverrez ce message vers le jeudi 27\u00a0mai 2027" in plan
    assert "sera alors passée" in plan and "Ajoutez-y votre disponibilité du moment" in plan
    court = _message(rendre("challenger", {**HELENE, "disponibilite": "à partir du 1er février", "forme": "court"}))
    assert "février" not in court


@pytest.mark.parametrize(
    ("disponibilite", "dans_le_message"),
    [("immédiate", "Je suis disponible immédiatement."), ("à partir de septembre 2027", "à partir de septembre 2027")],
)
def test_a_current_availability_stays_with_a_reminder_to_check_it(disponibilite, dans_le_message):
    reponse = rendre("challenger", {**HELENE, "disponibilite": disponibilite})
    assert dans_le_message in _message(reponse)
    assert "aura peut-être changé. Mettez-la à jour avant de l’envoyer." in reponse["text"]
    assert "votre disponibilité en particulier" in deplier(_ics(reponse)[0]["content"])[11]


def test_no_availability_no_advice():
    assert "disponibilité" not in rendre("challenger", HELENE)["text"]


# --- One timing rule, stated in Python, quoted by the page ---------------------------------


def test_the_page_states_the_timing_rule_of_the_widget():
    page = (Path(__file__).resolve().parents[2] / "docs" / "candidat-challenger.md").read_text(encoding="utf-8")
    assert f"s’ouvre {AVANT_EN_MOTS} avant la fin de l’essai" in page
    assert f"reste ouverte {en_toutes_lettres(JOURS_APRES)} jours après" in page
    assert TREVE in page
    assert f"{LIMITE_COURT}\u00a0caractères" in page
    texte = rendre("challenger", HELENE)["text"]
    assert f"{AVANT_EN_MOTS} avant la fin" in texte and (JOURS_AVANT, AVANT_EN_MOTS) == (10, "une dizaine de jours")
    assert f"ouverte {en_toutes_lettres(JOURS_APRES)} jours après la fin" in texte


def test_the_page_states_the_public_scale_of_the_code():
    page = (Path(__file__).resolve().parents[2] / "docs" / "candidat-challenger.md").read_text(encoding="utf-8")
    section = page.split("{#employeur-public}", 1)[1].split("###", 1)[0]
    lignes = [ligne for ligne in section.splitlines() if ligne.startswith("| ") and "---" not in ligne][1:]
    attendues = [duree.libelle for _, duree in PLAFONDS_TERRITORIAUX] + [PLAFOND_TERRITORIAL_CDI.libelle]
    assert [ligne.rstrip(" |").rsplit("| ", 1)[1] for ligne in lignes] == attendues
    assert "L1242-10" not in section and "88-145" in section


# --- What the plan says only when it applies -------------------------------------------

THOMAS = {
    "candidat_accord": "masculin",
    "entreprise": "Octo Services",
    "poste": "développeur junior",
    "date_entretien": "2026-11-27",
    "categorie": "technicien",
    "contrat": "cdi",
    "date_embauche_estimee": "2027-01-04",
}


def test_an_announcement_due_on_a_day_off_is_due_the_working_day_before_in_practice():
    texte = rendre("challenger", THOMAS)["text"]
    assert "au plus tard le samedi 20\u00a0mars 2027, en pratique d’ici le vendredi 19\u00a0mars." in texte
    assert "au plus tard le jeudi 3\u00a0juin 2027." in texte  # a working day: nothing to add


@pytest.mark.parametrize(("categorie", "verifier"), [("employe", True), ("technicien", True), ("cadre", False)])
def test_a_category_other_than_cadre_is_to_check(categorie, verifier):
    texte = rendre("challenger", {**THOMAS, "categorie": categorie})["text"]
    assert (franciser(VERIFIER_CATEGORIE) in texte) is verifier
    assert (
        franciser(VERIFIER_CATEGORIE) not in rendre("challenger", {**ALEX, "employeur": "public_territorial"})["text"]
    )


def test_the_reasons_given_for_the_window_are_those_that_apply():
    nadia = {"date_refus": "2026-12-04", "contrat": "cdd", "duree_contrat_mois": 9}
    texte = rendre("challenger", nadia)["text"]
    assert "jusqu’aux derniers jours\u00a0: mieux vaut vous manifester un peu avant. La fenêtre s’ouvre une" in texte
    assert "dès l’arrivée" not in texte
    # A one-month CDD from Monday 2 March 2026: four trial days, ten days before the end precede the arrival.
    court = rendre("challenger", {"date_embauche_estimee": "2026-03-02", "contrat": "cdd", "duree_contrat_mois": 1})
    assert (
        "La fenêtre s’ouvre une dizaine de jours avant la fin, ou dès l’arrivée pour un essai plus court."
        in court["text"]
    )
    cadre = rendre("challenger", {"date_refus": "2026-04-06", "categorie": "cadre"})["text"]
    assert "une dizaine de jours avant la fin, ou plus tôt quand ce délai l’impose." in cadre
    # The day shown may be a few days earlier than the count: the text says why.
    assert "tombe toujours un mardi, un mercredi ou un jeudi, avancé s’il le faut à celui qui précède" in cadre


def test_a_window_moved_by_the_year_end_says_so():
    texte = rendre("challenger", {"date_refus": "2026-11-27", "contrat": "cdd", "duree_contrat_mois": 4})["text"]
    assert (
        "Elle devait s’ouvrir le jeudi 31\u00a0décembre, pendant les fêtes (du 24\u00a0décembre au 1ᵉʳ\u00a0janvier), "
        "quand beaucoup de recruteurs sont absents\u00a0: elle s’ouvre donc le mardi 5\u00a0janvier."
    ) in texte


def test_an_unknown_employer_read_as_public_speaks_of_the_hired_person_contract():
    texte = rendre("challenger", ALEX)["text"]
    assert "Si la personne recrutée a un contrat de droit privé (contrat aidé, apprentissage)" in texte
    assert "votre contrat" not in texte


# --- The message, read on the day it is sent --------------------------------------------


@pytest.mark.parametrize(
    ("donnees", "attendu"),
    [
        # Interview 12 March 2026, sent in July 2026: the same year, no year.
        ({"date_entretien": "2026-03-12", "date_refus": "2026-04-06"}, "le 12\u00a0mars pour le poste"),
        # Interview 23 November 2026, sent in January 2027: the year is named.
        ({"date_entretien": "2026-11-23", "date_refus": "2026-12-04"}, "le 23\u00a0novembre 2026 pour le poste"),
        ({"date_entretien": "2026-11-23"}, "le 23\u00a0novembre 2026 pour le poste"),  # sending day unknown
    ],
)
def test_the_interview_year_is_named_when_the_message_goes_out_another_year(donnees, attendu):
    reponse = rendre("challenger", {**donnees, "candidat_accord": "masculin"})
    assert f"Vous m’aviez reçu {attendu}" in _message(reponse)
    assert attendu.split(" pour", 1)[0].removeprefix("le ") in reponse["subject"]


def test_a_message_sent_in_january_carries_the_season_wishes():
    janvier = rendre("challenger", {**ALEX, "employeur": "public_territorial"})  # opens Thursday 28 January 2027
    assert VOEUX in _message(janvier)
    lignes = deplier(_ics(janvier)[0]["content"])
    descriptions = [x for x in lignes if x.startswith("DESCRIPTION:Fin")]
    assert VOEUX.replace(",", "\\,") in descriptions[0] and "vœux" not in descriptions[1]  # the March window: none
    # That window runs to 15 February: the plan and the reminder say to drop the wishes after January.
    sans_voeux = franciser(SANS_VOEUX_APRES_JANVIER)
    assert sans_voeux in janvier["text"]
    assert sans_voeux.replace(",", "\\,") in descriptions[0] and "31\u00a0janvier" not in descriptions[1]
    assert "31\u00a0janvier" in sans_voeux and sans_voeux not in rendre("challenger", HELENE)["text"]
    assert "vœux" not in _message(rendre("challenger", HELENE))  # May


# --- What the plan says only when it applies (2) ------------------------------------------


@pytest.mark.parametrize(("preavis", "stage"), [(None, False), (0, True), (4, False), (13, False)])
def test_the_internship_deduction_is_mentioned_only_without_a_notice(preavis, stage):
    """A hired person who served a notice came from a job, not from an internship.
    Left empty, the notice is the form's default (4 weeks), as the estimate counts it:
    the page shows that default before anyone types, and must agree with Python."""
    donnees = {"date_refus": "2026-04-06", "categorie": "cadre"}
    if preavis is not None:
        donnees["preavis_semaines"] = preavis
    assert ("stage de fin d’études" in rendre("challenger", donnees)["text"]) is stage


@pytest.mark.parametrize("employeur", ["public_territorial", "public_etat", "public_hospitalier"])
def test_a_public_employer_plan_says_a_civil_servant_has_no_trial(employeur):
    texte = rendre("challenger", {**ALEX, "employeur": employeur})["text"]
    assert franciser(FONCTIONNAIRE) in texte
    assert "vos services" in _message(rendre("challenger", {**ALEX, "employeur": employeur}))
