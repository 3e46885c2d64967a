"""The tooling around the site: which browser the tests drive, the Pages workflow."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests import serveur_pages

RACINE = Path(__file__).resolve().parents[2]


def _executable(dossier: Path, nom: str) -> Path:
    chemin = dossier / nom
    chemin.write_text("#!/bin/sh\n", encoding="utf-8")
    chemin.chmod(chemin.stat().st_mode | stat.S_IXUSR)
    return chemin


def test_the_chromium_variable_wins(monkeypatch):
    monkeypatch.setenv("CHROMIUM", "/opt/mon-chromium")
    assert serveur_pages.trouver_chromium() == "/opt/mon-chromium"


@pytest.mark.parametrize("nom", serveur_pages.NOMS_CHROMIUM)
def test_chromium_is_found_on_the_path_under_each_of_its_names(monkeypatch, tmp_path, nom):
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    attendu = _executable(tmp_path, nom)
    assert serveur_pages.trouver_chromium() == str(attendu)


def test_the_workflow_lets_pull_requests_run_and_a_private_repository_check_out():
    texte = (RACINE / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    deploiement = texte.split("\n  deploy:", 1)[1]
    assert "group: pages" in deploiement, "the pages concurrency group covers the deploy only"
    assert "group: pages" not in texte.split("\n  deploy:", 1)[0]
    assert "contents: read" in deploiement and "pages: write" in deploiement
    assert "apt-get install -y -qq chromium-browser" not in texte, "a snap transitional package on ubuntu-24.04"


def test_make_build_warns_without_site_url():
    recette = (RACINE / "Makefile").read_text(encoding="utf-8").split("\nbuild: setup\n", 1)[1].split("\n\n", 1)[0]
    assert 'if [ -z "$$SITE_URL" ]' in recette and "Attention" in recette
