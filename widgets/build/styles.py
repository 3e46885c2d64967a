"""The ``<style>`` texts the theme's own script writes at run time, for ``style-src``.

The built pages hold no ``<style>`` and no ``style=``, so the policy keeps
``style-src 'self'``. Zensical's search (0.0.73), though, draws its dialog in a
shadow root and hands it its stylesheet as a ``<style>`` element whose text is a
string constant of the theme's bundle (``assets/javascripts/bundle.*.min.js``,
as ``h("style", {}, CONSTANT.toString())``, the name minified). The browser checks
that element against ``style-src`` like any inline style and logs a console error
when it is refused (the search dialog then has no style). Its sha256 lets that
one text in, and nothing else: no ``'unsafe-inline'``. Material for MkDocs 9.8's
bundle writes no such element: for its site the list is empty and the policy
unchanged. Found by the smoke run on Zensical's build (``tests/e2e/test_fumee.py``),
which keeps checking it.
"""

from __future__ import annotations

import re
from pathlib import Path

from widgets.build import FinitionImpossible

#: A ``<style>`` element created with a constant's text: ``("style",{},NAME.toString())``.
_STYLE_D_UNE_CONSTANTE = re.compile(r"""\(\s*["']style["']\s*,\s*\{\s*\}\s*,\s*([\w$]+)\.toString\(\)\s*\)""")
_ECHAPPEMENTS = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "`": "`", "\n": ""}


def _constante(script: str, nom: str) -> str | None:
    """The text of ``var|let|const NAME = '…'`` (or ``"…"``) in a script, escapes read back."""
    trouve = re.search(
        rf"""(?:\bvar|\blet|\bconst|,)\s*{re.escape(nom)}\s*=\s*(['"])((?:\\.|(?!\1)[^\\])*)\1""", script, re.S
    )
    if trouve is None:
        return None
    texte = trouve[2]

    def relire(echappement: re.Match[str]) -> str:
        suite = echappement[1]
        if suite.startswith("u"):
            return chr(int(suite[1:], 16))
        if suite not in _ECHAPPEMENTS:
            raise FinitionImpossible(f"constante « {nom} » du thème : échappement \\{suite} non pris en charge.")
        return _ECHAPPEMENTS[suite]

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", relire, texte, flags=re.S)


def styles_des_scripts(site: Path) -> list[str]:
    """Each ``<style>`` text that the theme's bundle writes, as the browser will hash it."""
    styles: list[str] = []
    for bundle in sorted((site / "assets" / "javascripts").glob("bundle.*.min.js")):
        script = bundle.read_text(encoding="utf-8")
        for nom in dict.fromkeys(_STYLE_D_UNE_CONSTANTE.findall(script)):
            texte = _constante(script, nom)
            if texte is None:
                raise FinitionImpossible(
                    f"{bundle.name} : le texte du <style> « {nom} » est introuvable ; la CSP le bloquerait."
                )
            styles.append(texte)
    return styles
