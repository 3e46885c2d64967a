"""``make bench``: how fast the site's widgets are ready, and what they cost.

Usage: ``.venv/bin/python bench/run.py [--quick] [--runs N] [--site DIR]
[--no-lighthouse] [--no-throttle]``. See ``bench/README.md`` for what is
measured and how to read it. The benchmark reports; it never fails on a target
(exit 0 unless the measurement itself breaks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any

import banc
import choix
import mesures
import phare
from playwright.sync_api import BrowserContext, sync_playwright

RESULTATS = banc.BENCH / "results"
DELAI_FROID_MS = 60_000
DELAI_SANS_INTERACTION_MS = 30_000
DELAI_BRIDE_MS = 120_000
REPOS_MS = 3_000


def journaliser(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- Statistics ---------------------------------------------------------------------


def valeurs(echantillons: list[dict[str, Any]], cle: str = "ready_ms") -> list[float]:
    return [e[cle] for e in echantillons if isinstance(e.get(cle), (int, float))]


def mediane(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def p95(xs: list[float]) -> float | None:
    """Nearest-rank 95th percentile."""
    if not xs:
        return None
    ordonnes = sorted(xs)
    return ordonnes[max(0, math.ceil(0.95 * len(ordonnes)) - 1)]


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def serie(echantillons: list[dict[str, Any]]) -> dict[str, Any]:
    xs = valeurs(echantillons)
    return {
        "median_ms": mediane(xs),
        "min_ms": min(xs) if xs else None,
        "max_ms": max(xs) if xs else None,
        "n": len(xs),
        "failed": len(echantillons) - len(xs),
        "samples": echantillons,
    }


def demarrages(s: dict[str, Any]) -> str:
    """How the site says Python started in a series (``instantane/appareil ×5``), if it says."""
    comptes = Counter(
        "/".join(x for x in (d.get("boot"), d.get("source")) if x)
        for e in s["samples"]
        if (d := e.get("site_diagnostics"))
    )
    return ", ".join(f"{cle} ×{n}" for cle, n in comptes.most_common())


def jalons(s: dict[str, Any]) -> dict[str, float]:
    """Median of each boot milestone the site reports (``data-python-timings``), in ms."""
    par_nom: dict[str, list[float]] = {}
    for e in s["samples"]:
        for nom, t in ((e.get("site_diagnostics") or {}).get("milestones") or {}).items():
            par_nom.setdefault(nom, []).append(t)
    return {nom: m for nom, xs in par_nom.items() if (m := mediane(xs)) is not None}


# --- Console and failed requests, for the notes --------------------------------------


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


# --- The measurements -----------------------------------------------------------------


def mesurer(args: argparse.Namespace, copie: banc.Copie) -> dict[str, Any]:
    resultats: dict[str, Any] = {}
    temoin = Temoin()
    runs = args.runs
    with banc.servir(copie, choix.preparer(copie)) as (url, journal), sync_playwright() as pw:
        nav = banc.Navigateurs(pw)
        try:
            froid_focus: list[dict[str, Any]] = []
            froid_seul: list[dict[str, Any]] = []
            tiede: list[dict[str, Any]] = []
            seul: list[dict[str, Any]] = []
            baseline: list[dict[str, Any]] = []
            pyscript: list[dict[str, Any]] = []
            latences: list[float | None] = []
            octets: dict[str, Any] = {}
            texte_site: str | None = None  # the letter once ready, defaults only (cold profile, no draft)
            pyscript_identique: list[bool] = []

            for rep in range(runs):
                journaliser(f"répétition {rep + 1}/{runs}")
                # 1. Ours, cold, the first control focused after DOMContentLoaded; then keystrokes.
                profil = nav.nouveau_profil()
                with nav.ouvrir(profil, focus=mesures.FORMULAIRE) as (contexte, page):
                    temoin.suivre(contexte, "letter page, cold")
                    marque = journal.marque()
                    mesure = mesures.charger_widget(page, url, delai_ms=DELAI_FROID_MS)
                    envoye = banc.resume_envois(journal.depuis(marque))
                    mesure["bytes_until_ready"] = envoye["bytes"]
                    froid_focus.append(mesure)
                    if rep == 0:
                        octets["widget_until_ready"] = banc.annoter_gzip(envoye, copie.site)
                    if mesure["ready_ms"] is not None:
                        texte_site = texte_site or mesures.texte_widget(page)
                        if rep == 0:
                            page.wait_for_timeout(REPOS_MS)
                            octets["widget_after_idle"] = banc.resume_envois(journal.depuis(marque))
                        latences += mesures.frappes(page, args.keystrokes)
                # 2. Ours, warm: the same profile again (HTTP cache, service worker if any).
                with nav.ouvrir(profil, focus=mesures.FORMULAIRE) as (contexte, page):
                    temoin.suivre(contexte, "letter page, warm")
                    marque = journal.marque()
                    mesure = mesures.charger_widget(page, url, delai_ms=DELAI_FROID_MS)
                    mesure["bytes_until_ready"] = banc.resume_envois(journal.depuis(marque))["bytes"]
                    tiede.append(mesure)
                    if rep == 0:
                        octets["widget_warm_until_ready"] = banc.resume_envois(journal.depuis(marque))
                # 2b. Diagnostic: the site's worker alone on an empty page, as a second visit too:
                # a profile of its own, whose first visit opened the letter page until ready + 3 s.
                autre = nav.nouveau_profil()
                with nav.ouvrir(autre, focus=mesures.FORMULAIRE) as (contexte, page):
                    temoin.suivre(contexte, "letter page, cold, before the worker alone")
                    if mesures.charger_widget(page, url, delai_ms=DELAI_FROID_MS)["ready_ms"] is not None:
                        page.wait_for_timeout(REPOS_MS)
                with nav.ouvrir(autre) as (contexte, page):
                    temoin.suivre(contexte, "worker alone, warm")
                    seul.append(mesures.charger_repere(page, url, mesures.PAGE_MOTEUR_SEUL, delai_ms=DELAI_FROID_MS))
                # 3. Ours, cold, without any interaction.
                with nav.ouvrir(nav.nouveau_profil()) as (contexte, page):
                    temoin.suivre(contexte, "letter page, cold, no interaction")
                    froid_seul.append(mesures.charger_widget(page, url, delai_ms=DELAI_SANS_INTERACTION_MS))
                # 4. Baseline: the site's Pyodide, booted plainly in a module worker.
                with nav.ouvrir(nav.nouveau_profil()) as (contexte, page):
                    temoin.suivre(contexte, "baseline")
                    baseline.append(mesures.charger_repere(page, url, mesures.PAGE_BASELINE, delai_ms=DELAI_FROID_MS))
                # 5. PyScript: the same letter through PyScript and the same Pyodide.
                with nav.ouvrir(nav.nouveau_profil()) as (contexte, page):
                    temoin.suivre(contexte, "pyscript")
                    mesure = mesures.charger_repere(page, url, mesures.PAGE_PYSCRIPT, delai_ms=DELAI_FROID_MS)
                    if mesure["ready_ms"] is not None and texte_site is not None:
                        pyscript_identique.append(mesures.meme_texte(mesures.texte_sortie(page), texte_site))
                    pyscript.append(mesure)
                nav.nettoyer()

            # Reading pages: what they download on load and after 3 s of idle.
            for nom, chemin in (("reading_page", mesures.PAGE_LECTURE), ("home_page", mesures.PAGE_ACCUEIL)):
                journaliser(f"octets : {chemin or 'accueil'}")
                with nav.ouvrir(nav.nouveau_profil()) as (contexte, page):
                    temoin.suivre(contexte, nom.replace("_", " "))
                    marque = journal.marque()
                    page.goto(url + chemin, wait_until="load")
                    octets[f"{nom}_on_load"] = banc.resume_envois(journal.depuis(marque))
                    page.wait_for_timeout(REPOS_MS)
                    octets[f"{nom}_after_idle"] = banc.resume_envois(journal.depuis(marque))
                nav.nettoyer()

            resultats.update(
                cold_ready_focus=serie(froid_focus),
                cold_ready_no_interaction=serie(froid_seul),
                warm_ready=serie(tiede),
                warm_worker_alone=serie(seul),
                baseline=serie(baseline),
                pyscript={**serie(pyscript), "same_text_as_site": pyscript_identique},
                keystroke={
                    "median_ms": mediane([x for x in latences if x is not None]),
                    "p95_ms": p95([x for x in latences if x is not None]),
                    "n": sum(x is not None for x in latences),
                    "missed": sum(x is None for x in latences),
                    "samples_ms": latences,
                },
                bytes=octets,
            )

            if args.throttle:
                resultats["throttled"] = mesurer_bride(args, url, journal, nav, temoin)
                fois = min(args.runs, 3)
                resultats["boot_choice"] = choix.mesurer(nav, journal, url, fois, DELAI_BRIDE_MS, journaliser)
                resultats["boot_choice"]["cut_copy"] = choix.mesurer_copie_coupee(
                    nav, url, fois, DELAI_FROID_MS, journaliser
                )
        finally:
            nav.nettoyer()
            resultats["chromium"] = nav.version
    resultats["browser_messages"] = temoin.rapport()
    return resultats


def mesurer_bride(
    args: argparse.Namespace, url: str, journal: banc.JournalServeur, nav: banc.Navigateurs, temoin: Temoin
) -> dict[str, Any]:
    """Cold ready of ours (focus) and of the baseline, network at 10 Mbit/s down, 40 ms latency.

    The server shapes its responses (one 10 Mbit/s link shared by all of them,
    40 ms before each): see ``banc.servir`` for why not CDP.
    """
    ours: list[dict[str, Any]] = []
    base: list[dict[str, Any]] = []
    runs = min(args.runs, 3)
    for rep in range(runs):
        journaliser(f"réseau bridé {rep + 1}/{runs}")
        with nav.ouvrir(nav.nouveau_profil(), focus=mesures.FORMULAIRE) as (contexte, page):
            temoin.suivre(contexte, "letter page, throttled")
            with journal.bride():
                ours.append(mesures.charger_widget(page, url, delai_ms=DELAI_BRIDE_MS))
        with nav.ouvrir(nav.nouveau_profil()) as (contexte, page):
            temoin.suivre(contexte, "baseline, throttled")
            with journal.bride():
                base.append(mesures.charger_repere(page, url, mesures.PAGE_BASELINE, delai_ms=DELAI_BRIDE_MS))
        nav.nettoyer()
    ours_s, base_s = serie(ours), serie(base)
    return {
        "conditions": {
            "download_mbit_s": 10,
            "latency_ms": 40,
            "how": "shaped by the bench's server: one 10 Mbit/s link shared by all responses, 40 ms before each",
        },
        "cold_ready_focus": ours_s,
        "baseline": base_s,
        "ratio_ours_to_baseline": ratio(ours_s["median_ms"], base_s["median_ms"]),
    }


def mesurer_lighthouse(copie: banc.Copie, fois: int) -> dict[str, Any]:
    pages = {
        "home": mesures.PAGE_ACCUEIL,
        "guide (lapsus/)": mesures.PAGE_LECTURE,
        "widget (ecrire-au-recruteur/)": mesures.PAGE_WIDGET,
    }
    audits: dict[str, Any] = {}
    with banc.servir(copie) as (url, _journal):
        for nom, chemin in pages.items():
            journaliser(f"Lighthouse : {nom}")
            audits[nom] = {"url_path": chemin, **phare.auditer_plusieurs(url + chemin, fois)}
    return audits


# --- Figures, targets ------------------------------------------------------------------


def objectifs(m: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    froid = m["cold_ready_focus"]["median_ms"]
    ratios = {
        "ours_cold_focus_to_baseline": ratio(froid, m["baseline"]["median_ms"]),
        "ours_cold_no_interaction_to_baseline": ratio(
            m["cold_ready_no_interaction"]["median_ms"], m["baseline"]["median_ms"]
        ),
        "pyscript_to_ours_cold_focus": ratio(m["pyscript"]["median_ms"], froid),
        "warm_to_cold": ratio(m["warm_ready"]["median_ms"], froid),
        # Same repetition, same moment of the machine: less sensitive to a busy machine.
        "paired_ours_cold_focus_to_baseline_median": _apparie(m["cold_ready_focus"], m["baseline"]),
        "paired_pyscript_to_ours_cold_focus_median": _apparie(m["pyscript"], m["cold_ready_focus"]),
    }
    lecture = m["bytes"].get("reading_page_after_idle", {})
    cibles = [
        {
            "name": "cold ready / baseline",
            "value": ratios["ours_cold_focus_to_baseline"],
            "target": "<= 0.5",
            "pass": _compare(ratios["ours_cold_focus_to_baseline"], lambda v: v <= 0.5),
        },
        {
            "name": "PyScript / ours (cold ready)",
            "value": ratios["pyscript_to_ours_cold_focus"],
            "target": ">= 2",
            "pass": _compare(ratios["pyscript_to_ours_cold_focus"], lambda v: v >= 2),
        },
        {
            "name": "keystroke to output, p95 (contract: within a second)",
            "value": m["keystroke"]["p95_ms"],
            "target": "<= 1000 ms",
            "pass": _compare(m["keystroke"]["p95_ms"], lambda v: v <= 1000) and m["keystroke"]["missed"] == 0,
        },
        {
            "name": "reading page requests no .wasm (load + 3 s idle)",
            "value": len(lecture.get("wasm_requests", [])) if lecture else None,
            "target": "0 requests",
            "pass": _compare(len(lecture["wasm_requests"]) if lecture else None, lambda v: v == 0),
        },
        {
            "name": "reading page bytes (load + 3 s idle)",
            "value": lecture.get("bytes") if lecture else None,
            "target": "<= 100 KB (100 000 bytes, gzip as served)",
            "pass": _compare(lecture.get("bytes") if lecture else None, lambda v: v <= 100_000),
        },
        {
            "name": "warm ready",
            "value": m["warm_ready"]["median_ms"],
            "target": "<= 500 ms",
            "pass": _compare(m["warm_ready"]["median_ms"], lambda v: v <= 500),
        },
        {
            "name": "keystroke to output, median",
            "value": m["keystroke"]["median_ms"],
            "target": "<= 50 ms",
            "pass": _compare(m["keystroke"]["median_ms"], lambda v: v <= 50),
        },
    ]
    for page, audit in (m.get("lighthouse") or {}).items():
        scores = audit.get("scores") or {}
        cibles.append(
            {
                "name": f"Lighthouse {page}",
                "value": scores or None,
                "target": "performance >= 95, accessibility, best practices, SEO = 100",
                "pass": (
                    None
                    if not scores
                    else (scores.get("performance") or 0) >= 95
                    and all(scores.get(c) == 100 for c in ("accessibility", "best-practices", "seo"))
                ),
            }
        )
    return ratios, cibles


def remarques(r: dict[str, Any]) -> list[str]:
    """Observations computed from the figures, for the reader of latest.md."""
    notes = []
    charge = r["machine"]["load_average_start"][0], r["machine"]["load_average_end"][0]
    if max(charge) > 0.8 * (r["machine"]["cpus"] or 1):
        notes.append(
            f"The machine was busy (load average {charge[0]:.1f} at start, {charge[1]:.1f} at end, "
            f"{r['machine']['cpus']} CPUs): expect noisy samples; read medians, compare ratios."
        )
    widget = r["measurements"]["bytes"].get("widget_until_ready", {})
    for envoi in widget.get("detail", []):
        if "gzip_bytes_if_compressed" in envoi and envoi["bytes"] > 1_000_000:
            gain = envoi["bytes"] - envoi["gzip_bytes_if_compressed"]
            if gain > 0.2 * envoi["bytes"]:
                notes.append(
                    f"`{envoi['path']}` is sent uncompressed ({_ko(envoi['bytes'])}); gzip would make it "
                    f"{_ko(envoi['gzip_bytes_if_compressed'])}. The bench server (tests/serveur_pages.py) compresses "
                    "by file extension and this one is not in its list; whether GitHub Pages gzips it (type "
                    "application/octet-stream) is to be checked on the deployed site."
                )
    for nom, cle in (("cold", "cold_ready_focus"), ("warm", "warm_ready")):
        serie_ = r["measurements"][cle]
        if not (comment := demarrages(serie_)):
            continue
        temps = jalons(serie_)
        page = f"worker started at {temps['debut']:.0f} ms (page time)" if "debut" in temps else ""
        etapes = ", ".join(f"{n} {t:.0f}" for n, t in sorted(temps.items(), key=lambda x: x[1]) if n != "debut")
        notes.append(
            f"{nom.capitalize()} visits, as the site reports its boot: {comment}; {page}; then, in ms since the "
            f"worker started (medians): {etapes}."
        )
    for nom in ("reading_page_after_idle", "home_page_after_idle"):
        lecture = r["measurements"]["bytes"].get(nom, {})
        if lecture.get("runtime_requests"):
            notes.append(
                f"{nom}: the reading page fetched the Python runtime: {', '.join(lecture['runtime_requests'])}"
            )
    return notes


def _apparie(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Median of the per-repetition ratios a_i / b_i (repetitions are interleaved)."""
    paires = [
        x["ready_ms"] / y["ready_ms"]
        for x, y in zip(a["samples"], b["samples"], strict=False)
        if x.get("ready_ms") and y.get("ready_ms")
    ]
    return mediane(paires)


