"""What the emails to the recruiter share: greeting, closing, signature, draft,
and the short format (a LinkedIn note or an SMS, :data:`LIMITE_COURT` characters).

Used by ``challenger``, ``relance`` and ``reponse-refus``; ``lettre-apres-entretien``
shares the draft only, since it also writes postal letters and signs with the
candidate's details. An email greets « Bonjour Madame Durand, » (accepted usage),
or « Madame, Monsieur, » when the civilité is unknown, and closes with a short
formula over the candidate's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from rattrapage.champs import Champ, Choix, Fichier, Valeurs
from rattrapage.eml import message_eml
from rattrapage.typographie import franciser
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
    """The email as an ``.eml`` draft the user opens in their mail client, its
    body beside it as plain text (the page's ``mailto:`` link)."""
    return Fichier(nom, "message/rfc822", message_eml(sujet, corps), body=corps)


#: A short message fits a LinkedIn message to a connection and an SMS (300 characters; a
#: free account's invitation note allows 200, which the help says).
LIMITE_COURT = 300

FORME = Champ(
    "forme",
    "Forme du message",
    "radio",
    choix=(
        Choix("email", "Un e-mail"),
        Choix("court", "Un message court (LinkedIn, SMS)"),
    ),
    defaut="email",
    aide=f"Le message court tient en {LIMITE_COURT} caractères : un message LinkedIn à une relation, ou un "
    "SMS. Une note d’invitation LinkedIn d’un compte gratuit est limitée à 200 caractères : relisez-la avant.",
)


def court(valeurs: Valeurs, phrases: Iterable[str]) -> str:
    """The short message: a greeting, the non-empty sentences on one paragraph,
    the candidate's name. The widget chooses sentences that keep it within
    :data:`LIMITE_COURT` characters for a typical case (the tests check the personas)."""
    recruteur = _saisie.recruteur(valeurs)
    salut = recruteur.salutation(email=True)
    if salut == "Madame, Monsieur,":
        salut = "Bonjour,"
    return "\n".join([salut, " ".join(p for p in phrases if p), _saisie.candidat(valeurs)])


#: The length a short message aims at, a margin under :data:`LIMITE_COURT` (a
#: counter that counts differently, a name typed a little longer).
CIBLE_COURT = LIMITE_COURT - 10


def choisir_court(candidats: Iterable[tuple[int, str]], *, prix_de_la_marge: int) -> str:
    """Of ``(cost, text)`` candidates, the short message to send: among those within
    :data:`LIMITE_COURT`, the one that gives up least (the longest on a tie), or
    one within :data:`CIBLE_COURT` that gives up at most ``prix_de_la_marge``
    more; when none fits (a very long name), the shortest.

    For widgets that weigh whole combinations of sentences; :func:`court_ajuste`
    is the simpler rule, sentence by sentence."""
    classes = sorted((cout, -len(texte), texte) for cout, texte in candidats)
    dans_la_limite = [c for c in classes if -c[1] <= LIMITE_COURT]
    if not dans_la_limite:
        return min((texte for _, _, texte in classes), key=len)
    meilleur = dans_la_limite[0]
    avec_marge = [c for c in dans_la_limite if -c[1] <= CIBLE_COURT and c[0] <= meilleur[0] + prix_de_la_marge]
    return (avec_marge or [meilleur])[0][2]


def court_ajuste(valeurs: Valeurs, phrases: Iterable[tuple[str, ...]]) -> str:
    """The short message (:func:`court`) within :data:`LIMITE_COURT` characters
    when it can be: each entry lists a sentence and shorter alternatives; a
    one-sentence entry is required, a longer one optional (``""`` as its last
    alternative), and the first alternative that still fits is kept, entry by
    entry in the order given (put the required ones and the most useful first)."""
    entrees = list(phrases)
    choisies = [e[-1] for e in entrees]  # the shortest of each: required ones, "" for the optional
    for i, entree in enumerate(entrees):
        for possible in entree:
            essai = [*choisies[:i], possible, *choisies[i + 1 :]]
            if len(franciser(court(valeurs, essai))) <= LIMITE_COURT or possible == entree[-1]:
                choisies[i] = possible
                break
    return court(valeurs, choisies)
