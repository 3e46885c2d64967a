"""Layout: every page of the site fits a small phone, and the widgets read well on one.

At 360×800 and 390×844 (common phones), on every page holding a widget: the action
buttons form one even grid, download labels break only between words (never
inside a file name), no placeholder is cut off, an empty date field looks empty.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import SITE, pages_des_widgets

LARGEUR = 360
LARGEUR_DOCUMENT = "document.documentElement.scrollWidth"
#: Phone viewports (width, height) the widgets are checked at.
TELEPHONES = [(360, 800), (390, 844)]
PAGES_DE_WIDGETS = sorted(set(pages_des_widgets().values()))
ATTENDRE_PRETS = """() => [...document.querySelectorAll("[data-widget]")]
    .every((w) => w.dataset.widgetState === "ready")"""


def test_no_horizontal_scroll_at_360px(nouveau_contexte, base_url, chemin_page):
    contexte = nouveau_contexte(viewport={"width": LARGEUR, "height": 740})
    page = contexte.new_page()
    page.goto(base_url + chemin_page)
    assert page.evaluate(LARGEUR_DOCUMENT) <= LARGEUR
    if page.locator("[data-widget]").count():  # once ready too: the status and the output change
        page.wait_for_function(ATTENDRE_PRETS, timeout=60_000)
        assert page.evaluate(LARGEUR_DOCUMENT) <= LARGEUR


def _parametres(avec_date: bool = False) -> list[Any]:
    return [
        pytest.param((largeur, hauteur), chemin, id=f"{largeur}x{hauteur}-{chemin.rstrip('/')}")
        for largeur, hauteur in TELEPHONES
        for chemin in PAGES_DE_WIDGETS
        if not avec_date or 'type="date"' in (SITE / chemin / "index.html").read_text(encoding="utf-8")
    ]


def _ouvrir(nouveau_contexte, base_url, taille, chemin):
    largeur, hauteur = taille
    page = nouveau_contexte(viewport={"width": largeur, "height": hauteur}).new_page()
    page.goto(base_url + chemin)
    return page


#: Each widget's visible actions as rows (same top): [text, left, width] per button.
RANGEES_D_ACTIONS = """() => [...document.querySelectorAll(".rw-actions")].map((zone) => {
  const rangees = new Map();
  for (const b of zone.querySelectorAll("[data-action]")) {
    const r = b.getBoundingClientRect();
    if (!r.width) continue;  // hidden (mailto without a subject)
    const cle = Math.round(r.top);
    if (!rangees.has(cle)) rangees.set(cle, []);
    rangees.get(cle).push([b.textContent, Math.round(r.left), Math.round(r.width)]);
  }
  return {largeur: Math.round(zone.getBoundingClientRect().width), rangees: [...rangees.values()]};
})"""

#: Where each download label breaks a line: the characters on either side of each break.
COUPURES_DES_LIBELLES = """() => [...document.querySelectorAll('[data-action="download"]')].map((b) => {
  const texte = b.firstChild;
  const coupures = [];
  let haut = null;
  for (let i = 0; i < texte.length; i++) {
    const plage = document.createRange();
    plage.setStart(texte, i);
    plage.setEnd(texte, i + 1);
    const r = [...plage.getClientRects()].find((x) => x.width > 0);
    if (!r) continue;  // a space at a line's end has no box
    if (haut !== null && r.top > haut + 2) coupures.push(texte.data.slice(Math.max(0, i - 1), i + 1));
    haut = r.top;
  }
  return [b.textContent, coupures];
})"""


@pytest.mark.parametrize(("taille", "chemin"), _parametres())
def test_actions_form_an_even_grid_with_labels_broken_between_words(nouveau_contexte, base_url, taille, chemin):
    page = _ouvrir(nouveau_contexte, base_url, taille, chemin)
    page.wait_for_function(ATTENDRE_PRETS, timeout=60_000)  # the downloads of the first rendering are in place
    for zone in page.evaluate(RANGEES_D_ACTIONS):
        rangees = zone["rangees"]
        assert rangees, "aucune action visible"
        colonnes = [gauche for _, gauche, _ in rangees[0]]
        largeur = rangees[0][0][2]
        for rangee in rangees:
            seule_sur_la_rangee = len(rangee) == 1 and len(colonnes) > 1
            if seule_sur_la_rangee and rangee is rangees[-1] and abs(rangee[0][2] - zone["largeur"]) <= 1:
                continue  # an odd last one may span the row
            assert all(abs(w - largeur) <= 1 for _, _, w in rangee), f"largeurs inégales : {rangee}"
            assert [g for _, g, _ in rangee] == colonnes[: len(rangee)], f"hors des colonnes : {rangee}"
        assert all(len(r) == len(colonnes) for r in rangees[:-1]), f"rangées inégales : {rangees}"
    libelles = page.evaluate(COUPURES_DES_LIBELLES)
    assert libelles
    for libelle, coupures in libelles:
        assert libelle.startswith("Télécharger "), libelle
        assert not any("-" in mot and "." in mot for mot in libelle.split()), f"un nom de fichier : {libelle}"
        # A line ends at a space only: never after a hyphen, never before « (.ics) ».
        assert all(c[0].isspace() for c in coupures), f"{libelle!r} coupé en {coupures}"


#: Visible fields of the widgets whose placeholder does not fit: one-line fields by the
#: placeholder's width (canvas), textareas by its height in a copy of their box.
PLACEHOLDERS_COUPES = """() => {
  const contexte = document.createElement("canvas").getContext("2d");
  const coupes = [];
  for (const champ of document.querySelectorAll(".rattrapage-widget :is(input, textarea)[placeholder]")) {
    if (!champ.getClientRects().length) continue;
    const style = getComputedStyle(champ);
    const indice = getComputedStyle(champ, "::placeholder");
    const police = `${indice.fontStyle} ${indice.fontWeight} ${indice.fontSize} ${indice.fontFamily}`;
    const largeur = champ.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (champ.tagName === "INPUT") {
      contexte.font = police;
      const besoin = contexte.measureText(champ.placeholder).width;
      if (besoin > largeur) coupes.push(`${champ.id} : ${Math.ceil(besoin)} px pour ${largeur} px`);
    } else {
      const mesure = document.createElement("div");
      Object.assign(mesure.style, {position: "absolute", visibility: "hidden", whiteSpace: "pre-wrap",
        overflowWrap: "break-word", width: `${largeur}px`, font: police, lineHeight: style.lineHeight});
      mesure.textContent = champ.placeholder;
      document.body.append(mesure);
      const hauteur = champ.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (mesure.offsetHeight > hauteur + 1) coupes.push(`${champ.id} : ${mesure.offsetHeight} px pour ${hauteur} px`);
      mesure.remove();
    }
  }
  return coupes;
}"""


@pytest.mark.parametrize(("taille", "chemin"), _parametres())
def test_no_placeholder_is_cut_off(nouveau_contexte, base_url, taille, chemin):
    page = _ouvrir(nouveau_contexte, base_url, taille, chemin)
    page.wait_for_selector(".rattrapage-widget")
    assert page.evaluate(PLACEHOLDERS_COUPES) == []


#: The look of a date field, against a placeholder's and a typed value's.
ASPECT_DES_DATES = """(id) => {
  const date = document.getElementById(id);
  const texte = document.querySelector('.rattrapage-widget input[type="text"]');
  const indice = getComputedStyle(texte, "::placeholder");
  const style = getComputedStyle(date);
  return {
    vide: date.hasAttribute("data-vide"),
    couleur: style.color, italique: style.fontStyle === "italic",
    couleurIndice: indice.color, couleurTexte: getComputedStyle(texte).color,
  };
}"""


@pytest.mark.parametrize(("taille", "chemin"), _parametres(avec_date=True))
def test_an_empty_date_field_looks_empty(nouveau_contexte, base_url, taille, chemin):
    page = _ouvrir(nouveau_contexte, base_url, taille, chemin)
    page.wait_for_selector(".rattrapage-widget")
    dates = page.locator('.rattrapage-widget input[type="date"]')
    vides = [d.get_attribute("id") for d in dates.all() if d.is_visible() and d.input_value() == ""]
    assert vides, "aucun champ date vide par défaut"
    for id_ in vides:
        aspect = page.evaluate(ASPECT_DES_DATES, id_)
        assert aspect["vide"], f"{id_} : data-vide manque"
        assert aspect["couleur"] == aspect["couleurIndice"] != aspect["couleurTexte"], f"{id_} : {aspect}"
        assert aspect["italique"], f"{id_} : {aspect}"
    # Once a date is typed it looks like the other values.
    premiere = page.locator(f"#{vides[0]}")
    premiere.fill("2026-03-10")
    page.locator(".rattrapage-widget .rw-texte").first.focus()
    aspect = page.evaluate(ASPECT_DES_DATES, vides[0])
    assert not aspect["vide"] and aspect["couleur"] == aspect["couleurTexte"] and not aspect["italique"], aspect
