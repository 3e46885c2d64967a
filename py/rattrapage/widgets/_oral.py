"""What spoken scripts share: how to address the recruiter, how to name them in a
tip, how the tips and the link to the writing page are laid out.

Used by ``script-feedback`` and ``script-ressenti``. Out loud, one says
« Madame Durand » or « Madame », never « Madame, Monsieur »: when the civilité is
unknown the script simply addresses no one by name. In the tips, written to the
candidate, the recruiter is a third person: « Mme Durand », « la recruteuse »,
or « la personne qui recrute » (épicène) when nothing is known.
"""

from __future__ import annotations

from rattrapage.accord import appellation

#: The page that helps write to the recruiter afterwards. The relative path is
#: written between chevrons, as ``diagnostic`` does: the plain-text convention
#: for an address, which also keeps the grammar checker off the slug.
LIEN_ECRIRE = "→ Écrire au recruteur\u00a0: <ecrire-au-recruteur/>"


def apostrophe(civilite: str | None, nom: str) -> str:
    """« , Madame Durand » to insert after « Oui, merci »; ``""`` when the civilité
    is unknown (a spoken « Madame, Monsieur » would sound like a letter)."""
    if civilite not in ("madame", "monsieur"):
        return ""
    return f", {appellation(civilite)} {nom}" if nom else f", {appellation(civilite)}"


def tiers(civilite: str | None, nom: str) -> str:
    """The recruiter named in a tip: « Mme Durand », « le recruteur »…"""
    if civilite == "madame":
        return f"Mme {nom}" if nom else "la recruteuse"
    if civilite == "monsieur":
        return f"M. {nom}" if nom else "le recruteur"
    return "la personne qui recrute"


def conseils(lignes: list[str]) -> str:
    """The tips, one dash per line, then the link to the writing page."""
    return "\n".join(["Conseils", *(f"–\u00a0{ligne}" for ligne in lignes), LIEN_ECRIRE])
