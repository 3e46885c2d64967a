"""Validation derives from the declarations: empty is fine, impossible is an error."""

from __future__ import annotations

import pytest
from rattrapage.api import rendre
from rattrapage.champs import Champ, Choix
from rattrapage.validation import Invalide, valeur
from rattrapage.widgets import tous

TEXTE = Champ("t", "Texte", "text", longueur_max=10)
ZONE = Champ("z", "Zone", "textarea", longueur_max=50)
DATE = Champ("d", "Date", "date")
RADIO = Champ("r", "Radio", "radio", choix=(Choix("a", "A"), Choix("b", "B")), defaut="a")
MULTI = Champ("m", "Multi", "multi", choix=(Choix("a", "A"), Choix("b", "B")))
LISTE = Champ("l", "Liste", "list", longueur_max=5, lignes_max=2)
NOMBRE = Champ("n", "Nombre", "number", minimum=1, maximum=36)
CASE = Champ("c", "Case", "checkbox", defaut=True)


@pytest.mark.parametrize(
    ("champ", "brut", "attendu"),
    [
        (TEXTE, None, None),
        (TEXTE, "", None),
        (TEXTE, "  a \n b\t", "a b"),
        (ZONE, "a\r\n\r\n\r\nb  c", "a\n\nb c"),
        (DATE, "2028-02-29", "2028-02-29"),
        (DATE, "", None),
        (RADIO, None, "a"),
        (RADIO, "", "a"),
        (RADIO, "b", "b"),
        (MULTI, None, []),
        (MULTI, ["b", "a", "b"], ["a", "b"]),
        (LISTE, "- un\n\n• deux", ["un", "deux"]),
        (LISTE, ["", " "], None),
        (NOMBRE, "12", 12),
        (NOMBRE, "1,5", 1.5),
        (NOMBRE, "", None),
        (CASE, None, True),
        (CASE, False, False),
    ],
)
def test_valid_or_empty_values_are_normalised(champ, brut, attendu):
    assert valeur(champ, brut) == attendu


@pytest.mark.parametrize(
    ("champ", "brut"),
    [
        (TEXTE, "x" * 11),
        (TEXTE, 3),
        (TEXTE, ["a"]),
        (DATE, "2026-02-30"),
        (DATE, "2026-13-01"),
        (DATE, "0001-01-01"),
        (DATE, "9999-12-31"),
        (DATE, "12/03/2026"),
        (DATE, 20260312),
        (RADIO, "c"),
        (RADIO, 1),
        (MULTI, ["c"]),
        (MULTI, {"a": True}),
        (LISTE, "a\nb\nc"),
        (LISTE, "abcdef"),
        (LISTE, [1]),
        (NOMBRE, "-3"),
        (NOMBRE, 37),
        (NOMBRE, "douze"),
        (NOMBRE, True),
        (NOMBRE, float("nan")),
        (CASE, "on"),
    ],
)
def test_impossible_values_raise_a_french_message(champ, brut):
    with pytest.raises(Invalide) as erreur:
        valeur(champ, brut)
    message = str(erreur.value)
    assert message[0].isupper() and message.endswith(".")


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_an_empty_field_reads_as_the_default_the_form_shows(widget):
    """The form shows every default before anyone types (a number prefilled, a radio
    checked) and sends it; an empty value must give the same text, or the page and
    Python disagree as soon as a profile field is typed."""
    montres = {c.nom: c.defaut for c in widget.champs if c.defaut is not None}
    assert rendre(widget.id, montres)["text"] == rendre(widget.id, {})["text"]
