"""« Avez-vous des questions ? » : demander un feed-back à la fin de l’entretien (point 2).

The coach's advice: the recruiter's closing question is the moment to ask for an
overall view of the profile, for the information they did not get, and whether
something blocks. Said on the spot, the questions tell the candidate whether the
interview really went badly.

The output is spoken French, so it offers three versions to choose from (short,
complete, one question when time is short) rather than one long text, then what
to say after the answer and a few tips. Each version depends on:

- the format: in video the end of the time slot is visible to both, so the
  script says so; on the phone there is no visual cue, so the complete version
  announces its questions and numbers them as it goes;
- the register: « Puis-je… », « Y a-t-il… » (soutenu) or « Est-ce que… » (courant),
  always with vouvoiement;
- the requests ticked, asked in that order; none ticked falls back to the
  article's first question, the overall feed-back, since that is the point of
  the script.

Where the candidate speaks of themself the sentence agrees (« je vous en serais
reconnaissante ») or takes an épicène form (« ce serait précieux pour moi »).
"""

from __future__ import annotations

from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.typographie import elide, enumerer, franciser
from rattrapage.widgets import _saisie
from rattrapage.widgets._oral import conseils
from rattrapage.widgets.profil import CANDIDAT_ACCORD, ENTREPRISE, POSTE, RECRUTEUR_CIVILITE, RECRUTEUR_NOM

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
    aide="Trois questions restent naturelles. Sans case cochée, le script demande un feed-back global.",
)
POINT_FORT = Champ(
    "point_fort",
    "Ce que vous aimeriez qu’on retienne de vous",
    "text",
    max_len=200,
    aide="Une force, en quelques mots, à placer en conclusion, à la première personne.",
    exemple="ma capacité à fédérer une équipe autour d’un projet",
)
SUJET = Champ(
    "sujet_a_completer",
    "Un sujet que vous avez peu développé",
    "text",
    max_len=200,
    aide="Le script propose d’y revenir. Un groupe nominal, à la première personne.",
    exemple="mon expérience en gestion de budget",
)

#: The question asked when time is short: the first of these that was ticked.
PRIORITE = ("bloquant", "global", "informations", "suite")

#: What each request is about, after « sur » (short version, phone announcement).
_OBJETS = {
    "global": "mon profil",
    "informations": "les informations qui vous auraient manqué",
    "bloquant": "ce qui pourrait freiner ma candidature",
    "suite": "la suite du processus",
}
_NOMBRES = ("une", "deux", "trois", "quatre")
#: Phone only: with no visual cue, the complete version numbers its questions.
_CONNECTEURS = {
    2: ("D’abord", "Ensuite"),
    3: ("D’abord", "Ensuite", "Enfin"),
    4: ("D’abord", "Ensuite", "Puis", "Enfin"),
}


@dataclass(frozen=True)
class Situation:
    """Everything the scripts depend on, read once from the form."""

    format: str
    soutenu: bool
    accord: str | None
    adresse: str
    tiers: str
    poste: str
    entreprise: str
    demandes: tuple[str, ...]
    sujet: str
    point_fort: str

    @classmethod
    def depuis(cls, valeurs: Valeurs) -> Situation:
        recruteur = _saisie.recruteur(valeurs)
        return cls(
            format=str(valeurs.get(FORMAT.nom) or FORMAT.defaut),
            soutenu=valeurs.get(REGISTRE.nom) != "courant",
            accord=valeurs.get(CANDIDAT_ACCORD.nom),
            adresse=recruteur.apostrophe,
            tiers=recruteur.tiers,
            poste=_saisie.fragment(valeurs, POSTE),
            entreprise=_saisie.texte(valeurs, ENTREPRISE),
            demandes=demandes_retenues(valeurs.get(DEMANDES.nom)),
            sujet=_saisie.fragment_ou_rien(valeurs, SUJET),
            point_fort=_saisie.fragment_ou_rien(valeurs, POINT_FORT),
        )


def demandes_retenues(cochees: object) -> tuple[str, ...]:
    """The requests in the form's order; the overall feed-back when none is ticked."""
    choisies = cochees if isinstance(cochees, list) else []
    return tuple(v for v in DEMANDES.valeurs() if v in choisies) or ("global",)


