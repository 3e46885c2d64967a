"""The boot decision (issue 11, item 3): the worker keeps the memory snapshot or
gives it up for a normal boot from an estimate of the time each way still needs
(``instantane.mjs``, ``estimer``), never from a fixed byte rate.

Under each condition, the site is visited cold (``auto``), then the path it did
not take is timed on its own in a copy made to take it (``tests/variantes.py``),
up to the time ``auto`` needed: it must not be clearly faster. The comparison is
between two visits of the same test, never against a fixed time; ``make bench``
times the three fully and reports medians (``bench/choix.py``).

CPU throttling is CDP's ``Emulation.setCPUThrottlingRate``; the network is shaped
by the server (``ServeurPages.brider``): CDP's network emulation does not reach a
dedicated worker's requests.
"""

from __future__ import annotations

import json
import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import variantes
from tests.e2e.conftest import pages_des_widgets

LETTRE = "lettre-apres-entretien"
#: The path not taken may be a little faster (a near tie, a noisy machine), not this much.
TOLERANCE = 0.8


@dataclass(frozen=True)
class Condition:
    cpu: float
    debit_mbit: float | None
    latence_ms: float
    #: The path the estimate must take here, when it is not a near tie.
    attendu: str | None


CONDITIONS = {
    "cpu-x4-network-unlimited": Condition(cpu=4, debit_mbit=None, latence_ms=0, attendu="instantane"),
    "10-mbit-40-ms": Condition(cpu=1, debit_mbit=10, latence_ms=40, attendu=None),
    "slow-4g": Condition(cpu=1, debit_mbit=1.6, latence_ms=150, attendu="normal"),
}


@pytest.fixture(scope="module")
def forcees(serveur, site: Path, tmp_path_factory) -> dict[str, str]:
    """Prefix of each copy made to take one path, served beside the site."""
    dossier = tmp_path_factory.mktemp("variantes")
    prefixes = {}
    for chemin in variantes.CHEMINS:
        prefixes[chemin] = f"/force-{chemin}/"
        serveur.servir(prefixes[chemin], variantes.forcer(site, dossier / chemin, chemin))
    return prefixes


@dataclass
class Visite:
    pret_s: float | None
    mode: str | None
    choix: dict | None
    wasm: int


def _visiter(nouveau_contexte, serveur, url: str, condition: Condition, limite_s: float) -> Visite:
    """A cold visit of the letter page: seconds until ready (None past ``limite_s``), and how Python started."""
    contexte = nouveau_contexte(service_workers="block")
    page = contexte.new_page()
    wasm: list[str] = []
    page.on("request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None)
    if condition.cpu != 1:
        contexte.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": condition.cpu})
    etat = f"document.querySelector('[data-widget=\"{LETTRE}\"]')?.dataset.widgetState ?? null"
    with (
        serveur.brider(debit_mbit=condition.debit_mbit, latence_ms=condition.latence_ms)
        if condition.debit_mbit
        else nullcontext()
    ):
        debut = time.monotonic()
        page.goto(url + pages_des_widgets()[LETTRE], wait_until="commit")
        pret_s = None
        while time.monotonic() - debut < limite_s:
            if page.evaluate(etat) == "ready":
                pret_s = time.monotonic() - debut
                break
            assert page.evaluate(etat) != "error", page.text_content(f'[data-widget="{LETTRE}"] [data-widget-status]')
            page.wait_for_timeout(100)
        donnees = page.evaluate("({...document.documentElement.dataset})")
    contexte.close()
    choix = json.loads(donnees["pythonChoice"]) if donnees.get("pythonChoice") else None
    return Visite(pret_s, donnees.get("pythonBoot"), choix, len(wasm))


@pytest.mark.parametrize("nom", list(CONDITIONS))
def test_boot_takes_the_faster_path(nom, nouveau_contexte, serveur, base_url, forcees):
    condition = CONDITIONS[nom]
    origine = base_url.removesuffix("/rattrapage/")
    auto = _visiter(nouveau_contexte, serveur, base_url, condition, limite_s=240)
    assert auto.pret_s is not None, "the site did not get ready"
    assert auto.choix is not None, "the worker reports its choice"
    assert auto.mode == auto.choix["verdict"], auto.choix
    if condition.attendu:
        assert auto.mode == condition.attendu, f"{nom}: took {auto.mode}, estimate {auto.choix}"
    assert auto.wasm == 1, f"the .wasm is fetched once, whatever the path ({auto.wasm})"
    autre = "normal" if auto.mode == "instantane" else "instantane"
    limite = auto.pret_s * TOLERANCE
    rival = _visiter(nouveau_contexte, serveur, origine + forcees[autre], condition, limite_s=limite)
    assert rival.pret_s is None, (
        f"{nom}: the site took {auto.mode} and was ready in {auto.pret_s:.1f} s, "
        f"but {autre} alone was ready in {rival.pret_s:.1f} s (estimate {auto.choix})"
    )