def _compare(valeur: float | None, test: Any) -> bool | None:
    return None if valeur is None else bool(test(valeur))


def machine() -> dict[str, Any]:
    modele = "?"
    try:
        for ligne in Path("/proc/cpuinfo").read_text().splitlines():
            if ligne.startswith("model name"):
                modele = ligne.split(":", 1)[1].strip()
                break
        memoire = next(
            int(ligne.split()[1]) // 1024
            for ligne in Path("/proc/meminfo").read_text().splitlines()
            if ligne.startswith("MemTotal")
        )
    except (OSError, StopIteration, ValueError):
        memoire = None
    return {
        "platform": platform.platform(),
        "cpu": modele,
        "cpus": os.cpu_count(),
        "memory_mib": memoire,
        "load_average_start": os.getloadavg(),
    }


def versions() -> dict[str, Any]:
    def npm(paquet: str) -> str | None:
        chemin = banc.RACINE / "node_modules" / paquet / "package.json"
        return json.loads(chemin.read_text())["version"] if chemin.is_file() else None

    def commande(*cmd: str) -> str | None:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=30, cwd=banc.RACINE).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None

    return {
        "python": platform.python_version(),
        "playwright": metadata.version("playwright"),
        "node": commande("node", "--version"),
        "chromium": banc.version_chromium(),
        "pyodide": npm("pyodide"),
        "pyscript_core": npm("@pyscript/core"),
        "lighthouse": phare.version(),
        "repo_commit": commande("git", "rev-parse", "--short", "HEAD"),
        "repo_worktree_dirty": bool(commande("git", "status", "--porcelain")),
    }


