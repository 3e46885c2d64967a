"""What spoken scripts share: typed text to be said, stage directions, the tips.

Used by ``script-feedback`` and ``script-ressenti``. A script is read aloud to
the company's own recruiter, so it never repeats the job title (« ce poste ») nor
the company's name (« vous rejoindre »), and names the recruiter at most once
(:attr:`~rattrapage.redaction.personne.Interlocuteur.apostrophe`: « , Madame
Durand », nothing when the civilité is unknown, since a spoken « Madame,
Monsieur » sounds like a letter). In the tips, written to the candidate, the
recruiter is a third person (:attr:`~rattrapage.redaction.personne.Interlocuteur.tiers`:
« Mme Durand », « Camille Roux », « la personne qui recrute »).

What the candidate must say in their own words (the complement a script
announces) is a stage direction between parentheses on its own line: the script
never announces something that does not come.
"""

from __future__ import annotations

from collections.abc import Callable

from rattrapage.champs import Champ, Valeurs
from rattrapage.pages import ECRIRE
from rattrapage.redaction.nature import inserer
from rattrapage.widgets import _saisie

#: The tip that goes with every announced complement: say it briefly, with a fact.
PREPARER = "deux ou trois phrases, appuyées si possible sur un fait précis (un chiffre, un projet, un résultat)"


def saisie(valeurs: Valeurs, champ: Champ) -> str:
    """The typed text to set in a script (francised, in the candidate's agreement),
    or ``""`` when nothing readable is left (« ? », an emoji alone)."""
    texte = _saisie.ou_rien(valeurs, champ)
    return texte if any(c.isalnum() for c in texte) else ""


def dire(
    texte: str,
    *,
    groupe: Callable[[str], str],
    phrase: Callable[[str], str],
    question: Callable[[str], str],
) -> str:
    """One wording per kind of typed text (:func:`rattrapage.redaction.nature.inserer`),
    each required: a spoken script has no default for a question. A sentence set
    after our colon goes through :func:`rattrapage.redaction.nature.en_suite`."""
    return inserer(texte, groupe=groupe, phrase=phrase, question=question)


def didascalie(texte: str) -> str:
    """A stage direction: what the candidate does or says in their own words."""
    return f"({texte})"


def conseils(lignes: list[str]) -> str:
    """The tips, one dash per line, then the link to the writing page."""
    return "\n".join(["Conseils", *(f"–\u00a0{ligne}" for ligne in lignes), ECRIRE.lien])
