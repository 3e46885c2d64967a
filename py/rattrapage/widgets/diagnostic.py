"""« Ai-je vraiment raté ? » (point 1 of the article).

The coach's first question is whether the interview really went badly: people
with a strong « Sois parfait » driver judge themselves harder than recruiters do.
So this self-check asks about FACTS the candidate can remember (did the recruiter
describe the next steps, talk about salary, take notes…), never about feelings,
and weighs them in the open.

Each answer becomes one short observation that leans towards a successful
interview (+1), towards a failed one (−1), or neither (0); « je ne sais pas » is a
missing fact, not a bad sign. The weighing lives in small pure functions
(:func:`peser`, :func:`verdict`) so the rule can be tested on a table of answer
sets and stated in the output in plain words: a verdict is never shown without
the facts and the rule behind it. The self-judgement question does not count as
a sign; it says how much the candidate's own reading may darken the picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rattrapage import pages
from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.nombres import en_toutes_lettres
from rattrapage.pages import Page
from rattrapage.typographie import franciser, majuscule
from rattrapage.widgets.profil import CANDIDAT_ACCORD

NSP = "nsp"
_OUI_NON = (Choix("oui", "Oui"), Choix("non", "Non"), Choix(NSP, "Je ne sais pas"))

#: A verdict category: nothing answered yet, too few facts, or where the facts lean.
Categorie = Literal["a_remplir", "incomplet", "plutot_reussi", "partage", "confirme"]

#: Below this many answered questions, the facts are too few to lean either way.
REPONSES_MINIMUM = 4
#: A side wins when it has at least this many more signs than the other…
ECART_MINIMUM = 2
#: …and at least this many times as many.
RAPPORT_MINIMUM = 2


@dataclass(frozen=True)
class Signe:
    """What one answer means: its weight (+1, 0, −1) and the sentence that says why."""

    poids: int
    constat: str


@dataclass(frozen=True)
class Question:
    """One factual question, the meaning of each answer, and what « je ne sais pas »
    leaves unknown (a noun phrase: « la suite du processus »)."""

    champ: Champ
    signes: Mapping[str, Signe]
    inconnu: str


def _oui_non(nom: str, label: str, aide: str = "") -> Champ:
    return Champ(nom, label, "radio", choix=_OUI_NON, defaut=NSP, aide=aide)


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
                "Le recruteur vous a décrit la suite du processus : on prend rarement ce temps "
                "avec une candidature déjà écartée.",
            ),
            "non": Signe(-1, "Le recruteur n’a rien dit de la suite du processus."),
        },
        "la suite du processus",
    ),
    Question(
        _oui_non(
            "disponibilite",
            "Vous a-t-on demandé vos disponibilités ou la durée de votre préavis ?",
        ),
        {
            "oui": Signe(
                1,
                "On vous a demandé vos disponibilités ou votre préavis : c’est la question "
                "de quelqu’un qui imagine déjà une date d’arrivée.",
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
                "Vous avez parlé de rémunération : on discute rarement salaire avec une personne "
                "qu’on n’envisage pas d’embaucher.",
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
                1,
                "L’entretien a débordé sur l’horaire prévu : le recruteur a choisi de prolonger l’échange.",
            ),
            "prevu": Signe(0, "L’entretien a duré le temps annoncé, ce qui n’indique rien de particulier."),
            "plus_court": Signe(
                -1,
                "L’entretien a été plus court que prévu : c’est un signe à prendre au sérieux, "
                "même si un agenda chargé l’explique parfois.",
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
                1,
                "On vous a fait rencontrer l’équipe ou visiter les locaux : on ne montre pas "
                "les lieux à une personne qu’on a déjà rayée de la liste.",
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
                1,
                "Après une réponse faible, le recruteur a reformulé ou relancé : on fait cet effort "
                "quand on veut entendre la meilleure réponse d’une personne.",
            ),
            "froid": Signe(-1, "Après une réponse faible, le recruteur est passé à la suite sans relancer."),
            "aucune": Signe(
                0,
                "Vous ne relevez aucune réponse vraiment faible : votre impression d’échec vient "
                "peut-être d’ailleurs que de vos réponses.",
            ),
        },
        "la réaction du recruteur à vos réponses faibles",
    ),
    Question(
        _oui_non(
            "notes_references",
            "Le recruteur a-t-il pris des notes ou demandé des références ?",
        ),
        {
            "oui": Signe(
                1,
                "Le recruteur a pris des notes ou demandé des références : il constitue un dossier pour la suite.",
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
            "aucune": Signe(1, "Vous avez répondu à toutes les questions."),
            "une": Signe(
                0,
                "Une seule question est restée sans réponse : cela arrive dans presque tous les entretiens.",
            ),
            "quelques": Signe(-1, "Deux ou trois questions sont restées sans réponse."),
            "souvent": Signe(
                -1,
                "Plus de trois questions sont restées sans réponse : c’est là que la préparation "
                "fera la différence la prochaine fois.",
            ),
        },
        "le nombre de questions restées sans réponse",
    ),
    Question(
        _oui_non(
            "vos_questions",
            "Avez-vous pu poser vos propres questions à la fin ?",
        ),
        {
            "oui": Signe(
                1,
                "Vous avez pu poser vos questions à la fin : l’entretien s’est déroulé jusqu’au bout, comme prévu.",
            ),
            "non": Signe(-1, "L’entretien s’est terminé sans que vous puissiez poser vos questions."),
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
                1,
                "Le recruteur a parlé de votre arrivée comme d’une hypothèse concrète : "
                "il s’est projeté avec vous dans le poste.",
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
    """The answers sorted by meaning (question names, in questionnaire order)."""

    pour: tuple[str, ...]
    contre: tuple[str, ...]
    neutres: tuple[str, ...]
    inconnus: tuple[str, ...]

    @property
    def repondues(self) -> int:
        return len(self.pour) + len(self.contre) + len(self.neutres)


def signe_de(question: Question, reponse: object) -> Signe | None:
    """The meaning of one answer; ``None`` for « je ne sais pas » or anything unexpected."""
    if not isinstance(reponse, str):
        return None
    return question.signes.get(reponse)


def peser(reponses: Mapping[str, object]) -> Pesee:
    """Sort every factual question by what its answer means."""
    pour: list[str] = []
    contre: list[str] = []
    neutres: list[str] = []
    inconnus: list[str] = []
    for question in QUESTIONS:
        nom = question.champ.nom
        signe = signe_de(question, reponses.get(nom))
        if signe is None:
            inconnus.append(nom)
        elif signe.poids > 0:
            pour.append(nom)
        elif signe.poids < 0:
            contre.append(nom)
        else:
            neutres.append(nom)
    return Pesee(tuple(pour), tuple(contre), tuple(neutres), tuple(inconnus))


def _l_emporte(cote: int, autre: int) -> bool:
    """One side wins when it is clearly ahead: by two signs at least, and twice as many."""
    return cote - autre >= ECART_MINIMUM and cote >= RAPPORT_MINIMUM * autre


def verdict(pesee: Pesee) -> Categorie:
    """Where the facts lean, from the counts alone (the self-judgement is not a fact)."""
    if pesee.repondues == 0:
        return "a_remplir"
    if pesee.repondues < REPONSES_MINIMUM:
        return "incomplet"
    pour, contre = len(pesee.pour), len(pesee.contre)
    if _l_emporte(pour, contre):
        return "plutot_reussi"
    if _l_emporte(contre, pour):
        return "confirme"
    return "partage"


# --- The text --------------------------------------------------------------------------------

_TITRES: dict[Categorie, str] = {
    "a_remplir": "Votre verdict s’affichera ici dès vos premières réponses.",
    "incomplet": "Verdict : il manque trop de faits pour trancher.",
    "plutot_reussi": "Verdict : les signes concrets penchent plutôt vers un entretien réussi.",
    "partage": "Verdict : les signaux sont partagés.",
    "confirme": "Verdict : plusieurs signes concrets confirment votre impression.",
}

_REGLE = "un côté l’emporte quand il compte au moins deux fois plus de signes que l’autre, et au moins deux de plus"


def _application_de_la_regle(pesee: Pesee, categorie: Categorie) -> str:
    """The rule, said about this very count (« trois contre deux : l’écart est trop faible »)."""
    pour, contre = len(pesee.pour), len(pesee.contre)
    if categorie == "a_remplir":
        return (
            f"La règle : {_REGLE} ; sinon, les signaux sont partagés. Avec moins de "
            f"{en_toutes_lettres(REPONSES_MINIMUM, feminin=True)} réponses, il n’y a pas de quoi trancher."
        )
    if categorie == "incomplet":
        return (
            f"C’est trop peu pour trancher, même si les signes penchent d’un côté : il faut au moins "
            f"{en_toutes_lettres(REPONSES_MINIMUM, feminin=True)} réponses."
        )
    if categorie == "partage":
        return f"L’écart est trop faible pour trancher : {_REGLE}."
    gagnant, perdant = (pour, contre) if categorie == "plutot_reussi" else (contre, pour)
    return (
        f"{majuscule(en_toutes_lettres(gagnant))} contre {en_toutes_lettres(perdant)} : l’écart est net, car {_REGLE}."
    )


def _signes(n: int, vers: str) -> str:
    """« trois signes penchent vers un entretien réussi », « un signe penche… »."""
    if n == 0:
        return f"aucun signe ne penche {vers}"
    pluriel = "s" if n > 1 else ""
    verbe = "penchent" if n > 1 else "penche"
    return f"{en_toutes_lettres(n)} signe{pluriel} {verbe} {vers}"


def _comptes(pesee: Pesee, categorie: Categorie) -> str:
    """The count, always with what it means and the rule that turns it into a verdict."""
    total = len(QUESTIONS)
    repondues = pesee.repondues
    if repondues == 0:
        return (
            f"Répondez aux {en_toutes_lettres(total)} questions de faits du questionnaire, puis à celle sur "
            "votre façon de vous juger. La méthode : chaque réponse devient un constat qui penche vers "
            "un entretien réussi, vers un entretien raté, ou d’aucun côté ; un « je ne sais pas » ne compte "
            "ni pour ni contre, c’est un fait qui vous manque. " + _application_de_la_regle(pesee, categorie)
        )
    sur = (
        "Vous avez répondu à toutes les questions de faits."
        if repondues == total
        else f"Sur les {en_toutes_lettres(total)} questions de faits, vous avez pu répondre à "
        f"{en_toutes_lettres(repondues, feminin=True)}."
    )
    morceaux = [_signes(len(pesee.pour), "vers un entretien réussi"), _signes(len(pesee.contre), "vers un échec")]
    neutres = len(pesee.neutres)
    if neutres:
        accord = "ne penchent" if neutres > 1 else "ne penche"
        morceaux.append(f"{en_toutes_lettres(neutres)} {accord} d’aucun côté")
    detail = f"{majuscule(', '.join(morceaux[:-1]))} et {morceaux[-1]}."
    fragile = ""
    if REPONSES_MINIMUM <= repondues <= total // 2:
        fragile = (
            f" Avec {en_toutes_lettres(repondues, feminin=True)} réponses seulement, "
            "ce verdict reste fragile : les faits qui vous manquent pourraient le changer."
        )
    return f"{sur} {detail} {_application_de_la_regle(pesee, categorie)}{fragile}"


def _liste(titre: str, lignes: list[str]) -> str:
    return "\n".join([titre, *(f"–\u00a0{ligne}" for ligne in lignes)])


def _constats(pesee: Pesee, reponses: Mapping[str, object]) -> list[str]:
    """The facts for and against (and those that weigh nothing), one sentence each."""
    par_nom = {q.champ.nom: q for q in QUESTIONS}

    def phrases(noms: tuple[str, ...]) -> list[str]:
        sortie = []
        for nom in noms:
            signe = signe_de(par_nom[nom], reponses.get(nom))
            if signe is not None:
                sortie.append(signe.constat)
        return sortie

    blocs = []
    if pesee.pour:
        blocs.append(_liste("Ce qui plaide pour un entretien réussi :", phrases(pesee.pour)))
    if pesee.contre:
        blocs.append(_liste("Ce qui plaide pour un entretien raté :", phrases(pesee.contre)))
    if pesee.neutres:
        blocs.append(_liste("Ce qui ne penche d’aucun côté :", phrases(pesee.neutres)))
    return blocs


def _inconnus(pesee: Pesee) -> str:
    """What the « je ne sais pas » answers mean: missing facts that feedback can bring."""
    if pesee.repondues == 0 or not pesee.inconnus:
        return ""
    par_nom = {q.champ.nom: q for q in QUESTIONS}
    manques = [par_nom[nom].inconnu for nom in pesee.inconnus]
    n = len(manques)
    if n == 1:
        debut = (
            f"Vous avez répondu « je ne sais pas » sur un point : {manques[0]}. Ce n’est pas un mauvais "
            "signe, c’est un fait qui vous manque. Plutôt que de le deviner"
        )
    else:
        debut = (
            f"Vous avez répondu « je ne sais pas » sur {en_toutes_lettres(n)} points : "
            f"{', '.join(manques[:-1])} et {manques[-1]}. Ce ne sont pas de mauvais signes, ce sont des "
            "faits qui vous manquent. Plutôt que de les deviner"
        )
    return (
        f"{debut}, demandez un feed-back : le recruteur est le seul à savoir ce que ces moments "
        "ont pesé. Deux questions suffisent souvent : « Y a-t-il des points sur lesquels vous n’avez pas "
        "eu toutes les informations attendues ? Y a-t-il, à ce stade, un point bloquant pour vous ? »"
    )


_SOIS_PARFAIT = (
    "Avec le driver « Sois parfait », une notion de l’analyse transactionnelle, certaines personnes "
    "placent la barre bien plus haut que leurs interlocuteurs : pour elles, « c’est jamais assez bien ». "
    "Elles sortent d’un entretien correct avec le sentiment d’avoir échoué."
)


def _regard_perfectionniste(jugement: object, categorie: Categorie, accord: object) -> str:
    """How the candidate's usual self-judgement may colour the verdict."""
    accord_str = accord if isinstance(accord, str) else None
    if jugement == "plus_severe":
        exigeant = selon_accord(
            accord_str,
            feminin="Vous êtes peut-être plus exigeante envers vous-même que le recruteur ne l’a été.",
            masculin="Vous êtes peut-être plus exigeant envers vous-même que le recruteur ne l’a été.",
            neutre="Votre exigence envers vous-même dépasse peut-être celle du recruteur.",
        )
        effets: dict[Categorie, str] = {
            "plutot_reussi": "Ici, les faits contredisent votre impression : c’est typiquement ce driver qui parle.",
            "partage": "Quand les signaux sont partagés, ce driver fait pencher vers le pire : donnez aux "
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
            "Vous pensez juger vos performances comme les autres les jugent : votre impression n’est "
            "sans doute pas grossie par le perfectionnisme. Les faits restent pourtant le meilleur "
            "arbitre, et le feed-back du recruteur le plus sûr."
        )
    return (
        f"Un mot sur le perfectionnisme. {_SOIS_PARFAIT} Posez-vous la question : après un examen "
        "ou une présentation, vos résultats ont-ils souvent été meilleurs que ce que vous pensiez ? "
        "Si oui, relisez ce verdict avec ce filtre."
    )


