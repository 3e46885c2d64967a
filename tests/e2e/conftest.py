"""End-to-end tests: the built ``site/`` in headless Chromium, served like GitHub Pages.

One server and one browser for the session, a new browser context (fresh storage,
cold HTTP cache) for every test. Every test is watched by :class:`Journal`: a
console error, an uncaught page error or a request to any host but the local
server fails it (``@pytest.mark.allow_console_errors`` lets a test expect console
and page errors, never foreign requests).

Expectations are never written twice: what a page shows is compared with what
:func:`rattrapage.api.rendre` returns in this process for the same input, and the
input itself is derived from the widgets' field declarations (:func:`tous`).

The tests read the site as built: ``make e2e`` builds it first; by hand,
``.venv/bin/mkdocs build -d site`` then ``.venv/bin/pytest tests/e2e``.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Locator,
    Page,
    Playwright,
    Request,
    Response,
    Route,
    WebError,
    sync_playwright,
)
from playwright.sync_api import TimeoutError as DelaiDepasse
from rattrapage.champs import Champ, Widget
from rattrapage.widgets import tous

from tests.serveur_pages import ARGUMENTS_CHROMIUM, CHROMIUM, ServeurPages
from tests.site_construit import RACINE, SITE  # site/, or the folder SITE_DIR names (site-zensical/)

PAQUET = RACINE / "py" / "rattrapage"
#: The site is served under a sub-path, as a GitHub Pages project site is.
PREFIXE = "/rattrapage/"
#: Pyodide boots in about 3 s on a cold page; a loaded CI machine may take far longer.
DELAI_PRET_MS = 60_000
#: The output follows the form within a second once ready; margin for slow machines.
DELAI_SORTIE_MS = 10_000


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "allow_console_errors: the test expects console and page errors (e.g. a runtime that fails to"
        " load); requests to other hosts still fail it",
    )


# --- The built site, read at collection time for parametrisation ----------------


@cache
def pages_du_site() -> tuple[str, ...]:
    """Every page of the built site, as a path relative to the site root ("" is the home page)."""
    if not SITE.is_dir():
        return ()
    return tuple(
        sorted(
            "" if p.parent == SITE else f"{p.parent.relative_to(SITE).as_posix()}/" for p in SITE.rglob("index.html")
        )
    )


@cache
def pages_des_widgets() -> dict[str, str]:
    """Widget id → the first page (relative path) of the built site that holds it."""
    trouves: dict[str, str] = {}
    for chemin in pages_du_site():
        html = (SITE / chemin / "index.html").read_text(encoding="utf-8")
        for widget_id in re.findall(r'data-widget="([^"]+)"', html):
            trouves.setdefault(widget_id, chemin)
    return trouves


def widgets_du_site() -> list[Widget]:
    """The widgets of the registry that the built site shows, in registry order."""
    return [w for w in tous() if w.id in pages_des_widgets()]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``widget_id``: every widget of the site; ``chemin_page``: every page of the site."""
    if "widget_id" in metafunc.fixturenames:
        metafunc.parametrize("widget_id", [w.id for w in widgets_du_site()])
    if "chemin_page" in metafunc.fixturenames:
        metafunc.parametrize("chemin_page", pages_du_site(), ids=lambda c: c.rstrip("/") or "accueil")


# --- Values derived from the declarations ----------------------------------------

#: Realistic values for the shared profile (contract), each with an apostrophe to type.
_PROFIL_REALISTE = {
    "candidat_nom": "Camille d'Arcy",
    "recruteur_nom": "N'Diaye",
    "entreprise": "L'Atelier du Lac",
    "poste": "chargée d'études",
}


def _texte_realiste(champ: Champ) -> str:
    texte = _PROFIL_REALISTE.get(champ.nom) or f"l'équipe et {champ.libelle[0].lower()}{champ.libelle[1:]}"
    return texte[: champ.longueur_max] if champ.longueur_max else texte


