"""The boot decision: the path the worker takes, against each path timed on its own.

The worker keeps or gives up the memory snapshot from an estimate it makes while
the snapshot downloads (``instantane.mjs``, ``estimer``). Here, under each
condition of :data:`CONDITIONS`, three cold visits of the letter page are timed:
the site as built (``auto``), and two copies made to take one path each
(``tests/variantes.py``: the snapshot kept whatever happens, or a normal boot at
once). The decision is right when ``auto`` took the path that was faster.

CPU throttling is Chrome DevTools Protocol's ``Emulation.setCPUThrottlingRate``
on the page; the network is shaped by the server (``ServeurPages.brider``), as
CDP's network emulation does not reach a dedicated worker's requests.
"""

from __future__ import annotations

import json
from typing import Any

import banc
import cibles
import mesures
import scenarios
from playwright.sync_api import Page

from tests import variantes

#: Where each variant is served, beside the site's own ``/rattrapage/``.
PREFIXES = {"auto": banc.PREFIXE, **{chemin: f"/force-{chemin}/" for chemin in variantes.CHEMINS}}


#: The conditions the decision is judged under (``scenarios.Condition``; the 10 Mbit/s one is the
#: throttled measures' too).
CONDITIONS = (
    scenarios.Condition("cpu-x4", "CPU ×4 (CDP), network unlimited", cpu=4),
    scenarios.BRIDE,
    scenarios.Condition("slow-4g", "Lighthouse's slow 4G: 1.6 Mbit/s, 150 ms", debit_mbit=1.6, latence_ms=150),
)


def preparer(copie: banc.Copie) -> dict[str, str]:
    """The forced copies beside the site's copy; prefix → folder (relative to ``copie.racine``)."""
    autres = {}
    for chemin in variantes.CHEMINS:
        variantes.forcer(copie.site, copie.racine / f"force-{chemin}", chemin)
        autres[PREFIXES[chemin]] = f"force-{chemin}"
    return autres


def choix(page: Page) -> dict[str, Any] | None:
    """The worker's account of its decision (``data-python-choice``), if it made one."""
    texte = page.evaluate("document.documentElement.dataset.pythonChoice ?? null")
    return json.loads(texte) if texte else None


def visiter(seance: scenarios.Seance, condition: scenarios.Condition, variante: str, delai_ms: float) -> dict[str, Any]:
    """One cold visit of the letter page of ``variante`` under ``condition`` (the registry's cold visit)."""
    froid = scenarios.PAR_CLE["cold_ready_focus"]
    url = seance.url.removesuffix(banc.PREFIXE) + PREFIXES[variante]
    with scenarios.ouvrir(seance, seance.nav.nouveau_profil(), focus=froid.focus, condition=condition) as page:
        mesure = scenarios.charger(seance, page, url, froid.page, delai_ms, condition)
        mesure["choice"] = choix(page)
    seance.nav.nettoyer()
    return mesure


def mesurer(seance: scenarios.Seance, runs: int, delai_ms: float) -> dict[str, Any]:
    """Every condition × variant, interleaved, ``runs`` times; medians and the verdict."""
    resultats: dict[str, Any] = {}
    for condition in CONDITIONS:
        echantillons: dict[str, list[dict[str, Any]]] = {v: [] for v in PREFIXES}
        for rep in range(runs):
            for variante in PREFIXES:
                scenarios.journaliser(f"choix du démarrage : {condition.nom}, {variante} {rep + 1}/{runs}")
                echantillons[variante].append(visiter(seance, condition, variante, delai_ms))
        resultats[condition.nom] = resumer(condition, echantillons)
    return resultats


#: Cut this site's device copy to half its size, as a visit that ended while writing it leaves it.
_COUPER_COPIE = """async () => {
  const dossier = await navigator.storage.getDirectory();
  for (let essai = 0; essai < 100; essai++) {
    for await (const [nom, poignee] of dossier.entries()) {
      if (!/^instantane-.*[0-9a-f]+[.]bin$/.test(nom)) continue;
      const octets = new Uint8Array(await (await poignee.getFile()).arrayBuffer());
      if (!octets.length) continue;
      const flux = await poignee.createWritable();
      await flux.write(octets.subarray(0, octets.length >> 1));
      await flux.close();
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}"""


