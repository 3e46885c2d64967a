"""A local static server that behaves like GitHub Pages, for tests and the benchmark.

Same headers where they matter: ``application/wasm`` (streaming compilation),
gzip when the browser accepts it, ``Cache-Control: max-age=600``, the site's own
``404.html``. It can also serve the site under a sub-path (``/rattrapage/``), as
a project site is served, so that any absolute URL shows up as a broken request,
and other sites under other paths of the same origin, as one GitHub account's
project sites are (``someone.github.io/rattrapage/`` and ``…/autre/``), and
shape its responses as a slow network would (:meth:`ServeurPages.brider`).
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import mimetypes
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".ico": "image/x-icon",
}
#: The names a Chromium goes by on the PATH: Debian's package, Ubuntu's (GitHub's
#: ubuntu-24.04 runner ships it), Google's build.
NOMS_CHROMIUM = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def trouver_chromium() -> str:
    """The Chromium that Playwright drives in the end-to-end tests and the benchmark
    (Playwright's own browser download is not available here): the ``CHROMIUM``
    variable when set, else the first of :data:`NOMS_CHROMIUM` on the PATH, else
    Debian's path, which the tests then report as missing."""
    chemin = os.environ.get("CHROMIUM")
    if chemin:
        return chemin
    for nom in NOMS_CHROMIUM:
        trouve = shutil.which(nom)
        if trouve:
            return trouve
    return "/usr/bin/chromium"


#: Without the background-networking flags Chromium tries to reach Google's hosts.
CHROMIUM = trouver_chromium()
ARGUMENTS_CHROMIUM = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

COMPRESSES = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".xml", ".txt", ".map")


@lru_cache(maxsize=256)
def _gzip(chemin: Path, mtime: float) -> bytes:
    return gzip.compress(chemin.read_bytes(), compresslevel=6, mtime=0)


@dataclass
class Lien:
    """A shaped link shared by every response: ``debit`` bytes/s, ``latence`` s before each response."""

    debit: float
    latence: float
    libre: float = 0.0  # monotonic time at which the link has sent everything queued
    verrou: threading.Lock = field(default_factory=threading.Lock)

    def reserver(self, octets: int) -> float:
        """Queue ``octets`` on the link; the time they have left it."""
        with self.verrou:
            debut = max(time.monotonic(), self.libre)
            self.libre = debut + octets / self.debit
            return self.libre


class _EcritureBridee:
    """A handler's ``wfile``, paced by a :class:`Lien` (16 KiB at a time)."""

    def __init__(self, wfile: object, lien: Lien) -> None:
        self._wfile = wfile
        self._lien = lien

    def write(self, donnees: bytes) -> int:
        vue = memoryview(donnees)
        for i in range(0, len(vue), 16_384):
            morceau = vue[i : i + 16_384]
            attente = self._lien.reserver(len(morceau)) - time.monotonic()
            if attente > 0:
                time.sleep(attente)
            self._wfile.write(morceau)  # type: ignore[attr-defined]
        return len(vue)

    def __getattr__(self, nom: str) -> object:
        return getattr(self._wfile, nom)


