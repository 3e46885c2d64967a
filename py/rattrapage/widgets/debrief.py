"""The written debrief: « Rebondir » (point 5 of the article).

After a failed interview the coach's advice is to list on paper what went wrong,
the questions that trapped you, your dissatisfaction points, your preparation
gaps, then to work on it, for instance with a career coach. This widget turns
those raw lists into a plan a coach would sign:

- every typed line is set according to what it is (:mod:`rattrapage.redaction.nature`),
  and the document says « vous » throughout: a sentence in the first person is the
  candidate's own note, quoted (« « J’ai bafouillé sur le salaire. » »); a noun
  phrase gets a label that fits it, its first-person words in their « vous » form
  (« À garder : votre portfolio. », :func:`vouvoyer`), or quoted when it holds a
  « je » (« À garder : « la partie où je parlais… ». »); a question is quoted;
- a preparation gap is labelled by its kind (:func:`lacune`): knowledge to revise
  (« À réviser : SQL avancé. », « revoir les bases d’algorithmique » → « À réviser :
  les bases d’algorithmique. ») or information about the employer or the market to
  check (« À vérifier : la taille de leur flotte. », « je n’avais pas vérifié les
  grilles… » → « À vérifier : les grilles… »); what cannot be read reliably stays
  as typed; the action that fills the gaps names them;
- a common dissatisfaction (nervous laugh, shaking voice, blank, answers or career
  told too long, a figure too low, no answer, the departure, no questions, a point
  forgotten, stress, lapsus…) gets one forward-looking line of advice
  (:data:`INSATISFACTIONS_COURANTES`);
- every trap question gets advice that fits its kind (:func:`genre_de_question`,
  a small ordered table of patterns): a knowledge question calls for revision and
  a short justified answer, a question about experience or career for a lived
  example told in three parts (:data:`RECIT`), a hypothetical one for a method, a
  salary question for market figures; the better answer typed is « Votre réponse »,
  quoted when it is words said in the first person; one typed as a plan (« en
  insistant sur… ») is a lead, written as what to do (« Votre piste : insister
  sur… », :func:`infinitif_du_gerondif`);
- the next actions are dated (:func:`echeances`): from the next interview when it
  is known, none after it, otherwise from the interview itself (a week for the
  coach and for chasing the answer, two weeks of revision); none on a public
  holiday or in the year-end truce, no coach booked the day after the interview,
  the coach session a few days before the last day of preparation so that its
  advice is rehearsed, and a rehearsal with someone you trust instead of a coach
  when the next interview is too close for one. A next interview on a Sunday or a
  public holiday is questioned first, before the plan it affects.

The opening never questions competence and needs no agreement (« vos compétences
restent entières »); when what worked is listed, it says they did not all show,
not that none did. Trap questions may carry the better answer after ``->``,
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
from rattrapage.calendrier import DIMANCHE, dans_la_treve, est_ouvre, ferie
from rattrapage.champs import Apres, Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import en_lettres
from rattrapage.nombres import compter
from rattrapage.redaction.nature import en_citation, en_groupe, en_phrase, inserer, nature
from rattrapage.typographie import elide, enumerer, franciser, majuscule, minuscule, puces
from rattrapage.widgets import _saisie
from rattrapage.widgets.profil import CANDIDAT_ACCORD, DATE_ENTRETIEN, ENTREPRISE, ENTREPRISE_FORME, POSTE

QUESTIONS_PIEGES = Champ(
    "questions_pieges",
    "Les questions qui vous ont posé problème",
    "list",
    longueur_max=500,
    lignes_max=10,
    aide="Une question par ligne. Si vous savez déjà ce que vous auriez dû répondre, ajoutez-le après "
    "« -> » ou « | » : « Pourquoi quitter votre poste actuel ? -> l’envie de piloter des projets plus larges ».",
    exemple="Pourquoi quitter votre poste actuel ? -> l’envie de piloter des projets plus larges",
)
INSATISFACTIONS = Champ(
    "insatisfactions",
    "Vos points d’insatisfaction",
    "list",
    longueur_max=300,
    lignes_max=10,
    aide="Ce que vous regrettez, un point par ligne, avec vos mots.",
    exemple="j’ai parlé trop vite de mon départ",
)
LACUNES = Champ(
    "lacunes",
    "Vos lacunes de préparation",
    "list",
    longueur_max=300,
    lignes_max=10,
    aide="Ce que vous auriez dû savoir ou préparer, un point par ligne.",
    exemple="le chiffre d’affaires de l’entreprise",
)
REUSSITES = Champ(
    "reussites",
    "Ce qui a fonctionné",
    "list",
    longueur_max=300,
    lignes_max=10,
    aide="Même un détail compte : c’est ce que vous referez la prochaine fois.",
    exemple="ma présentation de parcours en deux minutes",
)
QUESTIONS_COACH = Champ(
    "questions_coach",
    "Vos questions pour un coach",
    "list",
    longueur_max=300,
    lignes_max=10,
    aide="Ce que vous aimeriez travailler en séance, une question par ligne.",
    exemple="comment parler de ma reconversion sans me justifier ?",
)
PROCHAIN_ENTRETIEN = Champ(
    "prochain_entretien",
    "Date de votre prochain entretien",
    "date",
    aide="Facultatif : sans elle, les actions sont datées à partir de votre entretien ; avec elle, "
    "chacune tombe avant ce prochain entretien.",
)


# --- Parsing and escaping: small pure functions, tested on tables ------------------------

_SEPARATEUR = re.compile(r"\s*(?:->|→|\|)\s*")


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
    """A heading, its lines (one action each), an optional hint under them and an
    optional warning before them (a date to check comes before the plan it affects)."""

    titre: str
    lignes: tuple[str, ...]
    note: str = ""
    avant: str = ""


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
Cle = Literal["feedback", "coach", "seance", "repetition", "autrement", "lacunes", "reviser", "pieges", "relire"]
_ORDRE: tuple[Cle, ...] = (
    "feedback",
    "coach",
    "seance",
    "repetition",
    "autrement",
    "lacunes",
    "reviser",
    "pieges",
    "relire",
)

#: Days between the two interviews below which a coach session cannot fit.
DELAI_COACH = 7
#: Days between them from which the coach can be booked within a week, not sooner.
DELAI_COACH_CONFORTABLE = 14
#: With no next interview: days to write what to do differently, to prepare what
#: was missing, and to take stock of the revision (two sessions a week until then).
SANS_PROCHAIN_AUTREMENT = 3
SANS_PROCHAIN_LACUNES = 7
SANS_PROCHAIN_REVISION = 14
#: The coach session ends this many days before the last day of preparation, so
#: that its advice can be rehearsed.
SEANCE_AVANT_LA_FIN = 2


def echeances(entretien: dt.date | None, prochain: dt.date | None) -> dict[Cle, dt.date | None]:
    """The deadline of each action (``None``: undated), from the interview being
    debriefed and the next one.

    - the feedback request: a week after the interview, on a working day, and
      before the next interview when there is room for it (two days at least);
    - the coach: booked within a week when the next interview is two weeks away
      or more, within three days when it is one to two weeks away; the session
      itself, on a working day two days before the last day of preparation (the
      re-reading), and before the trap questions' last rehearsal; closer than
      that, a rehearsal with someone you trust replaces it, two days before;
    - what to do differently: written while it is fresh, three days after;
    - the gaps: five days before the next interview, the trap questions
      rehearsed two days before, what worked re-read the day before;
    - with no next interview, what can be dated is dated from the interview:
      the coach booked and the gaps prepared within a week, what to do
      differently in three days, the revision's stock-taking in two weeks;
    - none after the next interview, none on a public holiday or in the
      year-end truce (moved earlier, else later, else left undated).
    """
    sortie: dict[Cle, dt.date | None] = dict.fromkeys(_ORDRE)
    if entretien is None:
        return sortie
    un = dt.timedelta(days=1)
    sortie["feedback"] = ajuster(entretien + 7 * un, jour_de_contact, entretien + un, None)
    if prochain is None:
        demain = entretien + un
        sortie["coach"] = ajuster(entretien + 7 * un, jour_de_contact, entretien + 2 * un, None)
        sortie["autrement"] = ajuster(entretien + SANS_PROCHAIN_AUTREMENT * un, jour_de_travail_perso, demain, None)
        sortie["lacunes"] = ajuster(entretien + SANS_PROCHAIN_LACUNES * un, jour_de_travail_perso, demain, None)
        sortie["pieges"] = sortie["lacunes"]
        sortie["reviser"] = ajuster(entretien + SANS_PROCHAIN_REVISION * un, jour_de_travail_perso, demain, None)
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
    sortie["reviser"] = sortie["lacunes"]
    sortie["pieges"] = ajuster(prochain - 2 * un, jour_de_travail_perso, demain, veille)
    sortie["relire"] = ajuster(veille, jour_de_travail_perso, demain, veille)
    coach, pieges, fin = sortie["coach"], sortie["pieges"], sortie["relire"]
    if coach is not None and pieges is not None and fin is not None and coach + un < pieges:
        sortie["seance"] = ajuster(fin - SEANCE_AVANT_LA_FIN * un, jour_de_contact, coach + un, pieges - un)
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


def note_citee(phrase: str) -> str:
    """A sentence the candidate wrote in the first person, quoted as their own note
    (« « J’ai bafouillé sur le salaire. » »): the document speaks to « vous », so
    « je » only appears inside quotes. Quotes inside it become “ ”."""
    return f"« {_guillemets_internes(phrase)} »"


def _guillemets_internes(texte: str) -> str:
    """« … » inside a quotation become “ … ”."""
    return re.sub(r"«[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*»", "“\\1”", texte)


#: First-person words outside a subject: a determiner (« ma présentation »), an object
#: pronoun (« me renseigner », « m’entraîner », « parler de moi »). Each has one « vous »
#: form; lower case or capitalised only (« MES » is an acronym).
_PREMIERE_PERSONNE = re.compile(r"\b(?:[Mm](?:on|a|es|oi|e)\b|[Mm]’(?=\w))")
_VOUS = {"mon": "votre", "ma": "votre", "mes": "vos", "moi": "vous", "me": "vous", "m’": "vous "}
#: A first-person subject inside a noun phrase (« la partie où je parlais… »): its verb
#: would have to change too, so the line is quoted as typed instead.
_SUJET_JE = re.compile(r"\b(?:[Jj]e\b|[Jj]’(?=\w))")
#: What is quoted inside a line, left as typed.
_CITATIONS = re.compile(r"(«[^»]*»|“[^”]*”|\"[^\"]*\")")


def _hors_citations(texte: str, transformer: Callable[[str], str]) -> str:
    morceaux = _CITATIONS.split(texte)
    return "".join(m if i % 2 else transformer(m) for i, m in enumerate(morceaux))


def a_la_premiere_personne(texte: str) -> bool:
    """Whether a noun phrase holds a first-person subject (outside quotes)."""
    trouve = False

    def chercher(morceau: str) -> str:
        nonlocal trouve
        trouve = trouve or bool(_SUJET_JE.search(morceau))
        return morceau

    _hors_citations(texte, chercher)
    return trouve


def vouvoyer(texte: str) -> str:
    """A noun phrase or an infinitive in the document's « vous »: « ma présentation »
    → « votre présentation », « revoir mes notes » → « revoir vos notes », « me
    renseigner » → « vous renseigner ». Quoted words stay as typed."""

    def remplacer(m: re.Match[str]) -> str:
        mot = m.group(0)
        vous = _VOUS[mot.lower()]
        return majuscule(vous) if mot[0].isupper() else vous

    return _hors_citations(texte, lambda morceau: _PREMIERE_PERSONNE.sub(remplacer, morceau))


def apres_etiquette(etiquette: str, texte: str) -> str:
    """« À garder : votre portfolio. »: a noun phrase or an infinitive after its label,
    in the « vous » of the document; quoted as typed when it says « je » (« À garder :
    « la partie où je parlais du budget ». »)."""
    if a_la_premiere_personne(texte):
        return f"{etiquette} : « {_guillemets_internes(texte)} »."
    return f"{etiquette} : {vouvoyer(texte)}."


@dataclass(frozen=True)
class Etiquettes:
    """How one list writes its lines: the label before a noun phrase and before an
    infinitive. A sentence is quoted as the candidate's note (:func:`note_citee`)."""

    groupe: str
    infinitif: str


