"""« Avez-vous des questions ? » : demander un feed-back à la fin de l’entretien (point 2).

The coach's advice: the recruiter's closing question is the moment to ask for an
overall view of the profile, for the information they did not get, and whether
something blocks. Said on the spot, the answers tell the candidate whether the
interview really went badly.

The output is spoken French, read aloud to the company's own recruiter (see
:mod:`~rattrapage.widgets._oral`): « ce poste », « vous rejoindre », never the
job title or the company's name, and the recruiter named once per version. So the
form asks for neither. It offers three versions to choose from, then what to say
after the answer and a few tips. In each, the recruiter never hears more
questions than announced, three at most, the closing included: the next steps
are a statement (« J’aimerais connaître les prochaines étapes. »), not one more
question.

- short: « Oui, une, si vous le permettez. » and ONE question that gathers the
  requests (the overall view « au regard de vos attentes » takes in what was
  missing and what blocks; a point that « ne répond pas encore à vos attentes »
  is both a gap and a possible block), never two joined by « ou »;
- complete: the subject to complete first, if any (« Oui, volontiers. Mais
  d’abord, j’aimerais ajouter un mot sur… », since « revenir sur » would assume it
  was discussed), then the questions announced by their number and asked ONE AT
  A TIME, a stage direction « (Attendez sa réponse avant de poser la suivante.) »
  between them, linked as one speaks (« Et y a-t-il… ? », « Et enfin, … ? »). No
  hurry in it: no « rapide », no clock, no « si vous avez encore quelques
  minutes »; nor the stage direction « l’une après l’autre » said aloud;
- when time is short: the promise to write what could not be said comes first,
  then the one question that matters most, to end on it (« Une seule question,
  donc : … ? »); a salary range is said rather than promised (« un mot sur mes
  prétentions salariales, puis une seule question »), as it takes one sentence.
  It speaks of the slot, never of the recruiter being in a hurry.

Each depends on the register, « Voyez-vous… » (soutenu) or « Est-ce que… »
(courant), always with vouvoiement; on the requests ticked: at most three
questions about the candidacy, in the form's order, none ticked falling back to
the overall feed-back; and on the subject the candidate wants to complete, said as
typed (never « mon expérience de… », a fact they did not type; an answer « ma
réponse sur X » as « la question de X »), whose kind
(:func:`~rattrapage.widgets._oral.genre`: a salary, an exercise, a notion, an
achievement) sets the stage direction and the tip. The conclusion thanks without
assuming the feed-back was harsh, shows the wish to join rather than asserting
motivation, and always ends on the next steps (with the calendar of the decision
when ticked).
"""

from __future__ import annotations

from dataclasses import dataclass

from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.nombres import en_toutes_lettres
from rattrapage.redaction.nature import en_groupe, en_suite, nature
from rattrapage.typographie import franciser, minuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import (
    FOURCHETTE,
    Genre,
    conseils,
    consigne,
    didascalie,
    dire,
    genre,
    nomme,
    preparation,
    question_de,
    saisie,
)
from rattrapage.widgets.profil import CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM

FORMAT = Champ(
    "format",
    "Format de l’entretien",
    "radio",
    choix=(
        Choix("presentiel", "En personne"),
        Choix("visio", "En visioconférence"),
        Choix("telephone", "Au téléphone"),
    ),
    defaut="presentiel",
    aide="En visioconférence, l’heure du créneau compte ; au téléphone, annoncer ses questions aide à suivre.",
)
REGISTRE = Champ(
    "registre",
    "Ton",
    "radio",
    choix=(Choix("soutenu", "Soutenu, plus formel"), Choix("courant", "Courant, plus direct")),
    defaut="soutenu",
    aide="Calez-vous sur le ton de l’entretien ; dans le doute, le registre soutenu ne vous dessert jamais.",
)
DEMANDES = Champ(
    "demandes",
    "Ce que vous voulez savoir",
    "multi",
    choix=(
        Choix("global", "Un feed-back global sur votre profil"),
        Choix("informations", "Les informations qui ont pu manquer"),
        Choix("bloquant", "Un éventuel point bloquant"),
        Choix("suite", "Les prochaines étapes"),
    ),
    defaut=("global", "informations", "bloquant"),
    aide="Trois questions au plus sur votre candidature ; sans avis coché, le script demande un feed-back "
    "global. Les prochaines étapes se demandent toujours en prenant congé ; cochées, le calendrier de la "
    "décision s’y ajoute.",
)
POINT_FORT = Champ(
    "point_fort",
    "Ce que vous aimeriez qu’on retienne de vous",
    "text",
    longueur_max=200,
    aide="Une force, en quelques mots, à placer en conclusion ; ou une phrase à la première personne.",
    exemple="ma capacité à fédérer une équipe autour d’un projet",
)
SUJET = Champ(
    "sujet_a_completer",
    "Un sujet que vous avez peu développé",
    "text",
    longueur_max=200,
    aide="Le script vous le fait compléter avant vos questions, pour que le recruteur puisse réagir. "
    "Quelques mots, une phrase, ou la question qu’on vous a posée.",
    exemple="mon expérience en gestion de budget",
)

