"""Security: the Content-Security-Policy of every page, and hostile text in what the user downloads.

The policy is a ``<meta http-equiv>`` written by ``widgets/build/csp.py`` (GitHub Pages
sends no custom headers). These tests read it from the built pages and recompute what
it must allow, then run the site with it in Chromium: no ``securitypolicyviolation``
event may fire (Chromium also logs each one as a console error, which fails any e2e test).

Hostile text goes through the form as a user (or a paste) would put it: a text field
cannot hold CR or LF (the browser strips them), so the table also uses the line
separators that do pass (U+2028, U+0085); the raw CRLF is then sent to the page's own
Python worker, as the form would if it could.
"""

from __future__ import annotations

import base64
import email
import hashlib
import re
from email.policy import default as politique_email
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, Route
from rattrapage.api import rendre

from tests.e2e.conftest import SITE, Plan, pages_du_site, sitemap_local

PAGE_404 = "404.html"
RELANCE = "relance"
LETTRE = "lettre-apres-entretien"
LONGUEUR_MAX_MAILTO = 1800

#: Directives every page's policy holds, exactly, and no other (script-src also lists the hashes).
DIRECTIVES = {
    "default-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'none'",
}
#: CSP Level 2/3 directives that Chromium, Firefox and WebKit all recognise, written
#: here rather than imported from the hook so that the test stands apart from it.
#: WebKit logs an error for any other (``manifest-src`` was one); ``frame-ancestors``
#: is recognised by all three but ignored in a ``<meta>`` policy, with a console error.
COMMUNES_AUX_TROIS_MOTEURS = {
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
    "frame-ancestors",
}
IGNOREES_DANS_META = {"frame-ancestors", "report-uri", "report-to", "sandbox"}
TYPES_EXECUTES = {"", "text/javascript", "application/javascript", "module"}

#: Records the policy violations of a document (the listener is in place before any page script).
ECOUTER_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
  `${e.effectiveDirective} a bloqué ${e.blockedURI || "(en ligne)"} ${e.sample || ""} (${e.sourceFile}:${e.lineNumber})`
), true);
"""

#: Records window.print() instead of opening the dialog; keeps the page when a mailto: link is followed.
SANS_DIALOGUES = """
window.print = () => { window.__impressions = (window.__impressions ?? 0) + 1; };
document.addEventListener("click", (e) => {
  if (e.target.closest?.('[data-action="mailto"]')) e.preventDefault();
});
"""


# --- The policy in every built page ---------------------------------------------------


class _Tete(HTMLParser):
    """The elements of <head> in order, the CSP metas of the whole page, the inline scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dans_tete = False
        self.tete: list[tuple[str, dict[str, str]]] = []
        self.politiques: list[str] = []
        self.scripts: list[str] = []
        self._script: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributs = {k: v or "" for k, v in attrs}
        if tag == "head":
            self.dans_tete = True
        elif self.dans_tete:
            self.tete.append((tag, attributs))
        if tag == "meta" and attributs.get("http-equiv", "").lower() == "content-security-policy":
            self.politiques.append(attributs.get("content", ""))
        if tag == "script":
            self._script = attributs

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.dans_tete = False
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        script = self._script
        if script is not None and "src" not in script and script.get("type", "").lower() in TYPES_EXECUTES:
            self.scripts.append(data)


def _lire(chemin: str) -> _Tete:
    analyse = _Tete()
    fichier = SITE / chemin if chemin.endswith(".html") else SITE / chemin / "index.html"
    analyse.feed(fichier.read_text(encoding="utf-8"))
    return analyse


def _directives(politique: str) -> dict[str, str]:
    return {nom: valeur.strip() for nom, _, valeur in (d.strip().partition(" ") for d in politique.split(";") if d)}


