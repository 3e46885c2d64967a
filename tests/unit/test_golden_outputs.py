"""Every widget's output for representative inputs equals its reviewed golden file."""

from __future__ import annotations

import difflib

import pytest
from rattrapage.api import rendre

from tests.golden_files import cas, entree, identifiant, presenter


@pytest.mark.parametrize("chemin", cas(), ids=identifiant)
def test_output_matches_golden_file(chemin, request):
    obtenu = presenter(rendre(chemin.parent.name, entree(chemin)))
    attendu_chemin = chemin.with_suffix(".txt")
    if request.config.getoption("--update-golden"):
        attendu_chemin.write_text(obtenu, encoding="utf-8")
        return
    attendu = attendu_chemin.read_text(encoding="utf-8") if attendu_chemin.exists() else ""
    if obtenu != attendu:
        diff = "".join(difflib.unified_diff(attendu.splitlines(True), obtenu.splitlines(True), "attendu", "obtenu"))
        pytest.fail(f"{identifiant(chemin)} differs from its golden file (--update-golden to accept):\n{diff}")


def test_every_widget_has_golden_cases():
    from rattrapage.widgets import tous

    couverts = {c.parent.name for c in cas()}
    assert {w.id for w in tous()} <= couverts