#: The questions about the candidacy, in the form's order; the next steps are apart.
AVIS = ("global", "informations", "bloquant")
#: The question asked when time is short: the first of these that was ticked.
PRIORITE = ("bloquant", "global", "informations")


@dataclass(frozen=True)
class Situation:
    """Everything the scripts depend on, read once from the form."""

    format: str
    soutenu: bool
    adresse: str
    civilite: str | None
    tiers: str
    nomme: bool
    demandes: tuple[str, ...]
    sujet: str
    point_fort: str

    @classmethod
    def depuis(cls, valeurs: Valeurs) -> Situation:
        recruteur = _saisie.recruteur(valeurs)
        return cls(
            format=str(valeurs.get(FORMAT.nom) or FORMAT.defaut),
            soutenu=valeurs.get(REGISTRE.nom) != "courant",
            adresse=recruteur.apostrophe,
            civilite=recruteur.civilite,
            tiers=recruteur.tiers,
            nomme=nomme(recruteur),
            demandes=demandes_retenues(valeurs.get(DEMANDES.nom)),
            sujet=saisie(valeurs, SUJET),
            point_fort=saisie(valeurs, POINT_FORT),
        )

    @property
    def avis(self) -> tuple[str, ...]:
        """The questions about the candidacy (three at most), or the overall feed-back."""
        return tuple(d for d in self.demandes if d in AVIS) or ("global",)

    @property
    def suite(self) -> bool:
        return "suite" in self.demandes

    @property
    def genre(self) -> Genre:
        """What the subject to complete is about (a salary, an exercise…)."""
        return genre(self.sujet)

    def selon_registre(self, soutenu: str, courant: str) -> str:
        return soutenu if self.soutenu else courant


def demandes_retenues(cochees: object) -> tuple[str, ...]:
    """The requests in the form's order; the overall feed-back when none is ticked."""
    choisies = cochees if isinstance(cochees, list) else []
    return tuple(v for v in DEMANDES.valeurs() if v in choisies) or ("global",)


def _questions(nombre: int) -> str:
    """« une question », « trois questions »."""
    return f"{en_toutes_lettres(nombre, feminin=True)} question" + ("s" if nombre > 1 else "")


#: The full question for each request about the candidacy: (soutenu, courant).
_QUESTIONS = {
    "global": (
        "Quel regard portez-vous, dans l’ensemble, sur mon profil pour ce poste ?",
        "Qu’est-ce que vous retenez de mon profil pour ce poste ?",
    ),
    "informations": (
        "Y a-t-il des points sur lesquels vous auriez aimé en savoir davantage ?",
        "Est-ce que vous auriez aimé en savoir plus sur certains points ?",
    ),
    "bloquant": (
        "À ce stade, voyez-vous un point bloquant ?",
        "À ce stade, est-ce que quelque chose vous fait hésiter ?",
    ),
}
#: The short version's one question, by the requests it gathers: (soutenu, courant).
#: « Au regard de vos attentes » takes in what was missing and what blocks; a point
#: that « ne répond pas encore à vos attentes » is both a gap and a possible block.
_QUESTIONS_COURTES = {
    "global": (
        "Comment voyez-vous ma candidature au regard de vos attentes pour ce poste ?",
        "Est-ce que vous pourriez me dire ce que vous pensez de ma candidature pour ce poste ?",
    ),
    "informations+bloquant": (
        "Y a-t-il un point sur lequel ma candidature ne répond pas encore à vos attentes ?",
        "Est-ce qu’il y a un point où ma candidature ne répond pas encore à vos attentes ?",
    ),
    "informations": (
        "Auriez-vous aimé en savoir davantage sur certains points ?",
        "Est-ce que vous auriez aimé en savoir plus sur certains points ?",
    ),
    "bloquant": (
        "Voyez-vous, à ce stade, un point bloquant ?",
        "Est-ce que quelque chose vous fait hésiter, à ce stade ?",
    ),
}
#: The next steps, when taking leave, always: a statement, not one more question
#: (a version never asks more questions than it announced, three at most); ticked,
#: they take in the calendar of the decision: (soutenu, courant).
_SUITE = (
    "J’aimerais connaître les prochaines étapes et le calendrier de votre décision.",
    "J’aimerais bien savoir quelle est la suite, et quand vous pensez me donner une réponse.",
)
_SUITE_SIMPLE = ("J’aimerais connaître les prochaines étapes.", "J’aimerais bien savoir quelle est la suite.")
#: Between two questions of the complete version: one question at a time.
ATTENDRE = didascalie("Attendez sa réponse avant de poser la suivante.")


