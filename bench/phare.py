"""Lighthouse (npm ``lighthouse``, pinned in package.json's devDependencies), mobile preset.

The CLI launches its own Chromium (``CHROME_PATH``) with a fresh profile per run;
the mobile form factor and simulated throttling are its defaults.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from banc import ARGUMENTS_CHROMIUM, CHROMIUM, RACINE

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRIQUES = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
    "interactive",
)
CLI = RACINE / "node_modules" / "lighthouse" / "cli" / "index.js"


def version() -> str | None:
    paquet = RACINE / "node_modules" / "lighthouse" / "package.json"
    return json.loads(paquet.read_text())["version"] if paquet.is_file() else None


def auditer(url: str, *, delai_s: float = 240) -> dict[str, Any]:
    """One run: scores (0–100) per category, the main metrics, the audits that lost points and where."""
    if not CLI.is_file():
        return {"error": f"{CLI} manque : lancez « npm ci »."}
    with tempfile.TemporaryDirectory(prefix="rattrapage-lighthouse-") as dossier:
        sortie = Path(dossier) / "rapport.json"
        drapeaux = " ".join(["--headless=new", *ARGUMENTS_CHROMIUM])
        commande = [
            "node",
            str(CLI),
            url,
            "--output=json",
            f"--output-path={sortie}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={drapeaux}",
            "--quiet",
        ]
        try:
            fin = subprocess.run(
                commande,
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                capture_output=True,
                text=True,
                timeout=delai_s,
            )
        except subprocess.TimeoutExpired:
            return {"error": f"Lighthouse n’a pas fini en {delai_s:g} s"}
        if fin.returncode != 0 or not sortie.is_file():
            return {"error": f"Lighthouse a échoué ({fin.returncode}) : {fin.stderr.strip()[-500:]}"}
        rapport = json.loads(sortie.read_text(encoding="utf-8"))
    return _resumer(rapport)


def _resumer(rapport: dict[str, Any]) -> dict[str, Any]:
    categories = rapport["categories"]
    audits = rapport["audits"]
    scores = {
        c: (round(categories[c]["score"] * 100) if categories.get(c, {}).get("score") is not None else None)
        for c in CATEGORIES
    }
    metriques = {m: audits[m].get("numericValue") for m in METRIQUES if m in audits}
    pertes: dict[str, list[dict[str, Any]]] = {}
    for c in CATEGORIES:
        for ref in categories.get(c, {}).get("auditRefs", []):
            audit = audits.get(ref["id"], {})
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                pertes.setdefault(c, []).append({"audit": ref["id"], "score": audit["score"], "where": _ou(audit)})
    erreur = rapport.get("runtimeError")
    return {
        "scores": scores,
        "metrics_ms": metriques,
        "failing_audits": pertes,
        "runtime_error": erreur.get("message") if isinstance(erreur, dict) else None,
        "warnings": rapport.get("runWarnings", []),
    }


def _ou(audit: dict[str, Any], limite: int = 5) -> list[str]:
    """Where an audit failed: the selectors (or snippets) of its first items."""
    lieux = []
    for item in (audit.get("details") or {}).get("items", [])[:limite]:
        noeud = item.get("node") if isinstance(item, dict) else None
        if isinstance(noeud, dict):
            lieux.append(f"{noeud.get('selector', '')} {noeud.get('snippet', '')[:120]}".strip())
        elif isinstance(item, dict) and "url" in item:
            lieux.append(str(item["url"]))
    return lieux


def auditer_plusieurs(url: str, fois: int) -> dict[str, Any]:
    """``fois`` runs of :func:`auditer`; median score per category and median metrics."""
    import statistics

    runs = [auditer(url) for _ in range(fois)]
    bons = [r for r in runs if "error" not in r]
    if not bons:
        return runs[0]
    scores = {
        c: statistics.median(xs) if (xs := [r["scores"][c] for r in bons if r["scores"][c] is not None]) else None
        for c in CATEGORIES
    }
    metriques = {
        m: statistics.median(xs)
        if (xs := [r["metrics_ms"][m] for r in bons if r["metrics_ms"].get(m) is not None])
        else None
        for m in METRIQUES
    }
    return {
        "scores": scores,
        "metrics_ms": metriques,
        "runs": len(bons),
        "failed_runs": [r["error"] for r in runs if "error" in r],
        "scores_per_run": [r["scores"] for r in bons],
        "failing_audits": bons[0]["failing_audits"],
        "runtime_error": bons[0]["runtime_error"],
        "warnings": bons[0]["warnings"],
    }
