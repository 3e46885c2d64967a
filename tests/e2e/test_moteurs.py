"""The other browser engines: the shared checks of tests/moteurs/ in Firefox and WebKit.

Chromium has the rich suite (the other files here). Firefox and WebKit run one
list of checks, written once in ``tests/moteurs/verifications.mjs``: every
widget page reaches ``ready``, typing updates the output to the text Python
renders here, « Copier » and « Télécharger » hand over that text, the draft
survives a reload, « Effacer » empties it, a second visit works, the letter's
page fits a phone at 360 and 390 px (Firefox; WebKitGTK's window cannot be that
narrow), and no console or page error occurs. Firefox is driven by
puppeteer-core over WebDriver BiDi, WebKit by selenium-webdriver through
WebKitWebDriver under ``xvfb-run``, its console read through WebKit's Web
Inspector (``tests/moteurs/webkit.mjs``). Run with ``-s`` to see each engine's
time to ``ready`` on the letter's page.
"""

from __future__ import annotations

import json
import os
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
    autre = next(c.valeur for c in champ.choix if c.valeur != champ.defaut)
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


#: What each engine needs on the PATH, and the Debian package that brings it (.ci/run installs them).
PROGRAMMES = {
    "firefox": {"firefox-esr": "firefox-esr"},
    "webkit": {"WebKitWebDriver": "webkit2gtk-driver", "xvfb-run": "xvfb"},
}


@pytest.mark.parametrize("moteur", ["firefox", "webkit"])
def test_every_widget_works_in_each_engine(moteur, base_url, plan, tmp_path):
    manquants = [paquet for programme, paquet in PROGRAMMES[moteur].items() if shutil.which(programme) is None]
    if manquants:
        pytest.fail(
            f"il manque {', '.join(manquants)} : apt-get install {' '.join(manquants)} (.ci/run les installe).",
            pytrace=False,
        )
    fichier = tmp_path / "plan.json"
    fichier.write_text(json.dumps({"base": base_url, "cas": _cas(plan)}, ensure_ascii=False), encoding="utf-8")
    commande = ["node", str(RACINE / "tests/moteurs/run.mjs"), moteur, str(fichier)]
    # MiniBrowser is a GTK window: it needs a display, a virtual one when there is none.
    if moteur == "webkit" and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        commande = ["xvfb-run", "-a", *commande]
    resultat = subprocess.run(commande, capture_output=True, text=True, timeout=900, check=False)
    print(resultat.stdout)  # each engine's time to ready (pytest -s)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
