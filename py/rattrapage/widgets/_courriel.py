"""What the emails to the recruiter share: greeting, closing, signature, draft.

Used by ``challenger``, ``relance`` and ``reponse-refus``; ``lettre-apres-entretien``
shares the draft only, since it also writes postal letters and signs with the
candidate's details. An email greets « Bonjour Madame Durand, » (accepted usage),
or « Madame, Monsieur, » when the civilité is unknown, and closes with a short
formula over the candidate's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from rattrapage.champs import Fichier, Valeurs
from rattrapage.eml import message_eml
from rattrapage.widgets import _saisie


def courriel(valeurs: Valeurs, paragraphes: Iterable[str], *, rogne: bool = False) -> str:
    """The email: greeting, the non-empty paragraphs, closing formula and name.

    ``rogne``: the names are read trimmed of edge punctuation, like the rest of
    the widget's text (see :func:`~rattrapage.widgets._saisie.ou_rien`).
    """
    recruteur = _saisie.recruteur(valeurs)
    blocs = [
        recruteur.salutation(email=True),
        *paragraphes,
        f"{recruteur.formule_de_politesse(email=True)}\n{_saisie.candidat(valeurs)}",
    ]
    return "\n\n".join(b for b in blocs if b)


def brouillon(nom: str, sujet: str, corps: str) -> Fichier:
    """The email as an ``.eml`` draft the user opens in their mail client."""
    return Fichier(nom, "message/rfc822", message_eml(sujet, corps))
