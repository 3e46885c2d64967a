"""A Content-Security-Policy in every page of a built site, as a ``<meta>`` element.

GitHub Pages cannot send HTTP headers, so the policy travels in the page itself:
``<meta http-equiv="Content-Security-Policy" content="…">``, written by
:func:`ecrire_politiques` into every ``.html`` file of the built site (the
Markdown pages and the theme's ``404.html`` alike) right after ``<meta charset>``,
the first element of ``<head>``, so that it governs everything the page loads.
It works on the final files, whatever generator wrote them: the hashes are those
of the scripts as the browser will read them.

The policy (see :func:`politique`)::

    default-src 'self'; script-src 'self' 'sha256-…' …; style-src 'self';
    img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self';
    object-src 'none'; base-uri 'self'; form-action 'none'

Only directives that Chromium, Firefox and WebKit all recognise (:data:`COMMUNES`;
the build fails on any other): WebKit logs an error for one it does not know
(``manifest-src``, which the site, having no web manifest, does not need:
``default-src 'self'`` would cover one).

What Material for MkDocs 9.8 needs, measured in Chromium with this policy
(``securitypolicyviolation`` events on every page, search typed, palette
toggled, instant navigation, a widget becoming ready, copy, download, mailto,
print, erase; ``tests/e2e/test_securite.py`` keeps checking it):

- ``script-src``: Material writes small inline scripts in every page (in
  ``<head>``: ``__md_scope``/``__md_get``, whose text depends on the page's depth;
  in ``<body>``: the palette restore and, inside the content container, the
  ``pymdownx.tabbed`` anchor fix). Each is allowed by the sha256 of its exact text,
  computed here from the final HTML of the page. Instant navigation re-creates
  the scripts of the content container with ``createElement("script")``: hashes
  allow them too (no ``'unsafe-inline'``, no ``'strict-dynamic'``). It also
  appends to ``<head>`` the new page's elements that differ, this ``<meta>``
  included (the home page's hashes differ from a deeper page's): policies only
  add up, so each must allow the container scripts of every page, which is the
  case (the tabbed fix is the same text everywhere). Material's
  ``<script id="__config" type="application/json">`` is data, never run: no hash.
  Everything else is a same-origin file (``bundle.*.min.js``, ``rattrapage.mjs``
  and the modules it imports or that ``<link rel="modulepreload">`` fetches).
- ``style-src 'self'``: no ``<style>`` block and no ``style=`` attribute in the
  built pages; Material and our modules set styles from JavaScript through the
  CSSOM (``element.style.x = …``), which CSP does not restrict. A ``<style>`` that
  the theme's own script writes (Zensical's search, in a shadow root) is allowed
  by its sha256 (:mod:`widgets.build.styles`); Material 9.8 writes none.
- ``img-src 'self' data:``: Material's stylesheet draws its icons (admonitions,
  navigation, copy button, search) as ``mask-image: url("data:image/svg+xml…")``
  (without ``data:``, nine are blocked on a widget page); the other icons are
  inline ``<svg>`` (no request). The favicon is a file.
- ``worker-src 'self'``: Material's search worker (which loads lunr and the index
  itself, under its own policy), our Python module worker, and the service
  worker (``sw.js``).
- ``connect-src 'self'``: Material fetches the next page (instant navigation) and
  ``sitemap.xml``; the service worker's page cache.
- ``form-action 'none'``: no form ever submits (the widgets' forms call
  ``preventDefault``; Material's search form is handled by script).
- No ``'wasm-unsafe-eval'``, no ``'unsafe-eval'``: the page compiles no
  WebAssembly; Pyodide runs in the module worker.

Limits of a ``<meta>`` policy, by the CSP specification:

- ``frame-ancestors`` (clickjacking), ``report-uri``/``report-to`` and
  ``sandbox`` are ignored in ``<meta>``: they need HTTP headers, which GitHub Pages
  does not let us set. A host that can send headers should add
  ``Content-Security-Policy: frame-ancestors 'none'``.
- Workers do not inherit it: a dedicated worker served from the site's own
  origin (``worker.mjs``, Material's search worker) and the service worker
  (``sw.js``) take their policy from their own HTTP response headers, so none
  applies to them on GitHub Pages. That is also why the page needs no
  ``'wasm-unsafe-eval'`` even though Pyodide compiles WebAssembly in its worker.
  The worker only loads files of this site (``../../pyodide/``), by construction.

A page holding an inline event handler (``onclick=`` …) or a ``javascript:`` URL
fails the build: a hash cannot allow it without ``'unsafe-hashes'``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from widgets.build import FinitionImpossible
from widgets.build.styles import styles_des_scripts

#: Directives apart from the script hashes, in the order they are written.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'none'"),
)

#: Directives of CSP Level 2/3 that Chromium, Firefox and WebKit all recognise and
#: apply in a ``<meta>`` policy (``frame-ancestors`` is recognised but ignored there,
#: with a console error: it needs an HTTP header).
COMMUNES = frozenset(
    {
        "default-src",
        "script-src",
        "style-src",
        "img-src",
        "font-src",
        "connect-src",
        "worker-src",
        "frame-src",
        "object-src",
        "base-uri",
        "form-action",
    }
)
if inconnues := {nom for nom, _ in DIRECTIVES} - COMMUNES:  # pragma: no cover - a mistake in this file
    raise FinitionImpossible(f"directives CSP que les trois moteurs ne reconnaissent pas toutes : {sorted(inconnues)}")

_META_CHARSET = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUT = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
#: Script types a browser runs; any other ``type`` (``application/json``…) is a data block.
_TYPES_EXECUTES = {"", "text/javascript", "application/javascript", "module"}


class _Interdits(HTMLParser):
    """Attributes a hash cannot allow: inline event handlers, ``javascript:`` URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.trouves: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for nom, valeur in attrs:
            if nom.startswith("on") or (valeur or "").strip().lower().startswith("javascript:"):
                self.trouves.append(f"<{tag} {nom}=…>")


