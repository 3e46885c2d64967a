"""People's names, and how to greet and name the recruiter.

The name field is typed on a phone, in a hurry: « jean dupont », « M. Lefèvre »,
« Camille Roux » where a surname was asked. :func:`nom_propre` capitalises a name
typed all in lower case (particles kept: « de Villiers »). :func:`lire_recruteur`
takes a title typed in the name field as the civilité (never « Monsieur M.
Lefèvre »), and tells a full name from a surname alone: with an unknown civilité
an e-mail can then greet « Bonjour Camille Roux, »; with a surname alone it stays
« Madame, Monsieur, ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Particles written in lower case inside a name (« Charles de Gaulle »).
PARTICULES = frozenset({"de", "du", "des", "d’", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der"})
#: Particles that also open a surname alone (« Da Silva », « Le Goff »): a name that
#: opens with one is not « first name + last name ».
_DEBUTS_DE_NOM = PARTICULES | {"le", "la", "ben", "el", "al", "mac", "mc", "o’", "di", "san", "saint", "sainte"}
_TITRES = {
    "m": "monsieur",
    "mr": "monsieur",
    "monsieur": "monsieur",
    "mme": "madame",
    "madame": "madame",
    "mlle": "madame",
    "mademoiselle": "madame",
}
_TITRE = re.compile(r"^(?P<titre>[A-Za-z]+)\.?\s+(?=\S)")


def _capitaliser_mot(mot: str) -> str:
    if mot in PARTICULES:  # « de villiers » typed alone stays « de Villiers »
        return mot
    parties = re.split(r"([-’])", mot)
    return "".join(p[:1].upper() + p[1:] if p not in ("-", "’", "d", "l") else p for p in parties)


def nom_propre(texte: str) -> str:
    """« jean dupont » → « Jean Dupont », « de villiers » → « de Villiers »,
    « dupont-verneuil » → « Dupont-Verneuil », « DUPONT » → « Dupont »; a name
    typed with some capitals is kept as typed."""
    if texte.isupper() and len(texte) > 3:  # a surname in capitals, not an initial
        texte = texte.lower()
    if texte != texte.lower():
        return texte
    return " ".join(_capitaliser_mot(m) for m in texte.split(" "))


def appellation(civilite: str | None) -> str:
    """« Madame », « Monsieur », or « Madame, Monsieur » when unknown."""
    if civilite == "madame":
        return "Madame"
    if civilite == "monsieur":
        return "Monsieur"
    return "Madame, Monsieur"


@dataclass(frozen=True)
class Interlocuteur:
    """The recruiter: civilité (``None`` when unknown), first name if typed, surname."""

    civilite: str | None
    nom: str = ""
    prenom: str = ""

    @property
    def complet(self) -> str:
        """« Camille Roux », « Lefèvre », or ``""``."""
        return f"{self.prenom} {self.nom}".strip()

    def salutation(self, *, email: bool) -> str:
        """E-mail « Bonjour Madame Durand, », « Bonjour Camille Roux, »; letter
        « Madame, »; nothing known, « Madame, Monsieur, »."""
        if self.civilite:
            titre = appellation(self.civilite)
            return f"Bonjour {titre} {self.nom}," if email and self.nom else ("Bonjour " if email else "") + f"{titre},"
        if email and self.prenom:
            return f"Bonjour {self.complet},"
        return "Madame, Monsieur,"

    def formule_de_politesse(self, *, email: bool) -> str:
        """E-mail: a short formula. Letter: a full sentence repeating the greeting."""
        if email:
            return "Bien cordialement,"
        return f"Je vous prie d’agréer, {appellation(self.civilite)}, l’expression de mes salutations distinguées."

    @property
    def destinataire(self) -> str:
        """The addressee line of a letter: « Madame Durand », « Camille Roux »."""
        if self.civilite:
            return f"{appellation(self.civilite)} {self.complet}".strip()
        return self.complet

    @property
    def apostrophe(self) -> str:
        """Spoken address after « Oui, merci »: « , Madame Durand »; ``""`` when
        the civilité is unknown (a spoken « Madame, Monsieur » sounds like a letter)."""
        if not self.civilite:
            return ""
        return f", {appellation(self.civilite)} {self.nom}".rstrip()

    @property
    def tiers(self) -> str:
        """The recruiter named in a tip to the candidate: « Mme Durand », « M.
        Lefèvre », « Camille Roux », « la recruteuse », « la personne qui recrute »."""
        if self.civilite == "madame":
            return f"Mme\u00a0{self.nom}" if self.nom else "la recruteuse"
        if self.civilite == "monsieur":
            return f"M.\u00a0{self.nom}" if self.nom else "le recruteur"
        return self.complet if self.prenom else "la personne qui recrute"


def lire_recruteur(civilite: str | None, nom: str) -> Interlocuteur:
    """The recruiter from the civilité choice and the typed name (francised).

    A title typed in the name (« M. Lefèvre », « Mme Da Silva ») is removed and,
    when the civilité was left unknown, taken as the civilité.
    """
    civilite = civilite if civilite in ("madame", "monsieur") else None
    nom = nom.strip()
    m = _TITRE.match(nom)
    if m and m.group("titre").lower() in _TITRES:
        civilite = civilite or _TITRES[m.group("titre").lower()]
        nom = nom[m.end() :]
    nom = nom_propre(nom)
    mots = nom.split(" ")
    if len(mots) >= 2 and mots[0].lower() not in _DEBUTS_DE_NOM and not mots[0].isupper():
        return Interlocuteur(civilite, " ".join(mots[1:]), mots[0])
    return Interlocuteur(civilite, nom)
