"""The bench's workshop: a served copy of the site, a byte journal, fresh browsers.

Nothing here knows how the site works inside: pages are observed through the DOM
contract only (``[data-widget=ID][data-widget-state]``, ``[data-widget-output]``),
by ``instrument.js``, injected before any script of the page.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, Playwright

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))
from tests.serveur_pages import ARGUMENTS_CHROMIUM, CHROMIUM, ServeurPages  # noqa: E402  (the repository root is not on the path of bench/run.py)

BENCH = RACINE / "bench"
PREFIXE = "/rattrapage/"
INSTRUMENT = (BENCH / "instrument.js").read_text(encoding="utf-8")


# --- The served copy ------------------------------------------------------------------


@dataclass(frozen=True)
class Copie:
    """A temporary copy of the built site plus the bench pages, under ``racine / "site"``."""

    racine: Path
    roue: str  # the wheel's file name, as the site-local pyodide-lock.json names it

    @property
    def site(self) -> Path:
        return self.racine / "site"


def preparer(site: Path) -> Copie:
    """Copy ``site`` and the bench pages into a temporary folder (``site/`` is never written).

    The bench pages land in ``bench/`` of the copy, so ``../pyodide/`` from them is
    the site's own runtime; PyScript's ``dist/`` (npm ``@pyscript/core``) goes to
    ``bench/pyscript/``.
    """
    if not (site / "index.html").is_file() or not (site / "pyodide" / "pyodide-lock.json").is_file():
        raise SystemExit(f"{site} n’est pas un site construit : lancez « make build » d’abord.")
    pyscript = RACINE / "node_modules" / "@pyscript" / "core" / "dist"
    if not (pyscript / "core.js").is_file():
        raise SystemExit(f"{pyscript} manque : lancez « npm ci » (devDependencies de package.json).")
    racine = Path(tempfile.mkdtemp(prefix="rattrapage-bench-"))
    shutil.copytree(site, racine / "site")
    cible = racine / "site" / "bench"
    shutil.copytree(BENCH / "pages", cible)
    shutil.copytree(pyscript, cible / "pyscript", ignore=shutil.ignore_patterns("*.map"))
    verrou = json.loads((site / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    roue = verrou["packages"]["rattrapage"]["file_name"]
    page = cible / "pyscript.html"
    page.write_text(page.read_text(encoding="utf-8").replace("__WHEEL__", roue), encoding="utf-8")
    return Copie(racine, roue)


# --- The server and what it sent ----------------------------------------------------


@dataclass(frozen=True)
class Envoi:
    """One response as the server sent it: body bytes as on the wire (gzip when it applies)."""

    t: float
    chemin: str
    statut: int
    octets: int
    encodage: str | None


@dataclass
class JournalServeur:
    """Every response of the bench's server, in order (thread-safe), and the link shaping, if any."""

    envois: list[Envoi] = field(default_factory=list)
    verrou: threading.Lock = field(default_factory=threading.Lock)
    serveur: ServeurPages | None = None

    def ajouter(self, envoi: Envoi) -> None:
        with self.verrou:
            self.envois.append(envoi)

    def marque(self) -> int:
        with self.verrou:
            return len(self.envois)

    def depuis(self, marque: int) -> list[Envoi]:
        with self.verrou:
            return list(self.envois[marque:])

    @contextlib.contextmanager
    def bride(self, *, debit_mbit: float = 10, latence_ms: float = 40) -> Iterator[None]:
        """Shape every response of the server meanwhile (``ServeurPages.brider``)."""
        assert self.serveur is not None
        with self.serveur.brider(debit_mbit=debit_mbit, latence_ms=latence_ms):
            yield


@contextlib.contextmanager
def servir(copie: Copie, autres: dict[str, str] | None = None) -> Iterator[tuple[str, JournalServeur]]:
    """Serve the copy like GitHub Pages (``tests/serveur_pages.py``), journaling every response.

    Counting on the server side sees every request, whoever makes it: the page,
    its module workers, a service worker. A response served from the browser's
    cache or a service worker's cache never reaches it: that is what "transferred"
    means.

    Throttling is done by the server too (``journal.bride()``), not with CDP's
    ``Network.emulateNetworkConditions``: in this Chromium that emulation does
    not reach the requests of a dedicated worker (checked: 37 MB fetched by the
    site's worker in 1.4 s under "10 Mbit/s"), and the runtime is fetched by one.
    ``autres``: more folders of the copy served under other prefixes.
    """
    serveur = ServeurPages(copie.site, PREFIXE, autres={p: copie.racine / d for p, d in (autres or {}).items()})
    journal = JournalServeur(serveur=serveur)
    base = serveur.serveur.RequestHandlerClass

    class Compteur(base):  # type: ignore[misc,valid-type]
        def handle(self) -> None:
            # A browser closed at "ready" drops the downloads still running: not an error here.
            with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                super().handle()

        def send_response(self, code: int, message: str | None = None) -> None:
            self._envoi: dict[str, Any] = {"chemin": self.path, "statut": code, "octets": 0, "encodage": None}
            super().send_response(code, message)

        def send_header(self, nom: str, valeur: str) -> None:
            if nom.lower() == "content-length":
                self._envoi["octets"] = int(valeur)
            elif nom.lower() == "content-encoding":
                self._envoi["encodage"] = valeur
            super().send_header(nom, valeur)

        def end_headers(self) -> None:
            journal.ajouter(Envoi(t=time.monotonic(), **self._envoi))
            super().end_headers()

    serveur.serveur.RequestHandlerClass = Compteur
    with serveur as url:
        _prechauffer(url, copie.site)
        journal.envois.clear()
        yield url, journal


