"""What spoken scripts share: how the tips and the link to the writing page are laid out.

How to address the recruiter aloud (``apostrophe``) and name them in a tip
(``tiers``) is :class:`rattrapage.redaction.personne.Interlocuteur`'s job.

Used by ``script-feedback`` and ``script-ressenti``. Out loud, one says
« Madame Durand » or « Madame », never « Madame, Monsieur »: when the civilité is
unknown the script simply addresses no one by name. In the tips, written to the
candidate, the recruiter is a third person: « Mme Durand », « la recruteuse »,
or « la personne qui recrute » (épicène) when nothing is known.
"""

from __future__ import annotations

from rattrapage.pages import ECRIRE


def conseils(lignes: list[str]) -> str:
    """The tips, one dash per line, then the link to the writing page."""
    return "\n".join(["Conseils", *(f"–\u00a0{ligne}" for ligne in lignes), ECRIRE.lien])
