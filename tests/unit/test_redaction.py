"""The writing layer: typed text, organisations, people's names, inclusive forms."""

from __future__ import annotations

import pytest
from rattrapage.redaction.inclusif import accorder, contient_abreviation
from rattrapage.redaction.nature import en_citation, en_groupe, inserer, nature
from rattrapage.redaction.organisation import depuis_forme, lire
from rattrapage.redaction.personne import lire_recruteur, nom_propre
from rattrapage.typographie import NBSP, NNBSP


@pytest.mark.parametrize(
    ("saisie", "attendu"),
    [
        ("mes prétentions salariales", "groupe"),
        ("Mon expérience de management.", "groupe"),
        ("Pourquoi voulez-vous quitter votre poste", "question"),
        ("Quelles sont vos prétentions salariales ?", "question"),
        ("Avez-vous déjà encadré une équipe", "question"),
        ("Qu’est-ce qui vous motive", "question"),
        ("Vous m’avez fait visiter l’entrepôt.", "phrase"),
        ("J’ai réorganisé l’entrepôt", "phrase"),
        ("je n’avais pas vérifié les grilles", "phrase"),
        ("On m’a demandé un exemple", "phrase"),
    ],
)
def test_typed_text_is_told_apart(saisie, attendu):
    assert nature(saisie) == attendu


def test_each_kind_of_text_fits_its_own_wording():
    def ecrire(saisie: str) -> str:
        return inserer(
            saisie,
            groupe=lambda g: f"votre question concernant {g}",
            phrase=lambda p: f"ce que je voulais dire. {p}",
            question=lambda q: f"votre question {q}",
        )

    assert ecrire("Mes prétentions salariales.") == "votre question concernant mes prétentions salariales"
    assert ecrire("Pourquoi voulez-vous partir") == f"votre question «{NBSP}Pourquoi voulez-vous partir{NNBSP}?{NBSP}»"
    assert ecrire("j’ai hésité") == "ce que je voulais dire. J’ai hésité."


def test_a_noun_phrase_loses_its_edges_and_its_capital_determiner():
    assert en_groupe("« Ma maîtrise du WMS Reflex. »") == "ma maîtrise du WMS Reflex"
    assert en_citation("quelle est votre disponibilité") == f"«{NBSP}Quelle est votre disponibilité{NNBSP}?{NBSP}»"


@pytest.mark.parametrize(
    ("saisie", "nomme", "de", "chez"),
    [
        ("Mairie de Lyon", "la mairie de Lyon", "de la mairie de Lyon", "à la mairie de Lyon"),
        ("Le Bon Marché", "le Bon Marché", "du Bon Marché", "au Bon Marché"),
        ("Les Échos", "les Échos", "des Échos", "aux Échos"),
        ("Hôpital Saint-Louis", "l’hôpital Saint-Louis", "de l’hôpital Saint-Louis", "à l’hôpital Saint-Louis"),
        ("Orange", "Orange", "d’Orange", "chez Orange"),
        ("Groupe Altéa SA", "le groupe Altéa", "du groupe Altéa", "au groupe Altéa"),
        ("Transports Mercier", "Transports Mercier", "de Transports Mercier", "chez Transports Mercier"),
        ("Octo Services SAS", "Octo Services", "d’Octo Services", "chez Octo Services"),
        ("Dupont & Cie", "Dupont", "de Dupont", "chez Dupont"),
        ("L’Oréal", "L’Oréal", "de L’Oréal", "chez L’Oréal"),
        (
            "Ville de Villeurbanne",
            "la Ville de Villeurbanne",
            "de la Ville de Villeurbanne",
            "à la Ville de Villeurbanne",
        ),
    ],
)
def test_an_organisation_takes_the_form_its_context_needs(saisie, nomme, de, chez):
    organisation = lire(saisie)
    assert (organisation.nomme, organisation.de, organisation.chez) == (nomme, de, chez)


@pytest.mark.parametrize(
    ("forme", "de", "chez"),
    [
        ("aux Transports Mercier", "des Transports Mercier", "aux Transports Mercier"),
        ("à la mairie de Lyon", "de la mairie de Lyon", "à la mairie de Lyon"),
        ("au Bon Marché", "du Bon Marché", "au Bon Marché"),
        ("à France Travail", "de France Travail", "à France Travail"),
        ("chez Orange", "d’Orange", "chez Orange"),
    ],
)
def test_the_form_typed_by_the_user_wins(forme, de, chez):
    organisation = depuis_forme(forme)
    assert organisation is not None
    assert (organisation.de, organisation.chez) == (de, chez)


