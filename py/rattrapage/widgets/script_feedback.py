"""« Avez-vous des questions ? » : demander un feed-back à la fin de l’entretien (point 2).

The coach's advice: the recruiter's closing question is the moment to ask for an
overall view of the profile, for the information they did not get, and whether
something blocks. Said on the spot, the answers tell the candidate whether the
interview really went badly.

The output is spoken French, read aloud to the company's own recruiter (see
:mod:`~rattrapage.widgets._oral`): « ce poste », « vous rejoindre », never the
job title or the company's name, and the recruiter named once per version. So the
form asks for neither. It offers three versions to choose from (short, complete,
one question when time is short), then what to say after the answer and a few
tips. Each version depends on:

- the format: in video the complete version offers to use the minutes left, the
  version for when time is short says the slot is ending; on the phone there is no
  visual cue, so the complete version announces its questions and numbers them;
- the register: « Puis-je… », « Y a-t-il… » (soutenu) or « Est-ce que… »
  (courant), always with vouvoiement;
- the requests ticked: at most three questions about the candidacy (the page's
  three), asked in the form's order; none ticked falls back to the article's first
  question, the overall feed-back, since that is the point of the script. The
  next steps are not feed-back: they are asked when taking leave, after the answer;
- the subject the candidate wants to complete: it comes BEFORE the questions, so
  the recruiter can react to it and answer the questions knowing it. What to say
  is the candidate's own (a stage direction), the script only opens the door.

Where the candidate speaks of themself the sentence agrees (« je vous en serais
reconnaissante ») or takes an épicène form (« ce serait précieux pour moi »).
"""

from __future__ import annotations

from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.nombres import en_toutes_lettres
from rattrapage.redaction.nature import en_suite
from rattrapage.typographie import enumerer, franciser
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import PREPARER, conseils, didascalie, dire, saisie
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
    aide="En visioconférence, l’heure du créneau compte\u202f; au téléphone, annoncer ses questions aide à suivre.",
)
REGISTRE = Champ(
    "registre",
    "Ton",
    "radio",
    choix=(Choix("soutenu", "Soutenu, plus formel"), Choix("courant", "Courant, plus direct")),
    defaut="soutenu",
    aide="Calez-vous sur le ton de l’entretien\u202f; dans le doute, le registre soutenu ne vous dessert jamais.",
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
    aide="Trois questions au plus sur votre candidature\u00a0; les prochaines étapes se demandent en prenant congé. "
    "Sans avis coché, le script demande un feed-back global.",
)
POINT_FORT = Champ(
    "point_fort",
    "Ce que vous aimeriez qu’on retienne de vous",
    "text",
    max_len=200,
    aide="Une force, en quelques mots, à placer en conclusion\u00a0; ou une phrase à la première personne.",
    exemple="ma capacité à fédérer une équipe autour d’un projet",
)
SUJET = Champ(
    "sujet_a_completer",
    "Un sujet que vous avez peu développé",
    "text",
    max_len=200,
    aide="Le script vous fait y revenir avant vos questions, pour que le recruteur puisse réagir. "
    "Quelques mots, une phrase, ou la question qu’on vous a posée.",
    exemple="mon expérience en gestion de budget",
)

#: The questions about the candidacy, in the form's order; the next steps are apart.
AVIS = ("global", "informations", "bloquant")
#: The question asked when time is short: the first of these that was ticked.
PRIORITE = ("bloquant", "global", "informations")

#: What each request is about, after « sur » (short version, phone announcement).
_OBJETS = {
    "global": "mon profil",
    "informations": "les informations qui vous auraient manqué",
    "bloquant": "ce qui pourrait freiner ma candidature",
}
#: Phone only: with no visual cue, the complete version numbers its questions.
_CONNECTEURS = {2: ("D’abord", "Ensuite"), 3: ("D’abord", "Ensuite", "Enfin")}


@dataclass(frozen=True)
class Situation:
    """Everything the scripts depend on, read once from the form."""

    format: str
    soutenu: bool
    accord: str | None
    adresse: str
    tiers: str
    demandes: tuple[str, ...]
    sujet: str
    point_fort: str

    @classmethod
    def depuis(cls, valeurs: Valeurs) -> Situation:
        recruteur = _saisie.recruteur(valeurs)
        return cls(
            format=str(valeurs.get(FORMAT.nom) or FORMAT.defaut),
            soutenu=valeurs.get(REGISTRE.nom) != "courant",
            accord=_saisie.accord(valeurs),
            adresse=recruteur.apostrophe,
            tiers=recruteur.tiers,
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
        "Y a-t-il des points sur lesquels vous n’avez pas eu toutes les informations que vous attendiez ?",
        "Est-ce qu’il vous manque des informations sur certains points ?",
    ),
    "bloquant": (
        "À ce stade, y a-t-il un point bloquant pour vous ?",
        "À ce stade, est-ce que quelque chose vous fait hésiter ?",
    ),
}
#: The next steps, asked when taking leave: (soutenu, courant).
_SUITE = (
    "Pour finir, pourriez-vous m’indiquer les prochaines étapes et le calendrier de votre décision ?",
    "Et pour la suite, quand pensez-vous me donner une réponse ?",
)


