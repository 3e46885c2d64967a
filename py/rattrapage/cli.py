"""The command line of the contract.

``python -m rattrapage schema`` prints every widget's fields as JSON.
``python -m rattrapage render ID`` reads a JSON object on standard input and
prints the rendering (exit 0) or the French error messages (exit 2). Whatever the
input, it never prints a traceback.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from rattrapage.api import rendre, schema

USAGE = "Usage\u00a0: python -m rattrapage schema | python -m rattrapage render ID < donnees.json"


def _ecrire(sortie: TextIO, objet: Any) -> None:
    sortie.write(json.dumps(objet, ensure_ascii=False, indent=2) + "\n")


def main(argv: list[str] | None = None, entree: TextIO | None = None, sortie: TextIO | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    entree = entree or sys.stdin
    sortie = sortie or sys.stdout
    if argv == ["schema"]:
        _ecrire(sortie, schema())
        return 0
    if len(argv) != 2 or argv[0] != "render":
        _ecrire(sortie, {"errors": {"_": USAGE}})
        return 2
    try:
        donnees = json.loads(entree.read() or "{}")
    except (ValueError, RecursionError) as e:  # JSONDecodeError, bad UTF-8, deep nesting
        _ecrire(sortie, {"errors": {"_": f"L’entrée n’est pas du JSON valide (ligne {getattr(e, 'lineno', 1)})."}})
        return 2
    reponse = rendre(argv[1], donnees)
    if reponse["errors"]:
        _ecrire(sortie, {"errors": reponse["errors"]})
        return 2
    del reponse["errors"]
    _ecrire(sortie, reponse)
    return 0
