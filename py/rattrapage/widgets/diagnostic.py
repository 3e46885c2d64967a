"""« Ai-je vraiment raté ? » (point 1 of the article).

The coach's first question is whether the interview really went badly: people
with a strong « Sois parfait » driver judge themselves harder than recruiters do.
So this self-check asks about FACTS the candidate can remember (did the recruiter
describe the next steps, talk about salary, take notes…), never about feelings.

Each answer is a sign that leans towards a successful interview or a failed one,
strongly (±2: the recruiter extended the interview, pictured the candidate in
the job, cut it short) or weakly (±1: routine at this stage, such as a salary
question at screening), or that weighs nothing (0); « je ne sais pas » is a
missing fact, not a bad sign. The weighing lives in small pure functions
(:func:`peser`, :func:`verdict`, :func:`assurance`) tested on a table of answer
sets. The text gives the verdict and the reasons a coach would give (the
telling facts by name, each fact with why it matters; the weak favourable
facts, most of which recruiters give every candidate, listed apart, each with
both its sides) but never recites the arithmetic behind it, and it hedges
(« peut-être », « sans doute ») whenever the facts are few, mostly weak or mixed. With no fact at all it gives no verdict.
The self-judgement question is not a fact; it says how much the candidate's own
reading may darken the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from rattrapage import pages
from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.nombres import compter, en_toutes_lettres
from rattrapage.pages import Page
from rattrapage.typographie import elide, enumerer, franciser, liste, majuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets.profil import CANDIDAT_ACCORD

NSP = "nsp"
_OUI_NON = (Choix("oui", "Oui"), Choix("non", "Non"), Choix(NSP, "Je ne sais pas"))

#: A verdict category: nothing answered yet, too few facts, or where the facts lean.
Categorie = Literal["a_remplir", "incomplet", "plutot_reussi", "partage", "confirme"]
#: How firmly a leaning verdict can be said: ``ferme`` or ``prudent`` (hedged).
Assurance = Literal["ferme", "prudent"]

#: Below this many answered questions, the facts are too few to lean either way.
REPONSES_MINIMUM = 4
#: A firm verdict needs this many answers…
REPONSES_POUR_TRANCHER = 7
#: …and this many strong signs on its side, with at most one weak sign against.
SIGNES_FORTS_POUR_TRANCHER = 2
#: A side leans when its weight exceeds the other's by this much…
ECART_MINIMUM = 3
#: …and is at least this many times as large.
RAPPORT_MINIMUM = 2
#: At most this many « je ne sais pas » are named one by one.
INCONNUS_NOMMES = 4
#: The weight of a strong sign (a weak one weighs 1).
FORT = 2


@dataclass(frozen=True)
class Signe:
    """What one answer means: its weight (−2 to +2), the sentence that says why and
    what it is worth, and for a strong sign a clause that names it in the verdict
    (« l’entretien a duré plus longtemps que prévu »). A weak favourable sign (+1)
    is listed apart from the strong ones, so that an anxious reader does not count
    it as one, and its sentence says both sides: « c’est un bon point, mais… »."""

    poids: int
    constat: str
    resume: str = ""

    @property
    def fort(self) -> bool:
        return abs(self.poids) >= FORT


@dataclass(frozen=True)
class Question:
    """One factual question, the meaning of each answer, what « je ne sais pas »
    leaves unknown (a noun phrase: « la suite du processus ») and the question
    that asks the recruiter for it (by default :data:`DEMANDER_PROFIL`)."""

    champ: Champ
    signes: Mapping[str, Signe]
    inconnu: str
    a_demander: str = ""


def _oui_non(nom: str, label: str, aide: str = "") -> Champ:
    return Champ(nom, label, "radio", choix=_OUI_NON, defaut=NSP, aide=aide)


#: What to ask the recruiter when a fact is missing: how they see the candidate
#: (most facts measure that), what they lacked (the answers), and what comes next.
DEMANDER_PROFIL = "Comment voyez-vous mon profil au regard de ce que vous attendez pour ce poste ?"
DEMANDER_INFORMATIONS = (
    "Y a-t-il des points sur lesquels vous n’avez pas eu toutes les informations que vous attendiez ?"
)
DEMANDER_SUITE = "Quelles sont les prochaines étapes de votre recrutement ?"
#: At most this many of them are suggested.
QUESTIONS_SUGGEREES = 2

#: The pieces of the sentences on the answers: when the candidate could answer every
#: question and none of her answers was weak, the two facts make one line.
TOUTES_LES_QUESTIONS = "Vous avez su répondre à toutes les questions"
AUCUNE_REPONSE_FAIBLE = "Vous ne relevez aucune réponse vraiment faible"
JUGE_LE_FOND = "juge aussi le fond de vos réponses"
AILLEURS = "votre impression d’échec vient peut-être d’ailleurs"
#: Left out when the candidate says she judges herself as others do.
PAR_EXIGENCE = "par exemple de votre exigence envers vous-même"

QUESTIONS: tuple[Question, ...] = (
    Question(
        _oui_non(
            "suite_processus",
            "Le recruteur vous a-t-il décrit la suite du processus ?",
            "Prochaines étapes, délai de réponse, autres personnes à rencontrer.",
        ),
        {
            "oui": Signe(
                1,
                "Le recruteur vous a décrit la suite du processus : c’est plutôt bon signe, mais beaucoup le "
                "font avec chaque candidat ; n’y voyez pas une promesse.",
            ),
            "non": Signe(
                -1,
                "Le recruteur n’a rien dit de la suite du processus : un signe plutôt défavorable, même si "
                "certains ne la précisent qu’ensuite, par écrit.",
            ),
        },
        "la suite du processus",
        DEMANDER_SUITE,
    ),
    Question(
        _oui_non(
            "disponibilite",
            "Vous a-t-on demandé vos disponibilités ou la durée de votre préavis ?",
        ),
        {
            "oui": Signe(
                1,
                "On vous a demandé vos disponibilités ou votre préavis : c’est un bon point, mais la question "
                "est posée à presque tous les candidats.",
            ),
            "non": Signe(
                0,
                "Personne ne vous a demandé vos disponibilités : beaucoup de recruteurs gardent "
                "cette question pour un second entretien.",
            ),
        },
        "vos disponibilités",
    ),
    Question(
        _oui_non(
            "salaire",
            "Avez-vous parlé de rémunération ?",
            "Vos prétentions, la fourchette prévue pour le poste, les avantages.",
        ),
        {
            "oui": Signe(
                1,
                "Vous avez parlé de rémunération : c’est plutôt encourageant, mais à ce stade, c’est une "
                "question de routine, posée à presque tous les candidats.",
            ),
            "non": Signe(
                0,
                "La rémunération n’a pas été abordée : de nombreuses entreprises en parlent "
                "seulement en fin de processus.",
            ),
        },
        "la rémunération",
    ),
    Question(
        Champ(
            "duree",
            "Par rapport à la durée annoncée, l’entretien a-t-il duré…",
            "radio",
            choix=(
                Choix("plus_long", "Plus longtemps que prévu"),
                Choix("prevu", "Le temps prévu"),
                Choix("plus_court", "Moins longtemps que prévu"),
                Choix(NSP, "Je ne sais pas (aucune durée annoncée)"),
            ),
            defaut=NSP,
        ),
        {
            "plus_long": Signe(
                2,
                "L’entretien a duré plus longtemps que prévu : le recruteur a choisi de prolonger l’échange, "
                "sauf s’il avait commencé en retard.",
                "l’entretien a duré plus longtemps que prévu",
            ),
            "prevu": Signe(0, "L’entretien a duré le temps annoncé, ce qui n’indique rien de particulier."),
            "plus_court": Signe(
                -2,
                "L’entretien a été plus court que prévu : c’est un signe à prendre au sérieux, "
                "même si un agenda chargé l’explique parfois.",
                "l’entretien a été plus court que prévu",
            ),
        },
        "la durée de l’entretien par rapport à celle annoncée",
    ),
    Question(
        _oui_non(
            "equipe",
            "Vous a-t-on fait rencontrer des membres de l’équipe ou visiter les locaux ?",
        ),
        {
            "oui": Signe(
                2,
                "On vous a fait rencontrer l’équipe ou visiter les locaux : on prend rarement ce temps "
                "avec une personne qu’on ne compte pas revoir.",
                "on vous a présenté l’équipe ou fait visiter les locaux",
            ),
            "non": Signe(
                0,
                "Vous n’avez vu ni l’équipe ni les locaux : c’est souvent réservé à un entretien ultérieur.",
            ),
        },
        "une rencontre avec l’équipe",
    ),
    Question(
        Champ(
            "reaction_reponse_faible",
            "Quand l’une de vos réponses était faible, comment le recruteur a-t-il réagi ?",
            "radio",
            choix=(
                Choix("aide", "Il a reformulé ou relancé pour m’aider"),
                Choix("froid", "Il est passé à la suite sans rien ajouter"),
                Choix("aucune", "Aucune de mes réponses n’était vraiment faible"),
                Choix(NSP, "Je ne sais pas"),
            ),
            defaut=NSP,
        ),
        {
            "aide": Signe(
                2,
                "Après une réponse faible, le recruteur a reformulé ou relancé : c’est souvent le signe qu’on "
                "veut vous laisser une chance de donner votre meilleure réponse.",
                "le recruteur a reformulé ou relancé pour vous aider après une réponse faible",
            ),
            "froid": Signe(
                -1,
                "Après une réponse faible, le recruteur est passé à la suite sans relancer : un signe "
                "défavorable, à nuancer si l’entretien était très minuté.",
            ),
            "aucune": Signe(0, f"{AUCUNE_REPONSE_FAIBLE} : {AILLEURS}, {PAR_EXIGENCE}."),
        },
        "la réaction du recruteur à vos réponses faibles",
        DEMANDER_INFORMATIONS,
    ),
    Question(
        _oui_non(
            "notes_references",
            "Le recruteur a-t-il pris des notes ou demandé des références ?",
        ),
        {
            "oui": Signe(
                1,
                "On a pris des notes ou demandé vos références : des notes, presque tous les recruteurs en "
                "prennent ; une demande de références, elle, est plutôt bon signe.",
            ),
            "non": Signe(
                0,
                "Le recruteur n’a ni pris de notes ni demandé de références : certains écrivent "
                "tout après l’entretien.",
            ),
        },
        "la prise de notes",
    ),
    Question(
        Champ(
            "questions_sans_reponse",
            "Combien de fois n’avez-vous pas su répondre à une question ?",
            "radio",
            choix=(
                Choix("aucune", "Jamais"),
                Choix("une", "Une fois"),
                Choix("quelques", "Deux ou trois fois"),
                Choix("souvent", "Plus de trois fois"),
                Choix(NSP, "Je ne sais pas"),
            ),
            defaut=NSP,
        ),
        {
            "aucune": Signe(
                1,
                f"{TOUTES_LES_QUESTIONS} : c’est un bon point, même si le recruteur {JUGE_LE_FOND}.",
            ),
            "une": Signe(
                0,
                "Il n’y a qu’une question à laquelle vous n’avez pas su répondre : cela arrive dans presque "
                "tous les entretiens.",
            ),
            "quelques": Signe(
                -1,
                "Vous n’avez pas su répondre à deux ou trois questions : c’est un point faible, que le reste "
                "de l’entretien peut compenser.",
            ),
            "souvent": Signe(
                -2,
                "Vous n’avez pas su répondre à plus de trois questions : c’est là que la préparation "
                "fera la différence la prochaine fois.",
                "vous n’avez pas su répondre à plus de trois questions",
            ),
        },
        "le nombre de questions auxquelles vous n’avez pas su répondre",
        DEMANDER_INFORMATIONS,
    ),
    Question(
        _oui_non(
            "vos_questions",
            "Avez-vous pu poser vos propres questions à la fin ?",
        ),
        {
            "oui": Signe(
                1,
                "Vous avez pu poser vos questions à la fin : l’entretien est allé à son terme, ce qui est bon "
                "signe, même si la plupart des recruteurs laissent ce temps à chaque candidat.",
            ),
            "non": Signe(
                -1,
                "L’entretien s’est terminé sans que vous puissiez poser vos questions : c’est inhabituel, "
                "sauf si le temps manquait.",
            ),
        },
        "la place laissée à vos questions",
    ),
    Question(
        _oui_non(
            "projection",
            "Le recruteur s’est-il projeté avec vous dans le poste ?",
            "Des phrases comme « vous travailleriez avec… » ou « quand vous arriverez… ».",
        ),
        {
            "oui": Signe(
                2,
                "Le recruteur a parlé de votre arrivée comme d’une hypothèse concrète : il vous voyait déjà "
                "dans le poste, ce que beaucoup évitent tant qu’ils hésitent.",
                "le recruteur s’est projeté avec vous dans le poste",
            ),
            "non": Signe(
                0,
                "Le recruteur ne s’est pas projeté avec vous dans le poste : certains s’en gardent "
                "par principe jusqu’à la décision.",
            ),
        },
        "la façon dont le recruteur vous voit dans le poste",
    ),
)

JUGEMENT = Champ(
    "jugement_habituel",
    "Après un examen ou une présentation, comment jugez-vous d’habitude votre performance ?",
    "radio",
    choix=(
        Choix("plus_severe", "Plus sévèrement que les autres ne la jugent"),
        Choix("comme_autres", "Comme les autres la jugent"),
        Choix(NSP, "Je ne sais pas"),
    ),
    defaut=NSP,
    aide="Pensez à un examen que vous pensiez avoir raté et qui était réussi, "
    "ou à une présentation que l’on vous a dite bonne alors que vous en doutiez.",
)


# --- The weighing: pure functions on answers, tested on a table ---------------------------


@dataclass(frozen=True)
class Pesee:
    """The answers sorted by meaning (question names, in questionnaire order), with
    the weight of each side and its strong signs."""

    pour: tuple[str, ...]
    contre: tuple[str, ...]
    neutres: tuple[str, ...]
    inconnus: tuple[str, ...]
    poids_pour: int = 0
    poids_contre: int = 0
    forts_pour: tuple[str, ...] = ()
    forts_contre: tuple[str, ...] = ()

    @property
    def repondues(self) -> int:
        return len(self.pour) + len(self.contre) + len(self.neutres)


def signe_de(question: Question, reponse: object) -> Signe | None:
    """The meaning of one answer; ``None`` for « je ne sais pas » or anything unexpected."""
    if not isinstance(reponse, str):
        return None
    return question.signes.get(reponse)


def peser(reponses: Mapping[str, object]) -> Pesee:
    """Sort every factual question by what its answer means, and weigh each side."""
    pour: list[str] = []
    contre: list[str] = []
    neutres: list[str] = []
    inconnus: list[str] = []
    poids_pour = poids_contre = 0
    forts_pour: list[str] = []
    forts_contre: list[str] = []
    for question in QUESTIONS:
        nom = question.champ.nom
        signe = signe_de(question, reponses.get(nom))
        if signe is None:
            inconnus.append(nom)
        elif signe.poids > 0:
            pour.append(nom)
            poids_pour += signe.poids
            if signe.fort:
                forts_pour.append(nom)
        elif signe.poids < 0:
            contre.append(nom)
            poids_contre -= signe.poids
            if signe.fort:
                forts_contre.append(nom)
        else:
            neutres.append(nom)
    return Pesee(
        tuple(pour),
        tuple(contre),
        tuple(neutres),
        tuple(inconnus),
        poids_pour,
        poids_contre,
        tuple(forts_pour),
        tuple(forts_contre),
    )


def _l_emporte(cote: int, autre: int) -> bool:
    """One side leans when it is clearly heavier: by a margin, and by a ratio."""
    return cote - autre >= ECART_MINIMUM and cote >= RAPPORT_MINIMUM * autre


def verdict(pesee: Pesee) -> Categorie:
    """Where the facts lean, from their weights alone (the self-judgement is not a fact)."""
    if pesee.repondues == 0:
        return "a_remplir"
    if pesee.repondues < REPONSES_MINIMUM:
        return "incomplet"
    if _l_emporte(pesee.poids_pour, pesee.poids_contre):
        return "plutot_reussi"
    if _l_emporte(pesee.poids_contre, pesee.poids_pour):
        return "confirme"
    return "partage"


def assurance(pesee: Pesee) -> Assurance:
    """Firm only with enough answers, several strong signs on the winning side and at
    most one weak sign against it; otherwise the text hedges. Only a leaning verdict
    is firm."""
    categorie = verdict(pesee)
    if categorie not in ("plutot_reussi", "confirme") or pesee.repondues < REPONSES_POUR_TRANCHER:
        return "prudent"
    gagnants, contraire = (
        (pesee.forts_pour, pesee.poids_contre)
        if categorie == "plutot_reussi"
        else (pesee.forts_contre, pesee.poids_pour)
    )
    return "ferme" if len(gagnants) >= SIGNES_FORTS_POUR_TRANCHER and contraire <= 1 else "prudent"


# --- The text --------------------------------------------------------------------------------

_PAR_NOM = {q.champ.nom: q for q in QUESTIONS}


def _signes(noms: tuple[str, ...], reponses: Mapping[str, object]) -> list[Signe]:
    sortie = []
    for nom in noms:
        signe = signe_de(_PAR_NOM[nom], reponses.get(nom))
        if signe is not None:
            sortie.append(signe)
    return sortie


_LE_RECRUTEUR = "le recruteur "


def _le_plus_parlant(noms: tuple[str, ...], reponses: Mapping[str, object]) -> str:
    """« Le plus parlant, c’est que l’entretien a duré plus longtemps que prévu et
    que le recruteur… »: the recruiter is named once, then « il »."""
    propositions = []
    nomme = False
    for resume in (s.resume for s in _signes(noms, reponses) if s.resume):
        if resume.startswith(_LE_RECRUTEUR):
            if nomme:
                resume = "il " + resume.removeprefix(_LE_RECRUTEUR)
            nomme = True
        propositions.append(elide("que", resume))
    return f"Le plus parlant, c’est {enumerer(propositions)}." if propositions else ""


_TITRES: dict[tuple[Categorie, Assurance], str] = {
    ("a_remplir", "prudent"): "Pas de verdict pour l’instant : il faut des faits.",
    ("incomplet", "prudent"): "Verdict provisoire : trop peu de faits pour trancher.",
    ("plutot_reussi", "ferme"): "Verdict : cet entretien s’est sans doute mieux passé que vous ne le pensez.",
    ("plutot_reussi", "prudent"): "Verdict : cet entretien s’est peut-être mieux passé que vous ne le pensez.",
    ("partage", "prudent"): "Verdict : impossible de trancher sur ces seuls faits.",
    ("confirme", "ferme"): "Verdict : les faits vont dans le sens de votre impression.",
    ("confirme", "prudent"): "Verdict : votre impression est peut-être juste, sans que les faits suffisent "
    "à l’affirmer.",
}


def _pourquoi(pesee: Pesee, categorie: Categorie, ferme: bool, reponses: Mapping[str, object]) -> str:
    """The reasons, as a coach would give them: the telling facts by name, and how sure
    one can be. Never the arithmetic."""
    if categorie == "a_remplir":
        return (
            "Répondez aux questions avec ce dont vous vous souvenez : ce que le recruteur a dit de "
            "la suite, la durée de l’entretien, sa réaction à vos réponses. Si rien ne vous revient, ce n’est "
            "pas un mauvais signe : sous le stress, on retient mal les détails. Votre impression d’échec, elle, "
            "n’est pas un fait."
        )
    if categorie == "incomplet":
        if pesee.poids_pour > pesee.poids_contre:
            sens = "va peut-être dans le sens d’un entretien réussi"
        elif pesee.poids_contre > pesee.poids_pour:
            sens = "va peut-être dans le sens de votre impression"
        else:
            sens = "ne penche d’aucun côté"
        return (
            f"Vous n’avez répondu qu’à {compter(pesee.repondues, 'question', feminin=True)} sur "
            f"{en_toutes_lettres(len(QUESTIONS), feminin=True)}. "
            f"Ce que vous avez noté {sens}, mais un seul fait de plus pourrait tout changer : "
            "complétez le questionnaire si d’autres détails vous reviennent."
        )
    if categorie == "partage":
        if pesee.pour and pesee.contre:
            debut = "Certains faits plaident pour vous, d’autres contre, et aucun côté ne l’emporte nettement."
        else:
            debut = (
                "Ce que vous décrivez ressemble surtout à un entretien ordinaire, sans signe net dans un sens ou "
                "dans l’autre."
            )
        return f"{debut} Votre impression est peut-être juste, peut-être trop sévère : seul le recruteur peut le dire."
    parlant = _le_plus_parlant(pesee.forts_pour if categorie == "plutot_reussi" else pesee.forts_contre, reponses)
    if categorie == "plutot_reussi":
        if ferme:
            suite = "Ce sont des signes qu’un recruteur donne rarement à une candidature qu’il a déjà écartée."
            contre = (
                "Le seul fait en sens inverse pèse peu."
                if pesee.contre
                else "Rien, dans ce que vous décrivez, ne plaide contre vous."
            )
            return _phrases(parlant, suite, contre)
        reserves = []
        if not pesee.forts_pour:
            reserves.append("ce sont des signes ordinaires, que beaucoup de recruteurs donnent à tous")
        elif len(pesee.forts_pour) < SIGNES_FORTS_POUR_TRANCHER:
            reserves.append("les autres signes sont plus ordinaires")
        if pesee.contre:
            reserves.append("quelques faits vont en sens inverse")
        if len(pesee.inconnus) >= 2:
            reserves.append(f"{compter(len(pesee.inconnus), 'fait')} vous manquent")
        reserve = f"Mais {enumerer(reserves)} : ce" if reserves else "Ce"
        return _phrases(
            "Ce que vous décrivez est plutôt encourageant.", parlant, f"{reserve} n’est pas encore une certitude."
        )
    # confirme
    if ferme:
        return _phrases(
            parlant,
            "Le seul fait en votre faveur pèse peu en comparaison." if len(pesee.pour) == 1 else "",
            "Les faits en votre faveur pèsent peu en comparaison." if len(pesee.pour) > 1 else "",
            "Rien de tout cela ne remet en cause vos compétences : ce jour-là, l’entretien ne vous a pas "
            "permis de les montrer, et cela se travaille.",
        )
    reserves = []
    if not pesee.forts_contre:
        reserves.append("ce sont des signes faibles, chacun explicable autrement")
    elif len(pesee.forts_contre) < SIGNES_FORTS_POUR_TRANCHER:
        reserves.append("les autres signes sont plus faibles")
    if pesee.pour:
        reserves.append("d’autres faits plaident pour vous")
    if len(pesee.inconnus) >= 2:
        reserves.append(f"{compter(len(pesee.inconnus), 'fait')} vous manquent")
    reserve = f"Mais {enumerer(reserves)} : l’entretien" if reserves else "L’entretien"
    return _phrases(
        "Plusieurs faits vont dans le sens de votre impression.",
        parlant,
        f"{reserve} s’est peut-être moins mal passé que vous ne le croyez.",
    )


def _phrases(*phrases: str) -> str:
    """Sentences of one paragraph, the empty ones left out."""
    return " ".join(p for p in phrases if p)


def _constats(pesee: Pesee, categorie: Categorie, reponses: Mapping[str, object]) -> list[str]:
    """The strong facts for, the weak ones for apart, those against, and those that
    weigh nothing, each under its heading; when the facts confirm the candidate's
    impression, those against come first."""

    fusion = all(reponses.get(nom) == "aucune" for nom in _SANS_FAIBLESSE)

    def constats(noms: tuple[str, ...], garder: Callable[[Signe], bool] = lambda s: True) -> list[str]:
        signes = sorted(
            ((nom, s) for nom in noms if (s := signe_de(_PAR_NOM[nom], reponses.get(nom))) and garder(s)),
            key=lambda paire: -abs(paire[1].poids),
        )
        return [
            _constat(nom, signe, fusion, reponses.get(JUGEMENT.nom))
            for nom, signe in signes
            if not (fusion and nom == _SANS_FAIBLESSE[0])
        ]

    favorables = [
        ("Ce qui plaide pour un entretien réussi :", constats(pesee.pour, lambda s: s.fort)),
        ("Des signes favorables, mais faibles :", constats(pesee.pour, lambda s: not s.fort)),
    ]
    contre = [("Ce qui va dans le sens de votre impression :", constats(pesee.contre))]
    listes = [
        *(contre + favorables if categorie == "confirme" else favorables + contre),
        ("Ce qui ne dit rien dans un sens ou dans l’autre :", constats(pesee.neutres)),
    ]
    return [liste(titre, lignes) for titre, lignes in listes if lignes]


#: « Aucune réponse vraiment faible » and « su répondre à toutes les questions »: said
#: together in one line, under the weak favourable signs, when both are answered.
_SANS_FAIBLESSE = ("reaction_reponse_faible", "questions_sans_reponse")


def _constat(nom: str, signe: Signe, fusion: bool, jugement: object) -> str:
    """The sentence of one fact. Where the impression of failure may come from is
    said without « par exemple de votre exigence… » when the candidate judges
    herself as others do."""
    ailleurs = AILLEURS if jugement == "comme_autres" else f"{AILLEURS}, {PAR_EXIGENCE}"
    if fusion and nom == _SANS_FAIBLESSE[1]:
        return (
            f"{TOUTES_LES_QUESTIONS}, et aucune de vos réponses n’était vraiment faible : c’est un bon "
            f"point, même si le recruteur {JUGE_LE_FOND}. {majuscule(ailleurs)}."
        )
    if nom == _SANS_FAIBLESSE[0] and signe.poids == 0:
        return f"{AUCUNE_REPONSE_FAIBLE} : {ailleurs}."
    return signe.constat


def _inconnus(pesee: Pesee) -> str:
    """What the « je ne sais pas » answers mean: missing facts that feedback can bring."""
    if pesee.repondues == 0 or not pesee.inconnus:
        return ""
    manques = [_PAR_NOM[nom].inconnu for nom in pesee.inconnus]
    if len(manques) == 1:
        debut = (
            f"Vous avez répondu « je ne sais pas » sur un point : {manques[0]}. Ce n’est pas un mauvais "
            "signe, c’est un fait qui vous manque. Inutile de chercher à le reconstituer"
        )
    else:
        # Up to four missing facts are named; beyond, the list would bury the advice.
        quels = (
            f" : {enumerer(manques)}"
            if len(manques) <= INCONNUS_NOMMES
            else f" sur {en_toutes_lettres(len(QUESTIONS))}"
        )
        debut = (
            f"Vous avez répondu « je ne sais pas » sur {compter(len(manques), 'point')}{quels}. "
            "Ce ne sont pas de mauvais signes, ce sont des faits qui vous manquent. Inutile de chercher à les "
            "reconstituer"
        )
    a_demander = [
        q for q in _A_DEMANDER if q in {_PAR_NOM[nom].a_demander or DEMANDER_PROFIL for nom in pesee.inconnus}
    ]
    exemples = " ou ".join(f"« {q} »" for q in a_demander[:QUESTIONS_SUGGEREES])
    return f"{debut} : le retour du recruteur vous en dira davantage. Demandez-lui par exemple : {exemples}"


#: The questions to ask, most useful first.
_A_DEMANDER = (DEMANDER_PROFIL, DEMANDER_INFORMATIONS, DEMANDER_SUITE)


_SOIS_PARFAIT = (
    "Avec le driver « Sois parfait », une notion de l’analyse transactionnelle, certaines personnes "
    "placent la barre bien plus haut que leurs interlocuteurs : pour elles, ce n’est jamais assez bien. "
    "Elles sortent d’un entretien correct avec le sentiment d’avoir échoué."
)


def _regard_perfectionniste(jugement: object, categorie: Categorie, ferme: bool, accord: str | None) -> str:
    """How the candidate's usual self-judgement may colour the verdict."""
    if jugement == "plus_severe":
        exigeant = selon_accord(
            accord,
            feminin="Vous êtes peut-être plus exigeante envers vous-même que le recruteur ne l’a été.",
            masculin="Vous êtes peut-être plus exigeant envers vous-même que le recruteur ne l’a été.",
            neutre="Votre exigence envers vous-même dépasse peut-être celle du recruteur.",
        )
        effets: dict[Categorie, str] = {
            "plutot_reussi": "Ici, les faits vont plutôt à l’encontre de votre impression : c’est "
            "peut-être ce driver qui parle."
            if ferme
            else "Ici, les faits ne confirment pas votre impression : c’est peut-être ce driver qui parle.",
            "partage": "Quand les faits ne tranchent pas, ce driver fait pencher vers le pire : donnez aux "
            "signes favorables autant de poids qu’aux autres.",
            "confirme": "Même si les faits vont dans le sens de votre impression, votre regard en grossit "
            "peut-être la portée : un entretien moyen n’est pas un désastre.",
            "incomplet": "Tant que les faits manquent, c’est ce regard sévère qui remplit les vides : méfiez-vous-en.",
            "a_remplir": "Répondez aux questions en vous en tenant aux faits, sans les interpréter.",
        }
        return (
            f"Vous dites juger vos performances plus sévèrement que les autres ne les jugent. {_SOIS_PARFAIT} "
            f"{exigeant} {effets[categorie]}"
        )
    if jugement == "comme_autres":
        return (
            "Vous dites vous juger comme les autres vous jugent, ni plus ni moins sévèrement : votre impression "
            "n’est sans doute pas faussée par le perfectionnisme. Elle reste une impression : fiez-vous d’abord "
            "aux faits et au retour du recruteur."
        )
    filtre = (
        "Si oui, gardez-le en tête en répondant aux questions."
        if categorie == "a_remplir"
        else "Si oui, relisez ce verdict avec ce filtre."
    )
    return (
        f"Un mot sur le perfectionnisme. {_SOIS_PARFAIT} Posez-vous la question : après un examen "
        f"ou une présentation, vos résultats ont-ils souvent été meilleurs que ce que vous pensiez ? {filtre}"
    )