def question(demande: str, s: Situation) -> str:
    """The full question for one request about the candidacy, in the chosen register."""
    return s.selon_registre(*_QUESTIONS.get(demande, _QUESTIONS["global"]))


def _question_courte(s: Situation) -> str:
    """One question that gathers the requests: the overall view takes in the others."""
    autres = "+".join(d for d in ("informations", "bloquant") if d in s.avis)
    cle = "global" if "global" in s.avis else autres
    return s.selon_registre(*_QUESTIONS_COURTES[cle])


#: How the short version leads in to its question, by format: (soutenu, courant).
_AMORCES_COURTES = {
    "presentiel": ("", ""),
    "visio": ("Avant de nous quitter,", "Avant qu’on se quitte,"),
    "telephone": ("Avant de raccrocher,", "Avant qu’on raccroche,"),
}


def _amorce(amorces: dict[str, tuple[str, str]], s: Situation) -> str:
    """The lead-in for the format (in person when unknown) and the register."""
    return s.selon_registre(*amorces.get(s.format, amorces["presentiel"])).format(adresse=s.adresse)


def _enchainer(amorce: str, suite: str) -> str:
    """A lead-in and a sentence: capital after a full stop or nothing, lower case otherwise."""
    if not amorce:
        return suite
    return f"{amorce} {suite if amorce.endswith('.') else minuscule(suite)}"


def _une(s: Situation) -> str:
    """The answer to « Avez-vous des questions ? » that announces one:
    « Oui, une, si vous le permettez, Madame Durand. », « Oui, j’en ai une. »"""
    return f"Oui, une, si vous le permettez{s.adresse}." if s.soutenu else "Oui, j’en ai une."


def version_courte(s: Situation) -> str:
    """One question, announced as one, that gathers the feed-back asked for."""
    return f"{_une(s)} {_enchainer(_amorce(_AMORCES_COURTES, s), _question_courte(s))}"


#: How the complete version announces its questions when it opens on them, by
#: format: (soutenu, courant). ``{questions}`` is « deux questions », ``{nombre}``
#: « deux ». No hurry and no clock: this is the version for when there is time.
_ANNONCES = {
    "presentiel": ("Avant de conclure, j’aurais {questions} à vous poser.", "Oui, j’en ai {nombre}."),
    "visio": (
        "Avant que nous nous quittions, j’aurais {questions} à vous poser.",
        "Oui, j’en ai {nombre}, avant qu’on se quitte.",
    ),
    "telephone": ("J’aurais {questions} à vous poser, si vous le permettez.", "Oui, volontiers : j’en ai {nombre}."),
}
#: The same once the candidate has completed a subject.
_RELANCES = {
    "presentiel": (
        "J’aurais maintenant {questions} à vous poser, si vous le permettez.",
        "J’en viens à mes questions : j’en ai {nombre}.",
    ),
    "visio": (
        "Avant que nous nous quittions, j’aurais maintenant {questions} à vous poser.",
        "Avant qu’on se quitte, j’ai maintenant {questions} à vous poser.",
    ),
    "telephone": ("Je voudrais maintenant vous poser {questions}.", "J’ai maintenant {questions} à vous poser."),
}


