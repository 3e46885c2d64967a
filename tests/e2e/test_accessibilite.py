"""Accessibility (WCAG 2.2 AA): axe-core on every page, live regions, visible focus, linked errors.

axe-core (``node_modules/axe-core``, pinned in ``package.json``) runs on every page of
the built site in both palettes (Material follows ``prefers-color-scheme`` on a first
visit), and on widget pages in three states: before Python is ready (the runtime is held
back), once ready, and with error messages shown. A ``serious`` or ``critical``
violation fails, with its targets. The page's Content-Security-Policy stays on: axe is
injected through ``page.evaluate``, which the policy does not govern.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route
from rattrapage.api import rendre

from tests.e2e.conftest import RACINE, Plan, pages_du_site, widget_par_id

AXE = RACINE / "node_modules" / "axe-core" / "axe.min.js"
ETIQUETTES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
#: Material's scheme for each ``prefers-color-scheme`` (mkdocs.yml, theme.palette).
PALETTES = {"clair": ("light", "default"), "sombre": ("dark", "slate")}
WASM = "**/pyodide.asm.wasm"
PAGE_404 = "404.html"
#: The control the keyboard reaches for each declared field type.
GENRE_DU_TYPE = {
    "text": "input:text",
    "date": "input:date",
    "number": "input:number",
    "radio": "input:radio",
    "checkbox": "input:checkbox",
    "multi": "input:checkbox",
    "textarea": "textarea",
    "list": "textarea",
    "select": "select",
}
LANCER_AXE = """async ([contexte, options]) => {
  const resultat = await axe.run(contexte ?? document, options);
  return resultat.violations.map((v) => ({
    id: v.id, impact: v.impact, aide: v.help,
    cibles: v.nodes.map((n) => `${n.target.join(" ")} : ${(n.failureSummary ?? "").replace(/\\s+/g, " ")}`),
  }));
}"""


@cache
def _source_axe() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} manque : « npm ci » installe axe-core (devDependencies).", pytrace=False)
    return AXE.read_text(encoding="utf-8")


def _axe(page: Page, contexte: str | None = None, regles: list[str] | None = None) -> list[dict[str, Any]]:
    """axe's violations of impact serious or critical (the whole page, or one element and its content)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(_source_axe())
    options: dict[str, Any] = {"resultTypes": ["violations"]}
    options["runOnly"] = {"type": "rule", "values": regles} if regles else {"type": "tag", "values": ETIQUETTES}
    violations = page.evaluate(LANCER_AXE, [contexte, options])
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def _rapport(violations: list[tuple[str, dict[str, Any]]]) -> str:
    """One entry per rule and target, with every page and state where it was found."""
    ou: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for lieu, v in violations:
        cibles = ou.setdefault((v["id"], v["impact"], v["aide"]), {})
        for cible in v["cibles"]:
            cibles.setdefault(cible, []).append(lieu)
    lignes = []
    for (regle, impact, aide), cibles in ou.items():
        lignes.append(f"{regle} ({impact}) : {aide}")
        for cible, lieux in cibles.items():
            lignes.append(f"    {cible}")
            lignes.append(f"        sur : {', '.join(lieux)}")
    return "\n".join(lignes)


def _racine_vers_prefixe(contexte: Any, base_url: str) -> None:
    """404.html links its assets from the site's root (``site_url``), as GitHub Pages serves it
    at any depth; the test server keeps the site under a sub-path, so move those requests there."""
    origine = f"{urlsplit(base_url).scheme}://{urlsplit(base_url).netloc}"
    prefixe = urlsplit(base_url).path

    def deplacer(route: Route) -> None:
        route.continue_(url=origine + prefixe + urlsplit(route.request.url).path.lstrip("/"))

    contexte.route(re.compile(rf"^{re.escape(origine)}/(?!{re.escape(prefixe.strip('/'))}/).+"), deplacer)


def _widgets_de_la_page(page: Page) -> list[str]:
    return page.eval_on_selector_all("[data-widget]", "(els) => els.map((e) => e.dataset.widget)")


def _etats(page: Page) -> list[str]:
    return page.eval_on_selector_all("[data-widget]", "(els) => els.map((e) => e.dataset.widgetState)")


def _attendre_prets(page: Page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-widget]")].every((w) => w.dataset.widgetState === "ready")""",
        timeout=60_000,
    )


