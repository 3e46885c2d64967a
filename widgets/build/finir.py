"""Finish a built site: ``python -m widgets.build.finir SITE [--moteur build/runtime]``.

One entry point for every generator. ``mkdocs build`` calls :func:`finir` from
its ``on_post_build`` hook (``widgets/hooks/finition.py``); ``make build-zensical``
runs it after ``zensical build``, which runs no MkDocs hook. Over the folder the
generator wrote, in this order:

1. every page's Content-Security-Policy (:mod:`widgets.build.csp`), from its final HTML;
2. the Python runtime copied into ``pyodide/`` and its manifest written into the
   worker (:mod:`widgets.build.moteur`);
3. the service worker stamped last: its version is a hash over the final files,
   the pages with their policy and the stamped worker included.

A page holding a ``widget`` fence of an unknown id stops the step, as it stops
``mkdocs build --strict``. A site is finished once: a page that already holds a policy, or a worker or
service worker already stamped, stops the step (build again into a clean folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from widgets.build import FinitionImpossible, csp, moteur

RACINE = Path(__file__).resolve().parents[2]
#: What ``make setup`` assembles: Pyodide's files, the wheel, the lockfile, the snapshot.
MOTEUR = RACINE / "build" / "runtime"
#: What ``rattrapage.fence`` writes in place of a widget whose id it does not know.
_MARQUE_INCONNU = 'class="rw-inconnu"'


def finir(site: Path, source: Path = MOTEUR) -> None:
    """Finish the site built in ``site`` with the runtime assembled in ``source``."""
    moteur.verifier(source)
    if not (site / "index.html").is_file():
        raise FinitionImpossible(f"{site} : pas de site construit (index.html manque).")
    if inconnus := _pages_a_widget_inconnu(site):
        raise FinitionImpossible(f"bloc ```widget au nom inconnu dans : {', '.join(inconnus)}.")
    csp.ecrire_politiques(site)
    moteur.installer(site, source)
    moteur.tamponner_service_worker(site)


def _pages_a_widget_inconnu(site: Path) -> list[str]:
    """Pages where the fence wrote « Widget inconnu ». ``mkdocs build --strict`` stops on the
    fence's warning; ``zensical build --strict`` (0.0.73) prints it and goes on: stop here."""
    return [
        page.relative_to(site).as_posix()
        for page in sorted(site.rglob("*.html"))
        if _MARQUE_INCONNU in page.read_text(encoding="utf-8")
    ]


def main(arguments: list[str] | None = None) -> int:
    analyseur = argparse.ArgumentParser(
        prog="python -m widgets.build.finir",
        description="Termine un site construit (MkDocs, Zensical…) : CSP de chaque page, moteur Python, service worker.",
    )
    analyseur.add_argument("site", type=Path, help="le dossier du site construit (site/, site-zensical/…)")
    analyseur.add_argument("--moteur", type=Path, default=MOTEUR, help="le moteur assemblé par make setup")
    options = analyseur.parse_args(arguments)
    try:
        finir(options.site, options.moteur)
    except FinitionImpossible as erreur:
        print(f"Finition impossible : {erreur}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