def _annonce(s: Situation, *, apres_sujet: bool) -> str:
    """How the complete version announces its questions, by format and register;
    ``apres_sujet`` when the candidate has just completed a subject. The number
    announced is the number asked, and the next steps are no extra question."""
    n = len(s.avis)
    if not apres_sujet and n == 1:
        return _une(s)
    if apres_sujet and n == 1 and s.format == "presentiel" and not s.soutenu:
        return "J’en viens à ma question."
    modele = s.selon_registre(*(_RELANCES if apres_sujet else _ANNONCES).get(s.format, _ANNONCES["presentiel"]))
    annonce = modele.format(questions=_questions(n), nombre=en_toutes_lettres(n, feminin=True))
    if apres_sujet or not s.soutenu:
        return annonce
    return f"Oui, volontiers{s.adresse}. {annonce}"


def _enchainement(questions: list[str]) -> list[str]:
    """One question at a time, linked as one speaks: the first as it is, « Et… »
    for the next, « Et enfin, … » for the third."""
    dernier = len(questions) - 1
    return [
        q if i == 0 else f"Et enfin, {minuscule(q)}" if i == dernier and i >= 2 else f"Et {minuscule(q)}"
        for i, q in enumerate(questions)
    ]


def _sur(groupe: str) -> str:
    """A typed subject said as typed, an answer as the question it answered."""
    return question_de(groupe) or groupe


def _sujet(s: Situation) -> str:
    """Opening the door to the subject to complete, before the questions: a subject
    is added to (« ajouter un mot sur »), which assumes nothing was said of it."""
    oui = f"Oui, volontiers{s.selon_registre(s.adresse, '')}. Mais d’abord,"
    je = s.selon_registre("j’aimerais", "je voudrais")
    return dire(
        s.sujet,
        groupe=lambda g: f"{oui} {je} ajouter un mot sur {_sur(g)}.",
        phrase=lambda p: f"{oui} {je} ajouter une précision : {en_suite(p)}",
        question=lambda q: f"{oui} {je} compléter ma réponse à votre question {q}",
    )


def _didascalie_sujet(s: Situation) -> str:
    """What the candidate says in their own words once the door is open, by subject."""
    return didascalie(f"{consigne(s.genre, reponse=nature(s.sujet) == 'question', civilite=s.civilite)}.")


def version_complete(s: Situation) -> str:
    """The subject to complete first, if any; then announce the questions and ask
    them one at a time, waiting for each answer."""
    lignes = []
    if s.sujet:
        lignes += [_sujet(s), _didascalie_sujet(s)]
    questions = _enchainement([question(d, s) for d in s.avis])
    lignes.append(f"{_annonce(s, apres_sujet=bool(s.sujet))} {questions[0]}")
    for q in questions[1:]:
        lignes += [ATTENDRE, q]
    return "\n".join(lignes)


#: How the version for when time is short opens, by format: (soutenu, courant),
#: with the punctuation that leads to what follows. ``{adresse}`` stands for
#: « , Madame Durand » (:attr:`Interlocuteur.apostrophe`). It speaks of the slot,
#: never of the recruiter being in a hurry.
_AMORCES_PRESSEES = {
    "presentiel": ("Je vois que l’heure avance{adresse} :", "Il nous reste peu de temps :"),
    "visio": ("Je vois que nous arrivons à la fin du temps prévu{adresse} :", "On arrive à la fin du créneau :"),
    "telephone": ("Pour ne pas vous retenir trop longtemps{adresse},", "Je ne vais pas vous retenir longtemps :"),
}


def version_pressee(s: Situation) -> str:
    """The one question that matters most, to end on it. Before it, the promise to
    write what could not be said; or, for a salary, the range itself, which takes
    less time to say than to promise."""
    cle = next(d for d in PRIORITE if d in s.avis)
    amorce = _amorce(_AMORCES_PRESSEES, s)
    if not s.sujet:
        seule = s.selon_registre("je m’en tiendrai à une question.", "je n’ai qu’une question.")
        return f"{amorce} {seule} {question(cle, s)}"
    if s.genre == "remuneration":
        sur = _sur(en_groupe(s.sujet)) if nature(s.sujet) == "groupe" else "ma rémunération"
        return "\n".join(
            [
                f"{amorce} un mot sur {sur}, puis une seule question.",
                didascalie(f"{FOURCHETTE}, sans vous justifier."),
                f"Et voici ma question : {minuscule(question(cle, s))}",
            ]
        )
    ecrire = s.selon_registre("je vous préciserai par écrit", "je vous écrirai")
    promesse = dire(
        s.sujet,
        groupe=lambda g: f"{ecrire} ce que je voulais ajouter sur {_sur(g)}.",
        phrase=lambda _: f"{ecrire} ce que je voulais ajouter.",
        question=lambda q: (
            f"{s.selon_registre('je compléterai par écrit', 'je vous écrirai pour compléter')} "
            f"ma réponse à votre question {q}"
        ),
    )
    return f"{amorce} {promesse} Une seule question, donc : {minuscule(question(cle, s))}"