def valeurs_realistes(widget: Widget) -> dict[str, Any]:
    """One realistic input for every field, as the page's form sends it.

    Text: French with an apostrophe; textarea: two lines; date: 2026-03-12; radio
    and select: the last choice; multi: the first two; list: two lines; number:
    within its bounds (as typed, a string); checkbox: the opposite of its default.
    """
    valeurs: dict[str, Any] = {}
    for champ in widget.champs:
        match champ.type:
            case "text":
                valeurs[champ.nom] = _texte_realiste(champ)
            case "textarea":
                valeurs[champ.nom] = "J'ai aimé l'échange avec l'équipe.\nC'est un projet qui me tient à cœur."
            case "list":
                valeurs[champ.nom] = [
                    "mon expérience d'encadrement d'une équipe de six personnes",
                    "J'ai piloté la refonte du site de l'association",
                ]
            case "date":
                valeurs[champ.nom] = "2026-03-12"
            case "radio" | "select":
                valeurs[champ.nom] = champ.choix[-1].valeur
            case "multi":
                valeurs[champ.nom] = [c.valeur for c in champ.choix[:2]]
            case "checkbox":
                valeurs[champ.nom] = not champ.defaut
            case "number":
                bas = champ.minimum if champ.minimum is not None else 1
                haut = champ.maximum if champ.maximum is not None else bas + 10
                valeurs[champ.nom] = f"{(bas + haut) // 2:g}"
    return valeurs


def valeurs_par_defaut(widget: Widget) -> dict[str, Any]:
    """What the form shows before anyone types, read the way :meth:`PageWidget.formulaire` reads it."""
    valeurs: dict[str, Any] = {}
    for champ in widget.champs:
        match champ.type:
            case "multi":
                valeurs[champ.nom] = list(champ.defaut or ())
            case "list":
                valeurs[champ.nom] = list(champ.defaut or ())
            case "checkbox":
                valeurs[champ.nom] = bool(champ.defaut)
            case _:
                valeurs[champ.nom] = "" if champ.defaut is None else str(champ.defaut)
    return valeurs


def widget_par_id(widget_id: str) -> Widget:
    return next(w for w in tous() if w.id == widget_id)


# --- The journal: what every page of a test did ------------------------------------