# --- Output --------------------------------------------------------------------------


def _ms(v: float | None) -> str:
    return "—" if v is None else f"{v:,.0f} ms".replace(",", " ")


def _x(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}×"


def _ko(v: int | None) -> str:
    return "—" if v is None else f"{v / 1024:,.0f} KiB".replace(",", " ")


def _n(v: float | None) -> str:
    return "—" if v is None else f"{v:g}"


def _ok(v: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "—"}[v]


def _etendue(s: dict[str, Any]) -> str:
    texte = f"n={s['n']}"
    if s["n"]:
        texte += f", {s['min_ms']:.0f}–{s['max_ms']:.0f}"
    if s.get("failed"):
        texte += f", {s['failed']} failed"
    return texte


def tableau(r: dict[str, Any]) -> str:
    m = r["measurements"]
    ratios = r["ratios"]
    cibles = {c["name"]: c for c in r["targets"]}
    b = m["bytes"]
    lignes = [
        "| measure | median | spread | target | met |",
        "| --- | ---: | --- | --- | --- |",
        f"| cold ready, letter page (first control focused at DOMContentLoaded) | {_ms(m['cold_ready_focus']['median_ms'])} | {_etendue(m['cold_ready_focus'])} | | |",
        f"| cold ready, letter page, no interaction | {_ms(m['cold_ready_no_interaction']['median_ms'])} | {_etendue(m['cold_ready_no_interaction'])} | | |",
        f"| baseline: bare Pyodide in a module worker + `import json` | {_ms(m['baseline']['median_ms'])} | {_etendue(m['baseline'])} | | |",
        f"| **ratio ours / baseline** (cold, focus) | {_x(ratios['ours_cold_focus_to_baseline'])} | paired: {_x(ratios['paired_ours_cold_focus_to_baseline_median'])}; no interaction: {_x(ratios['ours_cold_no_interaction_to_baseline'])} | ≤ 0.5 | {_ok(cibles['cold ready / baseline']['pass'])} |",
        f"| PyScript (main thread), same letter, same Pyodide | {_ms(m['pyscript']['median_ms'])} | {_etendue(m['pyscript'])} | | |",
        f"| **ratio PyScript / ours** | {_x(ratios['pyscript_to_ours_cold_focus'])} | paired: {_x(ratios['paired_pyscript_to_ours_cold_focus_median'])} | ≥ 2 | {_ok(cibles['PyScript / ours (cold ready)']['pass'])} |",
        f"| warm ready (second visit, same profile) | {_ms(m['warm_ready']['median_ms'])} | {_etendue(m['warm_ready'])}; warm/cold {_x(ratios['warm_to_cold'])} | ≤ 500 ms | {_ok(cibles['warm ready']['pass'])} |",
        f"| diagnostic: warm, the site's worker alone on an empty page (`bench/moteur-seul.html`) | {_ms(m['warm_worker_alone']['median_ms'])} | {_etendue(m['warm_worker_alone'])} | | |",
        f"| keystroke → output changed | {_ms(m['keystroke']['median_ms'])} | p95 {_ms(m['keystroke']['p95_ms'])}, n={m['keystroke']['n']}, missed {m['keystroke']['missed']} | median ≤ 50 ms; p95 ≤ 1 000 ms | {_ok(cibles['keystroke to output, median']['pass'] and cibles['keystroke to output, p95 (contract: within a second)']['pass'])} |",
    ]
    for cle, nom in (
        ("reading_page_on_load", "bytes, reading page `lapsus/` (load)"),
        ("reading_page_after_idle", "bytes, reading page `lapsus/` (load + 3 s idle)"),
        ("home_page_after_idle", "bytes, home page (load + 3 s idle)"),
        ("widget_until_ready", "bytes, letter page until ready (cold)"),
        ("widget_after_idle", "bytes, letter page, ready + 3 s idle (cold)"),
        ("widget_warm_until_ready", "bytes, letter page until ready (warm)"),
    ):
        if cle in b:
            wasm = len(b[cle]["wasm_requests"])
            detail = f"{b[cle]['requests']} requests, {wasm} .wasm, {len(b[cle]['runtime_requests'])} under pyodide/"
            cible, atteint = "", ""
            if cle == "reading_page_after_idle":
                cible = "no .wasm, ≤ 100 KB"
                atteint = _ok(
                    cibles["reading page requests no .wasm (load + 3 s idle)"]["pass"]
                    and cibles["reading page bytes (load + 3 s idle)"]["pass"]
                )
            lignes.append(f"| {nom} | {_ko(b[cle]['bytes'])} | {detail} | {cible} | {atteint} |")
    if "throttled" in m:
        t = m["throttled"]
        lignes += [
            f"| throttled 10 Mbit/s, 40 ms: cold ready (focus) | {_ms(t['cold_ready_focus']['median_ms'])} | {_etendue(t['cold_ready_focus'])}; {demarrages(t['cold_ready_focus']) or 'boot not reported'} | | |",
            f"| throttled 10 Mbit/s, 40 ms: baseline | {_ms(t['baseline']['median_ms'])} | {_etendue(t['baseline'])}; ratio {_x(t['ratio_ours_to_baseline'])} | | |",
        ]
    if "boot_choice" in m:
        lignes += choix.lignes(m["boot_choice"])
    texte = "\n".join(lignes)
    if m.get("lighthouse"):
        texte += "\n\nLighthouse (mobile preset, simulated throttling):\n\n"
        texte += "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | met (95+, 100, 100, 100) |\n"
        texte += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for page, a in m["lighthouse"].items():
            if "error" in a:
                texte += f"| {page} | error: {a['error'][:80]} | | | | | | |\n"
                continue
            s, mt = a["scores"], a["metrics_ms"]
            texte += (
                f"| {page} | {_n(s['performance'])} | {_n(s['accessibility'])} | {_n(s['best-practices'])} | {_n(s['seo'])} "
                f"| {_ms(mt.get('first-contentful-paint'))} | {_ms(mt.get('largest-contentful-paint'))} "
                f"| {_ms(mt.get('total-blocking-time'))} | {_ok(cibles.get(f'Lighthouse {page}', {}).get('pass'))} |\n"
            )
    return texte