def attributs_interdits(html: str) -> list[str]:
    analyseur = _Interdits()
    analyseur.feed(html)
    analyseur.close()
    return analyseur.trouves


def _attributs(texte: str) -> dict[str, str]:
    return {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTRIBUT.finditer(texte)}


def scripts_en_ligne(html: str) -> list[str]:
    """The text of every inline script the browser would run, as written in the page."""
    scripts = []
    for attributs_bruts, texte in _SCRIPT.findall(html):
        attributs = _attributs(attributs_bruts)
        if "src" in attributs:
            continue
        if attributs.get("type", "").strip().lower() not in _TYPES_EXECUTES:
            continue
        scripts.append(texte)
    return scripts


def empreinte(texte: str) -> str:
    """A CSP hash source: ``'sha256-…'`` of the UTF-8 text."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(texte.encode('utf-8')).digest()).decode('ascii')}'"


def politique(html: str, styles: Sequence[str] = ()) -> str:
    """The policy for one page: fixed directives, plus the hashes of its inline scripts
    and of the ``styles`` the theme's script writes (:mod:`widgets.build.styles`)."""
    sources = {
        "script-src": list(dict.fromkeys(empreinte(s) for s in scripts_en_ligne(html))),
        "style-src": list(dict.fromkeys(empreinte(s) for s in styles)),
    }
    morceaux = []
    for nom, valeur in DIRECTIVES:
        if empreintes := sources.get(nom):
            valeur = " ".join([valeur, *empreintes])
        morceaux.append(f"{nom} {valeur}")
    return "; ".join(morceaux)


def avec_politique(html: str, nom: str, styles: Sequence[str] = ()) -> str:
    """The page with its policy as the element right after ``<meta charset>``."""
    if "Content-Security-Policy" in html:
        raise FinitionImpossible(f"{nom} : une Content-Security-Policy y est déjà ; une seule par page.")
    if interdits := attributs_interdits(html):
        raise FinitionImpossible(
            f"{nom} : gestionnaire d’événement en ligne ou URL javascript:, que la CSP bloquerait : "
            + ", ".join(interdits)
        )
    charset = _META_CHARSET.search(html)
    if charset is None:
        raise FinitionImpossible(f"{nom} : pas de <meta charset> où placer la Content-Security-Policy.")
    contenu = escape(politique(html, styles), quote=False).replace('"', "&quot;")
    meta = f'\n      <meta http-equiv="Content-Security-Policy" content="{contenu}">'
    return html[: charset.end()] + meta + html[charset.end() :]


def ecrire_politiques(site: Path) -> list[Path]:
    """Write its policy into every page of the built ``site``; the pages written, in order."""
    pages = sorted(site.rglob("*.html"))
    if not pages:
        raise FinitionImpossible(f"{site} : aucune page .html où écrire la Content-Security-Policy.")
    styles = styles_des_scripts(site)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        page.write_text(avec_politique(html, page.relative_to(site).as_posix(), styles), encoding="utf-8")
    return pages