class _Gestionnaire(http.server.BaseHTTPRequestHandler):
    #: Path prefix → site folder, read at each request (a test may swap a site for a new build).
    sites: dict[str, Path]
    #: The shaped link while :meth:`ServeurPages.brider` is on (one list: the class is shared).
    liens: list[Lien]

    def setup(self) -> None:
        super().setup()
        self._lien = self.liens[0] if self.liens else None
        if self._lien is not None:
            self.wfile = _EcritureBridee(self.wfile, self._lien)  # type: ignore[assignment]

    def send_response(self, code: int, message: str | None = None) -> None:
        if self._lien is not None:
            time.sleep(self._lien.latence)
        super().send_response(code, message)

    def log_message(self, format: str, *args: object) -> None:  # quiet in tests
        pass

    def _site(self, chemin: str) -> tuple[str, Path]:
        """The site whose prefix is the longest to start ``chemin`` (GitHub Pages: a project site over the user site)."""
        for prefixe in sorted(self.sites, key=len, reverse=True):
            if chemin.startswith(prefixe):
                return prefixe, self.sites[prefixe]
        return "", next(iter(self.sites.values()))

    def _fichier(self) -> tuple[Path | None, Path]:
        """The file asked for (None when absent) and the folder of the site it belongs to."""
        chemin = unquote(urlsplit(self.path).path)
        prefixe, racine = self._site(chemin)
        if not prefixe:
            return None, racine
        cible = (racine / chemin[len(prefixe) :]).resolve()
        if racine not in (cible, *cible.parents):
            return None, racine
        if cible.is_dir():
            cible = cible / "index.html"
        return (cible if cible.is_file() else None), racine

    def do_GET(self) -> None:
        cible, racine = self._fichier()
        statut = 200
        if cible is None:
            statut, cible = 404, racine / "404.html"
        suffixe = cible.suffix
        type_ = TYPES.get(suffixe) or mimetypes.guess_type(cible.name)[0] or "application/octet-stream"
        if "gzip" in self.headers.get("Accept-Encoding", "") and suffixe in COMPRESSES:
            corps, encodage = _gzip(cible, cible.stat().st_mtime), "gzip"
        else:
            corps, encodage = cible.read_bytes(), None
        self.send_response(statut)
        self.send_header("Content-Type", type_)
        self.send_header("Content-Length", str(len(corps)))
        self.send_header("Cache-Control", "max-age=600")
        if encodage:
            self.send_header("Content-Encoding", encodage)
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(corps)


class _Serveur(http.server.ThreadingHTTPServer):
    # A browser opens many connections at once (page, worker, service worker);
    # the default backlog of 5 drops some of them on a busy machine.
    request_queue_size = 128


class ServeurPages:
    """``with ServeurPages(site) as url:`` serves ``site`` and yields its base URL.

    ``autres`` adds sites under other prefixes of the same origin; ``servir``
    puts another folder under a prefix while serving (a new build deployed).
    """

    def __init__(self, racine: Path, prefixe: str = "/", port: int = 0, autres: dict[str, Path] | None = None) -> None:
        self.sites = {prefixe: racine.resolve()} | {p: r.resolve() for p, r in (autres or {}).items()}
        self.liens: list[Lien] = []
        gestionnaire = type("Gestionnaire", (_Gestionnaire,), {"sites": self.sites, "liens": self.liens})
        self.serveur = _Serveur(("127.0.0.1", port), gestionnaire)
        self.serveur.daemon_threads = True
        self.origine = f"http://127.0.0.1:{self.serveur.server_address[1]}"
        self.url = f"{self.origine}{prefixe}"

    def servir(self, prefixe: str, racine: Path) -> None:
        self.sites[prefixe] = racine.resolve()

    @contextlib.contextmanager
    def brider(self, *, debit_mbit: float, latence_ms: float) -> Iterator[None]:
        """Meanwhile, every response shares one link of ``debit_mbit`` Mbit/s, ``latence_ms``
        before each: a slow network as a dedicated worker sees it too (CDP's network
        emulation does not reach a dedicated worker's requests in this Chromium)."""
        self.liens[:] = [Lien(debit=debit_mbit * 1_000_000 / 8, latence=latence_ms / 1000)]
        try:
            yield
        finally:
            self.liens.clear()

    def __enter__(self) -> str:
        threading.Thread(target=self.serveur.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.serveur.shutdown()
        self.serveur.server_close()


if __name__ == "__main__":
    import sys
    import time

    with ServeurPages(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), "/rattrapage/", 8001) as adresse:
        print(f"Site servi comme GitHub Pages : {adresse}")
        while True:
            time.sleep(3600)
