"""Privacy: nothing typed leaves the browser, nothing stays after « Effacer mes données ».

A distinctive marker and a distinctive e-mail address are typed into every text field
of every widget; every request of the visit is recorded (URL and body) and none may
carry them, in clear or URL-encoded, nor go to another host. The storages, the
service worker's Cache Storage and the files the Python worker keeps (origin
private file system) are then searched for them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any, ClassVar
from urllib.parse import quote, quote_plus, urlsplit

import pytest
from playwright.sync_api import Page, Request, Route
from rattrapage.champs import Widget

from tests.e2e.conftest import SITE, Plan, attendre_copie_de_l_instantane, pages_du_site, widget_par_id

MARQUEUR = "Zorglub-4521"
COURRIEL = "zorglub.4521@exemple-prive.test"
LETTRE = "lettre-apres-entretien"
PAGE_404 = "404.html"


def _formes(texte: str) -> set[str]:
    """The ways a text can travel in a URL or a body."""
    return {texte, quote(texte), quote_plus(texte), quote(texte, safe=""), texte.lower()}


SECRETS = _formes(MARQUEUR) | _formes(COURRIEL)


def _attendre_prets(page: Page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-widget]")].every((w) => w.dataset.widgetState === "ready")""",
        timeout=60_000,
    )


def _saisir_partout(page: Page, widget: Widget) -> bool:
    """Type the marker (the e-mail in the first field) into every text field, as a user would."""
    textes = [c for c in widget.champs if c.type in ("text", "textarea", "list")]
    for i, champ in enumerate(textes):
        controle = page.locator(f'[data-widget="{widget.id}"] form [name="{champ.nom}"]')
        valeur = COURRIEL if i == 0 else f"{MARQUEUR} {COURRIEL}"
        if champ.longueur_max:
            valeur = valeur[: champ.longueur_max]
        controle.fill(valeur[:-2])
        controle.press_sequentially(valeur[-2:])  # the last keys typed: input events, renders
    return bool(textes)


def _racine_vers_prefixe(contexte: Any, base_url: str) -> None:
    """404.html loads its assets from the site's root (``site_url``): move them under the test prefix."""
    origine = f"{urlsplit(base_url).scheme}://{urlsplit(base_url).netloc}"
    prefixe = urlsplit(base_url).path

    def deplacer(route: Route) -> None:
        route.continue_(url=origine + prefixe + urlsplit(route.request.url).path.lstrip("/"))

    contexte.route(re.compile(rf"^{re.escape(origine)}/(?!{re.escape(prefixe.strip('/'))}/).+"), deplacer)


# --- Nothing leaves the browser ----------------------------------------------------------


def test_nothing_typed_leaves_the_browser(contexte, base_url, plan: Plan):
    hote = urlsplit(base_url).netloc
    requetes: list[tuple[str, str]] = []

    def noter(requete: Request) -> None:
        corps = requete.post_data_buffer or b""
        requetes.append((requete.url, corps.decode("utf-8", "replace")))

    contexte.on("request", noter)
    page = contexte.new_page()
    for chemin in pages_du_site():
        page.goto(base_url + chemin)
        if chemin in plan.widgets.values():
            _attendre_prets(page)
            for widget_id in page.eval_on_selector_all("[data-widget]", "(els) => els.map((e) => e.dataset.widget)"):
                if not _saisir_partout(page, widget_par_id(widget_id)):
                    continue  # nothing to type (choices only)
                sortie = page.locator(f'[data-widget="{widget_id}"] [data-widget-output]')
                page.wait_for_function(
                    "([el, textes]) => textes.some((t) => el.textContent.includes(t))",
                    arg=[sortie.element_handle(), [MARQUEUR, COURRIEL]],
                )
    # The 404 page last (it loads its assets from the site's root, served at any depth), then
    # the home page: whatever the pages send when they are left is recorded too.
    _racine_vers_prefixe(contexte, base_url)
    page.goto(base_url + PAGE_404)
    page.goto(base_url)

    etrangeres = [url for url, _ in requetes if urlsplit(url).scheme in ("http", "https", "ws", "wss")]
    etrangeres = [url for url in etrangeres if urlsplit(url).netloc != hote]
    assert etrangeres == [], f"requêtes vers d’autres hôtes : {etrangeres}"
    fuites = [
        f"{url[:200]} (corps : {corps[:200]!r})"
        for url, corps in requetes
        if any(secret in url or secret in corps for secret in SECRETS)
    ]
    assert fuites == [], "la saisie est partie dans des requêtes :\n" + "\n".join(fuites)
    assert len(requetes) > len(pages_du_site()), "les requêtes de la visite ont bien été enregistrées"


# --- Nothing stays after « Effacer mes données » -----------------------------------------