@dataclass(frozen=True)
class Etape:
    """A next step: why, then the page that helps (its name and relative path)."""

    pourquoi: str
    page: Page

    def texte(self) -> str:
        return f"{self.pourquoi}\n{self.page.lien}"


_REMERCIER = Etape(
    "Remerciez le recruteur par écrit, au calme, dans les deux jours qui suivent l’entretien : tous les "
    "candidats ne prennent pas cette peine.",
    pages.ECRIRE,
)


_RELANCER = Etape(
    "Sans nouvelles à la date annoncée, ou au bout d’une semaine à dix jours si aucune date n’a "
    "été donnée, relancez poliment.",
    pages.RELANCER,
)


def etapes(categorie: Categorie) -> tuple[Etape, ...]:
    """What to do next, in order, for each verdict."""
    if categorie == "plutot_reussi":
        return (
            _REMERCIER,
            _RELANCER,
            Etape(
                "Si la réponse tarde ou si elle est négative, demandez un retour sur votre candidature.",
                pages.FEEDBACK,
            ),
        )
    if categorie == "confirme":
        return (
            Etape(
                "Écrivez au recruteur pour compléter ce que vous n’avez pas pu dire : "
                "un entretien difficile se rattrape parfois par écrit.",
                pages.ECRIRE,
            ),
            Etape(
                "Listez ce qui n’a pas marché et travaillez-le : cet entretien devient ainsi le brouillon du prochain.",
                pages.REBONDIR,
            ),
            _RELANCER,
            Etape("En cas de refus, demandez ce qui a manqué : c’est le moyen le plus sûr de savoir.", pages.FEEDBACK),
            Etape(
                "Après un refus, si vous étiez deux en fin de sélection, une carte reste à jouer : recontacter "
                "le recruteur à la fin de la période d’essai de la personne retenue.",
                pages.CHALLENGER,
            ),
        )
    if categorie == "partage":
        return (
            Etape("Seul le recruteur peut départager ces signaux : demandez-lui un feed-back.", pages.FEEDBACK),
            Etape("Écrivez-lui aussi pour ajouter ce que vous n’avez pas dit pendant l’entretien.", pages.ECRIRE),
            Etape(
                "Au prochain entretien, osez dire sur le moment ce que vous en pensez : "
                "vous repartirez avec moins de doutes.",
                pages.DIRE,
            ),
        )
    if categorie == "incomplet":
        return (
            Etape("Les faits qui vous manquent, le recruteur les a : demandez-lui un feed-back.", pages.FEEDBACK),
            Etape("Quel que soit le verdict, un message de remerciement laisse une bonne impression.", pages.ECRIRE),
        )
    return (
        Etape(
            "Le feed-back du recruteur reste le moyen le plus sûr de savoir où vous en êtes.",
            pages.FEEDBACK,
        ),
        Etape("Dans tous les cas, un message de remerciement laisse une bonne impression.", pages.ECRIRE),
    )