def _retenir(s: Situation) -> str:
    """The strength to remember, whatever was typed: a noun phrase, a sentence, a question."""
    if not s.point_fort:
        return ""
    si = "Si je ne devais vous laisser qu’une chose en tête"
    return dire(
        s.point_fort,
        groupe=lambda g: f"{si}, ce serait {g}.",
        phrase=lambda p: f"{si}, ce serait celle-ci : {en_suite(p)}",
        question=lambda q: f"{si}, ce serait ma réponse à votre question {q}",
    )


def apres_la_reponse(s: Situation) -> str:
    """Thanks, what the exchange confirms, the strength to remember if given, and
    the next steps, always, as a statement: the leave-taking, with no name (the
    version said it) and no question beyond those the version announced."""
    merci = s.selon_registre("Merci, ce retour m’est très utile.", "Merci, c’est vraiment utile pour moi.")
    envie = s.selon_registre(
        "Notre échange me conforte dans mon envie de vous rejoindre.",
        "Cet échange me donne encore plus envie de vous rejoindre.",
    )
    suite = s.selon_registre(*(_SUITE if s.suite else _SUITE_SIMPLE))
    return " ".join(p for p in (merci, envie, _retenir(s), suite) if p)


_NOTES = {
    "presentiel": "Demandez si vous pouvez noter quelques mots : c’est un signe d’intérêt, "
    "et vous garderez les termes exacts.",
    "visio": "Si vous prenez des notes, dites-le : un regard qui quitte la caméra peut sembler distrait.",
    "telephone": "Au téléphone, rien ne montre que vous écoutez : reformulez en une phrase "
    "(« si je vous comprends bien… ») et notez les mots exacts.",
}


def _conseils(s: Situation) -> str:
    lignes = [
        "Écoutez la réponse jusqu’au bout, sans vous justifier : vous êtes là pour recueillir un avis, "
        "pas pour le discuter.",
        _NOTES.get(s.format, _NOTES["presentiel"]),
    ]
    if s.sujet:
        ou = "dans les versions 2 et 3" if s.genre == "remuneration" else "dans la version complète"
        lignes.append(f"Préparez le complément annoncé {ou} : {preparation(s.genre)}.")
    remerciez = f"Remerciez {s.tiers} pour ce retour" if s.nomme else "Remerciez pour ce retour"
    repondre = (
        "répondez au point bloquant s’il y en a un"
        if "bloquant" in s.avis
        else "répondez à ce qui a été dit de votre profil"
    )
    lignes += [
        f"{remerciez}, même s’il est difficile à entendre : peu de recruteurs prennent ce temps.",
        "Écrivez-lui dans les 24 à 48\u00a0heures, au calme plutôt que dans l’heure qui suit : remerciez de "
        f"nouveau, complétez ce qui a manqué et {repondre}.",
    ]
    return conseils(lignes)


def rendre(valeurs: Valeurs) -> Rendu:
    """Three versions to choose from, what to say after the answer, the tips."""
    s = Situation.depuis(valeurs)
    blocs = [
        f"Version 1 – courte\n{version_courte(s)}",
        f"Version 2 – complète\n{version_complete(s)}",
        f"Version 3 – si le temps presse\n{version_pressee(s)}",
        f"Après sa réponse, pour conclure\n{apres_la_reponse(s)}",
        _conseils(s),
    ]
    # Our sentences are written with plain spaces before « ? : » for legibility;
    # franciser makes them non-breaking, and is idempotent on the user's words.
    return Rendu(franciser("\n\n".join(blocs)))


WIDGET = Widget(
    id="script-feedback",
    titre="Demander un feed-back à la fin de l’entretien",
    description=("Que répondre à « Avez-vous des questions ? » : trois versions à dire, selon le format et le ton."),
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM)),
        Groupe("L’entretien", (FORMAT, REGISTRE)),
        Groupe("Vos questions", (DEMANDES, SUJET, POINT_FORT)),
    ),
    rendre=rendre,
)
