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
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import banc
import choix
import cibles
import mesures
import phare
import scenarios
from playwright.sync_api import sync_playwright

RESULTATS = banc.BENCH / "results"
journaliser = scenarios.journaliser

#: Every target but Lighthouse's: the figures' and the boot choice's.
CIBLES = cibles.CIBLES + choix.CIBLES

#: The pages Lighthouse audits (name in latest.json → path under the site).
PAGES_LIGHTHOUSE = {
    "home": mesures.PAGE_ACCUEIL,
    "guide (lapsus/)": mesures.PAGE_LECTURE,
    "widget (ecrire-au-recruteur/)": mesures.PAGE_WIDGET,
}


# --- The measurements -----------------------------------------------------------------


def mesurer(args: argparse.Namespace, copie: banc.Copie) -> dict[str, Any]:
    """The registry's scenarios, the reading pages, then (throttling on) the throttled and boot-choice runs."""
    resultats: dict[str, Any] = {}
    with banc.servir(copie, choix.preparer(copie)) as (url, journal), sync_playwright() as pw:
        seance = scenarios.Seance(banc.Navigateurs(pw), journal, url, copie.site, frappes=args.keystrokes)
        try:
            releve = scenarios.executer(seance, scenarios.SCENARIOS, args.runs)
            scenarios.lire_pages(seance, releve.octets)
            for s in scenarios.SCENARIOS:
                resultats[s.cle] = cibles.serie(releve.echantillons[s.cle])
                if s.compare_texte:
                    resultats[s.cle]["same_text_as_site"] = releve.identiques
            resultats["keystroke"] = cibles.latences(releve.latences)
            resultats["bytes"] = releve.octets
            if args.throttle:
                fois = min(args.runs, 3)
                resultats["throttled"] = mesurer_bride(seance, fois)
                resultats["boot_choice"] = choix.mesurer(seance, fois, scenarios.DELAI_BRIDE_MS)
                resultats["boot_choice"]["cut_copy"] = choix.mesurer_copie_coupee(
                    seance, fois, scenarios.DELAI_FROID_MS
                )
        finally:
            seance.nav.nettoyer()
            resultats["chromium"] = seance.nav.version
    resultats["browser_messages"] = seance.temoin.rapport()
    return resultats


def mesurer_bride(seance: scenarios.Seance, fois: int) -> dict[str, Any]:
    """The scenarios marked ``bride``, cold, under :data:`scenarios.BRIDE` (the server shapes the network)."""
    condition = scenarios.BRIDE
    brides = tuple(s for s in scenarios.SCENARIOS if s.bride)
    releve = scenarios.executer(
        seance, brides, fois, condition=condition, delai_ms=scenarios.DELAI_BRIDE_MS, etape="réseau bridé"
    )
    sortie: dict[str, Any] = {
        "conditions": {
            "download_mbit_s": condition.debit_mbit,
            "latency_ms": condition.latence_ms,
            "how": (
                f"shaped by the bench's server: one {condition.debit_mbit:g} Mbit/s link shared by all responses, "
                f"{condition.latence_ms:g} ms before each"
            ),
        },
    }
    sortie.update({cle: cibles.serie(e) for cle, e in releve.echantillons.items()})
    for r in cibles.RATIOS:
        if r.bride and r.de in sortie and r.sur in sortie:
            sortie[r.bride] = cibles.ratio(sortie[r.de]["median_ms"], sortie[r.sur]["median_ms"])
    return sortie


def mesurer_lighthouse(copie: banc.Copie, fois: int) -> dict[str, Any]:
    audits: dict[str, Any] = {}
    with banc.servir(copie) as (url, _journal):
        for nom, chemin in PAGES_LIGHTHOUSE.items():
            journaliser(f"Lighthouse : {nom}")
            audits[nom] = {"url_path": chemin, **phare.auditer_plusieurs(url + chemin, fois)}
    return audits


# --- Notes ------------------------------------------------------------------------------