@pytest.mark.parametrize(
    ("saisie", "attendu"),
    [
        ("jean dupont", "Jean Dupont"),
        ("hélène dupont-verneuil", "Hélène Dupont-Verneuil"),
        ("de villiers", "de Villiers"),
        ("DUPONT", "Dupont"),
        ("Da Silva", "Da Silva"),
    ],
)
def test_a_name_typed_in_lower_case_is_capitalised(saisie, attendu):
    assert nom_propre(saisie) == attendu


@pytest.mark.parametrize(
    ("civilite", "nom", "email", "attendu"),
    [
        ("madame", "Durand", True, "Bonjour Madame Durand,"),
        ("madame", "", True, "Bonjour Madame,"),
        ("monsieur", "Martin", False, "Monsieur,"),
        ("monsieur", "M. Lefèvre", True, "Bonjour Monsieur Lefèvre,"),
        ("inconnu", "Mme Da Silva", True, "Bonjour Madame Da Silva,"),
        ("inconnu", "Camille Roux", True, "Bonjour Camille Roux,"),
        ("madame", "Camille Roux", True, "Bonjour Madame Roux,"),
        ("inconnu", "Roux", True, "Madame, Monsieur,"),
        ("inconnu", "Da Silva", True, "Madame, Monsieur,"),
        ("inconnu", "", False, "Madame, Monsieur,"),
        ("inconnu", "Camille Roux", False, "Madame, Monsieur,"),
    ],
)
def test_the_greeting_follows_civilite_name_and_mode(civilite, nom, email, attendu):
    assert lire_recruteur(civilite, nom).salutation(email=email) == attendu


@pytest.mark.parametrize(
    ("civilite", "attendu"),
    [("madame", "Madame"), ("monsieur", "Monsieur"), ("inconnu", "Madame, Monsieur")],
)
def test_letter_closing_repeats_the_greeting(civilite, attendu):
    recruteur = lire_recruteur(civilite, "Durand")
    assert f"d’agréer, {attendu}, l’expression" in recruteur.formule_de_politesse(email=False)
    assert recruteur.formule_de_politesse(email=True) == "Bien cordialement,"


def test_a_title_typed_in_the_name_is_never_doubled():
    recruteur = lire_recruteur("monsieur", "M. Lefèvre")
    assert recruteur.destinataire == "Monsieur Lefèvre"
    assert recruteur.apostrophe == ", Monsieur Lefèvre"
    assert recruteur.tiers == f"M.{NBSP}Lefèvre"


@pytest.mark.parametrize(
    ("saisie", "feminin", "masculin", "neutre"),
    [
        (
            "chargé·e de communication",
            "chargée de communication",
            "chargé de communication",
            "chargé ou chargée de communication",
        ),
        (
            "directeur·rice financier·ère",
            "directrice financière",
            "directeur financier",
            "directeur financier ou directrice financière",
        ),
        ("motivé(e)", "motivée", "motivé", "motivé ou motivée"),
        ("technicien·ne", "technicienne", "technicien", "technicien ou technicienne"),
        ("développeur.euse", "développeuse", "développeur", "développeur ou développeuse"),
        ("salarié·es", "salariées", "salariés", "salariés ou salariées"),
    ],
)
def test_abbreviated_inclusive_forms_are_written_in_full(saisie, feminin, masculin, neutre):
    assert accorder(saisie, "feminin") == feminin
    assert accorder(saisie, "masculin") == masculin
    assert accorder(saisie, "neutre") == neutre


@pytest.mark.parametrize("saisie", ["https://alexmoreau.fr/portfolio", "jean.le@example.fr", "M. Dupont", "foo.se"])
def test_addresses_and_abbreviations_are_not_inclusive_forms(saisie):
    assert not contient_abreviation(saisie)
    assert accorder(saisie, "neutre") == saisie


@pytest.mark.parametrize(
    ("poste", "accord", "attendu"),
    [
        ("chargé·e de communication", "feminin", "poste de chargée de communication"),
        ("chargé·e de communication", "neutre", "poste en communication"),
        ("Chargé(e) de recrutement", "neutre", "poste en recrutement"),
        ("chargé·e de projet", "neutre", "poste de chargé ou chargée de projet"),
        ("technicien·ne de laboratoire", "neutre", "poste de technicien ou technicienne de laboratoire"),
        ("Ingénieure DevOps", "neutre", "poste d’ingénieure DevOps"),
        ("DAF de transition", "feminin", "poste de DAF de transition"),
    ],
)
def test_the_position_is_named_without_abbreviation_and_for_neutre_without_agreement_when_it_can(
    poste, accord, attendu
):
    from rattrapage.widgets import _saisie

    assert _saisie.poste_de({"poste": poste, "candidat_accord": accord}) == attendu
