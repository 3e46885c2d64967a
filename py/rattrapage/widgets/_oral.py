"""What spoken scripts share: typed text to be said, stage directions, the tips.

Used by ``script-feedback`` and ``script-ressenti``. A script is read aloud to
the company's own recruiter, so it never repeats the job title (« ce poste ») nor
the company's name (« vous rejoindre »), and names the recruiter at most once
(:attr:`~rattrapage.redaction.personne.Interlocuteur.apostrophe`: « , Madame
Durand », nothing when the civilité is unknown, since a spoken « Madame,
Monsieur » sounds like a letter). In the tips, written to the candidate, the
recruiter is a third person (:attr:`~rattrapage.redaction.personne.Interlocuteur.tiers`:
« Mme Durand », « Camille Roux »); when nothing is known of them the tip is
worded without naming anyone (« Remerciez pour ce retour »), since « la personne
qui recrute » reads clumsily in a sentence of advice.

What the candidate must say in their own words (the complement a script
announces) is a stage direction between parentheses on its own line: the script
never announces something that does not come, and never puts words to say inside
parentheses (a fallback line gets its own heading). What that direction asks
depends on the subject (:func:`genre`): a salary range is given in one sentence,
then the candidate stops there and lets the recruiter react; an exercise is taken
up again « à froid »; a notion is explained simply; an achievement rests on a
precise example.

A typed subject is said as typed: never wrapped in words that assert a fact the
candidate did not type (« mon expérience de la consolidation IFRS » for « la
consolidation IFRS »). An answer typed as such (« ma réponse sur la rémunération »)
is said as the question it answered (« la question de la rémunération »,
:func:`question_de`), so that « revenir sur ma réponse sur… » never comes out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from rattrapage.champs import Champ, Valeurs
from rattrapage.pages import ECRIRE
from rattrapage.redaction.nature import inserer, nature
from rattrapage.redaction.personne import Interlocuteur
from rattrapage.typographie import elide, liste
from rattrapage.widgets import _saisie

#: What a subject to come back to is about, which sets how to say it and prepare it.
Genre = Literal["remuneration", "exercice", "connaissances", "experience", "autre"]

#: The classifier: the first pattern that matches the typed text (lower-cased) gives
#: its kind; ordered from the most specific (« mon expérience des tests techniques »
#: is an exercise to take up again, « ma réponse sur le salaire » a salary range).
GENRES: tuple[tuple[Genre, re.Pattern[str]], ...] = (
    (
        "remuneration",
        re.compile(
            r"prétention|salaire|salarial|rémunér|\bpackage\b|fourchette|\bbrut|\bk€|"
            r"combien (?:voulez|souhaitez|demandez)"
        ),
    ),
    (
        "exercice",
        re.compile(r"exercice|algorithm|\balgo\b|test technique|\bkata\b|\bcoding\b"),
    ),
    (
        "connaissances",
        re.compile(
            r"\bnotions?\b|\bconcepts?\b|définition|différence entre|\bnormes?\b|réglementation|"
            r"question technique|\bthéorie|fonctionnement d"
        ),
    ),
    (
        "experience",
        re.compile(
            r"expérience|projet|réalisation|résultat|réussite|gestion|pilot|manag|encadr|équipe|"
            r"budget|campagne|refonte|lancement|création|mise en place|accompli|\bmené|\bgéré|"
            r"réorganis|compétence|savoir-faire|expertise|capacité|maîtrise|levée|chiffre d’affaires|"
            r"\bpassage\b|\bstage\b|alternance|clients?\b|\bventes?\b"
        ),
    ),
)

#: A noun that names a field of work when it opens a bare phrase (« la consolidation
#: IFRS », « le développement web », « la comptabilité »): by its ending...
_DOMAINE = re.compile(r"(?:tion|sion|ment|age|ique|ité|ing|ance|ence|erie)$")
#: ...unless it names a moment or a trait rather than a field.
_PAS_UN_DOMAINE = frozenset(
    {
        "question",
        "réunion",
        "présentation",
        "discussion",
        "session",
        "version",
        "mission",
        "situation",
        "motivation",
        "position",
        "décision",
        "proposition",
        "raison",
        "conversation",
        "démonstration",
        "candidature",
        "disponibilité",
        "mobilité",
        "personnalité",
        "moment",
        "comportement",
        "passage",
        "stage",
        "message",
        "langage",
        "image",
        "page",
        "réponse",
        "absence",
        "présence",
        "préférence",
        "exigence",
        "difficulté",
        "réalité",
        "priorité",
        "qualité",
    }
)
_ARTICLE = re.compile(r"^(?P<article>le |la |les |l’)(?P<nom>[^\W\d_]+)(?P<reste>.*)$")
_RELATIF = re.compile(r"\b(?:que|qui|dont|où|j’|je|vous|nous)\b|\bqu’")


def genre(texte: str) -> Genre:
    """What a typed subject is about: a salary, an exercise, a notion, an
    experience or achievement, or something else (« mon départ de mon poste »)."""
    bas = texte.lower().replace("'", "’")
    for cle, motif in GENRES:
        if motif.search(bas):
            return cle
    return "experience" if _domaine(texte) else "autre"


def _domaine(groupe: str) -> re.Match[str] | None:
    """A bare phrase with a definite article that names a field of work: « la
    consolidation IFRS », « le développement web », never « la refonte du site
    que j’ai menée » (a relative clause makes it a fact) nor « la question ».
    Only noun phrases count: sentences and questions keep their wording."""
    if nature(groupe) != "groupe":
        return None
    m = _ARTICLE.match(groupe)
    if not m or _RELATIF.search(m.group("reste")) or len(groupe.split()) > 6:
        return None
    nom = m.group("nom").lower()
    if nom in _PAS_UN_DOMAINE or not _DOMAINE.search(nom.rstrip("s")):
        return None
    return m


#: An answer typed as such, and what it was about: « ma réponse sur la rémunération »,
#: « mes réponses à propos du salaire », « ma réponse concernant mon départ ».
_REPONSE_SUR = re.compile(
    r"^(?:ma|mes) réponses? (?:sur |concernant |(?:à propos|au sujet) (?P<de>du |des |de la |de l’|de |d’))"
    r"(?P<sujet>\S.*)$",
    re.IGNORECASE,
)
#: The article a « de » contracted, given back: « du salaire » → « le salaire ».
_ARTICLES_CONTRACTES = {"du ": "le ", "des ": "les ", "de la ": "la ", "de l’": "l’", "de ": "", "d’": ""}


def de(groupe: str) -> str:
    """« de » before a noun phrase: « du salaire », « des horaires », « de la
    rémunération », « de l’équipe », « d’un projet », « de mon départ »."""
    bas = groupe.lower()
    if bas.startswith("le "):
        return f"du {groupe[3:]}"
    if bas.startswith("les "):
        return f"des {groupe[4:]}"
    return elide("de", groupe)


def question_de(groupe: str) -> str:
    """An answer typed as such said as the question it answered: « ma réponse sur
    la rémunération » → « la question de la rémunération »; ``""`` for anything else."""
    m = _REPONSE_SUR.match(groupe.replace("'", "’"))
    if not m:
        return ""
    sujet = _ARTICLES_CONTRACTES.get((m.group("de") or "").lower(), "") + m.group("sujet")
    return f"la question {de(sujet)}"


def le_sien(groupe: str) -> bool:
    """Whether a noun phrase is typed as the candidate's own (« mon projet », « la
    campagne que j’ai pilotée »): it can be « mis en valeur ». A bare field of work
    (« la consolidation IFRS ») cannot, and asserting « mon expérience de… » would
    invent a fact."""
    bas = groupe.lower()
    return bas.startswith(("mon ", "ma ", "mes ", "notre ", "nos ")) or bool(re.search(r"\bj’|\bje\b|\bnous\b", bas))


def laissez_reagir(civilite: str | None) -> str:
    """« laissez-le réagir », « laissez-la réagir », or « laissez-lui la parole »
    when the recruiter's civilité is unknown."""
    return {"monsieur": "laissez-le réagir", "madame": "laissez-la réagir"}.get(civilite or "", "laissez-lui la parole")