def _en_minuscule(texte: str) -> str:
    """Our own sentence set after a comma or a colon (« à ce stade, … »)."""
    return texte[:1].lower() + texte[1:]


def _enchainer(amorce: str, suite: str) -> str:
    """A lead-in and a sentence: capital after a full stop, lower case otherwise."""
    return f"{amorce} {suite if amorce.endswith('.') else _en_minuscule(suite)}"


def _questions(nombre: int) -> str:
    return f"{_NOMBRES[nombre - 1]} question" + ("s" if nombre > 1 else "")


def question(demande: str, s: Situation) -> str:
    """The full question for one request, in the chosen register."""
    poste = elide("poste de", s.poste)
    exemple = f", par exemple {s.sujet}" if s.sujet else ""
    if demande == "global":
        if s.soutenu:
            return f"Quel regard portez-vous, dans l’ensemble, sur mon profil pour ce {poste} ?"
        return f"Qu’est-ce que vous retenez de mon profil pour ce {poste} ?"
    if demande == "informations":
        if s.soutenu:
            return (
                "Y a-t-il des points sur lesquels vous n’avez pas eu toutes les informations "
                f"que vous attendiez{exemple} ?"
            )
        return f"Est-ce qu’il vous manque des informations sur certains points{exemple} ?"
    if demande == "bloquant":
        if s.soutenu:
            return "À ce stade, y a-t-il un point bloquant pour vous ?"
        return "À ce stade, est-ce que quelque chose vous fait hésiter ?"
    if s.soutenu:
        return "Pourriez-vous m’indiquer les prochaines étapes et le calendrier de votre décision ?"
    return "Quelles sont les prochaines étapes, et quand pensez-vous me donner une réponse ?"


def _ouverture_complete(s: Situation) -> str:
    n = len(s.demandes)
    questions = _questions(n)
    if s.format == "visio":
        if s.soutenu:
            bref = selon_accord(
                s.accord,
                feminin="je serai donc brève",
                masculin="je serai donc bref",
                neutre="j’irai donc à l’essentiel",
            )
            return (
                f"Oui, merci{s.adresse}. Je vois que nous arrivons à la fin du temps prévu, "
                f"{bref} : {questions}, si vous le permettez."
            )
        return f"Oui, merci. Je vois que l’heure tourne, alors je vais droit au but : j’ai {questions}."
    if s.format == "telephone":
        rapides = f"{questions} rapide" + ("s" if n > 1 else "")
        annonce = f" : {enumerer([f'sur {_OBJETS[d]}' for d in s.demandes])}" if n > 1 else ""
        if s.soutenu:
            return f"Oui, merci{s.adresse}. Puis-je vous poser {rapides}{annonce} ?"
        return f"Oui, j’ai {rapides}{annonce}."
    if s.soutenu:
        return f"Oui, merci{s.adresse}. Avant de conclure, j’aurais {questions} à vous poser, si vous le permettez."
    return f"Oui, j’en ai {_NOMBRES[n - 1]}, si vous avez encore quelques minutes."


def version_complete(s: Situation) -> str:
    """Announce the questions, ask each one, offer to complete the thin subject."""
    questions = [question(d, s) for d in s.demandes]
    if s.format == "telephone" and len(questions) > 1:
        questions = [f"{c}, {_en_minuscule(q)}" for c, q in zip(_CONNECTEURS[len(questions)], questions, strict=True)]
    phrases = [_ouverture_complete(s), *questions]
    if s.sujet and "informations" not in s.demandes:
        phrases.append(
            f"J’aimerais aussi compléter brièvement ce que j’ai dit sur {s.sujet}."
            if s.soutenu
            else f"Et j’aimerais ajouter deux mots sur {s.sujet}."
        )
    return " ".join(phrases)


#: How the short version opens, by format: (soutenu, courant). ``{adresse}``
#: stands for « , Madame Durand » (see :func:`~rattrapage.widgets._oral.apostrophe`).
_AMORCES_COURTES = {
    "presentiel": ("Oui, merci{adresse}.", "Oui, merci{adresse}."),
    "visio": ("Oui, merci{adresse}. Avant que nous nous déconnections,", "Oui, merci. Avant qu’on se déconnecte,"),
    "telephone": ("Oui, merci{adresse}. Avant de raccrocher,", "Oui, merci. Avant qu’on raccroche,"),
}
#: How the version for when time is short opens, likewise.
_AMORCES_PRESSEES = {
    "presentiel": (
        "Je sais que votre temps est compté{adresse}, alors une seule question :",
        "Je vais faire court, juste une question :",
    ),
    "visio": (
        "Je vois que nous arrivons à la fin du temps prévu{adresse}, alors une seule question :",
        "On arrive au bout du créneau, alors juste une question :",
    ),
    "telephone": (
        "Pour ne pas vous retenir trop longtemps{adresse}, une seule question :",
        "Une dernière chose et je vous libère :",
    ),
}


