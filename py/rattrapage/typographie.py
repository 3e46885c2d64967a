"""French typography for generated text and for what the user types.

Our own sentences are written with the right characters in the source; this
module applies the same rules to the user's words, so that a letter does not mix
"l'entreprise" typed on a phone with our "l’entreprise". It never interprets the
text: no HTML, no template syntax, only characters.
"""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"  # espace insécable, before « : » and inside guillemets
NNBSP = "\u202f"  # espace fine insécable, before « ; ! ? »

# Control characters other than newline and tab have no place in a letter; bidi
# marks and joiners (category Cf) are kept so right-to-left text and emoji stay
# intact.
_CONTROLES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_APOSTROPHES = re.compile(r"['\u02bc\u2018`´]")
_ESPACE_AVANT_FINE = re.compile(r"[ \t\u00a0\u2009]+([;!?])")
_ESPACE_AVANT_DEUX_POINTS = re.compile(r"[ \t\u202f\u2009]+:")
# A letter or closing bracket directly followed by ; ! ? then a space or the end:
# the missing fine space is added. URLs (``?q=1``) are left alone.
_COLLE_FINE = re.compile(r"(?<=[\w)»\]])([;!?]+)(?=\s|$)")
# Same for a colon, which in a URL is never followed by a space (``https://``).
_COLLE_DEUX_POINTS = re.compile(r"(?<=[\w)»\]]):(?=\s|$)")
_GUILLEMETS_DROITS = re.compile(r'"([^"\n]+)"')
# A day and its month typed with an ordinary space (« 1ᵉʳ février », « 15 mars »):
# the space becomes non-breaking, as in the dates :mod:`rattrapage.dates` writes.
_JOUR_MOIS = re.compile(
    r"(?<![\d,.])(\d{1,2}|1ᵉʳ|1er)[ \u202f]"
    r"(?=(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)",
    re.IGNORECASE,
)
_ESPACES = re.compile(r"[ \t\u00a0\u2009]{2,}")


def nettoyer_ligne(texte: str) -> str:
    """One line of user text: controls removed, runs of whitespace collapsed."""
    texte = _CONTROLES.sub(" ", unicodedata.normalize("NFC", texte))
    return " ".join(texte.split())


def nettoyer_paragraphes(texte: str) -> str:
    """Multi-line user text: each line cleaned, blank runs kept as one blank line."""
    lignes = [nettoyer_ligne(ligne) for ligne in texte.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    sortie: list[str] = []
    for ligne in lignes:
        if ligne or (sortie and sortie[-1]):
            sortie.append(ligne)
    while sortie and not sortie[-1]:
        sortie.pop()
    return "\n".join(sortie)


def franciser(texte: str) -> str:
    """Apply French typography to a text (ours or the user's).

    Straight and typographic single quotes become ’, paired straight double quotes
    become « » with non-breaking spaces, ordinary spaces before ``: ; ! ?`` become
    the non-breaking ones, and missing ones are added where the punctuation closes
    a word; a day and its month (« 1ᵉʳ février ») are joined by a non-breaking
    space. Idempotent.
    """
    texte = _APOSTROPHES.sub("\u2019", texte)
    texte = _GUILLEMETS_DROITS.sub(lambda m: f"«{NBSP}{m.group(1).strip()}{NBSP}»", texte)
    texte = texte.replace('"', "\u201d")
    texte = re.sub(r"«[ \u202f]*", f"«{NBSP}", texte)
    texte = re.sub(r"[ \u202f]*»", f"{NBSP}»", texte)
    texte = _ESPACE_AVANT_FINE.sub(lambda m: NNBSP + m.group(1), texte)
    texte = _ESPACE_AVANT_DEUX_POINTS.sub(NBSP + ":", texte)
    texte = _COLLE_FINE.sub(lambda m: NNBSP + m.group(1), texte)
    texte = _COLLE_DEUX_POINTS.sub(NBSP + ":", texte)
    texte = re.sub(r"(?<=\d)[ \u202f]+(?=[%€$£])", NBSP, texte)
    texte = re.sub(r"(?<=\d)[ \u202f]+(?=[kKM][€$£])", NBSP, texte)  # « 46 k€ », « 2 M€ »
    texte = _JOUR_MOIS.sub(lambda m: m.group(1) + NBSP, texte)
    texte = texte.replace("...", "…")
    return _ESPACES.sub(lambda m: NBSP if NBSP in m.group(0) else " ", texte)


_MILLIERS = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u202f]\d{3})+(?![\d,]\d)")


