"""The guide pages a text may point to: each title and path written once.

The diagnostic's next steps and the scripts' tips name a page of the site. A link
is written the plain-text way, the relative path between chevrons (« → Écrire au
recruteur : <ecrire-au-recruteur/> »): it reads well in a copied text, keeps the
grammar checker off the slug, and the browser turns it into a link. The site
tests check that every page declared here exists, under this title, in
``mkdocs.yml``'s navigation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A page of the site: its title in the navigation and its source in ``docs/``."""

    titre: str
    source: str

    @property
    def chemin(self) -> str:
        """The relative URL of the built page (« ecrire-au-recruteur/ »)."""
        return self.source.removesuffix(".md") + "/"

    @property
    def lien(self) -> str:
        """« → Écrire au recruteur : <ecrire-au-recruteur/> »."""
        return f"→ {self.titre}\u00a0: <{self.chemin}>"


DIAGNOSTIC = Page("Avez-vous vraiment raté\u202f?", "avez-vous-vraiment-rate.md")
FEEDBACK = Page("Demander un feed-back", "demander-un-feedback.md")
DIRE = Page("Dire ce que vous pensez", "dire-ce-que-vous-pensez.md")
ECRIRE = Page("Écrire au recruteur", "ecrire-au-recruteur.md")
RELANCER = Page("Relancer, répondre à un refus", "relancer-repondre-refus.md")
REBONDIR = Page("Rebondir", "rebondir.md")
CHALLENGER = Page("Le candidat challenger", "candidat-challenger.md")
LAPSUS = Page("Le lapsus", "lapsus.md")

#: Every page a text may name.
TOUTES = (DIAGNOSTIC, FEEDBACK, DIRE, ECRIRE, RELANCER, REBONDIR, CHALLENGER, LAPSUS)