def ecrire_ligne(texte: str, etiquettes: Etiquettes) -> str:
    """One typed line as what it is: a quoted question, a quoted note, a noun phrase or
    an infinitive after its label. A preparation gap (:data:`_LACUNES`) is labelled by
    its kind (:func:`lacune`)."""
    if etiquettes is _LACUNES:
        return lacune(texte).ligne
    if nature(texte) == "groupe" and est_infinitif(texte):
        return apres_etiquette(etiquettes.infinitif, minuscule(en_groupe(texte)))
    return inserer(
        texte, groupe=lambda g: apres_etiquette(etiquettes.groupe, g), phrase=note_citee, question=lambda q: q
    )


_INSATISFACTIONS = Etiquettes(groupe="À retravailler", infinitif="À travailler")
_LACUNES = Etiquettes(groupe="À vérifier", infinitif="À faire")
_REUSSITES = Etiquettes(groupe="À garder", infinitif="À refaire")
_COACH = Etiquettes(groupe="À aborder", infinitif="À travailler")


# --- Preparation gaps: something to revise, or something to find out ---------------------

#: A gap is knowledge to revise (« SQL avancé », « revoir les bases d’algorithmique »),
#: information about the employer or the market to check (« la taille de leur flotte »),
#: or something else to do.
GenreDeLacune = Literal["reviser", "preparer", "autre"]

