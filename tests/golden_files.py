"""Golden files: readable expected outputs, compared with a diff.

Each case is ``tests/golden/<widget-id>/<case>.json`` (the form's input) beside
``<case>.txt`` (what ``render`` returns, laid out for a reviewer). Run pytest with
``--update-golden`` to rewrite the ``.txt`` files, then read the diff.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

RACINE = Path(__file__).resolve().parent / "golden"


def cas() -> list[Path]:
    """Every input file, sorted, for parametrisation."""
    return sorted(RACINE.glob("*/*.json"))


def identifiant(chemin: Path) -> str:
    return f"{chemin.parent.name}/{chemin.stem}"


def entree(chemin: Path) -> Any:
    return json.loads(chemin.read_text(encoding="utf-8"))


def presenter(reponse: dict[str, Any]) -> str:
    """A render answer as a readable document (non-breaking spaces made visible
    would hurt reading; they are checked by the typography tests instead)."""
    morceaux = []
    if reponse.get("errors"):
        morceaux.append("=== errors ===\n" + json.dumps(reponse["errors"], ensure_ascii=False, indent=2))
    if reponse.get("subject") is not None:
        morceaux.append("=== subject ===\n" + reponse["subject"])
    if "text" in reponse:
        morceaux.append("=== text ===\n" + reponse["text"])
    for fichier in reponse.get("files", []):
        morceaux.append(
            f"=== file {fichier['name']} ({fichier['mime']}) ===\n" + fichier["content"].replace("\r\n", "\n")
        )
    return "\n\n".join(morceaux) + "\n"


def comparer(obtenu: str, attendu_chemin: Path, request: pytest.FixtureRequest) -> None:
    """Fail with a unified diff when ``obtenu`` differs from the golden file;
    with ``--update-golden``, write it instead."""
    if request.config.getoption("--update-golden"):
        attendu_chemin.write_text(obtenu, encoding="utf-8")
        return
    attendu = attendu_chemin.read_text(encoding="utf-8") if attendu_chemin.exists() else ""
    if obtenu != attendu:
        diff = "".join(difflib.unified_diff(attendu.splitlines(True), obtenu.splitlines(True), "attendu", "obtenu"))
        pytest.fail(f"{attendu_chemin.name} differs from its golden file (--update-golden to accept):\n{diff}")