def _empreinte(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


@pytest.mark.parametrize("chemin", [*pages_du_site(), PAGE_404], ids=lambda c: c.rstrip("/") or "accueil")
def test_every_page_has_one_policy_first_in_head(site, chemin):
    page = _lire(chemin)
    assert len(page.politiques) == 1, f"une seule Content-Security-Policy par page : {page.politiques}"
    premier, attributs = page.tete[0]
    assert premier == "meta" and attributs.get("charset", "").lower() == "utf-8", "<meta charset> d’abord"
    assert page.tete[1] == ("meta", {"http-equiv": "Content-Security-Policy", "content": page.politiques[0]}), (
        f"la politique suit <meta charset> : {page.tete[1]}"
    )

    directives = _directives(page.politiques[0])
    assert set(directives) == {*DIRECTIVES, "script-src"}, f"directives : {sorted(directives)}"
    for nom, valeur in DIRECTIVES.items():
        assert directives.get(nom) == valeur, f"{nom} : {directives.get(nom)!r} au lieu de {valeur!r}"
    sources = directives["script-src"].split()
    assert sources[0] == "'self'"
    # Exactly the inline scripts of this page, by hash: nothing broader.
    assert set(sources[1:]) == {_empreinte(s) for s in page.scripts}
    assert "'unsafe-inline'" not in page.politiques[0] and "'unsafe-eval'" not in page.politiques[0]
    assert "frame-ancestors" not in directives, "ignoré dans <meta> : le documenter, pas l’écrire"


@pytest.mark.parametrize("chemin", [*pages_du_site(), PAGE_404], ids=lambda c: c.rstrip("/") or "accueil")
def test_policy_uses_only_directives_every_engine_applies_in_meta(site, chemin):
    """Chromium, Firefox and WebKit all know every directive, and apply it from a ``<meta>``."""
    page = _lire(chemin)
    assert page.politiques, "pas de Content-Security-Policy"
    directives = set(_directives(page.politiques[0]))
    # Delivered as <meta http-equiv>, never as a header (GitHub Pages sends none of ours).
    inconnues = directives - COMMUNES_AUX_TROIS_MOTEURS
    assert not inconnues, f"inconnues d’au moins un moteur : {sorted(inconnues)}"
    ignorees = directives & IGNOREES_DANS_META
    assert not ignorees, f"ignorées dans une politique <meta> : {sorted(ignorees)}"


# --- No violation while the site is used ------------------------------------------------


def _violations(page: Page) -> list[str]:
    return page.evaluate("window.__violations ?? []")


def _racine_vers_prefixe(contexte: Any, base_url: str) -> None:
    """404.html loads its assets from the site's root (it is served at any depth): move them under the prefix."""
    origine = f"{urlsplit(base_url).scheme}://{urlsplit(base_url).netloc}"
    prefixe = urlsplit(base_url).path

    def deplacer(route: Route) -> None:
        route.continue_(url=origine + prefixe + urlsplit(route.request.url).path.lstrip("/"))

    contexte.route(re.compile(rf"^{re.escape(origine)}/(?!{re.escape(prefixe.strip('/'))}/).+"), deplacer)


def _attendre_prets(page: Page) -> None:
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-widget]")].every((w) => w.dataset.widgetState === "ready")""",
        timeout=60_000,
    )


def test_every_page_and_download_stays_within_policy(contexte, base_url, plan: Plan):
    """Every page (widget pages until ready, then each of their downloads) without a violation.

    The names of the downloads are checked on the way: plain file names, no path.
    """
    contexte.add_init_script(ECOUTER_VIOLATIONS)
    _racine_vers_prefixe(contexte, base_url)
    page = contexte.new_page()
    violations: list[str] = []
    noms: list[str] = []
    for chemin in [*pages_du_site(), PAGE_404]:
        page.goto(base_url + chemin)
        if chemin in plan.widgets.values():
            _attendre_prets(page)  # the worker, Pyodide, the service worker
            for bouton in page.locator('[data-widget] [data-action="download"]').all():
                with page.expect_download() as telechargement:
                    bouton.click()
                noms.append(telechargement.value.suggested_filename)
        else:
            page.wait_for_timeout(300)  # what runs once the page has loaded
        violations += [f"{chemin or 'accueil'} : {v}" for v in _violations(page)]
    assert violations == []

    assert len(noms) >= len(plan.widgets), f"au moins un téléchargement par widget : {noms}"
    mauvais = [n for n in noms if "/" in n or "\\" in n or ".." in n or n.startswith(".") or not n.strip()]
    assert mauvais == [], f"noms de fichiers dangereux : {mauvais}"