def _prechauffer(url: str, site: Path) -> None:
    """Ask for every file once, gzip accepted: the server compresses on the fly and keeps the
    result (``lru_cache``), so the first measurement does not pay for compressing 9.6 MB of wasm."""
    import urllib.request

    for fichier in sorted(p for p in site.rglob("*") if p.is_file()):
        requete = urllib.request.Request(
            url + fichier.relative_to(site).as_posix(), headers={"Accept-Encoding": "gzip"}
        )
        with contextlib.suppress(OSError), urllib.request.urlopen(requete, timeout=60) as reponse:
            reponse.read()


def resume_envois(envois: list[Envoi]) -> dict[str, Any]:
    """Totals and the list of responses (paths relative to the site)."""
    return {
        "bytes": sum(e.octets for e in envois),
        "requests": len(envois),
        "wasm_requests": [e.chemin.removeprefix(PREFIXE) for e in envois if e.chemin.split("?")[0].endswith(".wasm")],
        "runtime_requests": [e.chemin.removeprefix(PREFIXE) for e in envois if "/pyodide/" in e.chemin],
        "detail": [
            {"path": e.chemin.removeprefix(PREFIXE), "status": e.statut, "bytes": e.octets, "encoding": e.encodage}
            for e in envois
        ],
    }


def annoter_gzip(resume: dict[str, Any], site: Path, *, seuil: int = 10_000) -> dict[str, Any]:
    """For responses sent uncompressed (over ``seuil`` bytes): what gzip -6 would make of them.

    The local server, like GitHub Pages, compresses by type only; a big binary
    sent raw shows here with the size it would have had compressed.
    """
    for envoi in resume["detail"]:
        if envoi["encoding"] is None and envoi["bytes"] > seuil:
            fichier = site / envoi["path"].split("?")[0]
            if fichier.is_file():
                envoi["gzip_bytes_if_compressed"] = len(gzip.compress(fichier.read_bytes(), compresslevel=6))
    return resume


# --- Browsers -----------------------------------------------------------------------


class Navigateurs:
    """Chromium profiles: a new user data dir makes a cold profile (empty HTTP cache, no service worker)."""

    def __init__(self, playwright: Playwright) -> None:
        self.playwright = playwright
        self.dossiers: list[Path] = []
        self.version = ""

    def nouveau_profil(self) -> Path:
        dossier = Path(tempfile.mkdtemp(prefix="rattrapage-profil-"))
        self.dossiers.append(dossier)
        return dossier

    @contextlib.contextmanager
    def ouvrir(self, profil: Path, *, focus: str | None = None) -> Iterator[tuple[BrowserContext, Page]]:
        """Launch Chromium on ``profil``; yields the context and its first page, instrumented.

        ``focus``: a selector of a form whose first control every page of the
        context focuses right after DOMContentLoaded (see ``instrument.js``).
        """
        contexte = self.playwright.chromium.launch_persistent_context(
            str(profil),
            executable_path=CHROMIUM,
            args=ARGUMENTS_CHROMIUM,
            headless=True,
            locale="fr-FR",
            timezone_id="Europe/Paris",
            service_workers="allow",
        )
        try:
            self.version = self.version or (contexte.browser.version if contexte.browser else "")
            if focus:
                contexte.add_init_script(f"window.__benchFocus = {json.dumps(focus)};")
            contexte.add_init_script(INSTRUMENT)
            page = contexte.pages[0] if contexte.pages else contexte.new_page()
            yield contexte, page
        finally:
            contexte.close()

    def nettoyer(self) -> None:
        for dossier in self.dossiers:
            shutil.rmtree(dossier, ignore_errors=True)
        self.dossiers.clear()


def version_chromium() -> str:
    import subprocess

    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
