"""iCalendar output: CRLF, folding at 75 octets, TEXT escaping, no injection, stable UIDs."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rattrapage.ics import CRLF, Evenement, calendrier, deplier, echapper, plier

HOSTILES = [
    "a\r\nBEGIN:VEVENT",
    "a\nEND:VCALENDAR",
    "a\rDTSTART:19700101",
    "x;y",
    "x,y",
    "x\\y",
    "\\n is not a newline",
    "a\u2028BEGIN:VALARM",
    "nul\x00char\x1bescape\x85nel",
    "tab\there",
    "👩🏽‍💻 " * 40,
    "\u202eعربي\u202c",
    "é" * 200,
]


def _ics(*evenements: Evenement) -> str:
    return calendrier(list(evenements))


def _evenement(resume: str = "Relancer Ateliers Lumière", description: str = "Le message.") -> Evenement:
    return Evenement(dt.date(2026, 3, 24), resume, description)


def _desechapper(valeur: str) -> str:
    """RFC 5545 TEXT back to plain text, for round-trip checks."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), valeur)


def _proprietes(contenu: str, nom: str) -> list[str]:
    return [ligne.split(":", 1)[1] for ligne in deplier(contenu) if ligne.split(":", 1)[0].split(";")[0] == nom]


@pytest.mark.parametrize("texte", HOSTILES)
def test_every_line_ends_with_crlf(texte):
    contenu = _ics(_evenement(texte, texte))
    assert contenu.endswith(CRLF)
    assert "\n" not in contenu.replace(CRLF, "")
    assert "\r" not in contenu.replace(CRLF, "")


@pytest.mark.parametrize("texte", HOSTILES)
def test_no_line_is_longer_than_75_octets(texte):
    contenu = _ics(_evenement(texte, texte * 3))
    for ligne in contenu.split(CRLF):
        assert len(ligne.encode("utf-8")) <= 75


@pytest.mark.parametrize(
    "ligne",
    [
        "DESCRIPTION:" + "a" * 300,
        "DESCRIPTION:" + "é" * 100,  # two octets each: a cut must fall between them
        "SUMMARY:" + "€" * 60,  # three octets
        "SUMMARY:" + "👩🏽‍💻" * 30,  # four-octet characters and joiners
        "SUMMARY:" + "a" * 66 + "é" * 10,  # a two-octet character right at the limit
        "X:" + "a" * 73,  # exactly 75 octets: not folded
    ],
)
def test_folding_round_trips_and_never_splits_a_character(ligne):
    pliee = plier(ligne)
    morceaux = pliee.split(CRLF)
    assert all(len(m.encode("utf-8")) <= 75 for m in morceaux)
    assert all(m.startswith(" ") for m in morceaux[1:])
    assert deplier(pliee + CRLF) == [ligne]
    # Cut between characters: every physical line is valid UTF-8 on its own.
    for m in morceaux:
        assert m.encode("utf-8").decode("utf-8") == m


def test_a_line_of_exactly_75_octets_is_not_folded():
    assert plier("X:" + "a" * 73) == "X:" + "a" * 73
    assert CRLF in plier("X:" + "a" * 74)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("a;b", "a\\;b"),
        ("a,b", "a\\,b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
        ("a\rb", "a\\nb"),
        ("a\u2028b", "a\\nb"),
        ("a\tb", "a b"),
        ("a\x00b\x7f", "ab"),
        ("Madame, Monsieur,", "Madame\\, Monsieur\\,"),
    ],
)
def test_text_values_are_escaped(texte, attendu):
    assert echapper(texte) == attendu


@pytest.mark.parametrize("texte", HOSTILES)
def test_escaping_round_trips(texte):
    propre = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", re.sub(r"\r\n|[\r\u2028\u2029]", "\n", texte))
    assert _desechapper(echapper(texte)) == propre.replace("\t", " ")


@pytest.mark.parametrize("texte", HOSTILES)
def test_user_text_cannot_inject_a_line_or_a_property(texte):
    contenu = _ics(_evenement(texte, texte))
    lignes = deplier(contenu)
    noms = [ligne.split(":", 1)[0] for ligne in lignes]
    assert noms == [
        "BEGIN",
        "VERSION",
        "PRODID",
        "CALSCALE",
        "METHOD",
        "BEGIN",
        "UID",
        "DTSTAMP",
        "DTSTART;VALUE=DATE",
        "DTEND;VALUE=DATE",
        "SUMMARY",
        "DESCRIPTION",
        "TRANSP",
        "BEGIN",
        "ACTION",
        "DESCRIPTION",
        "TRIGGER",
        "END",
        "END",
        "END",
    ]
    assert _proprietes(contenu, "SUMMARY") == [echapper(texte)]


@pytest.mark.parametrize("nombre", [1, 2, 3])
def test_one_vevent_per_reminder_and_balanced_blocks(nombre):
    evenements = [Evenement(dt.date(2026, 3, 24) + dt.timedelta(days=30 * i), f"Rappel {i}") for i in range(nombre)]
    lignes = deplier(calendrier(evenements))
    assert lignes.count("BEGIN:VEVENT") == nombre
    assert lignes.count("BEGIN:VALARM") == nombre
    pile: list[str] = []
    for ligne in lignes:
        if ligne.startswith("BEGIN:"):
            pile.append(ligne.removeprefix("BEGIN:"))
        elif ligne.startswith("END:"):
            assert pile.pop() == ligne.removeprefix("END:")
    assert pile == []
    assert lignes[0] == "BEGIN:VCALENDAR" and lignes[-1] == "END:VCALENDAR"


def test_all_day_event_with_a_deterministic_stamp_and_an_alarm():
    contenu = _ics(Evenement(dt.date(2026, 12, 31), "Relancer"))
    lignes = deplier(contenu)
    assert "DTSTART;VALUE=DATE:20261231" in lignes
    assert "DTEND;VALUE=DATE:20270101" in lignes  # the day after: an all-day event
    assert "DTSTAMP:20261231T000000Z" in lignes
    assert "ACTION:DISPLAY" in lignes
    assert "TRIGGER:-PT15H" in lignes  # the day before at 9 a.m.
    assert "VERSION:2.0" in lignes and any(ligne.startswith("PRODID:") for ligne in lignes)


def test_uid_is_stable_and_follows_the_content():
    a, b = _evenement(), _evenement()
    assert a.uid() == b.uid()
    assert a.uid().endswith("@rattrapage")
    assert re.fullmatch(r"[0-9a-f]{32}@rattrapage", a.uid())
    assert _evenement(description="Autre").uid() != a.uid()
    assert Evenement(dt.date(2026, 3, 25), a.resume, a.description).uid() != a.uid()
    assert _ics(a) == _ics(b)


def test_a_calendar_needs_an_event():
    with pytest.raises(ValueError):
        calendrier([])