_DETERMINANT = re.compile(
    r"^(?:l’|(?:le|la|les|un|une|des|du|leur|leurs|son|sa|ses|mon|ma|mes|ce|cet|cette|ces|notre|nos|votre|vos)\s)",
    re.IGNORECASE,
)
#: What cannot open the object of « revoir … » typed bare (« revoir à fond », « revoir comment… »).
_PAS_UN_OBJET = re.compile(
    r"^(?:à|a|au|aux|de|d’|sur|pour|comment|pourquoi|si|que|qu’|quand|en|mieux|plus|bien|davantage|un peu)\b",
    re.IGNORECASE,
)
_VERBES_REVISER = r"revoir|réviser|apprendre|approfondir|maîtriser|retravailler|travailler|pratiquer|consolider"
_VERBES_PREPARER = (
    r"vérifier|préparer|regarder|consulter|lire|relire|chercher|rechercher|connaître|"
    r"(?:me |se )renseigner sur|(?:m’|s’)informer sur"
)
_INFINITIF_REVISER = re.compile(rf"^(?:{_VERBES_REVISER})\s+(.+)$", re.IGNORECASE)
_INFINITIF_PREPARER = re.compile(rf"^(?:{_VERBES_PREPARER})\s+(.+)$", re.IGNORECASE)
#: « je n’avais pas vérifié X », « je n’ai pas assez révisé X », « je ne connaissais pas X »:
#: the sentence says what was missing; X, with its determiner, is what to revise or prepare.
_JE_N_AVAIS_PAS = r"^(?:je n’(?:avais|ai) pas|j’avais pas)(?:\s+(?:assez|bien|suffisamment|vraiment))?\s+"
_PHRASES_DE_LACUNE: tuple[tuple[re.Pattern[str], GenreDeLacune], ...] = (
    (
        re.compile(
            _JE_N_AVAIS_PAS + r"(?:revu|révisé|appris|approfondi|travaillé|retravaillé|pratiqué)\s+(.+)$", re.IGNORECASE
        ),
        "reviser",
    ),
    (re.compile(r"^je ne maîtrisais pas\s+(.+)$", re.IGNORECASE), "reviser"),
    (
        re.compile(
            _JE_N_AVAIS_PAS + r"(?:vérifié|préparé|regardé|consulté|lu|relu|cherché|recherché)\s+(.+)$", re.IGNORECASE
        ),
        "preparer",
    ),
    (re.compile(r"^je ne connaissais pas\s+(.+)$", re.IGNORECASE), "preparer"),
)
_TITRES_LACUNE: dict[GenreDeLacune, str] = {"reviser": "À réviser", "preparer": "À vérifier", "autre": "À faire"}


@dataclass(frozen=True)
class Lacune:
    """A preparation gap: its kind, the line that shows it and, when it could be
    read, what to revise or check (« la taille de leur flotte »), in the document's
    « vous »; ``""`` otherwise."""

    genre: GenreDeLacune
    ligne: str
    objet: str = ""


def _lacune(genre: GenreDeLacune, objet: str) -> Lacune:
    """A gap read as its kind and its object."""
    if a_la_premiere_personne(objet):
        return Lacune(genre, apres_etiquette(_TITRES_LACUNE[genre], objet))
    objet = vouvoyer(objet)
    return Lacune(genre, f"{_TITRES_LACUNE[genre]} : {objet}.", objet)


def _objet(texte: str) -> str:
    return texte.strip(" .;:!…\u00a0\u202f")


def lacune(texte: str) -> Lacune:
    """A typed gap, labelled by its kind: « À réviser : SQL avancé. » for knowledge
    (a bare subject, or « revoir/réviser/apprendre… » + what), « À vérifier : la
    taille de leur flotte. » for information about the employer or the market (a
    noun phrase with its determiner, « vérifier/consulter… » + it, or « je n’avais
    pas vérifié + it »). A line read otherwise stays as typed: « À faire : … » or
    the candidate's quoted note."""
    genre = nature(texte)
    if genre == "question":
        return Lacune("autre", en_citation(texte))
    if genre == "phrase":
        phrase = en_phrase(texte)
        for motif, sorte in _PHRASES_DE_LACUNE:
            m = motif.match(phrase.removesuffix("."))
            if m and _DETERMINANT.match(m.group(1)):
                return _lacune(sorte, _objet(m.group(1)))
        return Lacune("autre", note_citee(phrase))
    groupe = en_groupe(texte)
    if est_infinitif(texte):
        m = _INFINITIF_REVISER.match(groupe)
        if m and not _PAS_UN_OBJET.match(m.group(1)):
            return _lacune("reviser", _objet(m.group(1)))
        m = _INFINITIF_PREPARER.match(groupe)
        if m and _DETERMINANT.match(m.group(1)):
            return _lacune("preparer", _objet(m.group(1)))
        return Lacune("autre", apres_etiquette(_TITRES_LACUNE["autre"], minuscule(groupe)))
    if _DETERMINANT.match(groupe):
        return _lacune("preparer", groupe)
    return _lacune("reviser", groupe)


# --- Dissatisfactions: the common ones get one line of advice ----------------------------

_LAPSUS = re.compile(r"\blapsus\b", re.IGNORECASE)
_AU_LIEU_DE = re.compile(r"au lieu de\s*[«“\"]\s*([^»”\"]{1,40}?)\s*[»”\"]", re.IGNORECASE)