def ecrire(r: dict[str, Any], sortie: Path) -> str:
    sortie.mkdir(parents=True, exist_ok=True)
    (sortie / "latest.json").write_text(json.dumps(r, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    v = r["versions"]
    entete = (
        f"# Benchmark results\n\n{r['date']} · {r['machine']['cpu']} × {r['machine']['cpus']} · "
        f"Chromium {r['measurements'].get('chromium') or v['chromium']} · Pyodide {v['pyodide']} · "
        f"PyScript {v['pyscript_core']} · Lighthouse {v['lighthouse']} · repository at {v['repo_commit']}"
        f"{' (uncommitted changes)' if v['repo_worktree_dirty'] else ''} · {r['parameters']['runs']} runs"
        f"{' (quick)' if r['parameters']['quick'] else ''} · load average at start "
        f"{' '.join(f'{x:.2f}' for x in r['machine']['load_average_start'])}, at end "
        f"{' '.join(f'{x:.2f}' for x in r['machine']['load_average_end'])}\n\n"
        "Times are `performance.now()` in the page (origin: navigation start); medians. "
        "See `bench/README.md`.\n\n"
    )
    texte = tableau(r)
    if r["notes"]:
        texte += "\n\nNotes:\n\n" + "\n".join(f"- {n}" for n in r["notes"])
    (sortie / "latest.md").write_text(entete + texte + "\n", encoding="utf-8")
    return texte


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parseur.add_argument("--quick", action="store_true", help="2 runs, 10 keystrokes, no Lighthouse, no throttling")
    parseur.add_argument("--runs", type=int, default=None, help="repetitions of each cold measurement (default 5)")
    parseur.add_argument("--keystrokes", type=int, default=None, help="keystrokes per run (default 20)")
    parseur.add_argument("--site", type=Path, default=banc.RACINE / "site", help="the built site (default site/)")
    parseur.add_argument("--out", type=Path, default=RESULTATS, help="where latest.json and latest.md go")
    parseur.add_argument("--no-lighthouse", dest="lighthouse", action="store_false")
    parseur.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (median; default 3)")
    parseur.add_argument("--no-throttle", dest="throttle", action="store_false")
    args = parseur.parse_args()
    if args.quick:
        args.lighthouse = args.throttle = False
    args.runs = args.runs or (2 if args.quick else 5)
    args.keystrokes = args.keystrokes or (10 if args.quick else 20)

    debut = time.monotonic()
    resultat: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
        "parameters": {
            "runs": args.runs,
            "keystrokes_per_run": args.keystrokes,
            "quick": args.quick,
            "lighthouse": args.lighthouse,
            "lighthouse_runs_per_page": args.lighthouse_runs if args.lighthouse else 0,
            "throttle": args.throttle,
            "site": str(args.site),
            "widget": mesures.WIDGET,
            "focus_policy": "first form control focused as soon as goto() returns at DOMContentLoaded",
            "pyscript_mode": 'main thread (<script type="py">), no worker',
            "bytes_method": "server side: Content-Length of each response as sent (gzip when it applies)",
        },
    }
    copie = banc.preparer(args.site)
    try:
        m = mesurer(args, copie)
        if args.lighthouse:
            m["lighthouse"] = mesurer_lighthouse(copie, args.lighthouse_runs)
    finally:
        import shutil

        shutil.rmtree(copie.racine, ignore_errors=True)
    resultat["measurements"] = m
    resultat["ratios"], resultat["targets"] = objectifs(m)
    resultat["machine"]["load_average_end"] = os.getloadavg()
    resultat["duration_s"] = round(time.monotonic() - debut, 1)
    resultat["notes"] = remarques(resultat)
    texte = ecrire(resultat, args.out)
    print(texte)
    print(f"\n{args.out / 'latest.json'} · {args.out / 'latest.md'} · {resultat['duration_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