@dataclass
class Journal:
    """Console messages, page errors, failed requests and every request URL of a test."""

    hote: str
    console: list[str] = field(default_factory=list)
    erreurs_console: list[str] = field(default_factory=list)
    erreurs_page: list[str] = field(default_factory=list)
    echecs: list[str] = field(default_factory=list)
    requetes: list[str] = field(default_factory=list)
    dialogues: list[str] = field(default_factory=list)
    contextes: list[BrowserContext] = field(default_factory=list)

    def suivre(self, contexte: BrowserContext) -> None:
        self.contextes.append(contexte)
        contexte.on("console", self._console)
        contexte.on("weberror", self._erreur_page)
        contexte.on("request", self._requete)
        contexte.on("requestfailed", self._echec)
        contexte.on("response", self._reponse)
        contexte.on("dialog", self._dialogue)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            ligne = f"{message.type}: {message.text} ({message.location.get('url', '?')})"
            self.console.append(ligne)
            if message.type == "error":
                self.erreurs_console.append(ligne)

    def _erreur_page(self, erreur: WebError) -> None:
        self.erreurs_page.append(f"{erreur.error} (page {erreur.page.url if erreur.page else '?'})")

    def _requete(self, requete: Request) -> None:
        self.requetes.append(requete.url)

    def _echec(self, requete: Request) -> None:
        self.echecs.append(f"{requete.method} {requete.url}: {requete.failure}")

    def _reponse(self, reponse: Response) -> None:
        if reponse.status >= 400:
            self.echecs.append(f"{reponse.request.method} {reponse.url}: HTTP {reponse.status}")

    def _dialogue(self, dialogue: Dialog) -> None:
        self.dialogues.append(f"{dialogue.type}: {dialogue.message}")
        dialogue.dismiss()

    def est_locale(self, url: str) -> bool:
        """Served by the local server (``blob:`` of its origin, or no network at all)."""
        morceaux = urlsplit(url)
        if morceaux.scheme == "blob":
            return self.est_locale(url[len("blob:") :])
        if morceaux.scheme in ("data", "about"):
            return True
        return morceaux.scheme in ("http", "https", "ws", "wss") and morceaux.netloc == self.hote

    def etrangeres(self) -> list[str]:
        return [u for u in self.requetes if not self.est_locale(u)]

    def vider_evenements(self) -> None:
        """Let Playwright deliver the events still in flight (the sync API dispatches while it waits)."""
        for contexte in self.contextes:
            for page in contexte.pages:
                if not page.is_closed():
                    page.wait_for_timeout(50)

    def problemes(self, erreurs_permises: bool) -> list[str]:
        problemes = [f"requête vers un autre hôte : {u}" for u in self.etrangeres()]
        if not erreurs_permises:
            problemes += [f"erreur de page : {e}" for e in self.erreurs_page]
            problemes += [f"console {e}" for e in self.erreurs_console]
        return problemes

    def rapport(self) -> str:
        sections = {
            "console (erreurs, avertissements)": self.console,
            "erreurs de page": self.erreurs_page,
            "requêtes échouées": self.echecs,
            "dialogues": self.dialogues,
            "requêtes vers d'autres hôtes": self.etrangeres(),
        }
        return "\n".join(
            f"{titre} :\n" + "\n".join(f"  {x}" for x in lignes) for titre, lignes in sections.items() if lignes
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fail a test whose pages logged a console or page error, or left the local server."""
    journal: Journal | None = getattr(item, "funcargs", {}).get("journal")
    try:
        resultat = yield
    finally:
        if journal is not None:
            journal.vider_evenements()
            if rapport := journal.rapport():
                item.add_report_section("call", "navigateur", rapport)
    if journal is not None:
        problemes = journal.problemes(erreurs_permises=item.get_closest_marker("allow_console_errors") is not None)
        if problemes:
            pytest.fail("Le navigateur a signalé des problèmes :\n" + "\n".join(problemes), pytrace=False)
    return resultat


# --- Session: the site, its server, the browser ------------------------------------


def ecarts_du_moteur(site: Path) -> list[str]:
    """Files of ``py/rattrapage`` that differ in the wheel the built site ships to the browser."""
    roues = sorted((site / "pyodide").glob("rattrapage-*.whl"))
    if not roues:
        return ["pyodide/rattrapage-*.whl (absent du site)"]
    with zipfile.ZipFile(roues[-1]) as roue:
        dans_roue = {n: roue.read(n) for n in roue.namelist() if n.startswith("rattrapage/") and n.endswith(".py")}
    sources = {
        f"rattrapage/{p.relative_to(PAQUET).as_posix()}": p.read_bytes()
        for p in PAQUET.rglob("*.py")
        if not any(morceau.startswith((".", "__pycache__")) for morceau in p.relative_to(PAQUET).parts)
    }
    return sorted(n for n in dans_roue.keys() | sources.keys() if dans_roue.get(n) != sources.get(n))


@pytest.fixture(scope="session")
def site() -> Path:
    """The built site; fails clearly when it is missing or ships other Python than ``py/``."""
    if not (SITE / "index.html").is_file():
        pytest.fail(
            f"{SITE / 'index.html'} manque : les tests de bout en bout lisent le site construit. "
            "Lancez « make e2e » (qui le construit), ou « .venv/bin/mkdocs build -d site » avant pytest.",
            pytrace=False,
        )
    if ecarts := ecarts_du_moteur(SITE):
        pytest.fail(
            "Le site construit embarque un autre paquet rattrapage que py/ (comparer la page à rendre() "
            f"n’aurait pas de sens) ; différences : {', '.join(ecarts)}. "
            "Reconstruisez : « make build », ou « make setup » puis « .venv/bin/mkdocs build -d site ».",
            pytrace=False,
        )
    return SITE


@pytest.fixture(scope="session")
def serveur(site: Path) -> Iterator[ServeurPages]:
    """The local server, for tests that serve more sites beside it or shape the network."""
    serveur = ServeurPages(site, PREFIXE)
    with serveur:
        yield serveur


@pytest.fixture(scope="session")
def base_url(serveur: ServeurPages) -> str:
    """``http://127.0.0.1:PORT/rattrapage/``: the site as GitHub Pages serves a project site."""
    return serveur.url


@pytest.fixture(scope="session")
def playwright_() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def navigateur(playwright_: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} manque : installez Chromium (apt-get install chromium) ou donnez son chemin dans "
            "la variable CHROMIUM.",
            pytrace=False,
        )
    navigateur = playwright_.chromium.launch(executable_path=CHROMIUM, args=ARGUMENTS_CHROMIUM)
    yield navigateur
    navigateur.close()


# --- Per test: the journal, a fresh context, pages ----------------------------------


@pytest.fixture(autouse=True)
def journal(base_url: str) -> Journal:
    """Autouse: every context a test opens is watched (see :func:`pytest_runtest_call`)."""
    return Journal(hote=urlsplit(base_url).netloc)


@pytest.fixture
def nouveau_contexte(navigateur: Browser, journal: Journal) -> Iterator[Callable[..., BrowserContext]]:
    """A factory of watched browser contexts (fresh storage each), closed after the test."""
    ouverts: list[BrowserContext] = []

    def creer(**options: Any) -> BrowserContext:
        options = {"locale": "fr-FR", "timezone_id": "Europe/Paris", **options}
        contexte = navigateur.new_context(**options)
        contexte.set_default_timeout(DELAI_SORTIE_MS)
        journal.suivre(contexte)
        ouverts.append(contexte)
        return contexte

    yield creer
    for contexte in ouverts:
        contexte.close()


