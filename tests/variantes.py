"""Copies of the built site whose Python worker is made to take one boot path.

The worker chooses between the memory snapshot and a normal boot from what the
snapshot's download shows (widgets/theme/assets/rattrapage/instantane.mjs,
``estimer``). To check that choice, the benchmark and the end-to-end tests time
each path on its own, under the same conditions. The copies differ from the
site in one place only, the manifest the build wrote into ``worker.mjs``:

- ``instantane``: without ``compressed_size``, as an older build's manifest,
  so the snapshot is kept whatever the network;
- ``normal``: without a snapshot, so the worker boots normally at once.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

WORKER = Path("assets/rattrapage/worker.mjs")
_MANIFESTE = re.compile(r"^const MANIFESTE = (\{.*\});$", re.M)
CHEMINS = ("instantane", "normal")


def forcer(site: Path, cible: Path, chemin: str) -> Path:
    """Copy ``site`` to ``cible`` with its worker made to boot by ``chemin`` (one of :data:`CHEMINS`)."""
    if chemin not in CHEMINS:
        raise ValueError(chemin)
    shutil.copytree(site, cible)
    worker = cible / WORKER
    texte = worker.read_text(encoding="utf-8")
    trouve = _MANIFESTE.search(texte)
    if trouve is None:
        raise ValueError(f"{worker} : pas de manifeste écrit par le build")
    manifeste = json.loads(trouve.group(1))
    if chemin == "instantane":
        del manifeste["compressed_size"]
    else:
        manifeste["snapshot"] = None
    worker.write_text(texte.replace(trouve.group(0), f"const MANIFESTE = {json.dumps(manifeste)};"), encoding="utf-8")
    return cible