def _rendre_invalide(page: Page, widget_id: str, nombre: int = 2) -> list[str]:
    """Make ``nombre`` fields of a widget invalid as a user could: a text over its maximum
    length (a paste or an extension can overflow ``maxlength``), else a choice outside the list."""
    widget = widget_par_id(widget_id)
    longs = [c for c in widget.champs if c.type in ("text", "textarea") and c.longueur_max]
    choix = [c for c in widget.champs if c.type == "radio"]
    champs = (longs + choix)[:nombre]
    racine = f'[data-widget="{widget_id}"] form'
    for champ in champs:
        if champ.type == "radio":
            page.locator(f'{racine} [name="{champ.nom}"]').first.evaluate(
                """(el) => {
                    el.value = "valeur-hors-liste";
                    el.checked = true;
                    el.dispatchEvent(new Event("change", {bubbles: true}));
                }"""
            )
        else:
            page.locator(f'{racine} [name="{champ.nom}"]').evaluate(
                """(el, valeur) => {
                    el.value = valeur;
                    el.dispatchEvent(new Event("input", {bubbles: true}));
                }""",
                "x" * ((champ.longueur_max or 0) + 5),
            )
    noms = [c.nom for c in champs]
    page.wait_for_function(
        """([racine, noms]) => noms.every((nom) => {
            const erreur = document.querySelector(`${racine} [data-error-for="${nom}"]`);
            return erreur && !erreur.hidden && erreur.textContent.trim();
        })""",
        arg=[f'[data-widget="{widget_id}"]', noms],
    )
    return noms


# --- axe on every page, both palettes, every state of the widgets ------------------


@pytest.mark.parametrize("palette", PALETTES)
def test_every_page_has_no_serious_axe_violation(palette, nouveau_contexte, base_url, site):
    schema, schema_material = PALETTES[palette]
    contexte = nouveau_contexte(color_scheme=schema, service_workers="block")
    _racine_vers_prefixe(contexte, base_url)
    page = contexte.new_page()
    violations: list[tuple[str, dict[str, Any]]] = []
    retenues: list[Route] = []

    for chemin in [*pages_du_site(), PAGE_404]:
        nom = chemin or "accueil"
        # Hold the runtime back: the first audit sees the widgets before Python is ready.
        page.route(WASM, lambda route: retenues.append(route))
        page.goto(base_url + chemin)
        assert page.evaluate("document.body.dataset.mdColorScheme") == schema_material, f"{nom} : palette"
        widgets = _widgets_de_la_page(page)
        assert set(_etats(page)) <= {"loading"}, f"{nom} : l’audit « avant Python » doit voir le chargement"
        violations += [(f"{nom} [{palette}, avant Python]", v) for v in _axe(page)]
        assert set(_etats(page)) <= {"loading"}
        page.unroute(WASM)
        for route in retenues:
            route.fallback()
        retenues.clear()
        if not widgets:
            continue
        _attendre_prets(page)
        violations += [(f"{nom} [{palette}, prêt]", v) for v in _axe(page)]
        for widget_id in widgets:
            _rendre_invalide(page, widget_id)
        violations += [(f"{nom} [{palette}, erreurs affichées]", v) for v in _axe(page)]

    assert not violations, "violations WCAG 2.2 AA (serious, critical) :\n" + _rapport(violations)


# --- The output is announced politely, not at every keystroke ------------------------

#: Records each change of each widget's status text (what a screen reader would read out).
COMPTER_STATUTS = """() => {
  window.__statuts = {};
  for (const w of document.querySelectorAll("[data-widget]")) {
    const statut = w.querySelector("[data-widget-status]");
    let avant = statut.textContent;
    const changements = (window.__statuts[w.dataset.widget] = []);
    new MutationObserver(() => {
      if (statut.textContent !== avant) {
        avant = statut.textContent;
        changements.push(avant);
      }
    }).observe(statut, {childList: true, characterData: true, subtree: true});
  }
}"""

#: The live regions around an element: its own and its ancestors' role and aria-live.
REGIONS_VIVANTES = """(el) => {
  const vues = [];
  for (let e = el; e; e = e.parentElement) {
    vues.push({role: e.getAttribute("role"), live: e.getAttribute("aria-live")});
  }
  return vues;
}"""
LETTRE = "lettre-apres-entretien"


