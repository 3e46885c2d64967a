"""The pages the texts point to exist, under the title the navigation gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rattrapage.pages import TOUTES, Page

RACINE = Path(__file__).resolve().parents[2]


def _navigation() -> dict[str, str]:
    """Source file → title, from ``mkdocs.yml``'s ``nav`` (nested sections flattened)."""

    class Chargeur(yaml.SafeLoader):
        pass

    # mkdocs.yml holds !!python/name and !ENV tags: their values do not matter here.
    Chargeur.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffixe, noeud: None)
    Chargeur.add_constructor("!ENV", lambda loader, noeud: None)
    config = yaml.load((RACINE / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Chargeur)

    titres: dict[str, str] = {}

    def parcourir(entrees: list) -> None:
        for entree in entrees:
            for titre, cible in entree.items():
                if isinstance(cible, list):
                    parcourir(cible)
                else:
                    titres[cible] = titre

    parcourir(config["nav"])
    return titres


@pytest.mark.parametrize("page", TOUTES, ids=lambda p: p.source)
def test_every_page_a_text_names_exists_under_its_title(page: Page):
    assert (RACINE / "docs" / page.source).is_file()
    assert _navigation()[page.source] == page.titre
