"""A company or a public employer, in the form each sentence needs.

« chez Mairie de Lyon », « les projets de Le Bon Marché », « SA » in a thank-you
note: a name pasted as typed reads as a template. :func:`lire` turns the typed
name into an :class:`Organisation` that knows its article, so that the widgets
write « à la mairie de Lyon », « du Bon Marché », « des Échos », « de l’hôpital
Saint-Louis », « d’Orange », and never a legal form (SA, SAS, SARL, & Cie…).

Articles are never guessed: a name that opens with « Le », « La », « Les » or
« L’ » has one; a name that opens with a word from :data:`INSTITUTIONS`
(« Mairie », « Hôpital », « Groupe »…) takes that word's article; any other name
is used bare (« chez Transports Mercier »). When that is wrong, the user writes
the form in the optional field « Dans une phrase » (« aux Transports Mercier »),
which :func:`lire` reads first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rattrapage.typographie import elide

#: Legal forms, dropped from running text (at the end, or after a comma).
_FORMES_JURIDIQUES = re.compile(
    r"[\s,]+(?:S\.?A\.?S\.?U\.?|S\.?A\.?S\.?|S\.?A\.?R\.?L\.?|S\.?A\.?|E\.?U\.?R\.?L\.?|S\.?N\.?C\.?|SCOP|SCIC|SCA|SCS|SE|"
    r"GIE|SEM|SPL|SELARL|SELAS|Inc\.?|Ltd\.?|LLC|GmbH|AG|plc|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|"
    r"(?:&|et)\s+(?:Cie|Co)\.?)\s*$",
    re.IGNORECASE,
)

#: Words that open the name of an institution, with their article and whether
#: running text lowers them (« la mairie de Lyon », but « la Ville de Lyon »).
#: Plural words (« Transports », « Ateliers ») are left out on purpose: « chez
#: Transports Mercier » and « aux Transports Mercier » are both in use.
INSTITUTIONS: dict[str, tuple[str, bool]] = {
    "mairie": ("la", True),
    "hôtel de ville": ("l’", True),
    "ville": ("la", False),
    "commune": ("la", True),
    "métropole": ("la", False),
    "région": ("la", False),
    "département": ("le", False),
    "conseil": ("le", True),
    "préfecture": ("la", True),
    "ministère": ("le", True),
    "hôpital": ("l’", True),
    "centre hospitalier": ("le", True),
    "clinique": ("la", True),
    "groupe": ("le", True),
    "société": ("la", True),
    "cabinet": ("le", True),
    "agence": ("l’", True),
    "association": ("l’", True),
    "fondation": ("la", False),
    "institut": ("l’", False),
    "université": ("l’", True),
    "école": ("l’", False),
    "lycée": ("le", True),
    "collège": ("le", True),
    "musée": ("le", True),
    "théâtre": ("le", True),
    "laboratoire": ("le", True),
    "banque": ("la", False),
    "caisse": ("la", False),
    "chambre": ("la", False),
    "office": ("l’", False),
    "compagnie": ("la", True),
    "mutuelle": ("la", True),
    "communauté": ("la", False),
    "syndicat": ("le", True),
    "bibliothèque": ("la", True),
    "médiathèque": ("la", True),
    "crèche": ("la", True),
    "CHU": ("le", False),
}
#: Heads of :data:`INSTITUTIONS` that name a public employer (a town hall, a
#: region, a public hospital, a ministry…): its next offers are followed, its
#: posts open « dans vos services » (see :func:`publique`).
PUBLIQUES = (
    *("mairie", "hôtel de ville", "ville", "commune", "métropole", "communauté", "région", "département"),
    *("conseil", "préfecture", "ministère", "hôpital", "centre hospitalier", "CHU", "université"),
    *("lycée", "collège"),
)
_ARTICLES = {"le": "le", "la": "la", "les": "les", "l’": "l’"}
#: How the optional field may start: preposition and article of the place of work.
_FORMES_SAISIES = (
    ("aux ", "les"),
    ("au ", "le"),
    ("à la ", "la"),
    ("à l’", "l’"),
    ("chez ", ""),
    ("à ", "à"),
)


@dataclass(frozen=True)
class Organisation:
    """A name and its article (``""`` for a bare name, ``"à"`` for a bare name
    that takes « à » rather than « chez »: « à France Travail »)."""

    nom: str
    article: str = ""

    def __str__(self) -> str:
        return self.nomme

    @property
    def nomme(self) -> str:
        """As a subject or object: « la mairie de Lyon », « Orange »."""
        if self.article in ("", "à"):
            return self.nom
        return f"{self.article}{self.nom}" if self.article == "l’" else f"{self.article} {self.nom}"

    @property
    def de(self) -> str:
        """« de la mairie de Lyon », « du Bon Marché », « des Échos », « d’Orange »."""
        if self.article == "le":
            return f"du {self.nom}"
        if self.article == "les":
            return f"des {self.nom}"
        return elide("de", self.nomme)

    @property
    def chez(self) -> str:
        """The place of work: « à la mairie de Lyon », « au Bon Marché », « chez Orange »."""
        if self.article == "le":
            return f"au {self.nom}"
        if self.article == "les":
            return f"aux {self.nom}"
        if self.article == "à":
            return f"à {self.nom}"
        if self.article:
            return f"à {self.nomme}"
        return f"chez {self.nom}"

    @property
    def pour(self) -> str:
        """« pour la mairie de Lyon », « pour Orange »."""
        return f"pour {self.nomme}"


def sans_forme_juridique(nom: str) -> str:
    """« Groupe Altéa SA » → « Groupe Altéa »; the name alone is never emptied."""
    reste = _FORMES_JURIDIQUES.sub("", nom).strip(" ,")
    return reste or nom


def tete(nom: str, mots: Iterable[str]) -> str:
    """The first of ``mots`` that ``nom`` opens with as a whole word (« Mairie de
    Lyon » opens with « mairie », « Mairies » does not), or ``""``."""
    bas = nom.lower()
    for mot in mots:
        cle = mot.lower()
        if bas.startswith(cle) and not bas[len(cle) : len(cle) + 1].isalnum():
            return mot
    return ""


def _institution(nom: str) -> Organisation | None:
    mot = tete(nom, INSTITUTIONS)
    if not mot:
        return None
    article, minuscule = INSTITUTIONS[mot]
    debut = nom[: len(mot)].lower() if minuscule else nom[: len(mot)]
    return Organisation(debut + nom[len(mot) :], article)


def _article_saisi(nom: str) -> Organisation | None:
    """« Le Bon Marché », « Les Échos », « La Poste »: the article typed with the name."""
    m = re.match(r"^(Les|Le|La)\s+(.+)$", nom) or re.match(r"^(L’)\s*(.+)$", nom)
    if not m:
        return None
    article, reste = m.group(1).lower(), m.group(2)
    if article == "l’" and reste[:1].isupper():
        return Organisation(nom)  # « L’Oréal »: the article belongs to the brand
    institution = _institution(reste)
    if institution and institution.article == article:
        return institution
    return Organisation(reste, _ARTICLES[article])


def depuis_forme(forme: str) -> Organisation | None:
    """The optional field, typed as the place of work is written: « à la mairie
    de Lyon », « aux Transports Mercier », « chez Orange », « à France Travail »."""
    for debut, article in _FORMES_SAISIES:
        if forme.lower().startswith(debut):
            reste = forme[len(debut) :].strip()
            return Organisation(sans_forme_juridique(reste), article) if reste else None
    return lire(forme)


def lire(nom: str) -> Organisation:
    """The organisation behind a typed name (already francised)."""
    nom = sans_forme_juridique(nom.strip())
    return _article_saisi(nom) or _institution(nom) or Organisation(nom)


def publique(organisation: Organisation) -> bool:
    """Whether the employer's name opens with one of :data:`PUBLIQUES` (« mairie
    de Lyon », « Ville de Villeurbanne », « CHU de Nantes »)."""
    return bool(tete(organisation.nom, PUBLIQUES))
