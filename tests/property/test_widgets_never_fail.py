"""Property tests over every widget's schema: no input raises, typography always holds.

Inputs are drawn from each field's declaration: valid values, empty values,
wrong types, huge strings, emoji, right-to-left text, template syntax, impossible
dates, extreme years and negative numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rattrapage.api import rendre
from rattrapage.champs import Champ, Widget
from rattrapage.navigateur import traiter
from rattrapage.widgets import tous

HOSTILES = [
    "{0}",
    "$candidat_nom",
    "%s",
    "{{ nom }}",
    "<script>alert(1)</script>",
    "\u202eعربي\u202c",
    "👩🏽‍💻",
    "a\r\nBEGIN:VEVENT",
    "l'équipe : ok ?",
]
textes = st.one_of(
    st.text(max_size=80),
    st.sampled_from(HOSTILES),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=3000),
)
dates = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["2026-02-30", "2026-13-01", "0000-00-00", "2026-3-1", "", "demain"]),
)
nombres = st.one_of(
    st.integers(-(10**12), 10**12), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=10)
)
n_importe_quoi = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    textes,
    st.lists(textes, max_size=3),
    st.dictionaries(textes, st.integers(), max_size=2),
)


def _valeur(champ: Champ) -> st.SearchStrategy[Any]:
    valeurs = list(champ.valeurs())
    bonnes: dict[str, st.SearchStrategy[Any]] = {
        "text": textes,
        "textarea": textes,
        "date": dates,
        "select": st.sampled_from(valeurs or [""]),
        "radio": st.sampled_from(valeurs or [""]),
        "checkbox": st.booleans(),
        "multi": st.lists(st.sampled_from(valeurs or [""]), max_size=len(valeurs) + 1),
        "list": st.lists(textes, max_size=8),
        "number": nombres,
    }
    return st.one_of(bonnes[champ.type], n_importe_quoi)


def _donnees(widget: Widget) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={c.nom: _valeur(c) for c in widget.champs})


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_render_never_raises_and_output_is_clean(widget):
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_donnees(widget))
    def verifier(donnees):
        reponse = rendre(widget.id, donnees)
        assert isinstance(reponse["errors"], dict)
        assert isinstance(reponse["text"], str) and reponse["text"].strip()
        assert not re.search(r" [:;!?]", reponse["text"]), "espace ordinaire avant : ; ! ?"
        assert "'" not in reponse["text"], "apostrophe droite"
        if reponse["subject"] is not None:
            assert "\n" not in reponse["subject"] and "\r" not in reponse["subject"]
        for fichier in reponse["files"]:
            assert "/" not in fichier["name"] and "\\" not in fichier["name"]
        # What crosses to the browser is plain JSON.
        assert json.loads(traiter(json.dumps({"widget": widget.id, "data": donnees}, default=str)))

    verifier()


@given(st.text(max_size=200))
def test_worker_entry_point_answers_any_text(requete):
    assert "errors" in json.loads(traiter(requete)) or json.loads(traiter(requete))