@dataclass(frozen=True)
class Etape:
    """A next step: why, then the page that helps (its name and relative path)."""

    pourquoi: str
    page: Page

    def texte(self) -> str:
        return f"{self.pourquoi}\n{self.page.lien}"


def etapes(categorie: Categorie) -> tuple[Etape, ...]:
    """What to do next, in order, for each verdict."""
    if categorie == "plutot_reussi":
        return (
            Etape(
                "Remerciez le recruteur par écrit dans les 24 à 48\u00a0heures : peu de candidats le font.",
                pages.ECRIRE,
            ),
            Etape(
                "Si la réponse tarde au-delà de la date annoncée, relancez sans attendre des semaines.",
                pages.RELANCER,
            ),
            Etape("Pour en avoir le cœur net, demandez un avis sur votre entretien.", pages.FEEDBACK),
        )
    if categorie == "confirme":
        return (
            Etape(
                "Écrivez au recruteur pour compléter ce que vous n’avez pas pu dire : "
                "un entretien raté se rattrape parfois par écrit.",
                pages.ECRIRE,
            ),
            Etape(
                "Listez ce qui n’a pas marché et travaillez-le : cela ne remet pas en cause vos compétences.",
                pages.REBONDIR,
            ),
            Etape(
                "Si vous étiez deux en fin de sélection, une carte reste à jouer : recontacter le recruteur "
                "à la fin de la période d’essai de la personne retenue.",
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
            "Quelles que soient vos réponses, le feed-back du recruteur reste le moyen le plus sûr "
            "de savoir où vous en êtes.",
            pages.FEEDBACK,
        ),
        Etape("Et dans tous les cas, un message de remerciement laisse une bonne impression.", pages.ECRIRE),
    )


