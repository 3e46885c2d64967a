"""One measurement each: what a page does, read from the timestamps of ``instrument.js``.

Every time is ``performance.now()`` in the page, in milliseconds: its origin is
the navigation start, so a "ready" time is what the visitor waited, from the
click on a link to a widget that follows their typing.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Error as ErreurPlaywright
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as DelaiDepasse

WIDGET = "lettre-apres-entretien"
PAGE_WIDGET = "ecrire-au-recruteur/"
PAGE_LECTURE = "lapsus/"
PAGE_ACCUEIL = ""
PAGE_BASELINE = "bench/baseline.html"
PAGE_PYSCRIPT = "bench/pyscript.html"
PAGE_MOTEUR_SEUL = "bench/moteur-seul.html"
CHAMP_FRAPPE = "candidat_nom"
# Letters only: every keystroke changes the name, so every keystroke changes the letter.
TEXTE_FRAPPE = "Alexandrinemontaigne"

_NAVIGATION = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return n ? {dcl_ms: n.domContentLoadedEventEnd, load_ms: n.loadEventEnd, response_start_ms: n.responseStart} : {};
}"""


def _etat(page: Page, cles: list[str], delai_ms: float) -> tuple[str | None, float | None]:
    """Wait until one of ``cles`` ("ID:STATE") is recorded; the first one reached and its time."""
    try:
        poignee = page.wait_for_function(
            """(cles) => {
              const e = window.__bench?.etats ?? {};
              const vues = cles.filter((c) => e[c] != null).sort((a, b) => e[a] - e[b]);
              return vues.length ? [vues[0], e[vues[0]]] : null;
            }""",
            arg=cles,
            timeout=delai_ms,
            polling=50,
        )
    except DelaiDepasse:
        return None, None
    cle, t = poignee.json_value()
    return cle, t


FORMULAIRE = f'[data-widget="{WIDGET}"] form'


def charger_widget(page: Page, url: str, *, delai_ms: float = 60_000) -> dict[str, Any]:
    """Open the letter page and wait for its widget to be ready (or in error).

    Whether the first control is focused right after DOMContentLoaded depends on
    the context (``Navigateurs.ouvrir(focus=FORMULAIRE)``): with it, a site that
    starts Python lazily (on idle, on first focus) is measured as a visitor who
    starts typing at once experiences it; without it, nothing touches the page.
    """
    page.goto(url + PAGE_WIDGET, wait_until="domcontentloaded")
    cle, t = _etat(page, [f"{WIDGET}:ready", f"{WIDGET}:error"], delai_ms)
    resultat: dict[str, Any] = {"ready_ms": t if cle == f"{WIDGET}:ready" else None, "state": cle}
    if cle is None:
        resultat["error"] = f"pas prêt après {delai_ms / 1000:g} s (état : {_attribut_etat(page)})"
    elif cle.endswith(":error"):
        resultat["error"] = f"état error : {_statut(page)}"
    resultat.update(_moments(page))
    return resultat


def _attribut_etat(page: Page) -> str | None:
    try:
        return page.get_attribute(f'[data-widget="{WIDGET}"]', "data-widget-state", timeout=1000)
    except ErreurPlaywright:
        return None


def _statut(page: Page) -> str:
    try:
        return (page.text_content(f'[data-widget="{WIDGET}"] [data-widget-status]', timeout=1000) or "").strip()
    except ErreurPlaywright:
        return "?"


#: The site's own account of how Python started, when it gives one on ``<html>``
#: (``data-python-boot``, ``-source``, ``-raison``, ``-temps``): reported beside the
#: figures to explain them, never used to compute them.
_DIAGNOSTIC = """() => {
  const d = document.documentElement.dataset;
  if (d.pythonBoot === undefined) return null;
  let milestones = null;
  try { milestones = JSON.parse(d.pythonTimings ?? "null"); } catch {}
  return {boot: d.pythonBoot, source: d.pythonSource || null, reason: d.pythonReason || null, milestones};
}"""


def _moments(page: Page) -> dict[str, Any]:
    moments: dict[str, Any] = dict(page.evaluate(_NAVIGATION))
    moments["focus_ms"] = page.evaluate("window.__bench?.focusAuto ?? null")
    moments["site_diagnostics"] = page.evaluate(_DIAGNOSTIC)
    return moments


def charger_repere(page: Page, url: str, chemin: str, *, delai_ms: float = 60_000) -> dict[str, Any]:
    """A bench page (baseline or PyScript): time until ``[data-bench-state=ready]``."""
    page.goto(url + chemin, wait_until="domcontentloaded")
    cle, t = _etat(page, ["bench:ready", "bench:error"], delai_ms)
    resultat: dict[str, Any] = {"ready_ms": t if cle == "bench:ready" else None, "state": cle}
    if cle != "bench:ready":
        texte = page.text_content("#sortie") if page.locator("#sortie").count() else ""
        resultat["error"] = f"{cle or 'délai dépassé'} : {(texte or '').strip()[:300]}"
    resultat.update(_moments(page))
    return resultat


def texte_sortie(page: Page) -> str:
    return page.text_content("#sortie") or ""


def frappes(page: Page, nombre: int, *, delai_ms: float = 10_000) -> list[float | None]:
    """Type ``nombre`` letters in ``candidat_nom``, one at a time; keydown → output changed, in ms.

    Each letter waits for the output to change, then 100 ms, so that letters do
    not overlap. ``None`` when the output did not change within ``delai_ms``.
    """
    champ = page.locator(f'[data-widget="{WIDGET}"] form [name="{CHAMP_FRAPPE}"]')
    champ.focus()
    page.keyboard.press("End")
    latences: list[float | None] = []
    for lettre in (TEXTE_FRAPPE * (1 + nombre // len(TEXTE_FRAPPE)))[:nombre]:
        n = page.evaluate("window.__bench.frappes.length")
        page.keyboard.type(lettre)
        try:
            poignee = page.wait_for_function(
                """([n, w]) => {
                  const b = window.__bench, t0 = b.frappes[n];
                  if (t0 == null) return null;
                  const s = b.sorties.find((s) => s.widget === w && s.t >= t0);
                  return s ? s.t - t0 : null;
                }""",
                arg=[n, WIDGET],
                timeout=delai_ms,
                polling="raf",
            )
            latences.append(poignee.json_value())
        except DelaiDepasse:
            latences.append(None)
        page.wait_for_timeout(100)
    return latences


def texte_widget(page: Page) -> str:
    """The letter as the page shows it (``[data-widget-output]``)."""
    return page.text_content(f'[data-widget="{WIDGET}"] [data-widget-output]') or ""


def meme_texte(a: str, b: str) -> bool:
    """Equal up to whitespace, as the contract compares an output with ``render()``."""
    return a.split() == b.split()
