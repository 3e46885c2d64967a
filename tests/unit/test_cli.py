"""The CLI of the contract: schema, render, exit codes, French errors, no traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rattrapage.cli import main
from rattrapage.widgets import tous

RACINE = Path(__file__).resolve().parents[2]
TYPES = {"text", "textarea", "date", "select", "radio", "checkbox", "multi", "list", "number"}


def _cli(*args: str, entree: str = "") -> tuple[int, dict]:
    sortie = io.StringIO()
    code = main(list(args), io.StringIO(entree), sortie)
    return code, json.loads(sortie.getvalue())


def test_schema_lists_every_widget_with_typed_fields():
    code, schema = _cli("schema")
    assert code == 0
    assert [w["id"] for w in schema["widgets"]] == [w.id for w in tous()]
    for widget in schema["widgets"]:
        assert widget["title"] and widget["fields"]
        for champ in widget["fields"]:
            assert {"name", "label", "type", "required"} <= champ.keys()
            assert champ["type"] in TYPES
            if champ["type"] in ("select", "radio", "multi"):
                assert all({"value", "label"} == c.keys() for c in champ["choices"])


def test_render_returns_text_subject_and_files():
    code, rendu = _cli("render", "lettre-apres-entretien", entree='{"candidat_nom": "Camille Martin"}')
    assert code == 0
    assert set(rendu) == {"text", "subject", "files"}
    assert "Camille Martin" in rendu["text"]
    assert rendu["files"][0]["name"].endswith(".eml")


def test_empty_input_renders_placeholders_not_errors():
    code, rendu = _cli("render", "lettre-apres-entretien", entree="{}")
    assert code == 0
    assert "[vos prénom et nom]" in rendu["text"]


@pytest.mark.parametrize(
    ("donnees", "champ"),
    [
        ({"date_entretien": "2026-02-30"}, "date_entretien"),
        ({"date_entretien": "12/03/2026"}, "date_entretien"),
        ({"recruteur_civilite": "docteur"}, "recruteur_civilite"),
        ({"candidat_nom": 42}, "candidat_nom"),
        ({"candidat_nom": "x" * 81}, "candidat_nom"),
        ({"pieces_jointes": ["cv", "photo"]}, "pieces_jointes"),
        ({"points_non_dits": "a\n" * 7}, "points_non_dits"),
    ],
)
def test_invalid_input_exits_2_with_french_message_for_the_field(donnees, champ):
    code, reponse = _cli("render", "lettre-apres-entretien", entree=json.dumps(donnees))
    assert code == 2
    assert set(reponse) == {"errors"}
    assert champ in reponse["errors"]
    assert reponse["errors"][champ][0].isupper()


@pytest.mark.parametrize(
    "args, entree",
    [
        (("render", "inconnu"), "{}"),
        (("render", "lettre-apres-entretien"), "{pas du json"),
        (("render", "lettre-apres-entretien"), "[1, 2]"),
        pytest.param(
            ("render", "lettre-apres-entretien"),
            "[" * 100000,
            marks=pytest.mark.skipif(sys.platform == "emscripten", reason="Pyodide's C stack is smaller"),
        ),
        (("render",), "{}"),
        (("bonjour",), ""),
    ],
)
def test_bad_usage_exits_2_with_message(args, entree):
    code, reponse = _cli(*args, entree=entree)
    assert code == 2
    assert reponse["errors"]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess under Pyodide")
def test_module_never_prints_a_traceback_on_bad_bytes():
    resultat = subprocess.run(
        [sys.executable, "-m", "rattrapage", "render", "lettre-apres-entretien"],
        input=b"\xff\xfe{",
        capture_output=True,
        cwd=RACINE / "py",
    )
    assert resultat.returncode == 2
    assert b"Traceback" not in resultat.stderr + resultat.stdout
    assert json.loads(resultat.stdout)["errors"]
