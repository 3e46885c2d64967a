"""Every widget's output for representative inputs equals its reviewed golden file."""

from __future__ import annotations

import pytest
from rattrapage.api import rendre

from tests.golden_files import cas, comparer, entree, identifiant, presenter


@pytest.mark.parametrize("chemin", cas(), ids=identifiant)
def test_output_matches_golden_file(chemin, request):
    comparer(presenter(rendre(chemin.parent.name, entree(chemin))), chemin.with_suffix(".txt"), request)


def test_every_widget_has_golden_cases():
    from rattrapage.widgets import tous

    couverts = {c.parent.name for c in cas()}
    assert {w.id for w in tous()} <= couverts
