"""Abbreviated inclusive forms typed by the user, written out in full.

The candidate chooses how agreements are written (:mod:`rattrapage.accord`); a
job title typed « chargé·e de communication » must follow that choice, since a
point médian cannot be read aloud and a screen reader stumbles on it. Féminin and
masculin give the one form; ``neutre`` gives both, in full, the way public job
offers write them (« chargé ou chargée de communication »), because a job title
has no form without agreement.
"""

from __future__ import annotations

import re

#: Middle dots and their look-alikes, and the full stop some people use instead.
_POINTS = "·•‧∙⋅."
#: « chargé·e », « directeur·rice·s », « chargé.es », « motivé(e) », « ingénieur(e)s ».
_FORME = re.compile(
    rf"(?<![\w@/.:\-])(?P<base>[^\W\d_]+)"
    rf"(?:[{_POINTS}](?P<suffixe>[a-zéèê]+)(?:[{_POINTS}](?P<pluriel>s))?"
    rf"|\((?P<suffixe2>[a-zéèê]+)\)(?P<pluriel2>s)?)"
    rf"(?![\w@/\-]|\.\w)"
)
#: Suffixes that mark a feminine ending; anything else after a dot (« M.e ») is left.
_SUFFIXES = ("e", "ne", "nne", "le", "lle", "ère", "ere", "euse", "rice", "trice", "ve", "se")
#: The ending a masculine must have for a suffix to announce its feminine.
_FINALES = {
    "ne": "n",
    "nne": "n",
    "le": "l",
    "lle": "l",
    "ère": "er",
    "ere": "er",
    "euse": "eur",
    "rice": "teur",
    "trice": "teur",
    "ve": "f",
    "se": "x",
}


def _feminin(base: str, suffixe: str) -> str:
    """The feminine of ``base`` announced by ``suffixe`` (« directeur » + « rice »)."""
    if suffixe in ("rice", "trice") and base.endswith("teur"):
        return base[:-4] + "trice"
    if suffixe == "euse" and base.endswith("eur"):
        return base[:-3] + "euse"
    if suffixe in ("ère", "ere") and base.endswith("ier"):
        return base[:-2] + "ère"
    if suffixe == "ve" and base.endswith("f"):
        return base[:-1] + "ve"
    if suffixe == "se" and base.endswith("x"):
        return base[:-1] + "se"
    if suffixe == "nne" and base.endswith("n"):
        return base + "ne"
    if suffixe == "lle" and base.endswith("l"):
        return base + "le"
    return base + suffixe


def _formes(m: re.Match[str]) -> tuple[str, str] | None:
    """(masculine, feminine) of one abbreviated word, or ``None`` when it is not one."""
    base = m.group("base")
    suffixe = m.group("suffixe") or m.group("suffixe2")
    pluriel = bool(m.group("pluriel") or m.group("pluriel2"))
    if suffixe.endswith("s") and suffixe[:-1] in _SUFFIXES and suffixe != "se":
        suffixe, pluriel = suffixe[:-1], True
    if suffixe not in _SUFFIXES or not base.endswith(_FINALES.get(suffixe, "")):
        return None
    feminin = _feminin(base, suffixe)
    if pluriel:
        return base + ("" if base.endswith(("s", "x")) else "s"), feminin + "s"
    return base, feminin


def contient_abreviation(texte: str) -> bool:
    """Whether ``texte`` holds an abbreviated inclusive form (« chargé·e »)."""
    return any(_formes(m) for m in _FORME.finditer(texte))


def _variante(texte: str, rang: int) -> str:
    def remplacer(m: re.Match[str]) -> str:
        formes = _formes(m)
        return formes[rang] if formes else m.group(0)

    return _FORME.sub(remplacer, texte)


def accorder(texte: str, accord: str | None) -> str:
    """``texte`` with every abbreviated form written for ``accord``.

    « chargé·e de communication »: féminin « chargée de communication »,
    masculin « chargé de communication », neutre « chargé ou chargée de
    communication » (the words that differ are doubled, the rest is shared).
    """
    if not contient_abreviation(texte):
        return texte
    masculin, feminin = _variante(texte, 0), _variante(texte, 1)
    if accord == "feminin":
        return feminin
    if accord == "masculin":
        return masculin
    return doublet(masculin, feminin)


def doublet(masculin: str, feminin: str) -> str:
    """« chargé ou chargée de communication »: the shared words written once."""
    m, f = masculin.split(" "), feminin.split(" ")
    debut = 0
    while debut < min(len(m), len(f)) and m[debut] == f[debut]:
        debut += 1
    fin = 0
    while fin < min(len(m), len(f)) - debut and m[-1 - fin] == f[-1 - fin]:
        fin += 1
    if debut == len(m) == len(f):
        return masculin
    mots_m, mots_f = " ".join(m[debut : len(m) - fin]), " ".join(f[debut : len(f) - fin])
    # Punctuation glued to the last word is shared too: « chargé ou chargée. »
    ponctuation = re.search(r"[^\w]*$", mots_m).group(0)  # type: ignore[union-attr]
    if ponctuation and mots_f.endswith(ponctuation):
        mots_m, mots_f = mots_m[: -len(ponctuation)], mots_f[: -len(ponctuation)]
    milieu = f"{mots_m} ou {mots_f}{ponctuation if mots_m else ''}"
    return " ".join([*m[:debut], milieu, *m[len(m) - fin :]])