@pytest.fixture
def contexte(nouveau_contexte: Callable[..., BrowserContext]) -> BrowserContext:
    """The test's browser context: new, so storage and HTTP cache start empty."""
    return nouveau_contexte()


class PageWidget:
    """A page of the site holding one widget, seen through the DOM contract."""

    def __init__(self, page: Page, base_url: str, widget_id: str, journal: Journal, erreurs_permises: bool) -> None:
        self.page = page
        self.base_url = base_url
        self.widget_id = widget_id
        self.journal = journal
        self.erreurs_permises = erreurs_permises
        self.widget = widget_par_id(widget_id)
        self.racine = page.locator(f'[data-widget="{widget_id}"]')

    # Reading
    def etat(self) -> str | None:
        return self.racine.get_attribute("data-widget-state")

    def sortie(self) -> str:
        return self.racine.locator("[data-widget-output]").text_content() or ""

    def sujet(self) -> Locator:
        return self.racine.locator("[data-widget-subject]")

    def controles(self, nom: str) -> Locator:
        return self.racine.locator(f'form [name="{nom}"]')

    def action(self, nom: str) -> Locator:
        return self.racine.locator(f'[data-action="{nom}"]')

    def formulaire(self) -> dict[str, Any]:
        """The form's values, by the declared type of each field (lists as lines, no blanks)."""
        valeurs: dict[str, Any] = {}
        for champ in self.widget.champs:
            controles = self.controles(champ.nom)
            match champ.type:
                case "radio":
                    coches = [c.get_attribute("value") for c in controles.all() if c.is_checked()]
                    valeurs[champ.nom] = coches[0] if coches else ""
                case "multi":
                    valeurs[champ.nom] = [c.get_attribute("value") for c in controles.all() if c.is_checked()]
                case "checkbox":
                    valeurs[champ.nom] = controles.is_checked()
                case "list":
                    valeurs[champ.nom] = [ligne for ligne in controles.input_value().split("\n") if ligne.strip()]
                case _:
                    valeurs[champ.nom] = controles.input_value()
        return valeurs

    def valeurs_realistes(self) -> dict[str, Any]:
        return valeurs_realistes(self.widget)

    def valeurs_par_defaut(self) -> dict[str, Any]:
        return valeurs_par_defaut(self.widget)

    # Acting
    def remplir(self, valeurs: dict[str, Any]) -> None:
        """Fill the form as a user would, each control by the declared type of its field."""
        for nom, valeur in valeurs.items():
            champ = self.widget.champ(nom)
            controles = self.controles(nom)
            match champ.type:
                case "radio":
                    controles.and_(self.page.locator(f'[value="{valeur}"]')).check()
                case "multi":
                    for case in controles.all():
                        case.set_checked(case.get_attribute("value") in valeur)
                case "checkbox":
                    controles.set_checked(bool(valeur))
                case "select":
                    controles.select_option(valeur)
                case "list":
                    controles.fill("\n".join(valeur))
                case _:
                    controles.fill(str(valeur))

    # Waiting
    def attendre_pret(self) -> None:
        """Wait for ``ready``; fail at once on ``error`` or on an uncaught page error (it never comes then)."""
        fin = time.monotonic() + DELAI_PRET_MS / 1000
        while (etat := self.etat()) != "ready":
            statut = self.racine.locator("[data-widget-status]").text_content()
            if etat == "error":
                pytest.fail(f"« {self.widget_id} » est en erreur au lieu d’être prêt : {statut}", pytrace=False)
            if self.journal.erreurs_page and not self.erreurs_permises:
                pytest.fail(
                    f"« {self.widget_id} » ne sera pas prêt, la page a levé : {self.journal.erreurs_page}",
                    pytrace=False,
                )
            if time.monotonic() > fin:
                pytest.fail(f"« {self.widget_id} » est encore « {etat} » après {DELAI_PRET_MS // 1000} s : {statut}")
            self.page.wait_for_timeout(200)

    def attendre_sortie(self, attendu: str) -> None:
        """Wait until the output shows ``attendu`` (the page renders after a pause), then compare exactly."""
        with contextlib.suppress(DelaiDepasse):  # the assertion below shows the difference
            self.page.wait_for_function(
                """([selecteur, attendu]) =>
                    document.querySelector(selecteur)?.textContent.trim() === attendu.trim()""",
                arg=[f'[data-widget="{self.widget_id}"] [data-widget-output]', attendu],
                timeout=DELAI_SORTIE_MS,
            )
        assert self.sortie().strip() == attendu.strip()

    def stockage(self) -> dict[str, dict[str, str]]:
        """Our keys (``rattrapage:``) in sessionStorage and localStorage."""
        return self.page.evaluate(
            """() => Object.fromEntries(["sessionStorage", "localStorage"].map((zone) => [zone,
                Object.fromEntries(Object.entries(window[zone]).filter(([cle]) => cle.startsWith("rattrapage:")))]))"""
        )


