"""Offline per site (issue 11): several builds on one origin keep their own offline copies.

A GitHub account serves all its project sites from one origin
(``someone.github.io/rattrapage/``, ``someone.github.io/autre/``): one Cache
Storage and one origin private file system for all of them. Each site's service
worker and Python worker name what they keep after the site's base path and its
build, so a visit to one site, or a new build of it, never removes another's.

Two genuinely different builds are served: the built ``site/`` under
``/rattrapage/``, and a copy of it under ``/autre/`` whose pages carry a mark
and whose ``sw.js`` was stamped again by the build's own hook (so its version,
which covers every file, differs). A third copy is the next build of the first.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page
from rattrapage.api import rendre

from tests.e2e.conftest import (
    FICHIERS_OPFS,
    PREFIXE,
    RACINE,
    SITE,
    Journal,
    PageWidget,
    attendre_copie_de_l_instantane,
    copie_de_l_instantane,
    nom_de_copie,
    pages_des_widgets,
)
from tests.serveur_pages import ServeurPages
from widgets.build.moteur import tamponner_service_worker

LETTRE = "lettre-apres-entretien"
PREFIXE_AUTRE = "/autre/"
#: The mark a copied build carries in its pages, read back to tell which build a page came from.
MARQUE = '<meta name="rattrapage-build" content="{}">'
DELAI_HORS_LIGNE_S = 60

#: Every cache of the origin and its number of entries.
CACHES = """async () => {
  const noms = {};
  for (const nom of await caches.keys()) noms[nom] = (await (await caches.open(nom)).keys()).length;
  return noms;
}"""


#: Cache names of builds before per-site names: a pages cache holding both sites' pages, and a
#: runtime cache holding site A's runtime only (arguments: A's and B's base URLs, the letter's page).
ANCIENS_CACHES = """async ([a, b, page]) => {
  const pages = await caches.open("rattrapage-pages-0000000000000000");
  for (const url of [a, a + page, b + page]) await pages.put(url, new Response("ancien build"));
  await (await caches.open("rattrapage-moteur-0.0.0")).put(a + "pyodide/pyodide.mjs", new Response("ancien"));
}"""

#: The URLs a cache holds.
ENTREES = """async (nom) => (await (await caches.open(nom)).keys()).map((requete) => requete.url)"""


def _version(site: Path) -> str:
    trouve = re.search(r'const VERSION = "([0-9a-f]+)";', (site / "sw.js").read_text(encoding="utf-8"))
    assert trouve, f"{site / 'sw.js'} n’est pas tamponné"
    return trouve[1]


def _autre_build(vers: Path, marque: str) -> Path:
    """A copy of the built site that is another build: its pages marked, ``sw.js`` stamped again by the finishing step."""
    shutil.copytree(SITE, vers)
    for page in vers.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("<head>", "<head>" + MARQUE.format(marque), 1), encoding="utf-8")
    shutil.copy(RACINE / "widgets" / "theme" / "sw.js", vers / "sw.js")
    tamponner_service_worker(vers)
    return vers


@dataclass(frozen=True)
class Builds:
    a: Path
    b: Path
    a_suivant: Path


@pytest.fixture(scope="module")
def builds(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Builds:
    dossier = tmp_path_factory.mktemp("deux-sites")
    builds = Builds(site, _autre_build(dossier / "b", "B"), _autre_build(dossier / "a-suivant", "A2"))
    versions = {_version(builds.a), _version(builds.b), _version(builds.a_suivant)}
    assert len(versions) == 3, f"trois builds différents, trois versions : {versions}"
    return builds


@pytest.fixture
def serveur(builds: Builds) -> Iterator[ServeurPages]:
    """One origin: the first build under /rattrapage/, the other under /autre/."""
    serveur = ServeurPages(builds.a, PREFIXE, autres={PREFIXE_AUTRE: builds.b})
    with serveur:
        yield serveur


@pytest.fixture
def journal(serveur: ServeurPages) -> Journal:
    """This module's pages come from its own server: watch that origin (overrides the conftest's)."""
    return Journal(hote=urlsplit(serveur.url).netloc)


@pytest.fixture
def ouvrir_sur(serveur: ServeurPages, journal: Journal) -> Callable[[BrowserContext, str], PageWidget]:
    """``ouvrir_sur(contexte, prefixe)``: the letter's page of the site under ``prefixe``, ready, site kept."""

    def ouvrir(contexte: BrowserContext, prefixe: str) -> PageWidget:
        page = contexte.new_page()
        base = serveur.origine + prefixe
        page.goto(base + pages_des_widgets()[LETTRE])
        vue = PageWidget(page, base, LETTRE, journal, erreurs_permises=False)
        vue.attendre_pret()
        _attendre(page, "document.documentElement.dataset.horsLigne", "pret")
        return vue

    return ouvrir


def _attendre(page: Page, expression: str, attendu: object) -> None:
    """Poll ``expression`` with evaluate (the site's CSP refuses some of Playwright's own waits)."""
    for _ in range(DELAI_HORS_LIGNE_S * 10):
        if page.evaluate(expression) == attendu:
            return
        page.wait_for_timeout(100)
    pytest.fail(f"{expression} vaut {page.evaluate(expression)!r}, attendu {attendu!r}", pytrace=False)


def _copies(*sites: tuple[Path, str]) -> dict[str, int]:
    copies: dict[str, int] = {}
    for site, prefixe in sites:
        copies |= copie_de_l_instantane(site, prefixe)
    return copies