def conseil_lapsus(ligne: str = "") -> str:
    """Forward-looking: correct it on the spot next time, never in writing. The
    right word is quoted when the line gives it (« au lieu de « Lyon » »)."""
    m = _AU_LIEU_DE.search(ligne)
    comment = f" (« pardon, {m.group(1)}, bien sûr »)" if m else ", en une phrase,"
    return f"La prochaine fois, corrigez-vous simplement sur le moment{comment} et continuez ; inutile d’y revenir par écrit."


#: Common dissatisfactions, the first pattern that matches a line gives its advice.
INSATISFACTIONS_COURANTES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("lapsus", _LAPSUS, ""),
    (
        "rire",
        re.compile(r"\b(?:ri|rire|rigolé|ricané)\b", re.IGNORECASE),
        "La prochaine fois, respirez avant de répondre et accordez-vous un court silence : un rire nerveux "
        "se remarque moins que vous ne le pensez.",
    ),
    (
        "voix",
        re.compile(r"\bvoix\b|trembl", re.IGNORECASE),
        "La prochaine fois, parlez plus lentement et reprenez votre souffle entre deux phrases : la voix suit.",
    ),
    (
        "trou",
        re.compile(r"trou de mémoire|\bun blanc\b|perdu le fil|perdu mes moyens", re.IGNORECASE),
        "La prochaine fois, dites simplement « je reprends ma pensée », revenez à la question posée et "
        "appuyez-vous sur quelques mots-clés préparés avant l’entretien.",
    ),
    (
        "parcours",
        re.compile(
            r"(?=.*(?:trop longu?e?s?\b|trop parlé|trop détaill|trop bavard|pas (?:assez )?synthétique|digress))"
            r"(?=.*\b(?:parcours|présentation|présenté|présentée|carrière|cv)\b)",
            re.IGNORECASE,
        ),
        "La prochaine fois, préparez une présentation de votre parcours en deux minutes, centrée sur ce qui "
        "mène au poste visé, puis proposez d’approfondir.",
    ),
    (
        "long",
        re.compile(r"trop longu?e?s?\b|trop parlé|trop bavard|pas (?:assez )?synthétique|digress", re.IGNORECASE),
        "La prochaine fois, préparez une version de vos réponses qui tient en deux minutes, puis proposez "
        "d’en dire davantage.",
    ),
    (
        "debit",
        re.compile(r"parlé trop vite\W*$|\bdébit\b", re.IGNORECASE),
        "La prochaine fois, marquez une courte pause avant chaque réponse : elle vous laisse le temps de "
        "la construire.",
    ),
    (
        "bafouille",
        re.compile(r"bafouill|bégay|balbuti|cherché mes mots", re.IGNORECASE),
        "La prochaine fois, préparez mot pour mot vos deux premières phrases sur ce sujet et dites-les à voix "
        "haute jusqu’à ce qu’elles viennent sans effort.",
    ),
    (
        "sans_reponse",
        re.compile(
            r"pas su (?:quoi )?répondre|ne savais pas (?:quoi )?répondre|ne savais pas la réponse|\bséché\b|"
            r"pas (?:eu|trouvé) (?:la|de) réponse|restée? sans réponse",
            re.IGNORECASE,
        ),
        "La prochaine fois, raisonnez à voix haute : « Je ne l’ai plus en tête, mais je procéderais ainsi… »",
    ),
    (
        "salaire",
        re.compile(
            r"\b(?:chiffre|montant|somme)\b[^.]{0,40}\btrop (?:bas|faible)|\bsalaire|salarial|prétentions?\b|"
            r"rémunération|fourchette",
            re.IGNORECASE,
        ),
        "La prochaine fois, fixez à l’avance le bas de votre fourchette et annoncez d’emblée la fourchette entière.",
    ),
    (
        "depart",
        re.compile(r"\bdépart\b|\bquitt|ancien (?:employeur|patron|manager|poste)|\bcritiqu", re.IGNORECASE),
        "La prochaine fois, préparez une phrase courte et positive sur votre départ, tournée vers ce que vous "
        "cherchez, sans critiquer votre ancien employeur.",
    ),
    (
        "questions",
        re.compile(
            r"pas posé (?:de |d’|une seule )?(?:questions?|aucune question)|aucune question à poser|"
            r"pas (?:eu|préparé) de questions?|pas de questions? à poser",
            re.IGNORECASE,
        ),
        "La prochaine fois, préparez trois questions sur le poste, l’équipe et la suite du recrutement, et "
        "gardez-en une pour la fin.",
    ),
    (
        "oubli",
        re.compile(
            r"pas parlé d|oublié de (?:parler|dire|mentionner|citer|présenter)|pas (?:pu|su) (?:dire|parler|placer|"
            r"mentionner|citer)|pas mentionné|pas cité",
            re.IGNORECASE,
        ),
        "La prochaine fois, notez avant l’entretien les trois points à faire passer, et placez ceux qui "
        "manquent à la fin, quand on vous demande si vous avez des questions.",
    ),
    (
        "stress",
        re.compile(r"\bstress|\btrac\b|\bnerveu(?:x|se)\b|paniqu|angoiss|\banxi", re.IGNORECASE),
        "La prochaine fois, arrivez un peu en avance, respirez lentement avant d’entrer et préparez vos deux "
        "premières phrases : le début de l’entretien donne le ton.",
    ),
)


def conseil_insatisfaction(ligne: str) -> tuple[str, str]:
    """The kind of a common dissatisfaction and its advice, or ``("", "")``."""
    for genre, motif, conseil in INSATISFACTIONS_COURANTES:
        if motif.search(ligne):
            return genre, conseil or conseil_lapsus(ligne)
    return "", ""