#: The salary range, in one sentence: the stage direction's first words.
FOURCHETTE = "Donnez maintenant votre fourchette en une phrase : « je vise entre X et Y euros bruts annuels »"


#: What the candidate says in their own words, by kind of subject: a stage direction.
_CONSIGNES: dict[Genre, str] = {
    "remuneration": "Donnez votre fourchette en une phrase, « je vise entre X et Y euros bruts annuels », puis "
    "arrêtez-vous là, sans vous justifier, et {reagir}",
    "exercice": "Reprenez l’exercice à froid : votre démarche, sa complexité, ce que vous feriez autrement, "
    "en trois phrases, puis laissez-lui la parole",
    "connaissances": "Expliquez la notion simplement, en deux ou trois phrases, avec un exemple, "
    "puis laissez-lui la parole",
    "experience": "Dites l’essentiel en deux ou trois phrases, appuyées sur un exemple précis, "
    "puis laissez-lui la parole",
    "autre": "Dites l’essentiel en deux ou trois phrases, puis laissez-lui la parole",
}
#: What to prepare, by kind of subject, after « Préparez … : ».
_PREPARATIONS: dict[Genre, str] = {
    "remuneration": "une fourchette que vous saurez justifier par les salaires du marché pour ce poste, "
    "à annoncer en une phrase, d’une voix posée, sans vous excuser",
    "exercice": "l’exercice repris à froid (votre démarche, sa complexité, ce que vous feriez autrement), "
    "en trois phrases",
    "connaissances": "une explication simple de la notion, en deux ou trois phrases, avec un exemple",
    "experience": "deux ou trois phrases, appuyées si possible sur un fait précis (un chiffre, un projet, un résultat)",
    "autre": "deux ou trois phrases, l’essentiel d’abord, sans vous justifier",
}


def consigne(sujet: Genre, *, reponse: bool = False, civilite: str | None = None) -> str:
    """The stage direction's words for a subject (capitalised, no final stop);
    ``reponse`` when it completes an answer to a typed question (« Complétez votre
    réponse… »), unless the kind calls for its own words (a range, an exercise);
    ``civilite`` gives the pronoun of « laissez-le réagir » after a salary range."""
    if reponse and sujet in ("experience", "autre"):
        appui = ", appuyées sur un exemple précis" if sujet == "experience" else ""
        return f"Complétez votre réponse en deux ou trois phrases{appui}, puis laissez-lui la parole"
    return _CONSIGNES[sujet].format(reagir=laissez_reagir(civilite))


def preparation(sujet: Genre) -> str:
    """What to prepare for a subject, after « Préparez … : »."""
    return _PREPARATIONS[sujet]


def nomme(recruteur: Interlocuteur) -> bool:
    """Whether a tip can name the recruiter (« Mme Durand », « le recruteur »,
    « Camille Roux ») rather than a clumsy « la personne qui recrute »."""
    return bool(recruteur.civilite or recruteur.prenom)


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
    return "\n".join([liste("Conseils", lignes), ECRIRE.lien])