def question(demande: str, s: Situation) -> str:
    """The full question for one request about the candidacy, in the chosen register."""
    soutenue, courante = _QUESTIONS.get(demande, _QUESTIONS["global"])
    return soutenue if s.soutenu else courante


def _en_minuscule(texte: str) -> str:
    """Our own sentence set after a comma or a colon (« D’abord, quel regard… »)."""
    return texte[:1].lower() + texte[1:]


def _annonce(s: Situation, *, apres_sujet: bool) -> str:
    """How the complete version announces its questions, by format and register;
    ``apres_sujet`` when the candidate has just completed a subject."""
    n = len(s.avis)
    questions = _questions(n)
    merci = "" if apres_sujet else f"Oui, merci{s.adresse}. " if s.soutenu else "Oui, merci. "
    if s.format == "telephone":
        rapides = f"{questions} rapide" + ("s" if n > 1 else "")
        objets = f" : {enumerer([f'sur {_OBJETS[d]}' for d in s.avis])}" if n > 1 else ""
        if s.soutenu:
            return f"{merci}Puis-je {'maintenant ' if apres_sujet else ''}vous poser {rapides}{objets} ?"
        return ("Et j’ai" if apres_sujet else "Oui, j’ai") + f" {rapides}{objets}."
    if s.format == "visio":
        if s.soutenu:
            return (
                f"{merci}Si vous avez encore quelques minutes, "
                f"j’aurais {'maintenant ' if apres_sujet else ''}{questions} à vous poser."
            )
        return f"{merci}{'Et avant' if apres_sujet else 'Avant'} qu’on se déconnecte, j’aurais {questions}."
    if s.soutenu:
        if apres_sujet:
            return f"J’aurais maintenant {questions} à vous poser, si vous le permettez."
        return f"{merci}Avant de conclure, j’aurais {questions} à vous poser, si vous le permettez."
    if apres_sujet:
        return f"Et j’ai {questions}, si vous avez encore quelques minutes."
    return f"Oui, j’en ai {en_toutes_lettres(n, feminin=True)}, si vous avez encore quelques minutes."


def _sujet(s: Situation) -> str:
    """Opening the door to the subject to complete, before the questions."""
    avant = "Avant mes questions" if len(s.avis) > 1 else "Avant ma question"
    merci = f"Oui, merci{s.adresse}." if s.soutenu else "Oui, merci."
    je = "j’aimerais" if s.soutenu else "je voudrais"
    revenir = f"{je} revenir {'en deux mots' if s.soutenu else 'rapidement'} sur"
    return f"{merci} " + dire(
        s.sujet,
        groupe=lambda g: f"{avant}, {revenir} {g}.",
        phrase=lambda p: f"{avant}, {revenir} un point. {p}",
        question=lambda q: f"{je[:1].upper()}{je[1:]} d’abord compléter ma réponse à votre question {q}",
    )


def _didascalie_sujet(s: Situation) -> str:
    """What the candidate says in their own words once the door is open."""
    consigne = dire(
        s.sujet,
        groupe=lambda _: "Dites l’essentiel",
        phrase=lambda _: "Dites l’essentiel",
        question=lambda _: "Complétez votre réponse",
    )
    return didascalie(f"{consigne} en deux ou trois phrases, puis laissez {s.tiers} réagir.")


def version_complete(s: Situation) -> str:
    """The subject to complete first, if any; then announce and ask each question."""
    questions = [question(d, s) for d in s.avis]
    if s.format == "telephone" and len(questions) > 1:
        questions = [f"{c}, {_en_minuscule(q)}" for c, q in zip(_CONNECTEURS[len(questions)], questions, strict=True)]
    lignes = []
    if s.sujet:
        lignes.append(_sujet(s))
        lignes.append(_didascalie_sujet(s))
    lignes.append(" ".join([_annonce(s, apres_sujet=bool(s.sujet)), *questions]))
    return "\n".join(lignes)


#: How the short version opens, by format: (soutenu, courant). ``{adresse}``
#: stands for « , Madame Durand » (:attr:`Interlocuteur.apostrophe`).
_AMORCES_COURTES = {
    "presentiel": ("Oui, merci{adresse}.", "Oui, merci."),
    "visio": ("Oui, merci{adresse}. Avant que nous nous déconnections,", "Oui, merci. Avant qu’on se déconnecte,"),
    "telephone": ("Oui, merci{adresse}. Avant de raccrocher,", "Oui, merci. Avant qu’on raccroche,"),
}
#: How the version for when time is short opens, likewise.
_AMORCES_PRESSEES = {
    "presentiel": (
        "Je sais que votre temps est compté{adresse}, alors j’irai à l’essentiel :",
        "Je vais faire court :",
    ),
    "visio": (
        "Je vois que nous arrivons à la fin du temps prévu{adresse}, alors j’irai à l’essentiel :",
        "Je vois que l’heure tourne, alors je vais droit au but :",
    ),
    "telephone": (
        "Pour ne pas vous retenir trop longtemps{adresse}, j’irai à l’essentiel :",
        "Une dernière chose et je vous libère :",
    ),
}


