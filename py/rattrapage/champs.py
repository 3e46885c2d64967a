"""Field and widget declarations: the one place where a widget's form is described.

Everything else derives from these objects: the HTML form rendered at build time
(:mod:`rattrapage.formulaire`), the validation (:mod:`rattrapage.validation`), the
JSON schema of the CLI and the defaults shown before Python loads in the browser.
Nothing about a field is written twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from rattrapage.typographie import franciser

TypeChamp = Literal["text", "textarea", "date", "select", "radio", "checkbox", "multi", "list", "number"]

#: Types whose value is chosen among ``choices``.
TYPES_A_CHOIX = frozenset({"select", "radio", "multi"})


@dataclass(frozen=True)
class Choix:
    """One option of a ``select``, ``radio`` or ``multi`` field."""

    valeur: str
    libelle: str


@dataclass(frozen=True)
class Champ:
    """One form field.

    ``manquant`` is the visible placeholder written in the output while the field
    is empty (« [nom du recruteur] »), so that a half-filled form still previews a
    readable text. ``longueur_max`` bounds the length of a text, or of each line of a
    list; ``lignes_max`` bounds the number of lines of a list. ``minimum`` and
    ``maximum`` bound a number. Labels and help are written with plain spaces
    before « : ; ! ? », like the widgets' sentences: the form and the schema
    francise them (:func:`rattrapage.typographie.franciser`).
    """

    nom: str
    libelle: str
    type: TypeChamp
    requis: bool = False
    choix: tuple[Choix, ...] = ()
    defaut: Any = None
    longueur_max: int | None = None
    lignes_max: int | None = None
    aide: str = ""
    manquant: str = ""
    minimum: float | None = None
    maximum: float | None = None
    exemple: str = ""

    def __post_init__(self) -> None:
        if (self.type in TYPES_A_CHOIX) != bool(self.choix):
            raise ValueError(f"{self.nom}: choices go with select, radio and multi only")
        if self.type in ("select", "radio") and self.defaut is not None and self.defaut not in self.valeurs():
            raise ValueError(f"{self.nom}: default {self.defaut!r} is not a choice")

    def valeurs(self) -> tuple[str, ...]:
        """The accepted values of a field with choices."""
        return tuple(c.valeur for c in self.choix)

    def schema(self) -> dict[str, Any]:
        """The field as the CLI's ``schema`` command prints it."""
        sortie: dict[str, Any] = {
            "name": self.nom,
            "label": franciser(self.libelle),
            "type": self.type,
            "required": self.requis,
        }
        if self.choix:
            sortie["choices"] = [{"value": c.valeur, "label": franciser(c.libelle)} for c in self.choix]
        if self.defaut is not None:
            sortie["default"] = list(self.defaut) if isinstance(self.defaut, tuple) else self.defaut
        if self.longueur_max is not None:
            sortie["maxLength"] = self.longueur_max
        if self.lignes_max is not None:
            sortie["maxItems"] = self.lignes_max
        if self.minimum is not None:
            sortie["min"] = self.minimum
        if self.maximum is not None:
            sortie["max"] = self.maximum
        if self.aide:
            sortie["help"] = franciser(self.aide)
        return sortie


@dataclass(frozen=True)
class Groupe:
    """A titled group of fields, rendered as a ``<fieldset>`` with a legend."""

    titre: str
    champs: tuple[Champ, ...]


#: What a download holds, by type: its button reads « Télécharger le rappel (.ics) »,
#: never a file name (which a phone would break at its hyphens).
OBJETS_TELECHARGES = {
    "text/plain": "le texte",
    "text/calendar": "le rappel",
    "message/rfc822": "le brouillon d’e\u2011mail",  # a non-breaking hyphen: never « e- / mail »
    "text/markdown": "le document",
}


def libelle_telechargement(nom: str, mime: str, objet: str | None = None) -> str:
    """The label of a download button: what it holds and its extension, the same
    at build time (``formulaire.py``) and in the page (``actions.mjs``, from JSON).
    The extension is bound to the word before it (a non-breaking space): a
    narrow button never shows « (.ics) » alone on its last line."""
    extension = nom.rpartition(".")[2] if "." in nom else ""
    quoi = objet or OBJETS_TELECHARGES.get(mime, "le fichier")
    return f"Télécharger {quoi}\u00a0(.{extension})" if extension else f"Télécharger {quoi}"


@dataclass(frozen=True)
class Fichier:
    """A download the widget offers besides the text (an ``.eml``, an ``.ics``).

    ``objet`` names what it holds when its type alone says too little (« les
    rappels », « le débriefing »); see :func:`libelle_telechargement`.
    ``body`` is an e-mail draft's body as plain text, returned beside the
    ``.eml`` so that the page's ``mailto:`` link never has to decode MIME.
    """

    name: str
    mime: str
    content: str
    objet: str | None = None
    body: str | None = None

    @property
    def label(self) -> str:
        return libelle_telechargement(self.name, self.mime, self.objet)


@dataclass(frozen=True)
class Rendu:
    """What a widget produces: the text, an optional subject, optional files.

    A subject means the text is an email: the page then offers ``mailto:`` and an
    ``.eml`` download.
    """

    text: str
    subject: str | None = None
    files: tuple[Fichier, ...] = ()

    def en_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "subject": self.subject,
            "files": [
                {
                    "name": f.name,
                    "mime": f.mime,
                    "content": f.content,
                    "label": f.label,
                    **({"body": f.body} if f.body is not None else {}),
                }
                for f in self.files
            ],
        }


@dataclass(frozen=True)
class Apres:
    """A date that cannot come before another: a refusal, an announced answer,
    a sending date or a hire before the interview is a typing mistake, and
    :func:`rattrapage.validation.valider` says so next to ``champ``."""

    champ: Champ
    reference: Champ


#: Validated values handed to a widget's ``rendre``: field name to value, ``None``
#: for an empty field.
Valeurs = Mapping[str, Any]


@dataclass(frozen=True)
class Widget:
    """A widget: its id, its title, its fields in groups, and its pure renderer.

    ``rendre`` receives validated values and must not raise for any of them: an
    empty field is ``None`` and shows as its visible placeholder.
    ``description`` is one sentence for tools that list the widgets (``schema``).
    ``ordre`` lists the dates that cannot come before another one.
    """

    id: str
    titre: str
    groupes: tuple[Groupe, ...]
    rendre: Callable[[Valeurs], Rendu]
    description: str = ""
    ordre: tuple[Apres, ...] = ()

    @property
    def champs(self) -> tuple[Champ, ...]:
        return tuple(c for g in self.groupes for c in g.champs)

    def champ(self, nom: str) -> Champ:
        for c in self.champs:
            if c.nom == nom:
                return c
        raise KeyError(nom)

    def defauts(self) -> dict[str, Any]:
        """The values the form starts with (those shown before Python loads)."""
        return {c.nom: c.defaut for c in self.champs if c.defaut is not None}

    def schema(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.titre,
            "description": self.description,
            "fields": [c.schema() for c in self.champs],
        }