#: Every storage of the origin, searched for the texts: our keys, values, every cached response
#: body, and every file of the origin private file system (where the worker keeps the snapshot).
FOUILLER = """async (secrets) => {
  const contient = (texte) => secrets.filter((s) => texte.includes(s));
  const zones = {};
  for (const nom of ["sessionStorage", "localStorage"]) {
    zones[nom] = {
      cles: Object.keys(window[nom]).filter((c) => c.startsWith("rattrapage:")),
      valeurs: Object.entries(window[nom]).filter(([, v]) => contient(v).length).map(([c]) => c),
    };
  }
  const caches_ = {};
  const decodeur = new TextDecoder("latin1");
  for (const nom of await caches.keys()) {
    const cache = await caches.open(nom);
    const requetes = await cache.keys();
    const trouves = [];
    for (const requete of requetes) {
      const reponse = await cache.match(requete);
      const corps = decodeur.decode(await reponse.arrayBuffer());
      if (contient(requete.url).length || contient(corps).length) trouves.push(requete.url);
    }
    caches_[nom] = {entrees: requetes.length, trouves};
  }
  const fichiers = {};
  for await (const [nom, poignee] of (await navigator.storage.getDirectory()).entries()) {
    if (poignee.kind !== "file") continue;
    fichiers[nom] = contient(decodeur.decode(await (await poignee.getFile()).arrayBuffer()));
  }
  const bases = indexedDB.databases ? (await indexedDB.databases()).map((b) => b.name) : [];
  return {zones, caches: caches_, fichiers, bases};
}"""


def test_erase_leaves_nothing_typed_in_storage_or_cache(ouvrir):
    vue = ouvrir(LETTRE)
    page = vue.page
    assert not vue.racine.locator("[data-remember]").is_checked(), "« Se souvenir » n’est pas coché d’office"
    _saisir_partout(page, vue.widget)
    page.wait_for_timeout(300)  # the last render and draft

    secrets = sorted(SECRETS)
    avant = page.evaluate(FOUILLER, secrets)
    assert avant["zones"]["sessionStorage"]["cles"], "le brouillon est gardé dans cet onglet"
    assert avant["zones"]["localStorage"] == {"cles": [], "valeurs": []}, "sans « Se souvenir », rien sur l’appareil"

    # The service worker has kept the site (it starts once Python is ready): search what it kept.
    page.wait_for_function("document.documentElement.dataset.horsLigne === 'pret'", timeout=60_000)
    attendre_copie_de_l_instantane(page)
    vue.action("clear").click()
    page.wait_for_timeout(500)  # nothing written back once the form has been reset
    apres = page.evaluate(FOUILLER, secrets)
    for zone, trouve in apres["zones"].items():
        assert trouve == {"cles": [], "valeurs": []}, f"{zone} après effacement : {trouve}"
    assert sum(c["entrees"] for c in apres["caches"].values()) > 0, "le service worker a gardé le site"
    for nom, cache in apres["caches"].items():
        assert cache["trouves"] == [], f"Cache Storage « {nom} » garde la saisie : {cache['trouves']}"
    assert apres["fichiers"], "le moteur a gardé l’instantané sur l’appareil"
    for nom, trouves in apres["fichiers"].items():
        assert trouves == [], f"le fichier « {nom} » garde la saisie : {trouves}"
    assert apres["bases"] == [], f"aucune base IndexedDB : {apres['bases']}"


# --- No third-party asset, no analytics ---------------------------------------------------


class _Ressources(HTMLParser):
    """Every URL a page loads by markup: scripts, stylesheets and icons, images, media, frames."""

    CHARGES: ClassVar[dict[str, str]] = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in self.CHARGES and self.CHARGES[tag] in a:
            self.urls.append(a[self.CHARGES[tag]])
        if "srcset" in a:
            self.urls += [morceau.split()[0] for morceau in a["srcset"].split(",") if morceau.strip()]
        # rel=canonical names the published address of the page; the browser never fetches it.
        if tag == "link" and "href" in a and "canonical" not in a.get("rel", "").split():
            self.urls.append(a["href"])
        if tag in ("object", "embed"):
            self.urls.append(a.get("data") or a.get("src") or f"<{tag}>")


ANALYTIQUE = re.compile(r"googletagmanager|google-analytics|gtag\(|plausible|matomo|_paq|hotjar|segment\.io", re.I)


@pytest.mark.parametrize("chemin", [*pages_du_site(), PAGE_404], ids=lambda c: c.rstrip("/") or "accueil")
def test_page_loads_only_its_own_assets(site, chemin):
    fichier = SITE / chemin if chemin.endswith(".html") else SITE / chemin / "index.html"
    html = fichier.read_text(encoding="utf-8")
    ressources = _Ressources()
    ressources.feed(html)
    assert ressources.urls, "la page charge des feuilles de style et des scripts"
    # Relative (or, for 404.html, served at any depth, from the site's root): never another host.
    externes = [u for u in ressources.urls if re.match(r"^([a-z][a-z0-9+.-]*:|//)", u, re.I)]
    assert externes == [], f"ressources d’un autre hôte : {externes}"
    assert not ANALYTIQUE.search(html), f"mesure d’audience : {ANALYTIQUE.search(html)}"


def test_stylesheets_load_nothing_from_another_host(site):
    externes = []
    for feuille in SITE.rglob("*.css"):
        texte = feuille.read_text(encoding="utf-8")
        for url in re.findall(r"""url\(\s*['"]?([^'")]+)""", texte) + re.findall(r"""@import\s+['"]([^'"]+)""", texte):
            if re.match(r"^(https?:)?//", url):
                externes.append(f"{feuille.relative_to(SITE)} : {url}")
    assert externes == []