def mesurer_copie_coupee(seance: scenarios.Seance, runs: int, delai_ms: float) -> dict[str, Any]:
    """A second visit whose device copy was left incomplete, against the cold visit before it.

    The first visit (cold) waits until ready, lets the worker write its copy,
    cuts it to half (what a visit closed mid-write leaves), and the browser is
    closed; the same profile then opens the letter page again.
    """
    froid: list[dict[str, Any]] = []
    second: list[dict[str, Any]] = []
    for rep in range(runs):
        scenarios.journaliser(f"seconde visite, copie incomplète {rep + 1}/{runs}")
        profil = seance.nav.nouveau_profil()
        with scenarios.ouvrir(seance, profil, focus=True) as page:
            froid.append(mesures.charger_widget(page, seance.url, delai_ms=delai_ms))
            coupee = page.evaluate(_COUPER_COPIE)
        with scenarios.ouvrir(seance, profil, focus=True) as page:
            mesure = mesures.charger_widget(page, seance.url, delai_ms=delai_ms)
            mesure["copy_cut"] = coupee
            second.append(mesure)
        seance.nav.nettoyer()
    m_froid = cibles.mediane([e["ready_ms"] for e in froid if e["ready_ms"] is not None])
    m_second = cibles.mediane([e["ready_ms"] for e in second if e["ready_ms"] is not None])
    return {
        "cold_median_ms": m_froid,
        "second_median_ms": m_second,
        "ratio_second_to_cold": None if not (m_froid and m_second) else m_second / m_froid,
        "second_boots": [(e.get("site_diagnostics") or {}).get("source") for e in second],
        "samples": {"cold": froid, "second": second},
    }


def resumer(condition: scenarios.Condition, echantillons: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Medians per variant, the paths ``auto`` took, and whether it took the faster one.

    The choice is right when the site, as built, was not slower than the path
    it did not take, timed on its own (its median against that path's): near a
    tie, either path is right. ``faster_path`` compares the two forced paths.
    """
    medianes = {
        v: cibles.mediane([e["ready_ms"] for e in s if e["ready_ms"] is not None]) for v, s in echantillons.items()
    }
    pris = [((e.get("site_diagnostics") or {}).get("boot")) for e in echantillons["auto"]]
    plus_rapide = None
    if medianes["instantane"] is not None and medianes["normal"] is not None:
        plus_rapide = "instantane" if medianes["instantane"] <= medianes["normal"] else "normal"
    return {
        "condition": condition.libelle,
        "median_ms": medianes,
        "auto_paths": pris,
        "faster_path": plus_rapide,
        "right_choice": _pas_plus_lent(medianes, pris),
        "choices": [e.get("choice") for e in echantillons["auto"]],
        "samples": echantillons,
    }


def _pas_plus_lent(medianes: dict[str, float | None], pris: list[str | None]) -> bool:
    """Whether ``auto`` took one path every time and was not slower than the other one alone."""
    if len(set(pris)) != 1 or pris[0] not in variantes.CHEMINS:
        return False
    autre = next(c for c in variantes.CHEMINS if c != pris[0])
    auto, rival = medianes["auto"], medianes[autre]
    return auto is not None and (rival is None or auto <= rival)


#: Its targets (``cibles.Cible``): each condition's choice, and the second visit after a cut copy.
CIBLES = (
    *(
        cibles.Cible(
            f"boot choice, {c.libelle}",
            ("measurements", "boot_choice", c.nom, "right_choice"),
            "==",
            True,
            enonce="not slower than the path not taken",
        )
        for c in CONDITIONS
    ),
    cibles.Cible(
        "second visit, device copy left incomplete / cold",
        ("measurements", "boot_choice", "cut_copy", "ratio_second_to_cold"),
        "<=",
        1,
        "× cold",
    ),
)


def lignes(resultats: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Rows of latest.md (key, label, median, spread): ``run.tableau`` adds the targets of each."""
    rangs = []
    for nom, r in resultats.items():
        if nom == "cut_copy":
            sources = ", ".join(sorted({str(x) for x in r["second_boots"]}))
            ratio = "?" if r["ratio_second_to_cold"] is None else f"{r['ratio_second_to_cold']:.2f}×"
            etendue = f"cold {_ms(r['cold_median_ms'])}; {ratio} cold; snapshot from {sources}"
            rangs.append((nom, "second visit, device copy left incomplete", _ms(r["second_median_ms"]), etendue))
            continue
        m = r["median_ms"]
        chiffres = " · ".join(f"{v} {_ms(m[v])}" for v in PREFIXES)
        decisions = ", ".join(sorted({str(p) for p in r["auto_paths"]}))
        etendue = f"{chiffres}; auto took {decisions}, faster: {r['faster_path']}"
        rangs.append((nom, f"boot choice, {r['condition']}", _ms(m["auto"]), etendue))
    return rangs


def _ms(v: float | None) -> str:
    return "failed" if v is None else f"{v:,.0f} ms".replace(",", " ")
