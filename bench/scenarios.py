"""The bench's registry: every scenario declared once, in :data:`SCENARIOS`, run by one loop.

A scenario is a visit: which page, on which Chromium profile (new, the previous
one again, or one a first visit has primed), whether the letter form is focused
at DOMContentLoaded, how long to wait, and what else to take while the page is
open (bytes, keystrokes, the letter's text). :func:`executer` runs a list of
scenarios ``fois`` times, interleaved (the whole list, then again), so a busy
moment of the machine hits every variant; under a :class:`Condition` (a slower
network, a slower CPU) it runs the same visits, the measure only.

The keys (``cle``) are latest.json's (English: the wire); everything else is the
bench's own French.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import banc
import mesures
from playwright.sync_api import BrowserContext, Page

DELAI_FROID_MS = 60_000
DELAI_SANS_INTERACTION_MS = 30_000
DELAI_BRIDE_MS = 120_000
REPOS_MS = 3_000


def journaliser(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- Conditions: the machine and network a visit runs under ----------------------------


@dataclass(frozen=True)
class Condition:
    """A machine and network to visit under: ``cpu`` is the CDP throttling rate,
    ``debit_mbit`` None for the unshaped local network.

    The network is shaped by the bench's server (``JournalServeur.bride``: one
    link shared by all responses, ``latence_ms`` before each), as CDP's network
    emulation does not reach the requests of a dedicated worker.
    """

    nom: str
    libelle: str
    cpu: float = 1
    debit_mbit: float | None = None
    latence_ms: float = 0


#: The throttled measures (``measurements.throttled``) and one of the boot-choice conditions.
BRIDE = Condition("10-mbit", "10 Mbit/s, 40 ms", debit_mbit=10, latence_ms=40)


# --- The registry -----------------------------------------------------------------------


Profil = Literal["froid", "tiede", "amorce"]


@dataclass(frozen=True)
class Scenario:
    """One visit, repeated and interleaved with the others.

    ``profil``: ``froid`` a new Chromium profile (empty HTTP cache, no service
    worker, empty storage); ``tiede`` the profile the scenario just before it in
    the run used, Chromium relaunched on it (HTTP cache and service worker kept);
    ``amorce`` a new profile whose first visit opened the letter page, focused,
    until ready, then 3 s (not measured).
    """

    cle: str  # its key in latest.json's measurements (and in the ratios' and targets' ``lit``)
    libelle: str  # its row in latest.md
    temoin: str  # the label of its browser messages in latest.json (browser_messages)
    page: str  # under the site: the letter page waits for the widget, a bench page for [data-bench-state]
    profil: Profil = "froid"
    focus: bool = False  # the letter form's first control focused right after DOMContentLoaded
    delai_ms: float = DELAI_FROID_MS  # then counted as failed
    octets: str | None = None  # bytes until ready in each sample; the first run's in bytes.<octets>_until_ready
    repos: bool = False  # first run, once ready: 3 s of idle, then bytes.<octets>_after_idle
    frappes: bool = False  # once ready: its letter is the site's text, then the keystrokes (measurements.keystroke)
    compare_texte: bool = False  # its output against the site's text (same_text_as_site)
    bride: bool = False  # measured again under BRIDE (measurements.throttled)


SCENARIOS = (
    Scenario(
        "cold_ready_focus",
        "cold ready, letter page (first control focused at DOMContentLoaded)",
        "letter page, cold",
        mesures.PAGE_WIDGET,
        focus=True,
        octets="widget",
        repos=True,
        frappes=True,
        bride=True,
    ),
    Scenario(
        "warm_ready",
        "warm ready (second visit, same profile)",
        "letter page, warm",
        mesures.PAGE_WIDGET,
        profil="tiede",
        focus=True,
        octets="widget_warm",
    ),
    Scenario(
        "warm_worker_alone",
        "diagnostic: warm, the site's worker alone on an empty page (`bench/moteur-seul.html`)",
        "worker alone, warm",
        mesures.PAGE_MOTEUR_SEUL,
        profil="amorce",
    ),
    Scenario(
        "cold_ready_no_interaction",
        "cold ready, letter page, no interaction",
        "letter page, cold, no interaction",
        mesures.PAGE_WIDGET,
        delai_ms=DELAI_SANS_INTERACTION_MS,
    ),
    Scenario(
        "baseline",
        "baseline: bare Pyodide in a module worker + `import json`",
        "baseline",
        mesures.PAGE_BASELINE,
        bride=True,
    ),
    Scenario(
        "pyscript",
        "PyScript (main thread), same letter, same Pyodide",
        "pyscript",
        mesures.PAGE_PYSCRIPT,
        compare_texte=True,
    ),
)

PAR_CLE = {s.cle: s for s in SCENARIOS}


@dataclass(frozen=True)
class Lecture:
    """A page read without a widget: what it downloads on load and 3 s of idle later (once)."""

    cle: str  # bytes.<cle>_on_load, bytes.<cle>_after_idle
    libelle: str
    page: str


LECTURES = (
    Lecture("reading_page", "reading page `lapsus/`", mesures.PAGE_LECTURE),
    Lecture("home_page", "home page", mesures.PAGE_ACCUEIL),
)


def lignes_octets() -> list[tuple[str, str]]:
    """The bytes summaries the registry makes (key in ``measurements.bytes``, label), in their order."""
    lignes = []
    for s in SCENARIOS:
        if s.octets:
            lignes.append((f"{s.octets}_until_ready", f"{s.temoin} (until ready)"))
            if s.repos:
                lignes.append((f"{s.octets}_after_idle", f"{s.temoin} (until ready, then 3 s idle)"))
    for lu in LECTURES:
        lignes += [
            (f"{lu.cle}_on_load", f"{lu.libelle} (load)"),
            (f"{lu.cle}_after_idle", f"{lu.libelle} (load, then 3 s idle)"),
        ]
    return lignes


# --- Running them ------------------------------------------------------------------------


class Temoin:
    """Console errors and warnings, page errors and HTTP errors seen by a context, by label."""

    def __init__(self) -> None:
        self.vus: dict[str, set[str]] = {}

    def suivre(self, contexte: BrowserContext, etiquette: str) -> None:
        def noter(texte: str) -> None:
            self.vus.setdefault(etiquette, set()).add(texte[:400])

        contexte.on(
            "console",
            lambda m: noter(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None,
        )
        contexte.on("weberror", lambda e: noter(f"page error: {e.error}"))
        contexte.on(
            "response",
            lambda r: noter(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
        )
        contexte.on("requestfailed", lambda r: noter(f"request failed: {r.url} ({r.failure})"))

    def rapport(self) -> dict[str, list[str]]:
        return {k: sorted(v) for k, v in sorted(self.vus.items())}


@dataclass
class Seance:
    """What every visit of a run shares: browsers, the served site and its journal, the witness."""

    nav: banc.Navigateurs
    journal: banc.JournalServeur
    url: str  # the site's root, …/rattrapage/
    site: Path  # the served copy of the site (for the gzip estimates)
    frappes: int  # keystrokes per run (--keystrokes)
    temoin: Temoin = field(default_factory=Temoin)


@dataclass
class Releve:
    """What a run gathered: samples by scenario key, and what some scenarios take beside."""

    echantillons: dict[str, list[dict[str, Any]]]
    octets: dict[str, Any] = field(default_factory=dict)
    latences: list[float | None] = field(default_factory=list)
    texte_site: str | None = None  # the letter once ready, defaults only (cold profile, no draft)
    identiques: list[bool] = field(default_factory=list)


@contextmanager
def ouvrir(
    seance: Seance, profil: Path, *, focus: bool, etiquette: str | None = None, condition: Condition | None = None
) -> Iterator[Page]:
    """Chromium on ``profil``, its page instrumented, the CPU slowed as ``condition`` says."""
    with seance.nav.ouvrir(profil, focus=mesures.FORMULAIRE if focus else None) as (contexte, page):
        if etiquette:
            seance.temoin.suivre(contexte, etiquette)
        if condition and condition.cpu != 1:
            contexte.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": condition.cpu})
        yield page


def charger(
    seance: Seance, page: Page, url: str, chemin: str, delai_ms: float, condition: Condition | None = None
) -> dict[str, Any]:
    """Open ``url + chemin`` and wait for it to be ready, the network shaped as ``condition`` says."""
    reseau = (
        seance.journal.bride(debit_mbit=condition.debit_mbit, latence_ms=condition.latence_ms)
        if condition and condition.debit_mbit is not None
        else nullcontext()
    )
    with reseau:
        if chemin == mesures.PAGE_WIDGET:
            return mesures.charger_widget(page, url, delai_ms=delai_ms)
        return mesures.charger_repere(page, url, chemin, delai_ms=delai_ms)


def executer(
    seance: Seance,
    scenarios: tuple[Scenario, ...],
    fois: int,
    *,
    condition: Condition | None = None,
    delai_ms: float | None = None,
    etape: str = "répétition",
) -> Releve:
    """Each scenario ``fois`` times, interleaved; under ``condition``, the measure only."""
    releve = Releve({s.cle: [] for s in scenarios})
    for rep in range(fois):
        journaliser(f"{etape} {rep + 1}/{fois}")
        precedent: Path | None = None
        for s in scenarios:
            precedent = visiter(seance, s, rep, releve, precedent, condition, delai_ms or s.delai_ms)
        seance.nav.nettoyer()
    return releve


def visiter(
    seance: Seance,
    s: Scenario,
    rep: int,
    releve: Releve,
    precedent: Path | None,
    condition: Condition | None,
    delai_ms: float,
) -> Path:
    """One visit of ``s``; returns the profile it used (for a ``tiede`` scenario after it)."""
    if s.profil == "tiede":
        if precedent is None:
            raise ValueError(f"{s.cle} : un scénario « tiede » suit un autre scénario.")
        profil = precedent
    else:
        profil = seance.nav.nouveau_profil()
    if s.profil == "amorce":
        with ouvrir(seance, profil, focus=True, etiquette=f"letter page, cold, before: {s.temoin}") as page:
            if mesures.charger_widget(page, seance.url, delai_ms=DELAI_FROID_MS)["ready_ms"] is not None:
                page.wait_for_timeout(REPOS_MS)
    etiquette = s.temoin if condition is None else f"{s.temoin}, throttled"
    with ouvrir(seance, profil, focus=s.focus, etiquette=etiquette, condition=condition) as page:
        marque = seance.journal.marque()
        mesure = charger(seance, page, seance.url, s.page, delai_ms, condition)
        if condition is None:
            prendre_aussi(seance, s, page, marque, mesure, rep, releve)
        releve.echantillons[s.cle].append(mesure)
    return profil


def prendre_aussi(
    seance: Seance, s: Scenario, page: Page, marque: int, mesure: dict[str, Any], rep: int, releve: Releve
) -> None:
    """What ``s`` takes beside its time, the page still open: bytes, the letter's text, keystrokes."""
    if s.octets:
        envoye = banc.resume_envois(seance.journal.depuis(marque))
        mesure["bytes_until_ready"] = envoye["bytes"]
        if rep == 0:
            releve.octets[f"{s.octets}_until_ready"] = banc.annoter_gzip(envoye, seance.site)
    if mesure["ready_ms"] is None:
        return
    if s.frappes:
        releve.texte_site = releve.texte_site or mesures.texte_widget(page)
    if s.repos and s.octets and rep == 0:
        page.wait_for_timeout(REPOS_MS)
        releve.octets[f"{s.octets}_after_idle"] = banc.resume_envois(seance.journal.depuis(marque))
    if s.frappes:
        releve.latences += mesures.frappes(page, seance.frappes)
    if s.compare_texte and releve.texte_site is not None:
        releve.identiques.append(mesures.meme_texte(mesures.texte_sortie(page), releve.texte_site))


def lire_pages(seance: Seance, octets: dict[str, Any]) -> None:
    """Each of :data:`LECTURES` once, on a new profile: bytes on load and after 3 s of idle."""
    for lu in LECTURES:
        journaliser(f"octets : {lu.page or 'accueil'}")
        with ouvrir(seance, seance.nav.nouveau_profil(), focus=False, etiquette=lu.cle.replace("_", " ")) as page:
            marque = seance.journal.marque()
            page.goto(seance.url + lu.page, wait_until="load")
            octets[f"{lu.cle}_on_load"] = banc.resume_envois(seance.journal.depuis(marque))
            page.wait_for_timeout(REPOS_MS)
            octets[f"{lu.cle}_after_idle"] = banc.resume_envois(seance.journal.depuis(marque))
        seance.nav.nettoyer()