def insatisfactions(lignes: list[str]) -> tuple[str, ...]:
    """The dissatisfactions as written lines, each common one followed by its advice
    (once per kind)."""
    deja: set[str] = set()
    sortie = []
    for ligne in lignes:
        ecrite = ecrire_ligne(ligne, _INSATISFACTIONS)
        genre, conseil = conseil_insatisfaction(ligne)
        if genre and genre not in deja:
            deja.add(genre)
            ecrite = f"{ecrite} {conseil}"
        sortie.append(ecrite)
    return tuple(sortie)


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
    answer is still to find, what remains once it is written (« Vérifiez-la… »,
    after « Votre réponse : … ») and once a lead is written (« Vérifiez votre
    réponse… », after « Votre piste : … »)."""

    nom: str
    a_preparer: str
    avec_reponse: str
    avec_piste: str


#: The one structure of a lived example, wherever the debrief and its page name it.
RECIT = "(le contexte, ce que vous avez fait, le résultat)"
#: How a knowledge answer is said: short, and justified.
COURT_ET_JUSTIFIE = "à voix haute en une ou deux phrases, avec la justification"

CONSEILS: dict[GenreDeQuestion, Conseil] = {
    "remuneration": Conseil(
        "Question de rémunération",
        "renseignez-vous sur les salaires du marché pour ce poste, puis préparez une fourchette que vous "
        "saurez justifier.",
        "Entraînez-vous à l’annoncer à voix haute, d’une voix posée, sans vous excuser.",
        "Entraînez-vous à annoncer votre fourchette à voix haute, d’une voix posée, sans vous excuser.",
    ),
    "situation": Conseil(
        "Mise en situation",
        "décrivez votre méthode en trois étapes, puis appuyez-la sur un cas que vous avez vécu ou observé.",
        "Appuyez-la sur un cas vécu ou observé, puis dites-la à voix haute.",
        "Appuyez votre réponse sur un cas vécu ou observé, puis dites-la à voix haute.",
    ),
    "entreprise": Conseil(
        "Question de motivation",
        "relisez l’annonce et l’actualité de l’employeur, puis reliez ce que vous y trouvez à votre projet.",
        "Complétez-la avec l’actualité de l’employeur, puis dites-la à voix haute.",
        "Complétez votre réponse avec l’actualité de l’employeur, puis dites-la à voix haute.",
    ),
    "parcours": Conseil(
        "Question sur votre parcours",
        "préparez une réponse courte et positive, appuyée sur un fait vécu, sans critiquer votre ancien employeur.",
        "Dites-la à voix haute jusqu’à ce qu’elle tienne en une minute, sans vous justifier.",
        "Dites votre réponse à voix haute jusqu’à ce qu’elle tienne en une minute, sans vous justifier.",
    ),
    "experience": Conseil(
        "Question sur votre expérience",
        f"choisissez une situation vécue et racontez-la en trois temps {RECIT}.",
        f"Construisez-la comme un récit {RECIT}, puis répétez-la à voix haute.",
        f"Construisez votre réponse comme un récit {RECIT}, puis répétez-la à voix haute.",
    ),
    "connaissances": Conseil(
        "Question de connaissances",
        f"révisez le sujet, puis entraînez-vous à répondre {COURT_ET_JUSTIFIE}.",
        f"Vérifiez-la dans une source sûre, puis entraînez-vous à la dire {COURT_ET_JUSTIFIE}.",
        f"Vérifiez votre réponse dans une source sûre, puis entraînez-vous à la dire {COURT_ET_JUSTIFIE}.",
    ),
    "autre": Conseil(
        "À préparer",
        "notez ce que le recruteur cherchait à savoir, puis écrivez votre réponse en trois phrases et "
        "dites-la à voix haute.",
        "Dites-la à voix haute jusqu’à ce qu’elle vienne naturellement.",
        "Écrivez votre réponse en trois phrases, puis dites-la à voix haute jusqu’à ce qu’elle vienne naturellement.",
    ),
}

#: An imperative opening (« Expliquez… », « Parlez-moi… »): quoted with a full stop.
_IMPERATIF = re.compile(r"^[^\W\d_]+ez(?:-(?:moi|nous|vous|en|le|la|les))?\b", re.IGNORECASE)


def citer_question(question: str) -> str:
    """The question as the recruiter asked it, quoted: « Pourquoi ce poste ? »; an
    imperative closes with a full stop (« Expliquez la différence… . »), a bare noun
    phrase is read as an elliptic question (« Vos prétentions salariales ? »)."""

    def groupe(g: str) -> str:
        fin = "." if _IMPERATIF.match(g) else " ?"
        return f"« {majuscule(g)}{fin} »"

    return inserer(question, groupe=groupe, phrase=lambda p: f"« {p} »", question=lambda q: q)


#: An answer typed as a plan, not as words to say: « en insistant sur… » (but « en tant
#: que… », « en avant » are not gerunds).
_PISTE = re.compile(
    r"^en (?!(?:tant|avant|autant|cependant|pendant)\b)([^\W\d_]+ant)\b(.*)$", re.IGNORECASE | re.DOTALL
)

#: The infinitive of a gerund, by the whole word (a regular expression), the ending it
#: loses and the one it takes: the irregular verbs first, then the regular endings,
#: « -issant » (finir, but not glisser, laisser, angoisser), « -endant » (rendre), « -geant » (changer),
#: « -çant » (annoncer), and « -ant » → « -er » (insister, parler) for the rest.
_GERONDIFS: tuple[tuple[str, str, str], ...] = (
    (r"(?:re|dé|satis|contre)?faisant", "faisant", "faire"),
    (r"(?:contre|inter|pré|re|mé)?disant", "disant", "dire"),
    (r"(?:re|é)?lisant", "lisant", "lire"),
    (r".*mettant", "mettant", "mettre"),
    (r".*prenant", "prenant", "prendre"),
    (r".*venant", "venant", "venir"),
    (r".*tenant", "tenant", "tenir"),
    (r"(?:re|pré|entre)?voyant", "voyant", "voir"),
    (r"croyant", "croyant", "croire"),
    (r"(?:é|dé|ins|pres|ré|trans|sous)crivant", "crivant", "crire"),
    (r"(?:pour)?suivant", "suivant", "suivre"),
    (r"(?:re|sur)?vivant", "vivant", "vivre"),
    (r".*duisant", "duisant", "duire"),
    (r".*truisant", "truisant", "truire"),
    (r"(?:re|mé)?connaissant", "connaissant", "connaître"),
    (r"(?:ap|dis|re)?paraissant", "paraissant", "paraître"),
    (r"(?:res|con|pres)?sentant", "sentant", "sentir"),
    (r"(?:dé)?mentant", "mentant", "mentir"),
    (r"(?:re|dé)?partant", "partant", "partir"),
    (r"(?:res)?sortant", "sortant", "sortir"),
    (r"(?:des|res)?servant", "servant", "servir"),
    (r"(?:par|re|con|ac)?courant", "courant", "courir"),
    (r"(?:dé|re|entr)?c?ouvrant", "ouvrant", "ouvrir"),
    (r"(?:of|souf)frant", "frant", "frir"),
    (r"(?:ac|re)?cueillant", "cueillant", "cueillir"),
    (r".*quérant", "quérant", "quérir"),
    (r".*cevant", "cevant", "cevoir"),
    (r"(?:com|dé)?battant", "battant", "battre"),
    (r"(?:con)?vainquant", "vainquant", "vaincre"),
    (r"résolvant", "résolvant", "résoudre"),
    (r"(?:at|é)teignant|peignant|feignant", "eignant", "eindre"),
    (r"(?:con)?traignant|craignant|plaignant", "aignant", "aindre"),
    (r"(?:re|ad|en)?joignant", "oignant", "oindre"),
    (r"(?:ré|corres)?pondant", "ondant", "ondre"),
    (r"ayant", "ayant", "avoir"),
    (r"étant", "étant", "être"),
    (r"sachant", "sachant", "savoir"),
    (r"pouvant", "pouvant", "pouvoir"),
    (r"voulant", "voulant", "vouloir"),
    (r"valant", "valant", "valoir"),
    (r"buvant", "buvant", "boire"),
    (r"fuyant", "fuyant", "fuir"),
    (r"(?:re)?naissant", "naissant", "naître"),
    (r".*(?:aiss|oiss)ant|(?:gl|h|t|pl|v|dév|cr)issant", "ant", "er"),
    (r".*issant", "issant", "ir"),
    (r"amendant", "ant", "er"),
    (r".*endant", "endant", "endre"),
    (r".*perdant", "perdant", "perdre"),
    (r".*geant", "geant", "ger"),
    (r".*çant", "çant", "cer"),
    (r".*ant", "ant", "er"),
)


def infinitif_du_gerondif(gerondif: str) -> str:
    """« insistant » → « insister », « choisissant » → « choisir », « prenant » →
    « prendre »: the infinitive of a gerund, for a lead typed as « en insistant sur… »."""
    mot = gerondif.lower()
    for motif, fin, infinitif in _GERONDIFS:
        if re.fullmatch(motif, mot):
            return mot[: len(mot) - len(fin)] + infinitif
    return mot


def _meilleure_reponse(reponse: str) -> str:
    """« Votre réponse : une fourchette de 42 à 46 k€. »; words to say, typed as a
    sentence or in the first person (« mon projet »), are quoted; a plan (« en
    insistant sur… ») is a lead, not an answer, written as what to do: « Votre
    piste : insister sur… »."""

    def groupe(g: str) -> str:
        m = _PISTE.match(g)
        if m:
            if a_la_premiere_personne(g):
                return f"Votre piste : {note_citee(en_phrase(g))}"
            return f"Votre piste : {infinitif_du_gerondif(m.group(1))}{vouvoyer(m.group(2))}."
        if a_la_premiere_personne(g) or vouvoyer(g) != g:
            # Words to say in the first person (« mon projet ») are quoted as typed.
            return f"Votre réponse : {note_citee(en_phrase(g))}"
        return f"Votre réponse : {g}."

    return inserer(
        reponse,
        groupe=groupe,
        phrase=lambda p: f"Votre réponse : {note_citee(p)}",
        question=lambda q: f"Votre réponse : {q}",
    )


def _piege(ligne: str) -> str:
    question, reponse = separer_question(ligne)
    conseil = CONSEILS[genre_de_question(question or reponse or "")]
    debut = citer_question(question) if question else "Question à préciser."
    if reponse:
        piste = nature(reponse) == "groupe" and _PISTE.match(en_groupe(reponse))
        suite = conseil.avec_piste if piste else conseil.avec_reponse
        return f"{debut} {_meilleure_reponse(reponse)} {suite}"
    return f"{debut} {conseil.nom} : {conseil.a_preparer}"


# --- The plan ------------------------------------------------------------------------------


def _titre(valeurs: Valeurs) -> str:
    """« Débriefing de l’entretien du 10 novembre 2026, poste de directrice financière
    du groupe Altéa »: the job belongs to a name with its article (« du groupe
    Altéa », « de la mairie de Lyon »), and is held « chez » a bare name (« chez
    Octo Services »)."""
    quand = _saisie.date(valeurs, DATE_ENTRETIEN)
    poste = _saisie.poste(valeurs)
    organisation = _saisie.organisation(valeurs)
    lieu = organisation.de if organisation.article in ("le", "la", "les", "l’") else organisation.chez
    return f"Débriefing de l’entretien du {quand}, {elide('poste de', poste)} {lieu}"


def _modele(valeurs: Valeurs) -> bool:
    """Nothing listed yet: the plan is a blank sheet with a prompt in each section."""
    return not any(
        _saisie.lignes(valeurs, c) for c in (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES, REUSSITES, QUESTIONS_COACH)
    )


#: The opening needs no agreement: it speaks of the candidate's skills, not of them.
OUVERTURE = "Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vos compétences restent entières : "
#: …and it does not say that none of them showed when what worked is listed below.
AUCUNE_N_A_PU = "ce jour-là, à ce moment-là, elles n’ont simplement pas pu s’exprimer."
PAS_TOUTES = "ce jour-là, elles n’ont pas toutes pu s’exprimer, et ce qui a fonctionné, plus bas, le montre."


def _ouverture(valeurs: Valeurs) -> tuple[str, ...]:
    reussites = bool(_saisie.lignes(valeurs, REUSSITES))
    second = (
        "Prenez cet entretien comme un brouillon pour le prochain : chaque ligne ci-dessous est une chose "
        "que vous n’aurez plus à découvrir en entretien."
    )
    if not reussites and not _modele(valeurs):
        second += " Notez aussi ce qui a fonctionné : il y a toujours au moins une chose, et vous la referez."
    return OUVERTURE + (PAS_TOUTES if reussites else AUCUNE_N_A_PU), second


def _note_lapsus(valeurs: Valeurs, champ: Champ) -> str:
    """A pointer to the page on slips of the tongue, under the first list that names
    one (the dissatisfaction itself already carries the advice)."""
    for c in (INSATISFACTIONS, QUESTIONS_COACH):
        if any(_LAPSUS.search(ligne) for ligne in _saisie.lignes(valeurs, c)):
            if c is not champ:
                return ""
            return pages.LAPSUS.lien if c is INSATISFACTIONS else f"{conseil_lapsus()}\n{pages.LAPSUS.lien}"
    return ""


def _section(
    valeurs: Valeurs,
    champ: Champ,
    titre: str,
    ecrire: Callable[[list[str]], tuple[str, ...]],
    invite: str,
) -> Section | None:
    """A section of the user's lines; in the blank sheet, a prompt; otherwise nothing
    when the list is empty (an empty optional field removes its section)."""
    lignes = _saisie.lignes(valeurs, champ)
    if lignes:
        return Section(titre, ecrire(lignes), _note_lapsus(valeurs, champ))
    if _modele(valeurs):
        return Section(titre, (invite,))
    return None


def _une_par_une(etiquettes: Etiquettes) -> Callable[[list[str]], tuple[str, ...]]:
    return lambda lignes: tuple(ecrire_ligne(ligne, etiquettes) for ligne in lignes)


def _deux_dates(valeurs: Valeurs) -> tuple[dt.date | None, dt.date | None]:
    """The interview and the next one (``None`` when it comes before: the validation
    refuses it, so it is never written)."""
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    prochain = _saisie.jour(valeurs, PROCHAIN_ENTRETIEN)
    if prochain is not None and entretien is not None and prochain < entretien:
        prochain = None
    return entretien, prochain


#: At most this many gaps are named in the action that fills them.
LACUNES_NOMMEES = 3


def _nommables(lacunes: list[Lacune]) -> bool:
    """Whether the gaps can be named in an action: each was read, and they are few."""
    return len(lacunes) <= LACUNES_NOMMEES and all(lu.objet for lu in lacunes)


#: What no longer fits when the next interview is the same day: only a quick
#: rehearsal and a re-reading are left.
_PAS_LE_TEMPS: frozenset[Cle] = frozenset({"repetition", "autrement", "lacunes", "reviser"})


@dataclass(frozen=True)
class Action:
    """A next action: its key in :func:`echeances`, its date (``None``: undated) and
    the sentence that says it, date included."""

    cle: Cle
    quand: dt.date | None
    texte: str


def actions(valeurs: Valeurs) -> list[Action]:
    """The concrete next actions for what the user listed (all of them in the blank
    sheet), each dated when it can be."""
    lignes = {
        c.nom: _saisie.lignes(valeurs, c)
        for c in (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES, REUSSITES, QUESTIONS_COACH)
    }
    nombre = {nom: len(valeur) for nom, valeur in lignes.items()}
    modele = _modele(valeurs)
    entretien, prochain = _deux_dates(valeurs)
    dates = echeances(entretien, prochain)
    ecart = (prochain - entretien).days if prochain and entretien else None

    def le(jour: dt.date) -> str:
        return f"le {_date_d_action(jour, entretien)}"

    def d_ici(cle: Cle, sinon: str) -> str:
        jour = dates[cle]
        return f"d’ici {le(jour)}" if jour else sinon

    avant_prochain = f"avant votre prochain entretien, {le(prochain)}" if prochain else "avant votre prochain entretien"
    sortie: list[Action] = []

    # The answer first: chase it at the date, and after a refusal ask at once what was missing.
    organisation = _saisie.organisation(valeurs)
    employeur = "du recruteur" if organisation.nom == ENTREPRISE.manquant else organisation.de
    quand = f"au {_date_d_action(dates['feedback'], entretien)}" if dates["feedback"] else "dans la semaine"
    utile = " : ce retour vous servira pour les entretiens suivants" if ecart is not None and ecart <= 1 else ""
    sortie.append(
        Action(
            "feedback",
            dates["feedback"],
            f"Sans réponse {employeur} {quand}, relancer ; en cas de refus, demander dans la foulée ce qui a "
            f"manqué{utile}.",
        )
    )

    if nombre["questions_coach"] or modele:
        if ecart is not None and ecart < DELAI_COACH:
            sortie.append(
                Action(
                    "repetition",
                    dates["repetition"],
                    "Faire une répétition avec une personne de confiance qui joue le recruteur "
                    f"{d_ici('repetition', avant_prochain)} : votre prochain entretien est trop proche pour une "
                    "séance avec un coach, qui pourra venir ensuite.",
                )
            )
        else:
            seance = (
                f", pour une séance au plus tard {le(dates['seance'])}"
                if dates["seance"]
                else f", pour une séance {avant_prochain}"
                if prochain
                else ""
            )
            sortie.append(
                Action(
                    "coach",
                    dates["coach"],
                    f"Prendre rendez-vous avec un coach {d_ici('coach', 'dans les semaines qui viennent')}{seance} ; "
                    "y apporter ce débriefing.",
                )
            )

    n = nombre["insatisfactions"]
    if n or modele:
        pour = (
            "Pour votre point d’insatisfaction"
            if n == 1
            else f"Pour chacun de vos {compter(n, 'point')} d’insatisfaction"
            if n
            else "Pour chaque point d’insatisfaction"
        )
        quand = d_ici("autrement", "tant que c’est frais")
        sortie.append(Action("autrement", dates["autrement"], f"{pour}, écrire ce que vous ferez autrement {quand}."))

    lues = [lacune(ligne) for ligne in lignes["lacunes"]]
    notions = [lu for lu in lues if lu.genre == "reviser"]
    a_reviser = len(notions)
    if a_reviser:
        quelles_notionsnommees = f" ({', '.join(lu.objet for lu in notions)})" if _nommables(notions) else ""
        quelles_notions = (
            f"la notion qui vous a manqué{quelles_notionsnommees}"
            if a_reviser == 1
            else f"les {compter(a_reviser, 'notion', feminin=True)} qui vous ont manqué{quelles_notionsnommees}"
        )
        if prochain:
            texte = f"Réviser {quelles_notions} {d_ici('reviser', avant_prochain)}."
        elif dates["reviser"]:
            texte = f"Prévoir deux séances de révision par semaine pour {quelles_notions} ; faire le point {le(dates['reviser'])}."
        else:
            texte = f"Prévoir deux séances de révision par semaine pour {quelles_notions}, {avant_prochain}."
        sortie.append(Action("reviser", dates["reviser"], texte))
    autres = [lu for lu in lues if lu.genre != "reviser"]
    if autres or modele:
        if autres and all(lu.genre == "preparer" for lu in autres) and _nommables(autres):
            quoi = f"Vérifier {enumerer([lu.objet for lu in autres])}"
        elif autres and _nommables(autres):
            quoi = f"Combler vos lacunes de préparation ({', '.join(lu.objet for lu in autres)})"
        elif autres:
            quoi = "Combler les lacunes de préparation notées plus haut"
        else:
            quoi = "Combler vos lacunes de préparation"
        if prochain or not dates["lacunes"]:
            texte = f"{quoi} {d_ici('lacunes', avant_prochain)}."
        else:
            texte = f"{quoi} {d_ici('lacunes', '')}, puis l’équivalent pour chaque nouvel employeur."
        sortie.append(Action("lacunes", dates["lacunes"], texte))

    n = nombre["questions_pieges"]
    if n or modele:
        reponses = (
            "votre réponse à la question piège"
            if n == 1
            else f"vos réponses aux {compter(n, 'question', feminin=True)} pièges"
            if n
            else "vos réponses aux questions pièges"
        )
        apres_seance = any(a.cle == "coach" for a in sortie) and dates["seance"] is not None
        if prochain and dates["pieges"]:
            # Not only on the last day: after the coach's advice, or as soon as the answers are written.
            d_abord = (
                "après la séance avec le coach"
                if apres_seance
                else "dès qu’elle est prête"
                if n == 1
                else "dès qu’elles sont prêtes"
            )
            quand = f"{d_abord}, puis une dernière fois {le(dates['pieges'])}"
        elif prochain or not dates["pieges"]:
            quand = d_ici("pieges", avant_prochain)
        else:
            quand = f"{d_ici('pieges', '')}, puis de nouveau la veille de votre prochain entretien"
        sortie.append(Action("pieges", dates["pieges"], f"Répéter à voix haute {reponses} {quand}."))

    if nombre["reussites"] or modele:
        quoi = "Relire ce qui a fonctionné"
    elif prochain or not dates["autrement"]:
        quoi = "Noter une chose qui a fonctionné et la relire"
    else:
        quoi = f"Noter une chose qui a fonctionné {d_ici('autrement', '')} et la relire"
    relire = dates["relire"]
    if prochain is None:
        quand, relire = (
            "la veille de votre prochain entretien",
            (None if quoi.startswith("Relire") else dates["autrement"]),
        )
    elif relire is None:
        quand = avant_prochain
    elif relire == prochain - dt.timedelta(days=1):
        quand = f"la veille de votre prochain entretien, {le(relire)}"
    else:
        quand = le(relire)  # a reminder on that day, not a deadline
    sortie.append(Action("relire", relire, f"{quoi} {quand}."))

    if ecart == 0:
        sortie = [a for a in sortie if a.cle not in _PAS_LE_TEMPS]
    return sortie


def _alerte_prochain(prochain: dt.date | None) -> str:
    """A coach's warning when the next interview falls on a public holiday or a
    Sunday: it comes first, before the plan it affects."""
    if prochain is None:
        return ""
    fete = ferie(prochain)
    if fete:
        quoi, jour = f"un jour férié ({fete})", en_lettres(prochain, jour_semaine=True)
    elif prochain.weekday() == DIMANCHE:
        quoi, jour = "un dimanche", en_lettres(prochain)
    else:
        return ""
    return (
        f"Attention : votre prochain entretien, le {jour}, tombe {quoi}. Vérifiez cette date auprès de votre "
        "interlocuteur ; les échéances ci-dessous la supposent exacte."
    )


def _section_actions(valeurs: Valeurs) -> Section:
    entretien, prochain = _deux_dates(valeurs)
    dates = echeances(entretien, prochain)
    veille = prochain - dt.timedelta(days=1) if prochain is not None else None
    datees: list[tuple[dt.date, int, str]] = []
    sans_date: list[str] = []
    d_abord: list[str] = []  # the feedback request, when it cannot be dated: it comes first
    for rang, action in enumerate(actions(valeurs)):
        if action.quand is not None:
            datees.append((action.quand, rang, action.texte))
        elif action.cle == "feedback":
            d_abord.append(action.texte)
        else:
            sans_date.append(action.texte)
    lignes = d_abord + [ligne for _, _, ligne in sorted(datees)] + sans_date
    avant = [_alerte_prochain(prochain)]
    if veille is not None and dans_la_treve(veille) and dates["relire"] not in (None, veille):
        avant.append(
            "Pour vous laisser profiter des fêtes, la préparation s’achève "
            f"le {_date_d_action(dates['relire'], entretien)}."
        )
    return Section("Prochaines actions", tuple(lignes), avant=" ".join(a for a in avant if a))


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
            insatisfactions,
            f"Ce que vous regrettez, avec vos mots, par exemple « {INSATISFACTIONS.exemple} ».",
        ),
        _section(
            valeurs,
            LACUNES,
            "Lacunes de préparation",
            _une_par_une(_LACUNES),
            f"Ce qui vous a manqué, par exemple « {LACUNES.exemple} ».",
        ),
        _section(
            valeurs,
            REUSSITES,
            "Ce qui a fonctionné",
            _une_par_une(_REUSSITES),
            f"Même un détail compte, par exemple « {REUSSITES.exemple} ».",
        ),
        _section(
            valeurs,
            QUESTIONS_COACH,
            "À travailler avec un coach",
            _une_par_une(_COACH),
            f"Ce que vous aimeriez travailler en séance, par exemple « {QUESTIONS_COACH.exemple} »",
        ),
        _section_actions(valeurs),
    ]
    return Plan(_titre(valeurs), _ouverture(valeurs), tuple(s for s in sections if s is not None))


def en_texte(p: Plan) -> str:
    blocs = [p.titre, *p.ouverture]
    for s in p.sections:
        lignes = [s.titre, *([s.avant] if s.avant else []), *puces(s.lignes)]
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
        lignes = [
            f"## {md(s.titre)}",
            "",
            *([md(s.avant), ""] if s.avant else []),
            *(f"- {md(ligne)}" for ligne in s.lignes),
        ]
        if s.note:
            lignes += ["", md(s.note)]
        blocs.append("\n".join(lignes))
    return "\n\n".join(blocs) + "\n"


def rendre(valeurs: Valeurs) -> Rendu:
    """The plan as text, and as ``debrief.md``."""
    p = plan(valeurs)
    return Rendu(en_texte(p), files=(Fichier("debrief.md", "text/markdown", en_markdown(p), objet="le débriefing"),))


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