def grouper_milliers(texte: str) -> str:
    """Digits grouped by thousands with an ordinary space (« 45 000 abonnés »,
    typed) get the non-breaking one (« 45\u00a0000 »), so that a number is never
    split across two lines. Telephone numbers (groups of two) are left as typed."""
    return _MILLIERS.sub(lambda m: re.sub(r"[ \u202f]", NBSP, m.group(0)), texte)


def ecarts(texte: str) -> list[str]:
    """The typography rules a generated text breaks (empty when it is clean).

    Used by the tests, and cheap enough to be asserted on every output.
    """
    problemes = []
    if re.search(r" [:;!?]", texte):
        problemes.append("espace ordinaire avant une ponctuation double")
    if "'" in texte:
        problemes.append("apostrophe droite")
    if re.search(r"\w\(e\)|\w·", texte):
        problemes.append("écriture inclusive abrégée")
    if re.search(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", texte):
        problemes.append("guillemets sans espace insécable")
    if "  " in texte:
        problemes.append("double espace")
    return problemes


def majuscule(texte: str) -> str:
    """Capitalise the first letter only (``str.capitalize`` would lower the rest)."""
    for i, car in enumerate(texte):
        if car.isalpha():
            return texte[:i] + car.upper() + texte[i + 1 :]
    return texte


def minuscule(texte: str) -> str:
    """Lower the first character only: our sentence continued after a colon
    (« Dernière question : à ce stade… »). For typed text, prefer
    :func:`minuscule_initiale`, which keeps proper nouns."""
    return texte[:1].lower() + texte[1:]


def phrase(texte: str) -> str:
    """A user's fragment as a sentence: capital first, final full stop if missing."""
    texte = majuscule(texte.strip())
    if texte and texte[-1] not in ".!?…»)":
        texte += "."
    return texte


_DETERMINANTS = re.compile(
    r"^(Mon|Ma|Mes|Le|La|Les|L’|Un|Une|Des|Du|De|D’|Ce|Cet|Cette|Ces|Notre|Nos|Votre|Vos|Son|Sa|Ses|Leur|Leurs)\b"
)


def minuscule_initiale(texte: str) -> str:
    """Lower the first word when it is a determiner (« Mon expérience » inside a
    sentence), keeping proper nouns and acronyms as typed."""
    if _DETERMINANTS.match(texte):
        return texte[0].lower() + texte[1:]
    return texte


_VOYELLES = "aeiouyàâäéèêëîïôöùûüœæh"
# Common words whose h is « aspiré »: no elision (« le poste de hiérarchie » is rare,
# « de haut niveau » is not).
_H_ASPIRES = ("haut", "hall", "hard", "hasard", "hâte", "héros", "hibou", "hors", "hockey", "honte")


def elide(mot_court: str, suite: str) -> str:
    """« de » + « ingénieur » → « d’ingénieur »; « de » + « chef » → « de chef »."""
    s = suite.lstrip()
    debut = s[:1].lower()
    if debut and debut in _VOYELLES and not s.lower().startswith(_H_ASPIRES):
        return f"{mot_court[:-1]}’{s}"
    return f"{mot_court} {s}"


def puces(lignes: list[str] | tuple[str, ...]) -> list[str]:
    """Each line as a dash item (« – a »), the way every list of our texts is set."""
    return [f"–{NBSP}{ligne}" for ligne in lignes]


def liste(titre: str, lignes: list[str] | tuple[str, ...], *, ponctuee: bool = False) -> str:
    """A titled dash list; ``ponctuee`` ends items with « ; » and the last with « . »,
    for a list that continues a sentence (« Ces dates sont des repères : – … ; – … . »)."""
    if ponctuee and lignes:
        lignes = [f"{ligne}{NNBSP};" for ligne in lignes[:-1]] + [f"{lignes[-1]}."]
    return "\n".join([titre, *puces(lignes)])


def enumerer(elements: list[str], conjonction: str = "et") -> str:
    """« a », « a et b », « a, b et c »."""
    if not elements:
        return ""
    if len(elements) == 1:
        return elements[0]
    return f"{', '.join(elements[:-1])} {conjonction} {elements[-1]}"