def rendre(valeurs: Valeurs) -> Rendu:
    """The verdict, its reasons, the facts behind it, the perfectionist filter and the next steps."""
    pesee = peser(valeurs)
    categorie = verdict(pesee)
    ferme = assurance(pesee) == "ferme"
    blocs = [
        _TITRES[(categorie, "ferme" if ferme else "prudent")],
        _pourquoi(pesee, categorie, ferme, valeurs),
        *_constats(pesee, categorie, valeurs),
        _inconnus(pesee),
        _regard_perfectionniste(valeurs.get(JUGEMENT.nom), categorie, ferme, _saisie.accord(valeurs)),
        "Et maintenant ?\n\n" + "\n\n".join(e.texte() for e in etapes(categorie)),
    ]
    return Rendu(franciser("\n\n".join(b for b in blocs if b)))


WIDGET = Widget(
    id="diagnostic",
    titre="Ai-je vraiment raté ?",
    description=f"{en_toutes_lettres(len(QUESTIONS), feminin=True).capitalize()} questions sur des faits, pas sur "
    "vos impressions, une sur votre regard sur vous-même, et un avis argumenté.",
    groupes=(
        Groupe("Vous", (CANDIDAT_ACCORD,)),
        Groupe("Ce que le recruteur a dit", tuple(q.champ for q in QUESTIONS[:3])),
        Groupe("Le déroulement de l’entretien", tuple(q.champ for q in QUESTIONS[3:])),
        Groupe("Votre regard sur vous-même", (JUGEMENT,)),
    ),
    rendre=rendre,
)
