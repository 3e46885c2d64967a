"""What the user does with the text: copy, download, mailto, print, clear."""

from __future__ import annotations

import email
import time
from email.policy import default as politique_email
from pathlib import Path
from urllib.parse import unquote

from rattrapage.api import rendre

LETTRE = "lettre-apres-entretien"

#: Records each call of window.print() and whether the page was in print mode then.
IMPRESSION = """
window.__impressions = [];
window.print = () => {
  window.__impressions.push(document.documentElement.classList.contains("rw-impression"));
};
"""


def _presse_papiers(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def _attendre_presse_papiers(page, attendu: str, delai: float = 5.0) -> str:
    fin = time.monotonic() + delai
    while (contenu := _presse_papiers(page)) != attendu and time.monotonic() < fin:
        page.wait_for_timeout(100)
    return contenu


def _mailto(href: str) -> dict[str, str]:
    assert href.startswith("mailto:?subject="), href
    return {cle: unquote(valeur) for cle, _, valeur in (p.partition("=") for p in href[len("mailto:?") :].split("&"))}


def _telecharger(page, bouton) -> tuple[str, str]:
    with page.expect_download() as telechargement:
        bouton.click()
    fichier = telechargement.value
    return fichier.suggested_filename, Path(fichier.path()).read_bytes().decode("utf-8")


def test_actions(contexte, ouvrir):
    contexte.grant_permissions(["clipboard-read", "clipboard-write"])
    contexte.add_init_script(IMPRESSION)
    vue = ouvrir(LETTRE)
    page = vue.page
    # Stay on the page when the mailto: link is followed (the widget's own handler still runs).
    page.evaluate(
        """document.addEventListener("click", (e) => {
            if (e.target.closest('[data-action="mailto"]')) e.preventDefault();
        })"""
    )

    # mailto: of the default e-mail, short enough to carry the body.
    defaut = rendre(LETTRE, {})
    assert defaut["subject"] is not None, "le modèle par défaut est un e-mail"
    lien = _mailto(vue.action("mailto").get_attribute("href") or "")
    assert lien == {"subject": defaut["subject"], "body": defaut["text"]}

    valeurs = vue.valeurs_realistes() | {"mode": "email"}
    vue.remplir(valeurs)
    attendu = rendre(LETTRE, valeurs)
    vue.attendre_sortie(attendu["text"])

    # copy
    vue.action("copy").click()
    assert _attendre_presse_papiers(page, attendu["text"]) == attendu["text"]

    # download: the text, then every file (the .eml of an e-mail)
    nom, contenu = _telecharger(page, vue.racine.locator('[data-action="download"][data-file="text"]'))
    assert (nom, contenu) == (f"{LETTRE}.txt", attendu["text"])
    assert [f["name"] for f in attendu["files"]] == [f"{LETTRE}.eml"]
    for i, fichier in enumerate(attendu["files"]):
        nom, contenu = _telecharger(page, vue.racine.locator(f'[data-action="download"][data-file="{i}"]'))
        assert (nom, contenu) == (fichier["name"], fichier["content"])
    message = email.message_from_string(contenu, policy=politique_email)
    assert "Subject:" in contenu
    assert message["Subject"].split() == attendu["subject"].split()  # one header line: plain spaces
    assert message.get_content().strip() == attendu["text"].strip()

    # mailto: the subject always; the body, or (too long for a link) the text in the clipboard
    lien = _mailto(vue.action("mailto").get_attribute("href") or "")
    assert lien["subject"] == attendu["subject"]
    if lien["body"] != attendu["text"]:
        page.evaluate("navigator.clipboard.writeText('')")
        vue.action("mailto").click()
        assert _attendre_presse_papiers(page, attendu["text"]) == attendu["text"]

    # print: the page is in print mode during the call, and leaves it afterwards
    vue.action("print").click()
    assert page.evaluate("window.__impressions") == [True]
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert "rw-impression" not in (page.locator("html").get_attribute("class") or "")

    # clear: both storages emptied, the form and the output back to the defaults
    vue.racine.locator("[data-remember]").check()
    assert vue.stockage()["localStorage"], "des données à effacer"
    vue.action("clear").click()
    vue.attendre_sortie(defaut["text"])
    assert vue.formulaire() == vue.valeurs_par_defaut()
    assert vue.stockage() == {"sessionStorage": {}, "localStorage": {}}
    assert not vue.racine.locator("[data-remember]").is_checked()
    page.wait_for_timeout(500)  # nothing written back once the form has been reset
    assert vue.stockage() == {"sessionStorage": {}, "localStorage": {}}
