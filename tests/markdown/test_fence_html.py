"""The ```widget fence: golden HTML per Markdown case, plus the structure that
accessibility and the page script rely on."""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path

import markdown
import pytest
from rattrapage.api import rendre
from rattrapage.fence import formater, valider
from rattrapage.widgets import tous

from tests.golden_files import comparer

DOSSIER = Path(__file__).resolve().parents[1] / "golden_html"


def convertir(texte: str) -> str:
    return markdown.Markdown(
        extensions=["pymdownx.superfences"],
        extension_configs={
            "pymdownx.superfences": {
                "custom_fences": [
                    {"name": "widget", "class": "rattrapage-widget", "validator": valider, "format": formater}
                ]
            }
        },
    ).convert(texte)


def _lisible(html_texte: str) -> str:
    """One tag per line, so that a golden diff points at the field that changed."""
    return (
        re.sub(
            r"(<(?:div|fieldset|section|p|label|form|textarea|select|h3|script|span data-widget-downloads)\b)",
            r"\n\1",
            html_texte,
        ).strip()
        + "\n"
    )


@pytest.mark.parametrize("source", sorted(DOSSIER.glob("*.md")), ids=lambda p: p.stem)
def test_fence_renders_golden_html(source, request):
    comparer(_lisible(convertir(source.read_text(encoding="utf-8"))), source.with_suffix(".html"), request)


def test_unknown_widget_is_a_build_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.rattrapage"):
        convertir("```widget\nn-existe-pas\n```\n")
    assert "n-existe-pas" in caplog.text


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_every_control_is_labelled_and_named_after_its_field(widget):
    page = convertir(f"```widget\n{widget.id}\n```\n")
    for champ in widget.champs:
        assert f'data-field="{champ.nom}"' in page
        assert f'name="{champ.nom}"' in page
        if champ.type in ("radio", "multi"):
            bloc = re.search(rf'<fieldset[^>]*data-field="{champ.nom}".*?</fieldset>', page, re.S)
            assert bloc and "<legend>" in bloc.group(0)
        else:
            identifiant = f"{widget.id}--{champ.nom}"
            assert f'<label for="{identifiant}">' in page
            assert f'id="{identifiant}"' in page
    assert page.count("<form") == 1
    assert 'data-widget-state="loading"' in page


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_build_time_output_is_the_rendering_of_the_defaults(widget):
    page = convertir(f"```widget\n{widget.id}\n```\n")
    attendu = rendre(widget.id, widget.defauts())
    sortie = re.search(r"<div[^>]*data-widget-output[^>]*>(.*?)</div>", page, re.S)
    assert sortie and html.unescape(sortie.group(1)) == attendu["text"]
    defaut = re.search(r'data-widget-default="([^"]*)"', page)
    assert defaut and json.loads(html.unescape(defaut.group(1)))["text"] == attendu["text"]
