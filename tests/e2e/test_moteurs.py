"""The other browser engines: the shared checks of tests/moteurs/ in Firefox.

Chromium has the rich suite (the other files here). Firefox runs one list of
checks, written once in ``tests/moteurs/verifications.mjs`` and driven by
puppeteer-core over WebDriver BiDi: every widget page reaches ``ready``, typing
updates the output to the text Python renders here, the draft survives a
reload, « Effacer » empties it, a second visit works, and no console or page
error occurs. WebKit joins once its console can be read (see the README).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from rattrapage.api import rendre
from rattrapage.champs import Widget
from rattrapage.widgets import par_id

RACINE = Path(__file__).resolve().parents[2]


def _saisie(widget: Widget) -> tuple[str, str, str, str]:
    """(field, type, value, default): the first text field typed into, else the
    first radio set to a choice other than its default."""
    for champ in widget.champs:
        if champ.type in ("text", "textarea"):
            return champ.nom, champ.type, "Camille d’Arcy", ""
    champ = next(c for c in widget.champs if c.type == "radio")
    autre = next(c.value for c in champ.choix if c.value != champ.defaut)
    return champ.nom, "radio", autre, champ.defaut or ""


def _cas(plan) -> list[dict[str, str]]:
    cas = []
    for widget_id, chemin in sorted(plan.widgets.items()):
        widget = par_id(widget_id)
        assert widget is not None
        champ, type_, valeur, vide = _saisie(widget)
        cas.append(
            {
                "widget": widget_id,
                "chemin": chemin,
                "champ": champ,
                "type": type_,
                "valeur": valeur,
                "vide": vide,
                "attendu": rendre(widget_id, {champ: valeur})["text"],
                "defaut": rendre(widget_id, {})["text"],
            }
        )
    return cas


@pytest.mark.parametrize("moteur", ["firefox"])
def test_every_widget_works_in_each_engine(moteur, base_url, plan, tmp_path):
    if shutil.which("firefox-esr") is None:
        pytest.fail("firefox-esr manque : apt-get install firefox-esr (.ci/run l’installe).", pytrace=False)
    fichier = tmp_path / "plan.json"
    fichier.write_text(json.dumps({"base": base_url, "cas": _cas(plan)}, ensure_ascii=False), encoding="utf-8")
    resultat = subprocess.run(
        ["node", str(RACINE / "tests/moteurs/run.mjs"), moteur, str(fichier)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
