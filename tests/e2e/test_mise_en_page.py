"""Layout: every page of the site fits a small phone."""

from __future__ import annotations

LARGEUR = 360
LARGEUR_DOCUMENT = "document.documentElement.scrollWidth"


def test_no_horizontal_scroll_at_360px(nouveau_contexte, base_url, chemin_page):
    contexte = nouveau_contexte(viewport={"width": LARGEUR, "height": 740})
    page = contexte.new_page()
    page.goto(base_url + chemin_page)
    assert page.evaluate(LARGEUR_DOCUMENT) <= LARGEUR
    if page.locator("[data-widget]").count():  # once ready too: the status and the output change
        page.wait_for_function(
            """() => [...document.querySelectorAll("[data-widget]")]
                .every((w) => w.dataset.widgetState === "ready")""",
            timeout=60_000,
        )
        assert page.evaluate(LARGEUR_DOCUMENT) <= LARGEUR