def test_status_is_polite_and_output_never_assertive(site, plan: Plan):
    """Every widget as built: a polite status (role=status), no assertive region or alert in it."""
    problemes: list[str] = []
    for chemin in sorted(set(plan.widgets.values())):
        html = (site / chemin / "index.html").read_text(encoding="utf-8")
        for widget_id in re.findall(r'data-widget="([^"]+)"', html):
            bloc = html[html.index(f'data-widget="{widget_id}"') :].split("data-widget=", 2)[1]
            statut = re.search(r"<[^>]*data-widget-status[^>]*>", bloc)
            if not statut or 'role="status"' not in statut[0] or "aria-live=" in statut[0]:
                problemes.append(f"{widget_id} : statut sans role=status : {statut and statut[0]}")
            if re.search(r'aria-live="assertive"|role="(alert|alertdialog)"', bloc):
                problemes.append(f"{widget_id} : une région assertive dans le widget")
    assert not problemes, "\n".join(problemes)


@pytest.mark.parametrize("moment", ["des-l-ouverture", "une-fois-pret"])
def test_typing_ten_characters_changes_the_status_at_most_twice(moment, ouvrir):
    """Typing 10 characters quickly: the status speaks at most twice, whether Python is still
    starting (focusing a field starts it) or already ready; the output is never assertive."""
    vue = ouvrir(LETTRE, pret=moment == "une-fois-pret")
    page = vue.page
    page.evaluate(COMPTER_STATUTS)
    for region in vue.racine.locator("[data-widget-output]").evaluate(REGIONS_VIVANTES):
        assert region["live"] != "assertive" and region["role"] not in ("alert", "alertdialog"), region
    vue.controles("candidat_nom").press_sequentially("Zorglub-45", delay=30)
    vue.attendre_pret()
    page.wait_for_timeout(800)  # the renders that follow the last keystroke
    changements = page.evaluate("window.__statuts")[LETTRE]
    assert len(changements) <= 2, (
        f"le statut (role=status) a changé {len(changements)} fois pendant la saisie de 10 caractères :\n"
        + "\n".join(f"  « {texte} »" for texte in changements)
    )


# --- Visible focus, for each kind of control -----------------------------------------

#: What the keyboard focus is on, and how it shows: outline, box-shadow, contrast of the outline.
FOCUS = """async () => {
  const el = document.activeElement;
  // Material's buttons fade to their focus colours: read them once the transitions are over.
  await Promise.all(el.getAnimations().map((a) => a.finished.catch(() => null)));
  const widget = el?.closest("[data-widget]");
  const s = getComputedStyle(el);
  const rgba = (c) => { const m = c.match(/[\\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]; return [m[0], m[1], m[2], m[3] ?? 1]; };
  const fond = (e) => {
    for (; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) return c;
    }
    return [255, 255, 255, 1];
  };
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const sous = fond(el.parentElement);
  const trait = rgba(s.outlineColor);
  const melange = trait.slice(0, 3).map((v, i) => v * trait[3] + sous[i] * (1 - trait[3]));
  const [a, b] = [lum(melange), lum(sous)].sort((x, y) => y - x);
  let genre = el.tagName.toLowerCase();
  if (genre === "input") genre += `:${el.type}`;
  if (el.matches("a.md-button")) genre = "a.md-button";
  if (el.matches("[data-widget-output]")) genre = "sortie";
  return {
    widget: widget?.dataset.widget ?? null,
    genre,
    nom: el.name || el.dataset.action || el.id || el.textContent.trim().slice(0, 30),
    outlineStyle: s.outlineStyle,
    outlineWidth: parseFloat(s.outlineWidth) || 0,
    boxShadow: s.boxShadow,
    contraste: (a + 0.05) / (b + 0.05),
  };
}"""


def _genres(widget_id: str) -> set[str]:
    genres = {GENRE_DU_TYPE[c.type] for c in widget_par_id(widget_id).champs} | {"button", "sortie"}
    if rendre(widget_id, {})["subject"] is not None:  # the « mailto » link shows with a subject
        genres.add("a.md-button")
    return genres


def _pages_couvrant_tous_les_genres(plan: Plan) -> tuple[list[str], set[str]]:
    """Few widget pages that, together, hold every kind of control of the site's widgets."""
    par_page: dict[str, set[str]] = {}
    for widget_id, chemin in plan.widgets.items():
        par_page.setdefault(chemin, set()).update(_genres(widget_id))
    tous_les_genres = set().union(*par_page.values())
    choisies: list[str] = []
    restants = set(tous_les_genres)
    while restants:
        chemin = max(sorted(par_page), key=lambda c: len(par_page[c] & restants))
        choisies.append(chemin)
        restants -= par_page[chemin]
    return choisies, tous_les_genres