def _marque(page: Page) -> str | None:
    return page.evaluate("document.querySelector('meta[name=rattrapage-build]')?.content ?? null")


def _tape_et_lit(vue: PageWidget, nom: str) -> None:
    vue.remplir({"candidat_nom": nom})
    vue.attendre_sortie(rendre(vue.widget_id, vue.formulaire())["text"])
    assert nom in vue.sortie()


def _caches_de(caches: dict[str, int], prefixe: str) -> dict[str, int]:
    return {nom: n for nom, n in caches.items() if nom.startswith(f"rattrapage {prefixe} ")}


def test_two_builds_under_two_paths_of_one_origin_both_work_offline(nouveau_contexte, ouvrir_sur, builds):
    contexte = nouveau_contexte()
    a = ouvrir_sur(contexte, PREFIXE)
    b = ouvrir_sur(contexte, PREFIXE_AUTRE)
    # Both device copies side by side (same snapshot, two sites), and each site's caches.
    attendre_copie_de_l_instantane(b.page, _copies((builds.a, PREFIXE), (builds.b, PREFIXE_AUTRE)))
    caches = b.page.evaluate(CACHES)
    for prefixe, version in ((PREFIXE, _version(builds.a)), (PREFIXE_AUTRE, _version(builds.b))):
        assert f"rattrapage {prefixe} pages {version}" in caches, f"caches du site {prefixe} : {caches}"
        assert any(nom.startswith(f"rattrapage {prefixe} moteur ") for nom in caches), caches

    contexte.set_offline(True)
    for vue, marque in ((a, None), (b, "B")):
        vue.page.reload()
        vue.attendre_pret()
        assert _marque(vue.page) == marque, "each page comes from its own site's cache"
        assert vue.page.evaluate("document.documentElement.dataset.pythonSource") == "appareil"
        _tape_et_lit(vue, f"Hors ligne {marque or 'A'}")


def test_a_new_build_of_one_site_leaves_the_other_sites_caches_and_copy(nouveau_contexte, ouvrir_sur, builds, serveur):
    contexte = nouveau_contexte()
    a = ouvrir_sur(contexte, PREFIXE)
    b = ouvrir_sur(contexte, PREFIXE_AUTRE)
    attendre_copie_de_l_instantane(b.page, _copies((builds.a, PREFIXE), (builds.b, PREFIXE_AUTRE)))
    # Site A's copy as its previous build would have left it: another key, A's name.
    (copie_a,) = copie_de_l_instantane(builds.a, PREFIXE)
    (copie_b,) = copie_de_l_instantane(builds.b, PREFIXE_AUTRE)
    ancienne_a = nom_de_copie(PREFIXE, "0" * 16)
    a.page.evaluate(
        """async ([nom, ancien]) => {
          const dossier = await navigator.storage.getDirectory();
          const octets = await (await (await dossier.getFileHandle(nom)).getFile()).arrayBuffer();
          const flux = await (await dossier.getFileHandle(ancien, { create: true })).createWritable();
          await flux.write(octets);
          await flux.close();
          await dossier.removeEntry(nom);
        }""",
        [copie_a, ancienne_a],
    )
    # Caches as builds before per-site names left them: one name for every site of the origin.
    a.page.evaluate(
        ANCIENS_CACHES, [serveur.origine + PREFIXE, serveur.origine + PREFIXE_AUTRE, pages_des_widgets()[LETTRE]]
    )
    avant = a.page.evaluate(CACHES)
    de_b = _caches_de(avant, PREFIXE_AUTRE)
    assert de_b, f"le site B a ses caches : {avant}"
    ancien_cache_a = f"rattrapage {PREFIXE} pages {_version(builds.a)}"
    assert ancien_cache_a in avant

    serveur.servir(PREFIXE, builds.a_suivant)  # site A deployed again
    a.page.reload()
    a.attendre_pret()
    assert _marque(a.page) == "A2", "the new build of A is served"
    nouveau_cache_a = f"rattrapage {PREFIXE} pages {_version(builds.a_suivant)}"
    _attendre(a.page, f"caches.has({ancien_cache_a!r})", False)  # the new service worker of A is active
    a.page.reload()  # the next visit goes through it, into its own cache
    a.attendre_pret()
    _attendre(a.page, f"caches.has({nouveau_cache_a!r})", True)
    # A wrote its copy again and removed its own older one; B's is untouched.
    attendre_copie_de_l_instantane(a.page, _copies((builds.a_suivant, PREFIXE), (builds.b, PREFIXE_AUTRE)))
    assert copie_b in a.page.evaluate(FICHIERS_OPFS)

    apres = a.page.evaluate(CACHES)
    assert "rattrapage-moteur-0.0.0" not in apres, "an old cache of A's entries only is deleted"
    assert a.page.evaluate(ENTREES, "rattrapage-pages-0000000000000000") == [
        serveur.origine + PREFIXE_AUTRE + pages_des_widgets()[LETTRE]
    ], "an old cache shared with B keeps B's entries only"
    assert _caches_de(apres, PREFIXE_AUTRE).keys() == de_b.keys(), f"caches de B avant {de_b}, après {apres}"
    for nom, entrees in de_b.items():
        assert apres[nom] >= entrees, f"« {nom} » a perdu des entrées : {entrees} → {apres[nom]}"

    contexte.set_offline(True)
    b.page.reload()
    b.attendre_pret()
    assert _marque(b.page) == "B"
    _tape_et_lit(b, "Toujours hors ligne")