def _erreurs_permises(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("allow_console_errors") is not None


@pytest.fixture
def ouvrir(
    contexte: BrowserContext, base_url: str, journal: Journal, request: pytest.FixtureRequest
) -> Callable[..., PageWidget]:
    """``ouvrir(widget_id)``: a new page of the test's context on the page holding that widget, ready."""

    def ouvrir_(widget_id: str, *, pret: bool = True, page: Page | None = None) -> PageWidget:
        chemin = pages_des_widgets().get(widget_id)
        if chemin is None:
            pytest.fail(f"Le site construit ne contient pas le widget « {widget_id} ».", pytrace=False)
        page = page or contexte.new_page()
        page.goto(base_url + chemin)
        vue = PageWidget(page, base_url, widget_id, journal, _erreurs_permises(request))
        if pret:
            vue.attendre_pret()
        return vue

    return ouvrir_


@pytest.fixture
def vue_de(base_url: str, journal: Journal, request: pytest.FixtureRequest) -> Callable[[Page, str], PageWidget]:
    """``vue_de(page, widget_id)``: the widget of a page already open (after a navigation)."""
    return lambda page, widget_id: PageWidget(page, base_url, widget_id, journal, _erreurs_permises(request))


def sitemap_local(contexte: BrowserContext, base_url: str) -> None:
    """Serve sitemap.xml with the test server's addresses.

    Material's instant navigation follows only links listed in sitemap.xml, moved
    to the page's protocol and host but not its port; the build's site_url is
    http://127.0.0.1:8000/ (mkdocs.yml), whose root becomes the test base, as
    GitHub Pages would match its own address.
    """

    def servir(route: Route) -> None:
        reponse = route.fetch()
        route.fulfill(response=reponse, body=re.sub(r"<loc>https?://[^/<]+/", f"<loc>{base_url}", reponse.text()))

    contexte.route("**/sitemap.xml", servir)


@dataclass(frozen=True)
class Plan:
    """The built site: its pages (relative paths, "" for the home page) and where each widget is."""

    pages: tuple[str, ...]
    widgets: dict[str, str]


@pytest.fixture(scope="session")
def plan(site: Path) -> Plan:
    return Plan(pages_du_site(), pages_des_widgets())


#: The origin private file system's files and their sizes, as the page sees them.
FICHIERS_OPFS = """async () => {
  const fichiers = {};
  for await (const [nom, poignee] of (await navigator.storage.getDirectory()).entries()) {
    if (poignee.kind === "file") fichiers[nom] = (await poignee.getFile()).size;
  }
  return fichiers;
}"""


def nom_de_copie(prefixe: str, cle: str) -> str:
    """The device copy's file name: the site's base path, escaped as instantane.mjs does (``-`` too), and the key."""
    site = quote(prefixe, safe="!*'()").replace("-", "%2D")  # what encodeURIComponent leaves, but ``-``
    return f"instantane-{site}-{cle}.bin"


def copie_de_l_instantane(site: Path = SITE, prefixe: str = PREFIXE) -> dict[str, int]:
    """The device copy the worker of ``site`` served under ``prefixe`` writes, and its inflated size."""
    infos = json.loads((site / "pyodide" / "runtime.json").read_text(encoding="utf-8"))
    return {nom_de_copie(prefixe, infos["key"]): infos["size"]}


def attendre_copie_de_l_instantane(page: Page, attendu: dict[str, int] | None = None) -> None:
    """The worker writes the copy once Python has answered: wait for exactly ``attendu`` (this build's copy)."""
    attendu = attendu or copie_de_l_instantane()
    for _ in range(300):
        if page.evaluate(FICHIERS_OPFS) == attendu:
            return
        page.wait_for_timeout(100)
    pytest.fail(f"copie de l’instantané attendue {attendu}, trouvé {page.evaluate(FICHIERS_OPFS)}", pytrace=False)
