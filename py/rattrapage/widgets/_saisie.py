"""Reading what the user typed, ready to be set into one of our sentences.

The one place where the widgets read what was typed. Every text goes
through :func:`~rattrapage.typographie.franciser` and has its abbreviated
inclusive forms (« chargé·e ») written in the candidate's agreement
(:mod:`rattrapage.redaction.inclusif`); the profile's names come back as objects
of the writing layer (:mod:`rattrapage.redaction`) that know their article, their
civilité, their capitals; an empty field reads as its
visible placeholder (« [intitulé du poste] »), so a half-filled form still
previews a whole text. A *fragment* is a value set inside our own sentence
(« je crois ne pas avoir assez mis en valeur {fragment}. »): it loses the
punctuation that would clash with ours and a leading determiner is lowered.

The values arrive validated (:mod:`rattrapage.validation`); the readers still
answer « nothing » rather than raise on a value of the wrong type, since
``rendre`` must never raise.
"""

from __future__ import annotations

import datetime as dt

from rattrapage.champs import Champ, Valeurs
from rattrapage.dates import en_lettres
from rattrapage.redaction import organisation as _organisation
from rattrapage.redaction.inclusif import accorder, contient_abreviation
from rattrapage.redaction.nature import est_question
from rattrapage.redaction.personne import Interlocuteur, lire_recruteur, nom_propre
from rattrapage.typographie import elide, franciser, minuscule, minuscule_initiale
from rattrapage.widgets.profil import (
    CANDIDAT_ACCORD,
    CANDIDAT_NOM,
    ENTREPRISE,
    ENTREPRISE_FORME,
    POSTE,
    RECRUTEUR_CIVILITE,
    RECRUTEUR_NOM,
)

#: Punctuation that cannot open or close a fragment set inside our sentence:
#: « concernant : budget ?. » would read badly and break the typography rules.
_PONCTUATION_DE_BORD = ".,;:!?…"
#: What cannot end a text we follow with our own full stop; a final « ! ? … »
#: is the user's tone, and stays.
_PONCTUATION_FAIBLE = ".,;:"
_ESPACES = " \u00a0\u202f"
#: Guillemets a user may type around their own words: around a text we quote
#: or continue ourselves they would be doubled or left unpaired.
_GUILLEMETS = "«»"


def sans_bords(texte: str, *, sans_guillemets: bool = False) -> str:
    """``texte`` without punctuation or spaces at either end (nor « » with
    ``sans_guillemets``)."""
    return texte.strip(_PONCTUATION_DE_BORD + _ESPACES + (_GUILLEMETS if sans_guillemets else ""))


def en_fragment(texte: str, *, sans_guillemets: bool = False) -> str:
    """A text already francised, as a piece of our sentence: no punctuation at
    either end (« mon expérience ?. » would read badly), a leading determiner
    lowered."""
    return minuscule_initiale(sans_bords(texte, sans_guillemets=sans_guillemets))


def _francise(valeurs: Valeurs, champ: Champ, *, rogne: bool = False) -> str:
    """The typed text with French typography (see :func:`ou_rien`), not yet agreed."""
    valeur = valeurs.get(champ.nom)
    if not isinstance(valeur, str) or not valeur:
        return ""
    texte = franciser(valeur)
    if rogne:
        texte = texte.lstrip(_PONCTUATION_DE_BORD + _GUILLEMETS + _ESPACES)
        texte = texte.rstrip(_PONCTUATION_FAIBLE + _GUILLEMETS + _ESPACES)
    return texte


def ou_rien(valeurs: Valeurs, champ: Champ, *, rogne: bool = False) -> str:
    """The typed text with French typography and in the candidate's agreement
    (« chargé·e » never reaches a text), or ``""`` for an optional field.

    ``rogne`` is for a text set right after one of our words and followed by
    our own punctuation: any punctuation or « » at its start goes (« poste de : »
    would put a plain space before the colon), and a weak one or « » at its end
    (we add our own full stop).
    """
    return accorder(_francise(valeurs, champ, rogne=rogne), accord(valeurs))


def texte(valeurs: Valeurs, champ: Champ, *, rogne: bool = False) -> str:
    """The typed text with French typography, or the field's placeholder."""
    return ou_rien(valeurs, champ, rogne=rogne) or champ.manquant


def fragment_ou_rien(valeurs: Valeurs, champ: Champ, *, sans_guillemets: bool = False) -> str:
    """The typed text as a piece of our sentence, or ``""`` when nothing is left."""
    return en_fragment(ou_rien(valeurs, champ), sans_guillemets=sans_guillemets)


def fragment(valeurs: Valeurs, champ: Champ, *, sans_guillemets: bool = False) -> str:
    """The typed text as a piece of our sentence, or the field's placeholder."""
    return fragment_ou_rien(valeurs, champ, sans_guillemets=sans_guillemets) or champ.manquant


def lignes(valeurs: Valeurs, champ: Champ) -> list[str]:
    """The non-blank lines of a list field, each with French typography."""
    valeur = valeurs.get(champ.nom)
    if not isinstance(valeur, list):
        return []
    return [accorder(franciser(x), accord(valeurs)) for x in valeur if isinstance(x, str) and x.strip()]