def _amorce(amorces: dict[str, tuple[str, str]], s: Situation) -> str:
    """The lead-in for the format (in person when unknown) and the register."""
    soutenue, courante = amorces.get(s.format, amorces["presentiel"])
    return (soutenue if s.soutenu else courante).format(adresse=s.adresse)


def version_courte(s: Situation) -> str:
    """One question that gathers the feed-back asked for, then the next steps."""
    avis = [d for d in s.demandes if d != "suite"]
    phrases = []
    if avis:
        objets = enumerer([f"sur {_OBJETS[d]}" for d in avis])
        if s.soutenu:
            phrases.append(f"Puis-je vous demander un retour rapide {objets} ?")
            phrases.append(
                selon_accord(
                    s.accord,
                    feminin="Je vous en serais reconnaissante.",
                    masculin="Je vous en serais reconnaissant.",
                    neutre="Ce serait précieux pour moi.",
                )
            )
        else:
            phrases.append(f"Est-ce que vous pourriez me faire un retour rapide {objets} ?")
    if "suite" in s.demandes:
        suite = (
            "Pourriez-vous m’indiquer la suite du processus ?" if s.soutenu else "Quelle est la suite du processus ?"
        )
        phrases.append(f"Et {_en_minuscule(suite)}" if avis else suite)
    return _enchainer(_amorce(_AMORCES_COURTES, s), " ".join(phrases))


def version_pressee(s: Situation) -> str:
    """The one question that matters most, and the promise to write for the rest."""
    cle = next(d for d in PRIORITE if d in s.demandes)
    reste = (
        "Pour le reste, je me permettrai de vous écrire."
        if s.soutenu
        else "Pour le reste, je vous enverrai un petit mot."
    )
    return f"{_enchainer(_amorce(_AMORCES_PRESSEES, s), question(cle, s))} {reste}"


def apres_la_reponse(s: Situation) -> str:
    """Thanks, the motivation restated, and the strength to remember if given."""
    poste = elide("poste de", s.poste)
    if s.soutenu:
        merci = f"Merci beaucoup pour votre franchise{s.adresse}."
        motivation = selon_accord(
            s.accord,
            feminin=f"Je reste très motivée par ce {poste} chez {s.entreprise}.",
            masculin=f"Je reste très motivé par ce {poste} chez {s.entreprise}.",
            neutre=f"Ce {poste} chez {s.entreprise} me motive toujours autant.",
        )
        retenir = f"Si je ne devais vous laisser qu’une chose en tête, ce serait {s.point_fort}."
    else:
        merci = "Merci, c’est vraiment utile pour moi."
        motivation = selon_accord(
            s.accord,
            feminin=f"En tout cas, je suis toujours aussi motivée pour rejoindre {s.entreprise}.",
            masculin=f"En tout cas, je suis toujours aussi motivé pour rejoindre {s.entreprise}.",
            neutre=f"En tout cas, j’ai toujours autant envie de rejoindre {s.entreprise}.",
        )
        retenir = f"Et si vous ne deviez retenir qu’une chose de moi, ce serait {s.point_fort}."
    return " ".join([merci, motivation, *([retenir] if s.point_fort else [])])


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
        f"Remerciez {s.tiers}, même si le retour est difficile à entendre : peu de recruteurs prennent ce temps.",
        "Dans les 24 à 48\u00a0heures, écrivez-lui : remerciez de nouveau, complétez ce qui a manqué "
        "et répondez au point bloquant s’il y en a un.",
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
        Groupe("Vous et le recruteur", (CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM, POSTE, ENTREPRISE)),
        Groupe("L’entretien", (FORMAT, REGISTRE)),
        Groupe("Vos questions", (DEMANDES, POINT_FORT, SUJET)),
    ),
    rendre=rendre,
)
