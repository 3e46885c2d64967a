"""The written debrief: « Rebondir » (point 5 of the article).

After a failed interview the coach's advice is to list on paper what went wrong,
the questions that trapped you, your dissatisfaction points, your preparation
gaps, then to work on it, for instance with a career coach. This widget turns
those raw lists into a plan: every line the user typed becomes a line with an
action (« Préparer : le chiffre d’affaires de l’entreprise »), what worked is kept
for morale, and the plan ends with dated next actions when the next interview is
known.

The opening never questions competence (« Prenez ça comme un brouillon pour le
prochain »). Trap questions may carry the better answer after ``->``, ``→`` or
``|``; :func:`separer_question` reads them. The same plan is offered as
``debrief.md``, where everything is escaped by :func:`echapper_markdown` so that a
user's line cannot turn into a link, an image, HTML or a heading.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import en_lettres
from rattrapage.nombres import en_toutes_lettres
from rattrapage.typographie import elide, franciser, minuscule_initiale, sans_point_final
from rattrapage.widgets import _saisie
from rattrapage.widgets.profil import CANDIDAT_ACCORD, DATE_ENTRETIEN, ENTREPRISE, POSTE

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


# --- Dates ---------------------------------------------------------------------------------


def echeance(prochain: dt.date, jours_avant: int, entretien: dt.date | None) -> dt.date | None:
    """``jours_avant`` days before the next interview, but never on or before the day of
    the interview being debriefed; ``None`` when no day is left for it."""
    date = prochain - dt.timedelta(days=jours_avant)
    if entretien is not None and date <= entretien:
        date = entretien + dt.timedelta(days=1)
    return date if date < prochain else None


def _une_semaine_apres(entretien: dt.date | None, prochain: dt.date | None) -> dt.date | None:
    """The feedback deadline: a week after the interview, or the eve of the next one if sooner."""
    if entretien is None:
        return None
    date = entretien + dt.timedelta(days=7)
    veille = echeance(prochain, 1, entretien) if prochain is not None and prochain > entretien else None
    return min(date, veille) if veille is not None else date


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


def _titre(valeurs: Valeurs) -> str:
    quand = _saisie.date(valeurs, DATE_ENTRETIEN)
    poste, entreprise = _saisie.texte(valeurs, POSTE), _saisie.texte(valeurs, ENTREPRISE)
    return f"Débriefing de l’entretien du {quand}, {elide('poste de', poste)} chez {entreprise}"


def _ouverture(valeurs: Valeurs) -> tuple[str, ...]:
    accord = valeurs.get(CANDIDAT_ACCORD.nom)
    premier = selon_accord(
        accord if isinstance(accord, str) else None,
        feminin="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vous n’êtes pas moins "
        "compétente qu’avant : ce jour-là, à ce moment-là, vous n’avez simplement pas eu les moyens de le montrer.",
        masculin="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vous n’êtes pas moins "
        "compétent qu’avant : ce jour-là, à ce moment-là, vous n’avez simplement pas eu les moyens de le montrer.",
        neutre="Cet entretien ne s’est pas passé comme vous l’espériez, et pourtant vos compétences restent "
        "entières : ce jour-là, à ce moment-là, vous n’avez simplement pas eu les moyens de les montrer.",
    )
    second = (
        "Prenez cet entretien comme un brouillon pour le prochain : chaque ligne ci-dessous est une chose "
        "que vous n’aurez plus à découvrir en entretien."
    )
    if _saisie.lignes(valeurs, REUSSITES):
        second += " Et n’oubliez pas ce qui a fonctionné : c’est noté plus bas, et c’est ce que vous referez."
    elif any(_saisie.lignes(valeurs, c) for c in (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES, QUESTIONS_COACH)):
        second += " Notez aussi ce qui a fonctionné : il y a toujours au moins une chose, et vous la referez."
    return premier, second


_PRONOM_JE = re.compile(r"^J(?=e\b|’)")


def apres_deux_points(texte: str) -> str:
    """The user's line as it continues our « Préparer : »: a leading determiner or « je »
    lowered (« le chiffre d’affaires », « j’ai parlé trop vite »), proper nouns and
    acronyms kept, a final full stop dropped (« ? » and « ! » kept)."""
    return _PRONOM_JE.sub("j", minuscule_initiale(sans_point_final(texte)))


def _item(action: str, texte: str) -> str:
    """« Préparer : le chiffre d’affaires de l’entreprise »."""
    return f"{action} : {apres_deux_points(texte)}"


_A_PREPARER = (
    "écrivez votre meilleure réponse en trois phrases, avec un exemple concret.",
    "trouvez un exemple vécu qui y réponde, puis dites-le à voix haute.",
    "notez ce que le recruteur cherchait à savoir, puis la réponse qui le rassure.",
)


def _entre_guillemets(question: str) -> str:
    """« Pourquoi ce poste ? », the user's own quotes removed; a final stop after » when
    the question has no punctuation of its own."""
    nue = question.strip(_GUILLEMETS_AUTOUR)
    if not nue:
        return "« [la question] »."
    suite = "" if nue[-1] in "?!.…" else "."
    return f"« {nue} »{suite}"


def _piege(ligne: str, rang: int) -> str:
    question, reponse = separer_question(ligne)
    cite = _entre_guillemets(question)
    if reponse:
        return f"{cite} Meilleure réponse : {apres_deux_points(reponse)}"
    return f"{cite} À préparer : {_A_PREPARER[rang % len(_A_PREPARER)]}"


def _section_pieges(valeurs: Valeurs) -> Section:
    lignes = _saisie.lignes(valeurs, QUESTIONS_PIEGES)
    if not lignes:
        return Section(
            "Questions pièges",
            ("« [une question qui vous a posé problème] » À préparer : [votre meilleure réponse]",),
            "Ajoutez la meilleure réponse après « -> » quand vous la connaissez.",
        )
    return Section("Questions pièges", tuple(_piege(ligne, i) for i, ligne in enumerate(lignes)))


def _section(valeurs: Valeurs, champ: Champ, titre: str, action: str, exemple: str) -> Section:
    lignes = _saisie.lignes(valeurs, champ)
    if not lignes:
        return Section(titre, (f"{action} : [{exemple}]",))
    return Section(titre, tuple(_item(action, ligne) for ligne in lignes))


def _nombre(n: int, un: str, plusieurs: str, aucun: str) -> str:
    """The wording that fits a count: one item, several (``{n}`` in words), or the template."""
    if n == 0:
        return aucun
    return un if n == 1 else plusieurs.format(n=en_toutes_lettres(n))


@dataclass(frozen=True)
class Action:
    """A next action: what to do, how many days before the next interview (``None``:
    one week after this interview), and the undated wording when no date is known."""

    quoi: str
    jours_avant: int | None
    sinon: str


# What a list to work on calls for: for one line, for several, for the blank
# template (see _nombre).
_COMBLER = (
    "Combler votre lacune de préparation",
    "Combler vos {n} lacunes de préparation",
    "Combler vos lacunes de préparation",
)
_FAIRE_AUTREMENT = (
    "Pour votre point d’insatisfaction, écrire ce que vous ferez autrement",
    "Pour chacun de vos {n} points d’insatisfaction, écrire ce que vous ferez autrement",
    "Pour chaque point d’insatisfaction, écrire ce que vous ferez autrement",
)
_REPETER = (
    "Répéter à voix haute votre réponse à la question piège",
    "Répéter à voix haute vos réponses aux {n} questions pièges",
    "Répéter à voix haute vos réponses aux questions pièges",
)


def actions(valeurs: Valeurs) -> list[Action]:
    """The concrete next actions for what the user listed (all of them in the blank template)."""
    pieges = len(_saisie.lignes(valeurs, QUESTIONS_PIEGES))
    insatisfactions = len(_saisie.lignes(valeurs, INSATISFACTIONS))
    lacunes = len(_saisie.lignes(valeurs, LACUNES))
    reussites = len(_saisie.lignes(valeurs, REUSSITES))
    coach = len(_saisie.lignes(valeurs, QUESTIONS_COACH))
    modele = not (pieges or insatisfactions or lacunes or reussites or coach)
    entreprise = _saisie.texte(valeurs, ENTREPRISE)
    sortie = [
        Action(
            f"Si ce n’est pas déjà fait, demander un feed-back au recruteur {elide('de', entreprise)}",
            None,
            "dans la semaine qui suit l’entretien",
        )
    ]
    if coach or modele:
        sortie.append(
            Action("Prendre rendez-vous avec un coach et lui apporter ce débriefing", 10, "dès cette semaine")
        )
    for n, formulations, jours_avant, sinon in (
        (lacunes, _COMBLER, 5, "dans les jours qui viennent"),
        (insatisfactions, _FAIRE_AUTREMENT, 5, "dans les jours qui viennent"),
        (pieges, _REPETER, 2, "avant votre prochain entretien"),
    ):
        if n or modele:
            sortie.append(Action(_nombre(n, *formulations), jours_avant, sinon))
    relire = "Relire ce qui a fonctionné" if reussites or modele else "Noter une chose qui a fonctionné et la relire"
    sortie.append(Action(relire, 1, "la veille de votre prochain entretien"))
    return sortie


def _section_actions(valeurs: Valeurs) -> Section:
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    prochain = _saisie.jour(valeurs, PROCHAIN_ENTRETIEN)
    note = ""
    if prochain is not None and entretien is not None and prochain <= entretien:
        note = (
            f"La date du prochain entretien (le {en_lettres(prochain)}) ne vient pas après celle de cet "
            "entretien : vérifiez-la pour obtenir des échéances."
        )
        prochain = None
    elif prochain is None:
        note = "Indiquez la date de votre prochain entretien pour obtenir des échéances datées."
    datees: list[tuple[dt.date, str]] = []
    for action in actions(valeurs):
        quand: dt.date | None = None
        if action.jours_avant is None:
            quand = _une_semaine_apres(entretien, prochain)
        elif prochain is not None:
            quand = echeance(prochain, action.jours_avant, entretien)
        if quand is not None and action.jours_avant == 1:
            ligne = f"{action.quoi} la veille de votre prochain entretien, le {en_lettres(quand)}."
        elif quand is not None:
            ligne = f"{action.quoi} d’ici le {en_lettres(quand)}."
        elif prochain is not None and action.jours_avant is not None:
            ligne = f"{action.quoi} d’ici votre prochain entretien, le {en_lettres(prochain)}."
        else:
            ligne = f"{action.quoi} {action.sinon}."
        datees.append((quand or prochain or dt.date.min, ligne))
    if prochain is not None:
        # Chronological order; what cannot be dated stays just before the next interview.
        datees.sort(key=lambda d: d[0])
    lignes = [ligne for _, ligne in datees]
    return Section("Prochaines actions", tuple(lignes), note)


def plan(valeurs: Valeurs) -> Plan:
    """The whole debrief as data, written out by :func:`en_texte` and :func:`en_markdown`."""
    sections = (
        _section_pieges(valeurs),
        _section(
            valeurs,
            INSATISFACTIONS,
            "Points d’insatisfaction",
            "À retravailler",
            "un regret, par exemple « j’ai parlé trop vite de mon départ »",
        ),
        _section(
            valeurs,
            LACUNES,
            "Lacunes de préparation",
            "Préparer",
            "une lacune, par exemple « le chiffre d’affaires de l’entreprise »",
        ),
        _section(
            valeurs,
            REUSSITES,
            "Ce qui a fonctionné",
            "À refaire",
            "même un détail, par exemple « ma présentation en deux minutes »",
        ),
        _section(
            valeurs,
            QUESTIONS_COACH,
            "À travailler avec un coach",
            "À poser en séance",
            "une question, par exemple « comment parler de ma reconversion ? »",
        ),
        _section_actions(valeurs),
    )
    return Plan(_titre(valeurs), _ouverture(valeurs), sections)


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
        Groupe("L’entretien", (CANDIDAT_ACCORD, ENTREPRISE, POSTE, DATE_ENTRETIEN)),
        Groupe("Ce qui n’a pas marché", (QUESTIONS_PIEGES, INSATISFACTIONS, LACUNES)),
        Groupe("Ce qui a marché", (REUSSITES,)),
        Groupe("La suite", (QUESTIONS_COACH, PROCHAIN_ENTRETIEN)),
    ),
    rendre=rendre,
)