def _amorce(amorces: dict[str, tuple[str, str]], s: Situation) -> str:
    """The lead-in for the format (in person when unknown) and the register."""
    soutenue, courante = amorces.get(s.format, amorces["presentiel"])
    return (soutenue if s.soutenu else courante).format(adresse=s.adresse)


def _enchainer(amorce: str, suite: str) -> str:
    """A lead-in and a sentence: capital after a full stop, lower case otherwise."""
    return f"{amorce} {suite if amorce.endswith('.') else _en_minuscule(suite)}"


def version_courte(s: Situation) -> str:
    """One question that gathers the feed-back asked for."""
    objets = enumerer([f"sur {_OBJETS[d]}" for d in s.avis])
    if s.soutenu:
        merci = selon_accord(
            s.accord,
            feminin="Je vous en serais reconnaissante.",
            masculin="Je vous en serais reconnaissant.",
            neutre="Ce serait précieux pour moi.",
        )
        demande = f"Puis-je vous demander un retour rapide {objets} ? {merci}"
    else:
        demande = f"Est-ce que vous pourriez me faire un retour rapide {objets} ?"
    return _enchainer(_amorce(_AMORCES_COURTES, s), demande)


def version_pressee(s: Situation) -> str:
    """The one question that matters most, and the promise to write for the rest."""
    cle = next(d for d in PRIORITE if d in s.avis)
    reste = (
        "Pour le reste, je me permettrai de vous écrire."
        if s.soutenu
        else "Pour le reste, je vous enverrai un petit mot."
    )
    if s.sujet:
        ecrire = "je me permettrai de vous l’écrire" if s.soutenu else "je vous l’écrirai"
        reste = dire(
            s.sujet,
            groupe=lambda g: f"{'Ce' if s.soutenu else 'Et ce'} que je voulais ajouter sur {g}, {ecrire}.",
            phrase=lambda _: reste,
            question=lambda _: reste,
        )
    return f"{_enchainer(_amorce(_AMORCES_PRESSEES, s), question(cle, s))} {reste}"


def _retenir(s: Situation) -> str:
    """The strength to remember, whatever was typed: a noun phrase, a sentence, a question."""
    if not s.point_fort:
        return ""
    si = (
        "Si je ne devais vous laisser qu’une chose en tête"
        if s.soutenu
        else "Si vous ne deviez retenir qu’une chose de moi"
    )
    return dire(
        s.point_fort,
        groupe=lambda g: f"{si}, ce serait {g}.",
        phrase=lambda p: f"{si}, ce serait celle-ci : {en_suite(p)}",
        question=lambda q: f"{si}, ce serait ma réponse à votre question {q}",
    )


def apres_la_reponse(s: Situation) -> str:
    """Thanks, the motivation restated, the strength to remember if given, and the
    next steps if asked: the leave-taking, with no name (the version said it)."""
    if s.soutenu:
        merci = "Merci beaucoup pour votre franchise."
        motivation = selon_accord(
            s.accord,
            feminin="Je reste très motivée par ce poste.",
            masculin="Je reste très motivé par ce poste.",
            neutre="Ce poste me motive toujours autant.",
        )
    else:
        merci = "Merci, c’est vraiment utile pour moi."
        motivation = selon_accord(
            s.accord,
            feminin="En tout cas, je suis toujours aussi motivée à l’idée de vous rejoindre.",
            masculin="En tout cas, je suis toujours aussi motivé à l’idée de vous rejoindre.",
            neutre="En tout cas, j’ai toujours autant envie de vous rejoindre.",
        )
    suite = _SUITE[0] if s.soutenu else _SUITE[1]
    return " ".join(p for p in (merci, motivation, _retenir(s), suite if s.suite else "") if p)


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
        lignes.append(f"Préparez le complément annoncé dans la version complète : {PREPARER}.")
    lignes += [
        f"Remerciez {s.tiers}, même si le retour est difficile à entendre : peu de recruteurs prennent ce temps.",
        "Écrivez-lui dans les 24 à 48\u00a0heures, au calme plutôt que dans l’heure qui suit : remerciez de "
        "nouveau, complétez ce qui a manqué et répondez au point bloquant s’il y en a un.",
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
    description=(
        "Que répondre à «\u00a0Avez-vous des questions\u202f?\u00a0»\u00a0: "
        "trois versions à dire, selon le format et le ton."
    ),
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM)),
        Groupe("L’entretien", (FORMAT, REGISTRE)),
        Groupe("Vos questions", (DEMANDES, SUJET, POINT_FORT)),
    ),
    rendre=rendre,
)