def test_search_palette_navigation_and_actions_stay_within_policy(contexte, base_url, plan: Plan):
    contexte.grant_permissions(["clipboard-read", "clipboard-write"])
    contexte.add_init_script(ECOUTER_VIOLATIONS)
    contexte.add_init_script(SANS_DIALOGUES)
    sitemap_local(contexte, base_url)
    page = contexte.new_page()
    page.goto(base_url)
    page.evaluate("window.__meme_document = true")

    # Search: Material's worker, the index, the results.
    recherche = page.locator("input.md-search__input")
    recherche.click()
    recherche.press_sequentially("entretien", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")

    # Palette: the toggle writes Material's palette to localStorage and the body's attributes.
    avant = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("(avant) => document.body.dataset.mdColorScheme !== avant", arg=avant)

    # Instant navigation to a widget page, until ready, then every action of its widget.
    chemin = plan.widgets[LETTRE]
    page.locator(f'.md-nav a[href="{base_url}{chemin}"]').first.click()
    page.wait_for_url(base_url + chemin)
    _attendre_prets(page)
    assert page.evaluate("window.__meme_document === true"), "navigation instantanée attendue (sans rechargement)"
    racine = page.locator(f'[data-widget="{LETTRE}"]')
    racine.locator('[data-action="copy"]').click()
    for bouton in racine.locator('[data-action="download"]').all():
        with page.expect_download():
            bouton.click()
    racine.locator('[data-action="mailto"]').click()
    racine.locator('[data-action="print"]').click()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    racine.locator('[data-action="clear"]').click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__impressions") == 1
    assert _violations(page) == []


# --- Hostile text in downloads and links --------------------------------------------------

#: What a user can put in a text field to break a line, and what it tries to inject.
TEXTES_HOSTILES = {
    "crlf": "ACME\r\nBEGIN:VEVENT;X",
    "separateur-de-ligne": "ACME\u2028BEGIN:VEVENT;X",
    "nel": "ACME\u0085END:VCALENDAR,X",
    "antislash-virgule": "ACME\\n;BEGIN:VALARM,X",
}
SUJETS_HOSTILES = {
    "crlf": "Sujet\r\nBcc: x@y.z",
    "separateur-de-ligne": "Sujet\u2028Bcc: x@y.z",
    "nel": "Sujet\u0085Bcc: x@y.z",
}
#: An iCalendar content line: NAME, parameters, then ``:`` and the value (RFC 5545, 3.1).
LIGNE_ICS = re.compile(r"^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:]*)*:")


def _lignes_ics(contenu: str) -> list[str]:
    """The logical lines of an .ics file, failing on a bare CR or LF (only CRLF ends a line)."""
    assert contenu.endswith("\r\n")
    assert "\n" not in contenu.replace("\r\n", "") and "\r" not in contenu.replace("\r\n", ""), "CR ou LF isolé"
    return re.sub(r"\r\n[ \t]", "", contenu).split("\r\n")[:-1]


def _verifier_ics(contenu: str, hostile: str) -> None:
    lignes = _lignes_ics(contenu)
    pile: list[str] = []
    for ligne in lignes:
        assert LIGNE_ICS.match(ligne), f"ligne qui n’est pas une propriété : {ligne!r}"
        if ligne.startswith("BEGIN:"):
            pile.append(ligne[6:])
        elif ligne.startswith("END:"):
            assert pile and pile.pop() == ligne[4:], f"END sans BEGIN : {ligne!r}"
    assert pile == [], f"BEGIN sans END : {pile}"
    assert [ligne for ligne in lignes if ligne.startswith("BEGIN:V")] == [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "BEGIN:VALARM",
    ], "aucun composant injecté"
    injecte = re.search(r"(BEGIN|END):[A-Z]+", hostile)
    assert injecte is not None
    for ligne in lignes:
        if "ACME" in ligne:
            # The whole hostile text sits inside the value of this one property.
            assert ligne.split(":", 1)[0] in ("SUMMARY", "DESCRIPTION"), ligne
            assert injecte[0] in ligne.split(":", 1)[1], f"{injecte[0]} séparé de ACME : {ligne!r}"
    assert any("ACME" in ligne for ligne in lignes), "l’entreprise doit figurer dans le rappel"


def _telecharger(page: Page, bouton: Any) -> tuple[str, str]:
    with page.expect_download() as telechargement:
        bouton.click()
    fichier = telechargement.value
    return fichier.suggested_filename, Path(fichier.path()).read_bytes().decode("utf-8")


def _bouton_fichier(racine: Any, extension: str) -> Any:
    return racine.locator('[data-action="download"]').filter(has_text=re.compile(rf"\{extension}\)$"))


def test_hostile_company_name_stays_inside_one_ics_property(ouvrir):
    vue = ouvrir(RELANCE)
    page = vue.page
    for nom, hostile in TEXTES_HOSTILES.items():
        valeurs = {"date_entretien": "2026-03-12", "entreprise": hostile}
        vue.remplir(valeurs)
        saisi = vue.formulaire()["entreprise"]  # what the field holds (the browser strips CR and LF)
        attendu = rendre(RELANCE, {**valeurs, "entreprise": saisi})
        vue.attendre_sortie(attendu["text"])
        _, contenu = _telecharger(page, _bouton_fichier(vue.racine, ".ics"))
        try:
            _verifier_ics(contenu, hostile)
        except AssertionError as e:
            raise AssertionError(f"[{nom}] {e}\n{contenu}") from e

    # The raw CRLF, as the form would send it if a field could hold it: the page's own worker.
    fichiers = page.evaluate(
        """async ([url, donnees]) => (await import(url)).python.rendre("relance", donnees).then((r) => r.files)""",
        [
            vue.base_url + "assets/rattrapage/python.mjs",
            {"date_entretien": "2026-03-12", "entreprise": TEXTES_HOSTILES["crlf"]},
        ],
    )
    (ics,) = [f["content"] for f in fichiers if f["name"].endswith(".ics")]
    _verifier_ics(ics, TEXTES_HOSTILES["crlf"])


def _entetes_eml(contenu: str) -> list[str]:
    entetes = contenu.replace("\r\n", "\n").split("\n\n", 1)[0]
    return [ligne.split(":", 1)[0] for ligne in entetes.split("\n") if ligne and not ligne[0].isspace()]


def test_hostile_subject_injects_no_mail_header(ouvrir):
    vue = ouvrir(RELANCE)
    page = vue.page
    for nom, hostile in SUJETS_HOSTILES.items():
        vue.remplir({"poste": hostile})
        attendu = rendre(RELANCE, {"poste": vue.formulaire()["poste"]})
        vue.attendre_sortie(attendu["text"])
        _, contenu = _telecharger(page, _bouton_fichier(vue.racine, ".eml"))
        entetes = _entetes_eml(contenu)
        assert "Bcc" not in entetes and "bcc" not in [e.lower() for e in entetes], f"[{nom}] {contenu[:400]}"
        assert set(entetes) <= {"Subject", "X-Unsent", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"}
        message = email.message_from_string(contenu, policy=politique_email)
        assert message["Bcc"] is None and "\n" not in str(message["Subject"]), f"[{nom}]"

        # The mailto: link carries a subject and a body, nothing else.
        href = vue.action("mailto").get_attribute("href") or ""
        requete = parse_qs(urlsplit(href).query, keep_blank_values=True)
        assert set(requete) == {"subject", "body"}, f"[{nom}] {href[:200]}"
        assert not re.search(r"[\r\n]", requete["subject"][0]), f"[{nom}] {requete['subject']!r}"


def test_mailto_link_never_exceeds_the_safe_length(contexte, ouvrir):
    contexte.grant_permissions(["clipboard-read", "clipboard-write"])
    contexte.add_init_script(SANS_DIALOGUES)
    vue = ouvrir(LETTRE)
    page = vue.page
    # A long letter: every field at length, several lines in every list.
    valeurs = vue.valeurs_realistes() | {"mode": "email"}
    for champ in vue.widget.champs:
        if champ.type in ("text", "textarea") and champ.longueur_max:
            valeurs[champ.nom] = ("Un texte long et précis, " * 80)[: champ.longueur_max].strip()
        elif champ.type == "list":
            valeurs[champ.nom] = [f"un point important numéro {i} à ne pas oublier" for i in range(8)]
    vue.remplir(valeurs)
    attendu = rendre(LETTRE, valeurs)
    vue.attendre_sortie(attendu["text"])
    href = vue.action("mailto").get_attribute("href") or ""
    assert len(href) <= LONGUEUR_MAX_MAILTO, f"lien mailto: de {len(href)} caractères"
    corps = parse_qs(urlsplit(href).query)["body"][0]
    assert len(attendu["text"]) > LONGUEUR_MAX_MAILTO and corps != attendu["text"], "un texte trop long pour un lien"

    # Following the link copies the whole text, to paste into the message that opens.
    page.evaluate("navigator.clipboard.writeText('')")
    vue.action("mailto").click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()).length > 0", polling=100)
    copie = page.evaluate("navigator.clipboard.readText()")
    assert copie.strip() == attendu["text"].strip()