@pytest.mark.parametrize("palette", PALETTES)
def test_keyboard_focus_is_visible_on_every_control(palette, nouveau_contexte, base_url, plan: Plan):
    contexte = nouveau_contexte(color_scheme=PALETTES[palette][0])
    page = contexte.new_page()
    vus: dict[str, int] = {}
    problemes: list[str] = []
    chemins, attendus = _pages_couvrant_tous_les_genres(plan)
    for chemin in chemins:
        page.goto(base_url + chemin)
        _attendre_prets(page)
        for widget_id in _widgets_de_la_page(page):
            racine = page.locator(f'[data-widget="{widget_id}"]')
            # Keyboard focus from the element before the widget's first control.
            racine.locator("input, textarea, select").first.focus()
            page.keyboard.press("Shift+Tab")
            for _ in range(300):
                page.keyboard.press("Tab")
                focus = page.evaluate(FOCUS)
                if focus["widget"] != widget_id:
                    break
                vus[focus["genre"]] = vus.get(focus["genre"], 0) + 1
                ou = f"{widget_id} [{palette}] {focus['genre']} « {focus['nom']} »"
                contour = focus["outlineStyle"] != "none" and focus["outlineWidth"] >= 2
                if not contour and focus["boxShadow"] in ("", "none"):
                    problemes.append(f"{ou} : aucun indicateur de focus visible ({focus})")
                elif contour and focus["contraste"] < 3:
                    problemes.append(f"{ou} : contour de focus à {focus['contraste']:.2f}:1 (3:1 requis, WCAG 1.4.11)")
                if focus["genre"] in ("button", "a.md-button", "a"):
                    # Material recolours a focused button or link: its text must stay readable.
                    for v in _axe(page, ":focus", ["color-contrast"]):
                        problemes.append(f"{ou} : {v['aide']} — {v['cibles']}")
            else:
                problemes.append(f"{widget_id} : la touche Tab ne sort jamais du widget")
    assert attendus <= vus.keys(), f"atteints au clavier : {sorted(vus)} ; attendus : {sorted(attendus)}"
    assert not problemes, "\n".join(problemes)


# --- Error messages are tied to their controls ------------------------------------------


def test_error_messages_are_linked_to_their_controls(contexte, base_url, plan: Plan):
    page = contexte.new_page()
    problemes: list[str] = []
    for chemin in sorted(set(plan.widgets.values())):
        page.goto(base_url + chemin)
        _attendre_prets(page)
        for widget_id in _widgets_de_la_page(page):
            racine = page.locator(f'[data-widget="{widget_id}"]')
            _rendre_invalide(page, widget_id)
            # Profile fields are shared: an error may show on fields of another widget too.
            noms = racine.locator("[data-error-for]:not([hidden])").evaluate_all(
                "(els) => els.map((e) => e.dataset.errorFor)"
            )
            for nom in noms:
                erreur = racine.locator(f'[data-error-for="{nom}"]')
                id_erreur = erreur.get_attribute("id")
                for controle in racine.locator(f'form [name="{nom}"]').all():
                    # The description is on the control, or on the fieldset of a radio group.
                    decrit = controle.evaluate(
                        """(el) => [el, el.closest("fieldset[data-field]")].filter(Boolean)
                            .flatMap((e) => (e.getAttribute("aria-describedby") ?? "").split(/\\s+/))"""
                    )
                    if id_erreur not in decrit:
                        problemes.append(f"{widget_id}.{nom} : aria-describedby {decrit} sans « {id_erreur} »")
                    if controle.get_attribute("aria-invalid") != "true":
                        problemes.append(f"{widget_id}.{nom} : aria-invalid ≠ true")
            resume = racine.locator("[data-widget-errors]")
            if not resume.is_visible():
                problemes.append(f"{widget_id} : le résumé des erreurs n’est pas affiché avec {len(noms)} erreurs")
                continue
            cibles = resume.locator("a").evaluate_all("(liens) => liens.map((a) => a.getAttribute('href'))")
            attendues = ["#" + (racine.locator(f'form [name="{nom}"]').first.get_attribute("id") or "") for nom in noms]
            if sorted(cibles) != sorted(attendues):
                problemes.append(f"{widget_id} : le résumé mène à {cibles}, attendu {attendues}")
                continue
            # Following a link of the summary brings the keyboard to the control.
            resume.locator("a").first.click()
            actif = page.evaluate("document.activeElement?.id")
            if f"#{actif}" != cibles[0]:
                problemes.append(f"{widget_id} : le lien « {cibles[0]} » du résumé laisse le focus sur #{actif}")
    assert not problemes, "\n".join(problemes)
