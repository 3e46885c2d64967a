"""French typography, dates in words and agreement helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from rattrapage.accord import selon_accord
from rattrapage.dates import en_lettres
from rattrapage.typographie import NBSP, NNBSP, ecarts, elide, enumerer, franciser, minuscule_initiale, phrase


@pytest.mark.parametrize(
    ("saisie", "attendu"),
    [
        ("l'équipe", "l’équipe"),
        ("Bonjour : test", f"Bonjour{NBSP}: test"),
        ("Vraiment ?", f"Vraiment{NNBSP}?"),
        ("Vraiment?", f"Vraiment{NNBSP}?"),
        ("oui ; non", f"oui{NNBSP}; non"),
        ("Portfolio: https://exemple.fr/a?b=1", f"Portfolio{NBSP}: https://exemple.fr/a?b=1"),
        ('il a dit "bravo"', f"il a dit «{NBSP}bravo{NBSP}»"),
        ("« déjà »", f"«{NBSP}déjà{NBSP}»"),
        ("30 %", f"30{NBSP}%"),
        ("attendez...", "attendez…"),
        ("{0} $nom %s {{ x }}", "{0} $nom %s {{ x }}"),
    ],
)
def test_franciser_applies_french_typography(saisie, attendu):
    assert franciser(saisie) == attendu


@pytest.mark.parametrize("texte", ["l'équipe", "Bonjour : x", "motivé(e)", "« x»", "a  b"])
def test_ecarts_reports_broken_rules(texte):
    assert ecarts(texte)


def test_franciser_is_idempotent_and_clean():
    texte = franciser('C\'est « bien » : oui ; non ! ? "ok"')
    assert franciser(texte) == texte
    assert ecarts(texte) == []


@pytest.mark.parametrize(
    ("date", "options", "attendu"),
    [
        (dt.date(2026, 3, 12), {}, f"12{NBSP}mars 2026"),
        (dt.date(2026, 3, 12), {"jour_semaine": True}, f"jeudi 12{NBSP}mars 2026"),
        (dt.date(2026, 5, 1), {"annee": False}, f"1ᵉʳ{NBSP}mai"),
        (dt.date(2028, 2, 29), {"jour_semaine": True}, f"mardi 29{NBSP}février 2028"),
        (dt.date(2026, 8, 15), {}, f"15{NBSP}août 2026"),
    ],
)
def test_dates_are_written_in_words(date, options, attendu):
    assert en_lettres(date, **options) == attendu


@pytest.mark.parametrize(
    ("accord", "attendu"), [("feminin", "ravie"), ("masculin", "ravi"), ("neutre", "n"), (None, "n")]
)
def test_selon_accord_picks_the_variant(accord, attendu):
    assert selon_accord(accord, feminin="ravie", masculin="ravi", neutre="n") == attendu


@pytest.mark.parametrize(
    ("suite", "attendu"),
    [
        ("ingénieure", "poste d’ingénieure"),
        ("chef de projet", "poste de chef de projet"),
        ("hôtesse", "poste d’hôtesse"),
        ("haut fonctionnaire", "poste de haut fonctionnaire"),
    ],
)
def test_elision_before_vowel_and_mute_h(suite, attendu):
    assert elide("poste de", suite) == attendu


def test_small_helpers():
    assert enumerer(["a", "b", "c"]) == "a, b et c"
    assert phrase("bonjour") == "Bonjour."
    assert minuscule_initiale("Mon expérience") == "mon expérience"
    assert minuscule_initiale("ISO 9001") == "ISO 9001"