def rendre(valeurs: Valeurs) -> Rendu:
    """The verdict, the facts behind it, the perfectionist filter and the next steps."""
    pesee = peser(valeurs)
    categorie = verdict(pesee)
    blocs = [_TITRES[categorie], _comptes(pesee, categorie), *_constats(pesee, valeurs)]
    blocs.append(_inconnus(pesee))
    blocs.append(_regard_perfectionniste(valeurs.get(JUGEMENT.nom), categorie, valeurs.get(CANDIDAT_ACCORD.nom)))
    blocs.append("Et maintenant ?\n\n" + "\n\n".join(e.texte() for e in etapes(categorie)))
    return Rendu(franciser("\n\n".join(b for b in blocs if b)))


WIDGET = Widget(
    id="diagnostic",
    titre="Ai-je vraiment raté ?",
    description="Onze questions sur des faits, pas sur vos impressions, et un verdict expliqué.",
    groupes=(
        Groupe("Vous", (CANDIDAT_ACCORD,)),
        Groupe("Ce que le recruteur a dit", tuple(q.champ for q in QUESTIONS[:3])),
        Groupe("Le déroulement de l’entretien", tuple(q.champ for q in QUESTIONS[3:])),
        Groupe("Votre regard sur vous-même", (JUGEMENT,)),
    ),
    rendre=rendre,
)
