"""The figures the bench derives, and its targets: each declared once, as data.

:data:`RATIOS` says which scenario's median is divided by which;
:data:`CIBLES` says which figure of latest.json a target reads, the comparison
and the threshold. The same declarations give latest.json's ``ratios`` and
``targets`` and latest.md's "target" and "met" columns (``run.tableau``).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

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


def latences(xs: list[float | None]) -> dict[str, Any]:
    """The keystroke figures: ``None`` is a keystroke whose output never changed (missed)."""
    vues = [x for x in xs if x is not None]
    return {
        "median_ms": mediane(vues),
        "p95_ms": p95(vues),
        "n": len(vues),
        "missed": len(xs) - len(vues),
        "samples_ms": xs,
    }


def apparie(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Median of the per-repetition ratios a_i / b_i (repetitions are interleaved)."""
    paires = [
        x["ready_ms"] / y["ready_ms"]
        for x, y in zip(a["samples"], b["samples"], strict=False)
        if x.get("ready_ms") and y.get("ready_ms")
    ]
    return mediane(paires)


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


# --- Ratios -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    """The median of scenario ``de`` over the median of scenario ``sur``.

    With a ``libelle``, it has its own row in latest.md; without, it is shown
    beside ``de``'s row as ``court``. ``apparie``: also the median of the
    per-repetition ratios (same moment of the machine), under that key.
    ``bride``: also computed over the throttled series, under that key.
    """

    cle: str  # its key in latest.json's ratios
    de: str
    sur: str
    libelle: str | None = None
    court: str = ""
    apparie: str | None = None
    bride: str | None = None


RATIOS = (
    Ratio(
        "ours_cold_focus_to_baseline",
        "cold_ready_focus",
        "baseline",
        libelle="**ratio ours / baseline** (cold, focus)",
        apparie="paired_ours_cold_focus_to_baseline_median",
        bride="ratio_ours_to_baseline",
    ),
    Ratio("ours_cold_no_interaction_to_baseline", "cold_ready_no_interaction", "baseline", court="/ baseline"),
    Ratio(
        "pyscript_to_ours_cold_focus",
        "pyscript",
        "cold_ready_focus",
        libelle="**ratio PyScript / ours**",
        apparie="paired_pyscript_to_ours_cold_focus_median",
    ),
    Ratio("warm_to_cold", "warm_ready", "cold_ready_focus", court="warm/cold"),
)


def ratios(m: dict[str, Any]) -> dict[str, float | None]:
    """latest.json's ``ratios``: of medians first, then paired."""
    sortie = {r.cle: ratio(m[r.de]["median_ms"], m[r.sur]["median_ms"]) for r in RATIOS}
    # Same repetition, same moment of the machine: less sensitive to a busy machine.
    sortie.update({r.apparie: apparie(m[r.de], m[r.sur]) for r in RATIOS if r.apparie})
    return sortie


# --- Targets ----------------------------------------------------------------------------

Comparaison = Literal["<=", ">=", "=="]
_COMPARER = {"<=": lambda v, s: v <= s, ">=": lambda v, s: v >= s, "==": lambda v, s: v == s}
_SIGNE = {"<=": "≤", ">=": "≥", "==": "="}