def remarques(r: dict[str, Any]) -> list[str]:
    """Observations computed from the figures, for the reader of latest.md."""
    notes = []
    charge = r["machine"]["load_average_start"][0], r["machine"]["load_average_end"][0]
    if max(charge) > 0.8 * (r["machine"]["cpus"] or 1):
        notes.append(
            f"The machine was busy (load average {charge[0]:.1f} at start, {charge[1]:.1f} at end, "
            f"{r['machine']['cpus']} CPUs): expect noisy samples; read medians, compare ratios."
        )
    octets = r["measurements"]["bytes"]
    vus = set()
    for resume in octets.values():
        for envoi in resume.get("detail", []):
            if "gzip_bytes_if_compressed" in envoi and envoi["bytes"] > 1_000_000 and envoi["path"] not in vus:
                vus.add(envoi["path"])
                gain = envoi["bytes"] - envoi["gzip_bytes_if_compressed"]
                if gain > 0.2 * envoi["bytes"]:
                    notes.append(
                        f"`{envoi['path']}` is sent uncompressed ({_ko(envoi['bytes'])}); gzip would make it "
                        f"{_ko(envoi['gzip_bytes_if_compressed'])}. The bench server (tests/serveur_pages.py) "
                        "compresses by file extension and this one is not in its list; whether GitHub Pages gzips "
                        "it (type application/octet-stream) is to be checked on the deployed site."
                    )
    for s in scenarios.SCENARIOS:
        serie_ = r["measurements"][s.cle]
        if not (comment := cibles.demarrages(serie_)):
            continue
        temps = cibles.jalons(serie_)
        page = f"worker started at {temps['debut']:.0f} ms (page time)" if "debut" in temps else ""
        etapes = ", ".join(f"{n} {t:.0f}" for n, t in sorted(temps.items(), key=lambda x: x[1]) if n != "debut")
        notes.append(
            f"{s.temoin.capitalize()}, as the site reports its boot: {comment}; {page}; then, in ms since the "
            f"worker started (medians): {etapes}."
        )
    for lu in scenarios.LECTURES:
        lecture = octets.get(f"{lu.cle}_after_idle", {})
        if lecture.get("runtime_requests"):
            notes.append(f"{lu.libelle}: the page fetched the Python runtime: {', '.join(lecture['runtime_requests'])}")
    return notes


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
    """latest.md's table: the registry's rows in its order, each with the targets that read its figure."""
    m, les_ratios = r["measurements"], r["ratios"]
    juges = {c["name"]: c["pass"] for c in r["targets"]}
    par_ligne: dict[str, list[cibles.Cible]] = {}
    for c in CIBLES:
        par_ligne.setdefault(c.ligne, []).append(c)

    def rang(cle: str, libelle: str, valeur: str, etendue: str) -> str:
        visees = par_ligne.get(cle, [])
        cible = "; ".join(c.texte_md() for c in visees)
        met = _ok(cibles.atteint([juges.get(c.nom) for c in visees])) if visees else ""
        return f"| {libelle} | {valeur} | {etendue} | {cible} | {met} |"

    lignes = ["| measure | median | spread | target | met |", "| --- | ---: | --- | --- | --- |"]
    vus: set[str] = set()
    for s in scenarios.SCENARIOS:
        vus.add(s.cle)
        apartes = [f"{q.court} {_x(les_ratios[q.cle])}" for q in cibles.RATIOS if q.de == s.cle and not q.libelle]
        lignes.append(rang(s.cle, s.libelle, _ms(m[s.cle]["median_ms"]), "; ".join([_etendue(m[s.cle]), *apartes])))
        if s.frappes:
            k = m["keystroke"]
            etendue = f"p95 {_ms(k['p95_ms'])}, n={k['n']}, missed {k['missed']}"
            lignes.append(rang("keystroke", "keystroke → output changed", _ms(k["median_ms"]), etendue))
        for q in cibles.RATIOS:
            if q.libelle and s.cle in (q.de, q.sur) and {q.de, q.sur} <= vus:
                etendue = f"paired: {_x(les_ratios[q.apparie])}" if q.apparie else ""
                lignes.append(rang(q.cle, q.libelle, _x(les_ratios[q.cle]), etendue))
    for cle, libelle in scenarios.lignes_octets():
        if (b := m["bytes"].get(cle)) is not None:
            detail = f"{b['requests']} requests, {len(b['wasm_requests'])} .wasm, {len(b['runtime_requests'])} under pyodide/"
            lignes.append(rang(cle, f"bytes, {libelle}", _ko(b["bytes"]), detail))
    if "throttled" in m:
        t, avant = m["throttled"], f"throttled {scenarios.BRIDE.libelle}:"
        for s in scenarios.SCENARIOS:
            if s.cle in t:
                demarrage = ""
                if s.page == mesures.PAGE_WIDGET:
                    demarrage = f"; {cibles.demarrages(t[s.cle]) or 'boot not reported'}"
                lignes.append(
                    f"| {avant} {s.libelle} | {_ms(t[s.cle]['median_ms'])} | {_etendue(t[s.cle])}{demarrage} | | |"
                )
        for q in cibles.RATIOS:
            if q.bride and q.libelle and q.bride in t:
                lignes.append(f"| {avant} {q.libelle} | {_x(t[q.bride])} | | | |")
    if "boot_choice" in m:
        lignes += [rang(*ligne) for ligne in choix.lignes(m["boot_choice"])]
    texte = "\n".join(lignes)
    if m.get("lighthouse"):
        minimums = ", ".join(f"{n}" for n in cibles.SCORES_LIGHTHOUSE.values())
        texte += "\n\nLighthouse (mobile preset, simulated throttling):\n\n"
        texte += f"| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | met ({minimums}) |\n"
        texte += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for page, a in m["lighthouse"].items():
            if "error" in a:
                texte += f"| {page} | error: {a['error'][:80]} | | | | | | |\n"
                continue
            s_, mt = a["scores"], a["metrics_ms"]
            texte += (
                f"| {page} | {_n(s_['performance'])} | {_n(s_['accessibility'])} | {_n(s_['best-practices'])} "
                f"| {_n(s_['seo'])} | {_ms(mt.get('first-contentful-paint'))} "
                f"| {_ms(mt.get('largest-contentful-paint'))} | {_ms(mt.get('total-blocking-time'))} "
                f"| {_ok(juges.get(f'Lighthouse {page}'))} |\n"
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
    resultat["ratios"] = cibles.ratios(m)
    resultat["targets"] = cibles.cibles(resultat, CIBLES)
    resultat["machine"]["load_average_end"] = os.getloadavg()
    resultat["duration_s"] = round(time.monotonic() - debut, 1)
    resultat["notes"] = remarques(resultat)
    texte = ecrire(resultat, args.out)
    print(texte)
    print(f"\n{args.out / 'latest.json'} · {args.out / 'latest.md'} · {resultat['duration_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
