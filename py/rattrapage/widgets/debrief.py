"""The written debrief: « Rebondir » (point 5 of the article).

After a failed interview the coach's advice is to list on paper what went wrong,
the questions that trapped you, your dissatisfaction points, your preparation
gaps, then to work on it, for instance with a career coach. This widget turns
those raw lists into a plan a coach would sign:

- every typed line is set according to what it is (:mod:`rattrapage.redaction.nature`):
  a sentence stands as a sentence (« J’ai bafouillé sur le salaire. »), a noun
  phrase gets a label that fits it (« À préparer : la taille de leur flotte. »),
  an infinitive is already an action (« À faire : revoir les bases
  d’algorithmique. »), a question is quoted;
- every trap question gets advice that fits its kind (:func:`genre_de_question`,
  a small ordered table of patterns): a knowledge question calls for revision,
  a question about experience or career for a lived example, a hypothetical one
  for a method, a salary question for market figures;
- the next actions are dated from the next interview when it is known, with
  realistic deadlines (:func:`echeances`): none after the next interview, none on
  a public holiday or in the year-end truce, no coach booked the day after the
  interview, and a rehearsal with someone you trust instead of a coach when the
  next interview is too close for one.

The opening never questions competence (« Prenez cet entretien comme un brouillon
pour le prochain »). Trap questions may carry the better answer after ``->``,
``→`` or ``|``; :func:`separer_question` reads them. The same plan is offered as
``debrief.md``, where everything is escaped by :func:`echapper_markdown` so that a
user's line cannot turn into a link, an image, HTML or a heading.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rattrapage import pages
from rattrapage.accord import selon_accord
from rattrapage.calendrier import dans_la_treve, est_ouvre, ferie
from rattrapage.champs import Apres, Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import JOURS, en_lettres
from rattrapage.nombres import compter
from rattrapage.redaction.nature import en_groupe, en_suite, inserer, nature
from rattrapage.typographie import elide, franciser, majuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets.profil import CANDIDAT_ACCORD, DATE_ENTRETIEN, ENTREPRISE, ENTREPRISE_FORME, POSTE

QUESTIONS_PIEGES = Champ(
    "questions_pieges",
    "Les questions qui vous ont posé problème",
    "list",
    max_len=500,
    max_lignes=10,
    aide="Une question par ligne. Si vous savez déjà ce que vous auriez dû répondre, ajoutez-le après "
    "« -> » ou « | » : « Pourquoi quitter votre poste actuel ? -> l’envie de piloter des projets plus larges ».",
    exemple="Pourquoi quitter votre poste actuel ? -> l’envie de piloter des projets plus larges",
)
INSATISFACTIONS = Champ(
    "insatisfactions",
    "Vos points d’insatisfaction",
    "list",
    max_len=300,
    max_lignes=10,
    aide="Ce que vous regrettez, un point par ligne, avec vos mots.",
    exemple="j’ai parlé trop vite de mon départ",
)
LACUNES = Champ(
    "lacunes",
    "Vos lacunes de préparation",
    "list",
    max_len=300,
    max_lignes=10,
    aide="Ce que vous auriez dû savoir ou préparer, un point par ligne.",
    exemple="le chiffre d’affaires de l’entreprise",
)
REUSSITES = Champ(
    "reussites",
    "Ce qui a fonctionné",
    "list",
    max_len=300,
    max_lignes=10,
    aide="Même un détail compte : c’est ce que vous referez la prochaine fois.",
    exemple="ma présentation de parcours en deux minutes",
)
QUESTIONS_COACH = Champ(
    "questions_coach",
    "Vos questions pour un coach",
    "list",
    max_len=300,
    max_lignes=10,
    aide="Ce que vous aimeriez travailler en séance, une question par ligne.",
    exemple="comment parler de ma reconversion sans me justifier ?",
)
PROCHAIN_ENTRETIEN = Champ(
    "prochain_entretien",
    "Date de votre prochain entretien",
    "date",
    aide="Facultatif : avec elle, les prochaines actions sont datées.",
)


# --- Parsing and escaping: small pure functions, tested on tables ------------------------

_SEPARATEUR = re.compile(r"\s*(?:->|→|\|)\s*")
_GUILLEMETS_AUTOUR = "«»“”„\"'’ \u00a0\u202f"


def separer_question(ligne: str) -> tuple[str, str | None]:
    """« question -> meilleure réponse » (or ``→``, ``|``) as (question, answer).

    Only the first separator splits, so an answer may itself contain one. The
    question is ``""`` when the line starts with a separator; the answer is
    ``None`` when there is none.
    """
    morceaux = _SEPARATEUR.split(ligne, maxsplit=1)
    question = morceaux[0].strip()
    reponse = morceaux[1].strip() if len(morceaux) > 1 else ""
    return question, reponse or None


_MD_PARTOUT = re.compile(r"([\\`*_\[\]<>~])")
_MD_ENTITE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What would open a block at the start of a line (or of a list item): a heading,
# a quote, a list, a setext underline, a table row.
_MD_DEBUT = re.compile(r"^[#>+=|-]")
_MD_LISTE_NUMEROTEE = re.compile(r"^(\d+)([.)])")


def echapper_markdown(texte: str) -> str:
    """Text that Markdown shows as typed: no link, image, HTML, emphasis, code or heading.

    Every ASCII character that opens an inline construct is backslash-escaped,
    entities (``&amp;``) are disarmed, and a line that would start a block
    (``#``, ``>``, ``-``, ``+``, ``1.``) gets its marker escaped.
    """
    lignes = []
    for ligne in texte.split("\n"):
        ligne = _MD_ENTITE.sub(r"\\&", _MD_PARTOUT.sub(r"\\\1", ligne))
        ligne = _MD_DEBUT.sub(lambda m: "\\" + m.group(0), ligne)
        ligne = _MD_LISTE_NUMEROTEE.sub(lambda m: m.group(1) + "\\" + m.group(2), ligne)
        lignes.append(ligne)
    return "\n".join(lignes)


# --- The plan: one structure, written as plain text and as Markdown ----------------------


@dataclass(frozen=True)
class Section:
    """A heading, its lines (one action each) and an optional hint under them."""

    titre: str
    lignes: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Plan:
    """The debrief: a title, an encouraging opening, then the sections."""

    titre: str
    ouverture: tuple[str, ...]
    sections: tuple[Section, ...]


# --- Dates ---------------------------------------------------------------------------------


def echeance(prochain: dt.date, jours_avant: int, entretien: dt.date | None) -> dt.date | None:
    """``jours_avant`` days before the next interview, but never on or before the day of
    the interview being debriefed; ``None`` when no day is left for it."""
    date = prochain - dt.timedelta(days=jours_avant)
    if entretien is not None and date <= entretien:
        date = entretien + dt.timedelta(days=1)
    return date if date < prochain else None


def jour_de_travail_perso(jour: dt.date) -> bool:
    """A day for the candidate's own preparation: any day but a public holiday or
    one of the year-end truce (nobody should spend Christmas Eve on interview notes)."""
    return not ferie(jour) and not dans_la_treve(jour)


def jour_de_contact(jour: dt.date) -> bool:
    """A day to write to a recruiter or book a coach: a working day outside the truce."""
    return est_ouvre(jour) and not dans_la_treve(jour)


def ajuster(
    cible: dt.date, convient: Callable[[dt.date], bool], au_plus_tot: dt.date, au_plus_tard: dt.date | None
) -> dt.date | None:
    """``cible`` moved to a day that suits: earlier first (a deadline can be met
    sooner), never before ``au_plus_tot``; later if nothing earlier suits, never
    after ``au_plus_tard``; ``None`` when no day in between suits."""
    if au_plus_tard is not None and cible > au_plus_tard:
        cible = au_plus_tard
    cible = max(cible, au_plus_tot)
    jour = cible
    while jour >= au_plus_tot:
        if convient(jour):
            return jour
        jour -= dt.timedelta(days=1)
    jour = cible + dt.timedelta(days=1)
    while au_plus_tard is not None and jour <= au_plus_tard:
        if convient(jour):
            return jour
        jour += dt.timedelta(days=1)
    return None


#: What the debrief plans, in the order of a coach's plan.
Cle = Literal["feedback", "coach", "repetition", "autrement", "lacunes", "pieges", "relire"]
_ORDRE: tuple[Cle, ...] = ("feedback", "coach", "repetition", "autrement", "lacunes", "pieges", "relire")

#: Days between the two interviews below which a coach session cannot fit.
DELAI_COACH = 7
#: Days between them from which the coach can be booked within a week, not sooner.
DELAI_COACH_CONFORTABLE = 14


def echeances(entretien: dt.date | None, prochain: dt.date | None) -> dict[Cle, dt.date | None]:
    """The deadline of each action (``None``: undated), from the interview being
    debriefed and the next one.

    - the feedback request: a week after the interview, on a working day, and
      before the next interview when there is room for it (two days at least);
    - the coach: booked within a week when the next interview is two weeks away
      or more, within three days when it is one to two weeks away; closer than
      that, a rehearsal with someone you trust replaces it, two days before;
    - what to do differently: written while it is fresh, three days after;
    - the gaps: five days before the next interview, the trap questions
      rehearsed two days before, what worked re-read the day before;
    - none after the next interview, none on a public holiday or in the
      year-end truce (moved earlier, else later, else left undated).
    """
    sortie: dict[Cle, dt.date | None] = dict.fromkeys(_ORDRE)
    if entretien is None:
        return sortie
    un = dt.timedelta(days=1)
    sortie["feedback"] = ajuster(entretien + 7 * un, jour_de_contact, entretien + un, None)
    if prochain is None:
        return sortie
    if prochain <= entretien + un:
        sortie["feedback"] = None
        return sortie
    veille = prochain - un
    ecart = (prochain - entretien).days
    demain, apres_demain = entretien + un, entretien + 2 * un
    if sortie["feedback"] is not None and sortie["feedback"] >= prochain:
        sortie["feedback"] = ajuster(veille, jour_de_contact, apres_demain, veille)
    if ecart >= DELAI_COACH_CONFORTABLE:
        sortie["coach"] = ajuster(entretien + 7 * un, jour_de_contact, apres_demain, veille)
    elif ecart >= DELAI_COACH:
        sortie["coach"] = ajuster(entretien + 3 * un, jour_de_contact, apres_demain, veille)
    else:
        sortie["repetition"] = ajuster(prochain - 2 * un, jour_de_travail_perso, demain, veille)
    sortie["autrement"] = ajuster(entretien + 3 * un, jour_de_travail_perso, demain, veille)
    sortie["lacunes"] = ajuster(prochain - 5 * un, jour_de_travail_perso, min(apres_demain, veille), veille)
    sortie["pieges"] = ajuster(prochain - 2 * un, jour_de_travail_perso, demain, veille)
    sortie["relire"] = ajuster(veille, jour_de_travail_perso, demain, veille)
    return sortie


def _date_d_action(jour: dt.date, entretien: dt.date | None) -> str:
    """« jeudi 26 novembre », with the year when it is not the interview's."""
    annee = entretien is None or jour.year != entretien.year
    return en_lettres(jour, jour_semaine=True, annee=annee)


# --- Typed lines: each as what it is -----------------------------------------------------

#: Infinitives that open a line already written as an action (« revoir les bases »),
#: with a reflexive pronoun or not (« me renseigner sur… »).
_INFINITIF = re.compile(
    r"^(?:me |m’|se |s’)?(?:revoir|réviser|relire|lire|apprendre|préparer|vérifier|connaître|travailler|"
    r"retravailler|étudier|approfondir|consulter|chercher|rechercher|renseigner|regarder|pratiquer|entraîner|"
    r"exercer|répéter|mémoriser|maîtriser|comprendre|savoir|trouver|noter|lister|identifier|anticiper|"
    r"calculer|chiffrer|améliorer|clarifier|rédiger|écrire|reprendre|parler|poser|garder|rester|prendre|"
    r"demander|être|avoir|faire|mettre|dire|citer|structurer|ralentir|respirer|montrer|valoriser|expliquer)\b",
    re.IGNORECASE,
)


def est_infinitif(texte: str) -> bool:
    """A line that opens with an infinitive (« revoir les bases d’algorithmique »)."""
    return bool(_INFINITIF.match(en_groupe(texte)))


@dataclass(frozen=True)
class Etiquettes:
    """How one list writes its lines: the label before a noun phrase, before an
    infinitive, and before a sentence (``""``: the sentence stands alone)."""

    groupe: str
    infinitif: str
    phrase: str = ""


def ecrire_ligne(texte: str, etiquettes: Etiquettes) -> str:
    """One typed line as what it is: a quoted question, a sentence (alone or after its
    label, its pronoun lowered), a noun phrase or an infinitive after its label."""
    if nature(texte) == "groupe" and est_infinitif(texte):
        verbe = en_groupe(texte)
        return f"{etiquettes.infinitif} : {verbe[:1].lower()}{verbe[1:]}."

    def phrase(p: str) -> str:
        return f"{etiquettes.phrase} : {en_suite(p)}" if etiquettes.phrase else p

    return inserer(texte, groupe=lambda g: f"{etiquettes.groupe} : {g}.", phrase=phrase, question=lambda q: q)


_INSATISFACTIONS = Etiquettes(groupe="À retravailler", infinitif="À travailler")
_LACUNES = Etiquettes(groupe="À préparer", infinitif="À faire", phrase="Ce qui a manqué")
_REUSSITES = Etiquettes(groupe="À garder", infinitif="À refaire")
_COACH = Etiquettes(groupe="À aborder", infinitif="À travailler")


# --- Trap questions: what kind of question, what kind of preparation --------------------

GenreDeQuestion = Literal["remuneration", "situation", "entreprise", "parcours", "experience", "connaissances", "autre"]

#: The classifier: the first pattern that matches the question (lower-cased) gives its
#: kind. Ordered from the most specific: a salary question may start with « Quelle est »,
#: a hypothetical one with « Comment », a question about a lived situation too.
GENRES: tuple[tuple[GenreDeQuestion, re.Pattern[str]], ...] = (
    (
        "remuneration",
        re.compile(r"prétention|salaire|salarial|rémunération|\bpackage\b|combien (?:voulez|souhaitez|demandez)"),
    ),
    (
        "situation",
        re.compile(r"^(?:et si|si |imaginez|mettez-vous)|\b\w+(?:e|i)riez\b|qu’est-ce que vous feriez"),
    ),
    (
        "entreprise",
        re.compile(
            r"^pourquoi (?:nous|notre|chez nous|ce poste|cette entreprise|postuler|avoir postulé|vouloir nous|"
            r"nous rejoindre|travailler chez|travailler pour|notre)|^(?:que|qu’est-ce que vous) (?:savez|connaissez)"
            r"(?:-vous)? (?:de|du|des|sur) (?:nous|notre|nos|l’entreprise|la société|notre)"
            r"|^que (?:savez|connaissez)-vous"
        ),
    ),
    (
        "parcours",
        re.compile(
            r"^pourquoi (?:avoir quitté|quitter|vouloir quitter|voulez-vous quitter|partir|partez|êtes-vous parti|"
            r"changer|cette reconversion|une reconversion|ce trou|cette période)|^parlez-moi de (?:vous|votre parcours)"
            r"|^présentez-vous|^où vous voyez-vous|^comment expliquez-vous|^quel est votre projet"
        ),
    ),
    (
        "experience",
        re.compile(
            r"^(?:parlez-moi d’une?|parlez-nous d’une?|racontez|donnez(?:-moi|-nous)? un exemple|décrivez|"
            r"citez une? (?:situation|exemple|moment|fois)|avez-vous déjà|vous est-il déjà|comment avez-vous|"
            r"qu’avez-vous (?:appris|fait)|quel(?:le)? (?:a été|est) votre (?:plus grande?|meilleure?|pire)|"
            r"quels sont vos (?:défauts|qualités|points)|quel est votre (?:défaut|point faible|point fort)|"
            r"quelle est votre plus grande)|\b(?:un conflit|un échec|une réussite|votre plus grande)\b"
            r"|\b(?:faiblesses?|défauts?|qualités?|points? forts?|points? faibles?)\b"
        ),
    ),
    (
        "connaissances",
        re.compile(
            r"^(?:expliquez|définissez|qu’est-ce qu’(?:un|une|on appelle)|qu’est-ce que (?:le|la|les|l’)|que signifie|que veut dire|à quoi sert|comment fonctionne|"
            r"calculez|citez (?:les|des|deux|trois)|quelle est la (?:différence|complexité|définition)|"
            r"quelles sont les différences|quel est le (?:rôle|principe|fonctionnement))"
            r"|différence entre|complexité|définition"
        ),
    ),
)


def genre_de_question(question: str) -> GenreDeQuestion:
    """The kind of a trap question, by the first pattern of :data:`GENRES` that
    matches it (lower-cased, without what surrounds it); ``autre`` otherwise."""
    texte = question.lower().replace("'", "’").strip(' \u00a0\u202f«»"“”#>-*').strip()
    for genre, motif in GENRES:
        if motif.search(texte):
            return genre
    return "autre"


@dataclass(frozen=True)
class Conseil:
    """What a kind of question calls for: its name, the advice when the better
    answer is still to find, and what remains once it is written."""

    nom: str
    a_preparer: str
    avec_reponse: str


CONSEILS: dict[GenreDeQuestion, Conseil] = {
    "remuneration": Conseil(
        "Question de rémunération",
        "renseignez-vous sur les salaires du marché pour ce poste, puis préparez une fourchette que vous "
        "saurez justifier.",
        "Entraînez-vous à l’annoncer à voix haute, d’une voix posée, sans vous excuser.",
    ),
    "situation": Conseil(
        "Mise en situation",
        "décrivez votre méthode en trois étapes, puis appuyez-la sur un cas que vous avez vécu ou observé.",
        "Appuyez-la sur un cas vécu ou observé, puis dites-la à voix haute.",
    ),
    "entreprise": Conseil(
        "Question de motivation",
        "relisez l’annonce et l’actualité de l’employeur, puis reliez ce que vous y trouvez à votre projet.",
        "Complétez-la avec l’actualité de l’employeur, puis dites-la à voix haute.",
    ),
    "parcours": Conseil(
        "Question sur votre parcours",
        "préparez une réponse courte et positive, appuyée sur un fait vécu, sans critiquer votre ancien employeur.",
        "Dites-la à voix haute jusqu’à ce qu’elle tienne en une minute, sans vous justifier.",
    ),
    "experience": Conseil(
        "Question sur votre expérience",
        "choisissez une situation vécue et racontez-la en quatre temps (le contexte, votre rôle, ce que vous "
        "avez fait, le résultat).",
        "Racontez-la comme une situation vécue (le contexte, ce que vous avez fait, le résultat), puis "
        "dites-la à voix haute.",
    ),
    "connaissances": Conseil(
        "Question de connaissances",
        "révisez le sujet, puis entraînez-vous à l’expliquer simplement, à voix haute, en deux minutes.",
        "Vérifiez-la dans une source sûre, puis entraînez-vous à l’expliquer simplement, à voix haute.",
    ),
    "autre": Conseil(
        "À préparer",
        "notez ce que le recruteur cherchait à savoir, puis écrivez votre réponse en trois phrases et "
        "dites-la à voix haute.",
        "Dites-la à voix haute jusqu’à ce qu’elle vienne naturellement.",
    ),
}

#: An imperative opening (« Expliquez… », « Parlez-moi… »): quoted with a full stop.
_IMPERATIF = re.compile(r"^[^\W\d_]+ez(?:-(?:moi|nous|vous|en|le|la|les))?\b", re.IGNORECASE)


def citer_question(question: str) -> str:
    """The question as the recruiter asked it, quoted: « Pourquoi ce poste ? »; an
    imperative closes with a full stop (« Expliquez la différence… . »), a bare noun
    phrase is read as an elliptic question (« Vos prétentions salariales ? »)."""

    def groupe(g: str) -> str:
        fin = "." if _IMPERATIF.match(g) else "\u202f?"
        return f"«\u00a0{majuscule(g)}{fin}\u00a0»"

    return inserer(question, groupe=groupe, phrase=lambda p: f"«\u00a0{p}\u00a0»", question=lambda q: q)


def _meilleure_reponse(reponse: str) -> str:
    """« Meilleure réponse : une fourchette de 42 à 46 k€. »; words to say, typed as a
    sentence, are quoted."""
    return inserer(
        reponse,
        groupe=lambda g: f"Meilleure réponse : {g}.",
        phrase=lambda p: f"Meilleure réponse : «\u00a0{p}\u00a0»",
        question=lambda q: f"Meilleure réponse : {q}",
    )


def _piege(ligne: str) -> str:
    question, reponse = separer_question(ligne)
    conseil = CONSEILS[genre_de_question(question or reponse or "")]
    debut = citer_question(question) if question else "Question à préciser."
    if reponse:
        return f"{debut} {_meilleure_reponse(reponse)} {conseil.avec_reponse}"
    return f"{debut} {conseil.nom} : {conseil.a_preparer}"


# --- The plan ------------------------------------------------------------------------------


def _titre(valeurs: Valeurs) -> str:
    quand = _saisie.date(valeurs, DATE_ENTRETIEN)
    poste = _saisie.poste(valeurs)
    return f"Débriefing de l’entretien du {quand}, {elide('poste de', poste)} {_saisie.organisation(valeurs).chez}"


def _modele(valeurs: Valeurs) -> bool:
    """Nothing listed yet: the plan is a blank sheet with a prompt in each section."""
    return not any(
        _saisie.lignes(valeurs, c) for c in (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES, REUSSITES, QUESTIONS_COACH)
    )


def _ouverture(valeurs: Valeurs) -> tuple[str, ...]:
    premier = selon_accord(
        _saisie.accord(valeurs),
        feminin="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vous n’êtes pas moins "
        "compétente qu’avant : ce jour-là, à ce moment-là, vous n’avez simplement pas pu le montrer.",
        masculin="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vous n’êtes pas moins "
        "compétent qu’avant : ce jour-là, à ce moment-là, vous n’avez simplement pas pu le montrer.",
        neutre="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vos compétences restent "
        "entières : ce jour-là, à ce moment-là, elles n’ont simplement pas pu s’exprimer.",
    )
    second = (
        "Prenez cet entretien comme un brouillon pour le prochain : chaque ligne ci-dessous est une chose "
        "que vous n’aurez plus à découvrir en entretien."
    )
    if _saisie.lignes(valeurs, REUSSITES):
        second += " Et n’oubliez pas ce qui a fonctionné : c’est noté plus bas, et c’est ce que vous referez."
    elif not _modele(valeurs):
        second += " Notez aussi ce qui a fonctionné : il y a toujours au moins une chose, et vous la referez."
    return premier, second


_LAPSUS = re.compile(r"\blapsus\b", re.IGNORECASE)


def _note_lapsus(valeurs: Valeurs, champ: Champ) -> str:
    """A pointer to the page on slips of the tongue, under the first list that names one."""
    for c in (INSATISFACTIONS, QUESTIONS_COACH):
        if any(_LAPSUS.search(ligne) for ligne in _saisie.lignes(valeurs, c)):
            if c is not champ:
                return ""
            return (
                f"Un lapsus se corrige simplement, sur le moment ; inutile d’y revenir par écrit.\n{pages.LAPSUS.lien}"
            )
    return ""


def _section(valeurs: Valeurs, champ: Champ, titre: str, ecrire: Callable[[str], str], invite: str) -> Section | None:
    """A section of the user's lines; in the blank sheet, a prompt; otherwise nothing
    when the list is empty (an empty optional field removes its section)."""
    lignes = _saisie.lignes(valeurs, champ)
    if lignes:
        return Section(titre, tuple(ecrire(ligne) for ligne in lignes), _note_lapsus(valeurs, champ))
    if _modele(valeurs):
        return Section(titre, (invite,))
    return None


def _deux_dates(valeurs: Valeurs) -> tuple[dt.date | None, dt.date | None]:
    """The interview and the next one (``None`` when it comes before: the validation
    refuses it, so it is never written)."""
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    prochain = _saisie.jour(valeurs, PROCHAIN_ENTRETIEN)
    if prochain is not None and entretien is not None and prochain < entretien:
        prochain = None
    return entretien, prochain


#: What no longer fits when the next interview is the same day: only a quick
#: rehearsal and a re-reading are left.
_PAS_LE_TEMPS: frozenset[Cle] = frozenset({"repetition", "autrement", "lacunes"})


@dataclass(frozen=True)
class Action:
    """A next action: its key in :func:`echeances`, what to do, and how to say it when
    it has no date (``None``: it is not planned for these inputs)."""

    cle: Cle
    quoi: str
    sinon: str
    suite: str = ""


def actions(valeurs: Valeurs) -> list[Action]:
    """The concrete next actions for what the user listed (all of them in the blank sheet)."""
    nombre = {
        c.nom: len(_saisie.lignes(valeurs, c))
        for c in (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES, REUSSITES, QUESTIONS_COACH)
    }
    modele = _modele(valeurs)
    entretien, prochain = _deux_dates(valeurs)
    ecart = (prochain - entretien).days if prochain and entretien else None
    organisation = _saisie.organisation(valeurs)
    sortie = [
        Action(
            "feedback",
            f"Si ce n’est pas déjà fait, demander un feed-back au recruteur {organisation.de}",
            "dans la semaine qui suit l’entretien"
            if ecart is None or ecart > 1
            else "dès que possible : il vous servira pour les entretiens suivants",
        )
    ]
    if nombre["questions_coach"] or modele:
        if ecart is not None and ecart < DELAI_COACH:
            sortie.append(
                Action(
                    "repetition",
                    "Faire une répétition avec une personne de confiance qui joue le recruteur",
                    "",
                    " : votre prochain entretien est trop proche pour une séance avec un coach, qui pourra "
                    "venir ensuite",
                )
            )
        else:
            sortie.append(
                Action(
                    "coach",
                    "Prendre rendez-vous avec un coach",
                    "dans les semaines qui viennent",
                    " et lui apporter ce débriefing"
                    + (", pour une séance avant votre prochain entretien" if ecart is not None else ""),
                )
            )
    n = nombre["insatisfactions"]
    if n or modele:
        quoi = (
            "Pour votre point d’insatisfaction, écrire ce que vous ferez autrement"
            if n == 1
            else f"Pour chacun de vos {compter(n, 'point')} d’insatisfaction, écrire ce que vous ferez autrement"
            if n
            else "Pour chaque point d’insatisfaction, écrire ce que vous ferez autrement"
        )
        sortie.append(Action("autrement", quoi, "tant que c’est frais"))
    n = nombre["lacunes"]
    if n or modele:
        quoi = (
            "Combler votre lacune de préparation"
            if n == 1
            else f"Combler vos {compter(n, 'lacune', feminin=True)} de préparation"
            if n
            else "Combler vos lacunes de préparation"
        )
        sortie.append(Action("lacunes", quoi, "dans les jours qui viennent"))
    n = nombre["questions_pieges"]
    if n or modele:
        quoi = (
            "Répéter à voix haute votre réponse à la question piège"
            if n == 1
            else f"Répéter à voix haute vos réponses aux {compter(n, 'question', feminin=True)} pièges"
            if n
            else "Répéter à voix haute vos réponses aux questions pièges"
        )
        sortie.append(Action("pieges", quoi, "avant votre prochain entretien"))
    relire = (
        "Relire ce qui a fonctionné"
        if nombre["reussites"] or modele
        else "Noter une chose qui a fonctionné et la relire"
    )
    sortie.append(Action("relire", relire, "la veille de votre prochain entretien"))
    if ecart == 0:
        sortie = [a for a in sortie if a.cle not in _PAS_LE_TEMPS]
    return sortie


def _alerte_prochain(prochain: dt.date | None) -> str:
    """A coach's word when the next interview falls on a public holiday or a Sunday."""
    if prochain is None:
        return ""
    fete = ferie(prochain)
    if fete:
        return (
            f"Le {en_lettres(prochain, jour_semaine=True)} est un jour férié ({fete}) : vérifiez la date de ce "
            "prochain entretien auprès de votre interlocuteur."
        )
    if prochain.weekday() == JOURS.index("dimanche"):
        return f"Le {en_lettres(prochain)} est un dimanche : vérifiez la date de ce prochain entretien."
    return ""


def _section_actions(valeurs: Valeurs) -> Section:
    entretien, prochain = _deux_dates(valeurs)
    dates = echeances(entretien, prochain)
    veille = prochain - dt.timedelta(days=1) if prochain is not None else None
    datees: list[tuple[dt.date, int, str]] = []
    sans_date: list[str] = []
    d_abord: list[str] = []  # the feedback request, when it cannot be dated: it comes first
    for rang, action in enumerate(actions(valeurs)):
        quand = dates[action.cle]
        if quand is not None:
            le = f"le {_date_d_action(quand, entretien)}"
            veille_dite = action.cle == "relire" and quand == veille
            quand_dit = f"la veille de votre prochain entretien, {le}" if veille_dite else f"d’ici {le}"
            datees.append((quand, rang, f"{action.quoi} {quand_dit}{action.suite}."))
        elif prochain is not None and action.cle != "feedback":
            le = f"le {_date_d_action(prochain, entretien)}"
            sans_date.append(f"{action.quoi} avant votre prochain entretien, {le}{action.suite}.")
        elif action.cle == "feedback":
            d_abord.append(f"{action.quoi}{action.suite} {action.sinon}.")
        else:
            sans_date.append(f"{action.quoi}{action.suite} {action.sinon}.")
    lignes = d_abord + [ligne for _, _, ligne in sorted(datees)] + sans_date
    notes = [_alerte_prochain(prochain)]
    if veille is not None and dans_la_treve(veille) and dates["relire"] not in (None, veille):
        notes.append(
            f"Pour vous laisser les fêtes, la préparation s’achève le {_date_d_action(dates['relire'], entretien)}."
        )
    if prochain is None:
        notes.append("Indiquez la date de votre prochain entretien pour obtenir des échéances datées.")
    return Section("Prochaines actions", tuple(lignes), " ".join(n for n in notes if n))


def plan(valeurs: Valeurs) -> Plan:
    """The whole debrief as data, written out by :func:`en_texte` and :func:`en_markdown`."""
    pieges = _saisie.lignes(valeurs, QUESTIONS_PIEGES)
    sections = [
        Section("Questions pièges", tuple(_piege(ligne) for ligne in pieges))
        if pieges
        else Section(
            "Questions pièges",
            (
                "Notez les questions qui vous ont posé problème, une par ligne, et la meilleure réponse après "
                "« -> » quand vous la connaissez : chacune recevra le conseil qui lui convient.",
            ),
        )
        if _modele(valeurs)
        else None,
        _section(
            valeurs,
            INSATISFACTIONS,
            "Points d’insatisfaction",
            lambda t: ecrire_ligne(t, _INSATISFACTIONS),
            f"Ce que vous regrettez, avec vos mots, par exemple « {INSATISFACTIONS.exemple} ».",
        ),
        _section(
            valeurs,
            LACUNES,
            "Lacunes de préparation",
            lambda t: ecrire_ligne(t, _LACUNES),
            f"Ce qui vous a manqué, par exemple « {LACUNES.exemple} ».",
        ),
        _section(
            valeurs,
            REUSSITES,
            "Ce qui a fonctionné",
            lambda t: ecrire_ligne(t, _REUSSITES),
            f"Même un détail compte, par exemple « {REUSSITES.exemple} ».",
        ),
        _section(
            valeurs,
            QUESTIONS_COACH,
            "À travailler avec un coach",
            lambda t: ecrire_ligne(t, _COACH),
            f"Ce que vous aimeriez travailler en séance, par exemple « {QUESTIONS_COACH.exemple} »",
        ),
        _section_actions(valeurs),
    ]
    return Plan(_titre(valeurs), _ouverture(valeurs), tuple(s for s in sections if s is not None))


def en_texte(p: Plan) -> str:
    blocs = [p.titre, *p.ouverture]
    for s in p.sections:
        lignes = [s.titre, *(f"–\u00a0{ligne}" for ligne in s.lignes)]
        if s.note:
            lignes.append(s.note)
        blocs.append("\n".join(lignes))
    return franciser("\n\n".join(blocs))


def en_markdown(p: Plan) -> str:
    """The same plan in Markdown; every text, ours and the user's, is escaped."""

    def md(texte: str) -> str:
        return echapper_markdown(franciser(texte))

    blocs = [f"# {md(p.titre)}", *(md(o) for o in p.ouverture)]
    for s in p.sections:
        lignes = [f"## {md(s.titre)}", "", *(f"- {md(ligne)}" for ligne in s.lignes)]
        if s.note:
            lignes += ["", md(s.note)]
        blocs.append("\n".join(lignes))
    return "\n\n".join(blocs) + "\n"


def rendre(valeurs: Valeurs) -> Rendu:
    """The plan as text, and as ``debrief.md``."""
    p = plan(valeurs)
    return Rendu(en_texte(p), files=(Fichier("debrief.md", "text/markdown", en_markdown(p)),))


WIDGET = Widget(
    id="debrief",
    titre="Débriefer votre entretien",
    description="Un plan écrit à travailler seul ou avec un coach : questions pièges, regrets, lacunes, "
    "ce qui a fonctionné, prochaines actions.",
    groupes=(
        Groupe("L’entretien", (CANDIDAT_ACCORD, ENTREPRISE, ENTREPRISE_FORME, POSTE, DATE_ENTRETIEN)),
        Groupe("Ce qui n’a pas marché", (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES)),
        Groupe("Ce qui a marché", (REUSSITES,)),
        Groupe("La suite", (QUESTIONS_COACH, PROCHAIN_ENTRETIEN)),
    ),
    rendre=rendre,
    ordre=(Apres(PROCHAIN_ENTRETIEN, DATE_ENTRETIEN),),
)
