"""Grammalecte, a real French grammar checker, finds nothing to fix in the golden outputs.

All golden texts are checked in one run (Grammalecte starts slowly). The only
reports accepted are those inside words the user typed: spelling of proper names
(« Benali », « Rivage ») and the grouping of digits in postal codes and phone
numbers. Everything we write must pass as is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from typing import Any

import pytest
from rattrapage.api import rendre
from rattrapage.typographie import franciser, grouper_milliers

from tests.golden_files import cas, entree, identifiant

#: Reports about what the user typed that are not mistakes.
REGLES_ACCEPTEES_DANS_LA_SAISIE = {"num_grand_nombre_soudé"}


def _grammalecte() -> str:
    chemin = shutil.which("grammalecte-cli")
    if chemin is None:
        if os.environ.get("CI"):
            pytest.fail("grammalecte-cli manque : apt-get install -y grammalecte-cli (.ci/run l’installe)")
        pytest.skip("grammalecte-cli absent : apt-get install -y grammalecte-cli")
    return chemin


def _saisies(donnees: Any) -> list[str]:
    """Every string the user typed in one case, line by line, as typed and as the
    texts write it (French spacing before « : » and « % », thousands grouped)."""
    if isinstance(donnees, str):
        lignes = [ligne for ligne in donnees.replace("'", "’").splitlines() if ligne.strip()]
        return lignes + [grouper_milliers(franciser(ligne)) for ligne in lignes]
    if isinstance(donnees, list):
        return [s for x in donnees for s in _saisies(x)]
    if isinstance(donnees, dict):
        return [s for x in donnees.values() for s in _saisies(x)]
    return []


def _dans_la_saisie(paragraphe: str, debut: int, fin: int, saisies: list[str]) -> bool:
    for saisie in saisies:
        position = paragraphe.find(saisie)
        while position != -1:
            if position <= debut and fin <= position + len(saisie):
                return True
            position = paragraphe.find(saisie, position + 1)
    return False


def _mot_saisi(mot: str, saisies: list[str]) -> bool:
    """A word the user typed, found whole in one of their strings: a sentence built
    from a typed line (« formation CACES obtenue » → « j’ai obtenu la formation
    CACES ») no longer holds the line verbatim, but its words are still theirs."""
    motif = re.compile(rf"(?<!\w){re.escape(mot)}(?!\w)")
    return any(motif.search(saisie) for saisie in saisies)


def _textes() -> list[tuple[str, str, list[str]]]:
    """(case id, one text to check, what the user typed) for every golden case."""
    textes = []
    for chemin in cas():
        donnees = entree(chemin)
        reponse = rendre(chemin.parent.name, donnees)
        for morceau in (reponse.get("subject"), reponse.get("text")):
            if morceau:
                textes.append((identifiant(chemin), morceau, _saisies(donnees)))
    return textes


def test_grammalecte_finds_no_error_in_golden_outputs(tmp_path):
    executable = _grammalecte()
    textes = _textes()
    # One paragraph per line; remember which case each line comes from.
    lignes: list[tuple[str, str, list[str]]] = []
    for cas_id, texte, saisies in textes:
        lignes += [(cas_id, ligne, saisies) for ligne in texte.split("\n")]
        lignes.append(("", "", []))
    fichier = tmp_path / "sorties.txt"
    fichier.write_text("\n".join(ligne for _, ligne, _ in lignes), encoding="utf-8")
    sortie = subprocess.run(
        [executable, "-f", str(fichier), "--json", "--only_when_errors"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    problemes = []
    for paragraphe in json.loads(sortie)["data"]:
        cas_id, ligne, saisies = lignes[paragraphe["iParagraph"] - 1]
        for erreur in paragraphe["lGrammarErrors"]:
            accepte = erreur["sRuleId"] in REGLES_ACCEPTEES_DANS_LA_SAISIE
            if accepte and _dans_la_saisie(ligne, erreur["nStart"], erreur["nEnd"], saisies):
                continue
            extrait = ligne[erreur["nStart"] : erreur["nEnd"]]
            problemes.append(f"{cas_id}: «{extrait}» {erreur['sRuleId']}: {erreur['sMessage']}\n    {ligne}")
        for erreur in paragraphe["lSpellingErrors"]:
            dans_la_saisie = _dans_la_saisie(ligne, erreur["nStart"], erreur["nEnd"], saisies)
            if not dans_la_saisie and not _mot_saisi(erreur["sValue"], saisies):
                problemes.append(f"{cas_id}: orthographe «{erreur['sValue']}»\n    {ligne}")
    assert not problemes, "Grammalecte :\n" + "\n".join(problemes)