def jour(valeurs: Valeurs, champ: Champ) -> dt.date | None:
    """A validated ISO date as a date, or ``None`` when empty."""
    iso = valeurs.get(champ.nom)
    if not isinstance(iso, str) or not iso:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def date_ou_rien(valeurs: Valeurs, champ: Champ, *, annee: bool = True, jour_semaine: bool = False) -> str:
    """A validated ISO date in words (« 12 mars 2026 », « jeudi 12 mars 2026 »), or ``""``."""
    quand = jour(valeurs, champ)
    return en_lettres(quand, annee=annee, jour_semaine=jour_semaine) if quand else ""


def date(valeurs: Valeurs, champ: Champ, *, annee: bool = True, jour_semaine: bool = False) -> str:
    """A validated ISO date in words, or the field's placeholder."""
    return date_ou_rien(valeurs, champ, annee=annee, jour_semaine=jour_semaine) or champ.manquant


def annee(valeurs: Valeurs, champ: Champ) -> int | None:
    """The year of a validated ISO date, or ``None``."""
    quand = jour(valeurs, champ)
    return quand.year if quand else None


def nombre(valeurs: Valeurs, champ: Champ) -> float | None:
    """A number within the field's bounds (validation already ensures it), or ``None``."""
    valeur = valeurs.get(champ.nom)
    if isinstance(valeur, bool) or not isinstance(valeur, int | float) or valeur != valeur:
        return None
    bas = champ.minimum if champ.minimum is not None else valeur
    haut = champ.maximum if champ.maximum is not None else valeur
    return float(min(max(valeur, bas), haut))


def accord(valeurs: Valeurs) -> str | None:
    """The candidate's agreement: ``feminin``, ``masculin``, ``neutre`` (or ``None``)."""
    choix = valeurs.get(CANDIDAT_ACCORD.nom)
    return choix if isinstance(choix, str) else None


def candidat(valeurs: Valeurs) -> str:
    """The candidate's name, capitalised if typed in lower case, or its placeholder."""
    return nom_propre(ou_rien(valeurs, CANDIDAT_NOM, rogne=True)) or CANDIDAT_NOM.manquant


def recruteur(valeurs: Valeurs) -> Interlocuteur:
    """The recruiter: civilité (a title typed in the name counts), first name, surname."""
    civilite = valeurs.get(RECRUTEUR_CIVILITE.nom)
    nom = ou_rien(valeurs, RECRUTEUR_NOM, rogne=True)
    if est_question(nom):  # a question typed in the name field is not a name
        nom = ""
    return lire_recruteur(civilite if isinstance(civilite, str) else None, nom)


def organisation(valeurs: Valeurs) -> _organisation.Organisation:
    """The employer with its article (« la mairie de Lyon »), from the optional
    « Dans une phrase » field first; the placeholder « [entreprise] » when empty."""
    forme = ou_rien(valeurs, ENTREPRISE_FORME, rogne=True)
    if forme and not est_question(forme):
        lue = _organisation.depuis_forme(forme)
        if lue:
            return lue
    nom = ou_rien(valeurs, ENTREPRISE, rogne=True)
    if not nom or est_question(nom):  # a question typed in the name field is not a name
        return _organisation.Organisation(ENTREPRISE.manquant)
    return _organisation.lire(nom)


def poste(valeurs: Valeurs) -> str:
    """The job title as running text writes it: in the candidate's agreement
    (« chargée de communication »), its first word lowered unless it is an
    acronym or a name (« DevOps »), or the placeholder « [intitulé du poste] »."""
    titre = _francise(valeurs, POSTE, rogne=True)
    if not titre:
        return POSTE.manquant
    premier = titre.split(" ", 1)[0]
    if premier[1:] == premier[1:].lower():
        titre = minuscule(titre)
    return accorder(titre, accord(valeurs))


#: Domains a title « chargé·e de … » names that read well as « poste en … ».
_PAS_UN_DOMAINE = frozenset({"projet", "projets", "mission", "missions", "affaires", "clientèle", "secteur"})


def poste_de(valeurs: Valeurs) -> str:
    """« poste de chargée de communication », the position as our sentences name it.

    For phrasing without agreement, a title typed with an abbreviated form
    (« chargé·e de communication ») names its field instead of the person
    (« poste en communication »), since the title agrees with whoever holds it;
    any other title is written out in both forms (« poste de technicien ou
    technicienne de laboratoire »), never abbreviated.
    """
    brut = _francise(valeurs, POSTE, rogne=True)
    if accord(valeurs) not in ("feminin", "masculin") and contient_abreviation(brut):
        mots = brut.split(" ")
        # Only « chargé·e de … » names a field (« chargé de communication »: the
        # communication); « technicien·ne de laboratoire » names a job, not a place.
        if len(mots) in (3, 4) and mots[1] in ("de", "d’") and accorder(mots[0], "masculin").lower() == "chargé":
            domaine = mots[2:]
            if (
                domaine[0][:1].islower()
                and domaine[0] not in _PAS_UN_DOMAINE
                and not contient_abreviation(" ".join(domaine))
            ):
                return "poste en " + " ".join(domaine)
    return elide("poste de", poste(valeurs))