@dataclass(frozen=True)
class Cible:
    """A target: the figure it reads in latest.json, compared with a threshold.

    ``lit`` is the path of the figure in latest.json (a list counts its items);
    the target is shown on latest.md's row of what holds that figure (a ratio,
    a scenario, ``keystroke``, a bytes summary, a boot-choice condition). ``nul``:
    a further figure that must be 0 for the target to be met (no keystroke
    missed). ``enonce``: what the target says when it is not a threshold.
    """

    nom: str  # "name" in latest.json's targets (the wire: English)
    lit: tuple[str, ...]
    comparaison: Comparaison
    seuil: float
    unite: str = ""
    quoi: str = ""  # before the threshold in latest.md, when a row shows several ("median", "p95")
    precision: str = ""  # after the threshold in latest.json
    nul: tuple[str, ...] | None = None
    enonce: str = ""

    @property
    def ligne(self) -> str:
        """The key of the row of latest.md it is shown on."""
        return self.lit[1] if self.lit[0] == "ratios" else self.lit[-2]

    def texte(self) -> str:
        return self.enonce or f"{self.comparaison} {self.seuil:g}{self.unite}{self.precision}"

    def texte_md(self) -> str:
        if self.enonce:
            return self.enonce
        seuil = f"{self.seuil:,g}".replace(",", " ")
        return f"{self.quoi} {_SIGNE[self.comparaison]} {seuil}{self.unite}".strip()

    def juger(self, r: dict[str, Any]) -> dict[str, Any]:
        valeur = lire(r, self.lit)
        if isinstance(valeur, list):
            valeur = len(valeur)
        atteint = None if valeur is None else bool(_COMPARER[self.comparaison](valeur, self.seuil))
        if atteint and self.nul is not None:
            atteint = lire(r, self.nul) == 0
        return {"name": self.nom, "value": valeur, "target": self.texte(), "pass": atteint}


CIBLES = (
    Cible("cold ready / baseline", ("ratios", "ours_cold_focus_to_baseline"), "<=", 0.5),
    Cible("PyScript / ours (cold ready)", ("ratios", "pyscript_to_ours_cold_focus"), ">=", 2),
    Cible("warm ready", ("measurements", "warm_ready", "median_ms"), "<=", 500, " ms"),
    Cible("keystroke to output, median", ("measurements", "keystroke", "median_ms"), "<=", 50, " ms", quoi="median"),
    Cible(
        "keystroke to output, p95 (contract: within a second)",
        ("measurements", "keystroke", "p95_ms"),
        "<=",
        1000,
        " ms",
        quoi="p95",
        nul=("measurements", "keystroke", "missed"),
    ),
    Cible(
        "reading page requests no .wasm (load + 3 s idle)",
        ("measurements", "bytes", "reading_page_after_idle", "wasm_requests"),
        "==",
        0,
        " requests",
        quoi=".wasm",
    ),
    Cible(
        "reading page bytes (load + 3 s idle)",
        ("measurements", "bytes", "reading_page_after_idle", "bytes"),
        "<=",
        100_000,
        " bytes",
        precision=" (gzip as served)",
    ),
)

#: Lighthouse, on each page audited: the least score of each category.
SCORES_LIGHTHOUSE = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def cible_lighthouse(page: str, audit: dict[str, Any]) -> dict[str, Any]:
    scores = audit.get("scores") or {}
    return {
        "name": f"Lighthouse {page}",
        "value": scores or None,
        "target": ", ".join(f"{c} >= {n}" for c, n in SCORES_LIGHTHOUSE.items()),
        "pass": None if not scores else all((scores.get(c) or 0) >= n for c, n in SCORES_LIGHTHOUSE.items()),
    }


def cibles(r: dict[str, Any], declarees: tuple[Cible, ...]) -> list[dict[str, Any]]:
    """latest.json's ``targets`` over ``r`` (with its measurements and ratios).

    A target whose measure was not run (no throttling: no boot choice) is left out.
    """
    jugees = [c.juger(r) for c in declarees if lire(r, c.lit[:-1]) is not None]
    jugees += [cible_lighthouse(page, audit) for page, audit in (r["measurements"].get("lighthouse") or {}).items()]
    return jugees


def atteint(jugements: list[bool | None]) -> bool | None:
    """Several targets on one row: not met if one is not, unknown if one is unknown."""
    if False in jugements:
        return False
    return None if None in jugements else True


def lire(r: dict[str, Any], chemin: tuple[str, ...]) -> Any:
    for cle in chemin:
        if not isinstance(r, dict) or cle not in r:
            return None
        r = r[cle]
    return r
