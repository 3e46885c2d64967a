"""« Écrire au recruteur après l’entretien » (point 4 of the article).

An e-mail, a postal letter or a short note (LinkedIn, SMS) that thanks, shows the
candidate's fit through a moment of the interview, shares the honest impression
and at once delivers what it announces (the points left unsaid, the better
answer to a question), offers evidence, asks about the next steps and leaves the
door open.

Rules the text keeps (the coach's review):

- **No admission without its delivery.** « Un goût d’inachevé » and « l’émotion m’a
  fait oublier de vous parler de… » lead straight into the points the candidate adds;
  with nothing to add they are dropped. Coming back to a question needs the better
  answer typed in :data:`MEILLEURE_REPONSE`, and gives it whatever the impression;
  without one, the letter does not mention the question at all.
- **Points told, not confessed.** The noun phrases are named together (« je ne
  vous ai parlé ni de…, ni de… »); a later one that can be stated as a fact is
  (« ma maîtrise du WMS Reflex » → « Je maîtrise par ailleurs le WMS Reflex »);
  a point typed as a sentence stays the candidate's sentence.
- **Nothing invented.** Every fact about the interview or the position comes from
  the form; fit is shown by the moment the candidate chose and their own words
  (« inutile d’affirmer que vous êtes motivé, il faut le démontrer »), which never
  float: the moment leads to them, or « Notre rencontre m’a confirmé ce qui
  m’attire dans ce poste : » does. With neither, the text stays short rather than
  fill the gap.
- **The register of the form chosen.** A letter opens no sentence with « Et »,
  thanks once and waits for « votre réponse »; a public employer has « services »,
  not a « chez vous ».
- **Written to that company's own recruiter**, so the company is never named in
  the body (« vous rejoindre »); only a letter's address block names it.
- **Short.** At most three unsaid points, the first three typed (the guide page
  says one or two), an e-mail of about 200 words for a full case, a letter of at
  most 450 words, a note of :data:`~rattrapage.widgets._courriel.LIMITE_COURT`
  characters (aiming ten under) that carries the first unsaid point when it fits.
  In an e-mail the links go under the signature.

Every sentence is written so that it needs no agreement with the candidate;
nothing reads « ravi(e) ».
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rattrapage.champs import Apres, Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.nombres import en_toutes_lettres
from rattrapage.redaction.nature import commence_par_pronom, en_phrase, en_suite, inserer, nature
from rattrapage.redaction.organisation import publique, sans_forme_juridique
from rattrapage.typographie import (
    NBSP,
    elide,
    enumerer,
    franciser,
    grouper_milliers,
    majuscule,
    minuscule,
    minuscule_initiale,
)
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import LIMITE_COURT, brouillon, choisir_court, court
from rattrapage.widgets.profil import DATE_ENTRETIEN, ENTREPRISE, PROFIL

MODE = Champ(
    "mode",
    "Forme",
    "radio",
    choix=(
        Choix("email", "Un e-mail"),
        Choix("courrier", "Une lettre (papier ou PDF)"),
        Choix("court", "Un message court (LinkedIn, SMS)"),
    ),
    defaut="email",
    aide="L’e-mail est la norme après un entretien ; la lettre convient à un cadre plus formel ; "
    f"le message court tient en {LIMITE_COURT} caractères, pour un message LinkedIn à une relation ou un SMS "
    "(une note d’invitation LinkedIn d’un compte gratuit est limitée à 200\u00a0caractères).",
)
MOMENT = Champ(
    "moment_marquant",
    "Un moment précis de l’entretien",
    "text",
    longueur_max=200,
    aide="Un seul moment, concret, qui vous a intéressé : une question, une visite, un projet présenté, "
    "en quelques mots (« la présentation du projet de refonte du site »). Le texte le relie à ce qui vous "
    "motive. Donnez au moins ce moment ou votre motivation : sans l’un ni l’autre, le message se lit "
    "comme un modèle.",
    exemple="la présentation du projet de refonte du site",
)
IMPRESSION = Champ(
    "impression",
    "Votre impression, dite honnêtement",
    "radio",
    choix=(
        Choix("inacheve", "Un goût d’inachevé"),
        Choix("emotions", "L’émotion a pris le dessus"),
        Choix("question", "Je veux revenir sur une question"),
        Choix("aucune", "Je préfère ne pas en parler"),
    ),
    defaut="inacheve",
    aide="Le texte ne l’écrit que s’il peut enchaîner sur ce que vous ajoutez : vos points non dits, "
    "ou votre meilleure réponse à une question.",
)
QUESTION = Champ(
    "question_a_revenir",
    "La question sur laquelle revenir",
    "text",
    longueur_max=200,
    aide="La question posée (« Quelles sont vos prétentions salariales ? ») ou son sujet "
    "(« mes prétentions salariales »). Le texte n’y revient que si vous écrivez aussi ce que vous "
    "auriez voulu répondre.",
)
MEILLEURE_REPONSE = Champ(
    "meilleure_reponse",
    "Ce que vous auriez voulu répondre",
    "textarea",
    longueur_max=500,
    aide="Votre réponse, posément, en une à trois phrases : « Je vise une rémunération de 42\u00a0000 à "
    "45\u00a0000\u00a0€ bruts annuels. » Le texte la donne dès que vous l’écrivez, quelle que soit votre "
    "impression ; laissée vide, il ne revient pas sur la question : mieux vaut ne rien promettre.",
)
NON_DITS = Champ(
    "points_non_dits",
    "Ce que vous n’avez pas pu dire",
    "list",
    longueur_max=300,
    lignes_max=6,
    aide="Un point par ligne, avec un fait concret : « mon expérience de management d’une équipe de six "
    "personnes ». Un ou deux points suffisent ; le texte ne reprend que les trois premiers, "
    "mettez donc d’abord ceux qui comptent le plus.",
)
PIECES = Champ(
    "pieces_jointes",
    "Ce que vous joignez",
    "multi",
    choix=(
        Choix("cv", "Mon CV à jour"),
        Choix("recommandation", "Une lettre de recommandation"),
        Choix("realisations", "Des exemples de mes réalisations"),
        Choix("diplomes", "Une copie de mes diplômes"),
        Choix("certifications", "Une copie de mes certifications"),
    ),
    aide="Ce que vous joignez vraiment ; pour une lettre de recommandation, indiquez son auteur dans le champ suivant.",
)
RECOMMANDATION = Champ(
    "recommandation_auteur",
    "Auteur de la lettre de recommandation",
    "text",
    longueur_max=150,
    aide="Si vous joignez une lettre de recommandation, indiquez qui l’a écrite : son nom et sa fonction, "
    "par exemple « Mme Girard, directrice de la communication de la Ville de Villeurbanne ». Une "
    "recommandation sans auteur ne dit presque rien au recruteur ; laissé vide, le texte ne nomme personne.",
)
LIENS = Champ(
    "liens",
    "Liens à partager",
    "list",
    longueur_max=300,
    lignes_max=5,
    aide="Un lien par ligne, avec si vous le souhaitez ce qu’il montre : « Portfolio : https://… ». "
    "Dans un e-mail, ils se placent sous votre signature ; dans une lettre, dans le texte.",
)
MOTIVATION = Champ(
    "motivation",
    "Ce qui vous motive dans ce poste",
    "textarea",
    longueur_max=500,
    aide="Une ou deux phrases, avec vos mots : « Piloter une plateforme multimodale est l’étape que je "
    "prépare depuis trois ans. » Avec le moment choisi plus haut, c’est ce qui distingue votre message "
    "d’un modèle ; laissé vide, le texte reste sobre.",
)
PORTE = Champ(
    "porte_ouverte",
    "La porte que vous laissez ouverte",
    "radio",
    choix=(
        Choix("ce_poste", "Pour ce poste"),
        Choix("plus_tard", "Pour une autre occasion"),
        Choix("les_deux", "Les deux"),
    ),
    defaut="les_deux",
)
COORDONNEES = Champ(
    "coordonnees",
    "Vos coordonnées pour la signature",
    "textarea",
    longueur_max=300,
    aide="Téléphone, e-mail ; pour une lettre, ajoutez votre adresse.",
)
ADRESSE = Champ(
    "adresse_destinataire",
    "Adresse du recruteur (pour une lettre)",
    "textarea",
    longueur_max=300,
    aide="Sous son nom et celui de l’organisation, dans l’en-tête : la rue, puis le code postal et la ville.",
)
VILLE = Champ("ville", "Ville d’où vous écrivez", "text", longueur_max=80, aide="Pour une lettre.")
DATE_ENVOI = Champ(
    "date_envoi",
    "Date d’envoi",
    "date",
    aide="Pour une lettre : dans les 24 à 48\u00a0heures qui suivent l’entretien.",
)

#: At most this many unsaid points reach the text, the first ones typed (the page says one or two).
POINTS_MAX = 3

_PIECES_TEXTE = {
    "cv": "mon CV à jour",
    "realisations": "quelques exemples de mes réalisations",
    "diplomes": "une copie de mes diplômes",
    "certifications": "une copie de mes certifications",
    "recommandation": "une lettre de recommandation",
}
_PIECES_COURT = {
    "cv": "CV",
    "realisations": "exemples de réalisations",
    "diplomes": "diplômes",
    "certifications": "certifications",
    "recommandation": "lettre de recommandation",
}
#: Determiners that make a noun phrase plural (« vos questions… ont renforcé »).
_PLURIELS = (
    *("les ", "des ", "mes ", "tes ", "ses ", "nos ", "vos ", "leurs ", "ces "),
    *("plusieurs ", "quelques ", "deux ", "trois ", "quatre ", "cinq "),
)

PROCHAINES_ETAPES = "Pourriez-vous me dire quelles seront les prochaines étapes du recrutement ?"
INTERET = "Ce poste m’intéresse vivement"
#: The door left open to other positions: looking forward, not bracing for a
#: refusal. An e-mail may open a sentence with « Et », a letter does not; a
#: public employer has services, not a « chez vous ».
AUTRES_POSTES = "Et si d’autres postes s’ouvraient chez vous plus tard, ils m’intéresseraient également."
AUTRES_POSTES_PUBLIC = "Et si d’autres postes s’ouvraient plus tard dans vos services, ils m’intéresseraient également."
AUTRES_POSTES_LETTRE = "Si d’autres postes venaient à s’ouvrir chez vous, ils m’intéresseraient également."
AUTRES_POSTES_LETTRE_PUBLIC = (
    "Si d’autres postes venaient à s’ouvrir dans vos services, ils m’intéresseraient également."
)
AU_PLAISIR = "Au plaisir d’échanger à nouveau."
#: What introduces the candidate's reasons when no moment of the interview leads
#: to them (« rencontre », since « Je garde de notre échange… » may follow).
CE_QUI_M_ATTIRE = "Notre rencontre m’a confirmé ce qui m’attire dans ce poste"
#: Two typed reasons are joined (« …, et … ») when each is at most this long.
RAISON_COURTE = 100


# --- Small grammar helpers ----------------------------------------------------


def _de(groupe: str) -> str:
    """« de » before a noun phrase: « du poste », « des outils », « d’une équipe »,
    « de mon expérience »; a phrase that already opens with « de », « du » stays."""
    bas = groupe.lower()
    if bas.startswith("le "):
        return "du " + groupe[3:]
    if bas.startswith("les "):
        return "des " + groupe[4:]
    if bas.startswith("des "):
        return elide("de", groupe[4:])
    if bas.startswith(("du ", "de ", "d’")):
        return groupe
    return elide("de", groupe)


def _pluriel(groupe: str) -> bool:
    return groupe.lower().startswith(_PLURIELS)


#: Words that may open a typed sentence, end like an infinitive and are not one
#: (first names, nouns), so that « Didier m’a… » is never lowered after our colon.
_PAS_INFINITIFS = frozenset(
    {"votre", "notre", "autre", "entre", "contre", "outre", "premier", "dernier", "hier", "cadre", "centre", "offre"}
    | {"pierre", "didier", "olivier", "xavier", "gauthier", "régnier", "alexandre", "sandre", "claire", "esther"}
)
#: What follows an infinitive opening a sentence (« Piloter une plateforme… »).
_APRES_INFINITIF = frozenset(
    {"un", "une", "le", "la", "les", "des", "du", "de", "mon", "ma", "mes", "ce", "cet", "cette", "ces", "sur"}
    | {"avec", "dans", "au", "aux", "à", "en", "pour", "chez", "vos", "votre", "nos", "notre", "son", "sa", "ses"}
)


def _commence_par_infinitif(texte: str) -> bool:
    """« Piloter une plateforme… est… »: a sentence whose subject is an infinitive."""
    mots = texte.split(" ")
    if len(mots) < 3 or not mots[0].isalpha() or not mots[0][1:].islower():
        return False
    premier, second = mots[0].lower(), mots[1].lower()
    return (
        len(premier) >= 5
        and premier.endswith(("er", "ir", "re", "oir"))
        and premier not in _PAS_INFINITIFS
        and (second in _APRES_INFINITIF or second.startswith(("l’", "d’")))
    )


def _a_la_suite(phrase_saisie: str) -> str | None:
    """A typed sentence continued after our colon, its first letter lowered, when
    that is safe (it opens with a pronoun, a determiner or an infinitive); ``None``
    when it cannot follow a colon (a question, a colon of its own, a name first)."""
    if ":" in phrase_saisie or nature(phrase_saisie) == "question" or not phrase_saisie[:1].isupper():
        return None
    if commence_par_pronom(phrase_saisie):
        return en_suite(phrase_saisie)
    if minuscule_initiale(phrase_saisie) != phrase_saisie:
        return minuscule_initiale(phrase_saisie)
    if _commence_par_infinitif(phrase_saisie):
        return minuscule(phrase_saisie)
    return None


def _date_entretien(valeurs: Valeurs, *, jour_semaine: bool = True) -> str:
    """The interview date without its year, which the recruiter knows, unless a
    letter is dated in another year."""
    envoi = _saisie.annee(valeurs, DATE_ENVOI) if valeurs.get(MODE.nom) == "courrier" else None
    autre_annee = envoi is not None and envoi != _saisie.annee(valeurs, DATE_ENTRETIEN)
    return _saisie.date(valeurs, DATE_ENTRETIEN, annee=autre_annee, jour_semaine=jour_semaine)


def _poste(valeurs: Valeurs) -> str:
    """« poste de responsable logistique », « poste d’ingénieure qualité »,
    « poste en communication » (« chargé·e de communication » with no agreement)."""
    return _saisie.poste_de(valeurs)


def objet(valeurs: Valeurs) -> str:
    """« Suite à notre entretien du 12 mars 2026 – poste de chargée de projet »."""
    return f"Suite à notre entretien du {_saisie.date(valeurs, DATE_ENTRETIEN)} – {_poste(valeurs)}"


# --- What was typed, read once --------------------------------------------------


@dataclass(frozen=True)
class Saisie:
    """A typed text and its kind (« groupe », « phrase », « question »), set for
    our sentences: a noun phrase with its determiner lowered, a sentence with its
    capital and final stop, a question quoted « … ? »."""

    genre: str
    texte: str


def _lire(texte: str) -> Saisie | None:
    if not texte.strip(' \u00a0\u202f«»"“”.,;:!?…'):
        return None
    genre = nature(texte)
    return Saisie(genre, inserer(texte, groupe=str, phrase=str, question=str))


def _moment(valeurs: Valeurs) -> Saisie | None:
    return _lire(_saisie.ou_rien(valeurs, MOMENT))


def _motivation(valeurs: Valeurs) -> list[str]:
    """The candidate's own reasons, one sentence per line."""
    texte = _saisie.ou_rien(valeurs, MOTIVATION)
    return [en_phrase(ligne) for ligne in texte.split("\n") if ligne.strip(" .,;:")]


def _points(valeurs: Valeurs) -> list[Saisie]:
    """The first :data:`POINTS_MAX` unsaid points; a question typed there (one
    the candidate wanted to ask) goes last."""
    lus = [s for s in (_lire(ligne) for ligne in _saisie.lignes(valeurs, NON_DITS)) if s][:POINTS_MAX]
    return [s for s in lus if s.genre != "question"] + [s for s in lus if s.genre == "question"]


# --- The paragraphs -------------------------------------------------------------


def _envie(moment: Saisie) -> list[str]:
    """The moment leading to the candidate's reasons, without its final stop."""
    if moment.genre == "groupe":
        verbe = "ont" if _pluriel(moment.texte) else "a"
        return [f"{majuscule(moment.texte)} {verbe} renforcé mon envie de vous rejoindre"]
    return [moment.texte, "Ce moment a renforcé mon envie de vous rejoindre"]


def _raisons(motivation: list[str]) -> tuple[str | None, list[str]]:
    """The candidate's reasons set after one of our colons: the first continued
    (``None`` when it cannot follow a colon, see :func:`_a_la_suite`), the second
    joined to it by « , et » when both are short and the second can follow too
    (not a question, not a name first); the others stand as typed."""
    if not motivation:
        return None, []
    suite = _a_la_suite(motivation[0])
    if suite is None:
        return None, motivation
    reste = motivation[1:]
    if reste and suite.endswith(".") and max(len(motivation[0]), len(reste[0])) <= RAISON_COURTE:
        seconde = _a_la_suite(reste[0])
        if seconde is not None:
            return f"{suite[:-1]}, et {seconde}", reste[1:]
    return suite, reste


def _ouverture(valeurs: Valeurs, moment: Saisie | None, motivation: list[str]) -> str:
    """The thanks, then the fit: the moment chosen leads to the candidate's reasons,
    joined by a colon when the first one can follow it (« …vous rejoindre :
    piloter une plateforme… »); without a moment that leads to them, the reasons
    are introduced (« Notre rencontre m’a confirmé ce qui m’attire dans ce poste :
    … »), or stand as typed when they cannot follow a colon."""
    phrases = [f"Je vous remercie pour notre entretien du {_date_entretien(valeurs)} au sujet du {_poste(valeurs)}."]
    suite, reste = _raisons(motivation)
    if moment and motivation and moment.genre != "question":
        *avant, envie = _envie(moment)
        phrases += avant
        if suite:
            phrases += [f"{envie} : {suite}", *reste]
        else:
            phrases += [envie + ".", *motivation]
        return " ".join(phrases)
    if moment:
        phrases.append(_moment_apprecie(moment))
    if suite:
        phrases += [f"{CE_QUI_M_ATTIRE} : {suite}", *reste]
    else:
        phrases += motivation
    return " ".join(phrases)


def _moment_apprecie(moment: Saisie) -> str:
    if moment.genre == "groupe":
        return f"J’ai beaucoup apprécié {moment.texte}."
    if moment.genre == "question":
        return f"J’ai beaucoup apprécié votre question {moment.texte}"
    return f"Je retiens en particulier un moment : {en_suite(moment.texte)}"


def _reponse(valeurs: Valeurs) -> str:
    """The better answer, as typed: sentences stand, a noun phrase is introduced."""
    lignes = [ligne.strip() for ligne in _saisie.ou_rien(valeurs, MEILLEURE_REPONSE).split("\n") if ligne.strip()]
    lue = _lire(" ".join(lignes))
    if lue is None:
        return ""
    if lue.genre == "groupe":
        return f"Pour vous répondre plus précisément : {lue.texte}."
    if lue.genre == "question":
        return lue.texte
    return " ".join(en_phrase(ligne) for ligne in lignes if ligne.strip(" .,;:"))


def _question(valeurs: Valeurs, impression: str | None) -> str:
    """Coming back to a question: the announcement, then the better answer, whatever
    the impression chosen. With no answer typed, nothing: an admission that
    announces no answer reads as an excuse."""
    reponse = _reponse(valeurs)
    if not reponse:
        return ""
    question = _lire(_saisie.ou_rien(valeurs, QUESTION))
    avant, sujet = "", "une de vos questions"
    if question is not None and question.genre == "groupe":
        sujet = f"votre question sur {question.texte}"
    elif question is not None and question.genre == "question":
        sujet = f"votre question {question.texte}"
    elif question is not None:  # « Vous m’avez demandé… »: the sentence first
        avant, sujet = question.texte + " ", "cette question"
    if impression == "aucune":
        annonce = f"Je voudrais compléter ma réponse à {sujet}."
    else:
        cause = "ma réponse manquait de clarté"
        if impression == "emotions":
            cause = "l’émotion a pris le dessus et " + cause
        annonce = f"Je voudrais revenir sur {sujet}, car {cause}."
    return f"{avant}{annonce} {reponse}"


# --- The unsaid points ------------------------------------------------------------

#: « ma maîtrise du WMS Reflex »: what is mastered, with the article « maîtriser » takes.
_MAITRISE = re.compile(r"^ma maîtrise (du |de la |de l’|des |de |d’)(.+)$")
_ARTICLE_DIRECT = {"du ": "le ", "de la ": "la ", "de l’": "l’", "des ": "les ", "de ": "", "d’": ""}
#: « mon expérience des relations presse »: what the experience is of, kept as typed.
_EXPERIENCE = re.compile(r"^mon expérience (du |de la |de l’|des |de |d’)(.+)$")
#: « mon expérience de six ans » is a duration, not a field.
_QUANTITES = re.compile(
    r"^(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques|près|plus|moins)\b)",
    re.IGNORECASE,
)
#: What a fact stated from « ma maîtrise de… » cannot keep: a participle agreeing
#: with « maîtrise » (« acquise »), a relative, a second object, a comment.
_NON_TRANSPOSABLE = re.compile(
    r"[,;:()]| et | ou | qui | que | qu’|\w(?:ée|ées)\b"
    r"|\b(?:acquise|obtenue|reconnue|apprise|mise|conçue|reçue|entretenue|maintenue|prouvée)s?\b"
)


@dataclass(frozen=True)
class Fait:
    """A noun phrase stated as a fact: « maitrise » of « le WMS Reflex », or
    « experience » of « des relations presse »."""

    sorte: str
    objet: str


def _fait(groupe: str) -> Fait | None:
    """« ma maîtrise du WMS Reflex » → je maîtrise le WMS Reflex; « mon expérience
    des relations presse » → j’ai l’expérience des relations presse. Anything else,
    or anything these rules could get wrong, stays a noun phrase (``None``)."""
    if m := _MAITRISE.match(groupe):
        de, objet = m.groups()
        if len(objet.split()) <= 6 and not _NON_TRANSPOSABLE.search(objet) and not _QUANTITES.match(objet):
            return Fait("maitrise", _ARTICLE_DIRECT[de] + objet)
    if (m := _EXPERIENCE.match(groupe)) and not _QUANTITES.match(m.group(2)):
        return Fait("experience", m.group(1) + m.group(2))
    return None


def _dire_fait(fait: Fait, rang: int) -> str:
    """« Je maîtrise par ailleurs X et Y. », « Enfin, j’ai l’expérience de X. »"""
    if fait.sorte == "maitrise":
        return f"Je maîtrise par ailleurs {fait.objet}." if rang == 0 else f"Enfin, je maîtrise {fait.objet}."
    return f"J’ai par ailleurs l’expérience {fait.objet}." if rang == 0 else f"Enfin, j’ai l’expérience {fait.objet}."


def _questions_a_poser(questions: list[Saisie]) -> str:
    """« une question : « … ? » », « deux questions : « … ? » et « … ? » »."""
    combien = "une question" if len(questions) == 1 else f"{en_toutes_lettres(len(questions))} questions"
    return f"{combien} : {enumerer([q.texte for q in questions])}"


def _annonce(
    nommes: list[str], phrase_saisie: Saisie | None, questions: list[Saisie], impression: str | None, apres: bool
) -> str:
    """The sentence that leads into the points: the impression, and straight after
    it what it announces (the noun phrases named, or else the first sentence, or
    else the questions the candidate wanted to ask)."""
    emotion = impression == "emotions" and not apres
    inacheve = impression == "inacheve" and not apres
    coeur = "Ce poste me tient à cœur, et l’émotion m’a fait oublier de vous"
    if nommes:
        if emotion:
            if len(nommes) == 1:
                return f"{coeur} parler {_de(nommes[0])}."
            nombre = en_toutes_lettres(len(nommes))
            return f"{coeur} parler de {nombre} points importants : {enumerer(nommes)}."
        if len(nommes) == 1:
            manque = f"pas parlé {_de(nommes[0])}"
        else:
            manque = "parlé " + ", ".join(f"ni {_de(n)}" for n in nommes)
        if inacheve:
            return f"Je garde de notre échange un goût d’inachevé, car je ne vous ai {manque}."
        if apres:
            return f"Je me suis aussi rendu compte que je ne vous avais {manque}."
        return f"En y repensant, je me suis rendu compte que je ne vous avais {manque}."
    if phrase_saisie is not None:
        que = elide("que", en_suite(phrase_saisie.texte))
        if emotion:
            return f"{coeur} dire {que}"
        if inacheve:
            return f"Je garde de notre échange un goût d’inachevé, car je n’ai pas eu l’occasion de vous dire {que}"
        if apres:
            return f"Je voulais aussi vous dire {que}"
        return f"Je n’ai pas eu l’occasion de vous dire {que}"
    poser = _questions_a_poser(questions)
    if emotion:
        return f"{coeur} poser {poser}"
    if inacheve:
        return f"Je garde de notre échange un goût d’inachevé, car j’aurais aimé vous poser {poser}"
    return f"J’aurais {'aussi ' if apres else ''}aimé vous poser {poser}"


def _non_dits(valeurs: Valeurs, impression: str | None, apres_question: bool) -> str:
    """The impression, and straight after it what the candidate adds; with nothing
    to add, no impression either (an admission without its delivery reads badly).

    The first noun phrase, and every later one that cannot be stated as a fact, are
    named together after the impression; the others follow as facts, then the
    sentences typed, then the questions, each added once (« par ailleurs »,
    « enfin »)."""
    points = _points(valeurs)
    if not points:
        return ""
    nommes: list[str] = []
    faits: dict[str, list[str]] = {}
    phrases_saisies: list[Saisie] = []
    questions: list[Saisie] = []
    for point in points:
        if point.genre == "groupe":
            fait = _fait(point.texte) if nommes else None
            if fait:
                faits.setdefault(fait.sorte, []).append(fait.objet)
            else:
                nommes.append(point.texte)
        elif point.genre == "phrase":
            phrases_saisies.append(point)
        else:
            questions.append(point)
    premiere = phrases_saisies.pop(0) if not nommes and phrases_saisies else None
    phrases = [_annonce(nommes, premiere, questions, impression, apres_question)]
    if not nommes and premiere is None:
        questions = []  # the announcement asked them
    # What is added after the announcement, each once: the first « par ailleurs », the next « enfin ».
    ajouts: list[Fait | Saisie | list[Saisie]] = [Fait(sorte, enumerer(objets)) for sorte, objets in faits.items()]
    ajouts += phrases_saisies
    if questions:
        ajouts.append(questions)
    for rang, ajout in enumerate(ajouts):
        if isinstance(ajout, Fait):
            phrases.append(_dire_fait(ajout, rang))
        elif isinstance(ajout, Saisie):
            phrases.append(f"{'Par ailleurs' if rang == 0 else 'Enfin'}, {en_suite(ajout.texte)}")
        else:
            poser = _questions_a_poser(ajout)
            phrases.append(
                f"J’aurais aussi aimé vous poser {poser}" if rang == 0 else f"Enfin, j’aurais aimé vous poser {poser}"
            )
    return " ".join(phrases)


# --- Evidence, next steps, signature ------------------------------------------------


def _pieces_choisies(valeurs: Valeurs) -> list[str]:
    """The attachments in the form's order; the recommendation last, so that its
    author's title (« Mme Girard, directrice de… ») ends the sentence."""
    choisies = valeurs.get(PIECES.nom) or []
    return [p for p in _PIECES_TEXTE if p in choisies]


def _pieces(valeurs: Valeurs, email: bool) -> str:
    choisies = _pieces_choisies(valeurs)
    noms = [_PIECES_TEXTE[p] for p in choisies]
    if "diplomes" in choisies and "certifications" in choisies:
        noms.remove(_PIECES_TEXTE["certifications"])
        noms[noms.index(_PIECES_TEXTE["diplomes"])] = "une copie de mes diplômes et certifications"
    auteur = _lire(_saisie.ou_rien(valeurs, RECOMMANDATION))
    if "recommandation" in choisies and auteur and auteur.genre == "groupe":  # a person, not a sentence
        noms[-1] += f" {_de(auteur.texte)}"
    if not noms:
        return ""
    verbe = "je vous joins" if email else "vous trouverez ci-joint"
    return f"Pour compléter mon dossier, {verbe} {enumerer(noms)}."


#: What a link's label names, with its possessive (« Mon portfolio est en ligne »).
_LIBELLES = {
    **dict.fromkeys(("portfolio", "site", "blog", "profil", "book", "article", "mémoire", "dépôt"), "mon"),
    **dict.fromkeys(("étude", "enquête"), "mon"),
    **dict.fromkeys(("vidéo", "présentation", "page", "chaîne", "thèse", "publication"), "ma"),
}
#: Platforms a label may name: « Vous me trouverez aussi sur GitHub ».
_PLATEFORMES = frozenset({"linkedin", "github", "gitlab", "behance", "dribbble", "malt", "medium", "kaggle", "youtube"})
_LIEN = re.compile(r"^([^:]{1,40}?)[ \u00a0\u202f]*:[ \u00a0]+(\S+)$")


def _liens_courrier(valeurs: Valeurs) -> str:
    """Links in a letter, to be typed from paper: « Mon portfolio est en ligne :
    https://… », « Vous me trouverez aussi sur GitHub : https://… »; others listed
    under « Vous trouverez aussi en ligne : », with dashes when each has a label
    (a bare address gets no invented label, and no dash alone before it)."""
    liens = _saisie.lignes(valeurs, LIENS)
    if not liens:
        return ""
    if len(liens) == 1 and (m := _LIEN.match(liens[0])):
        libelle, adresse = m.group(1).strip(), m.group(2)
        tete = libelle.split(" ")[0].lower()
        if tete in _LIBELLES and len(libelle.split()) <= 3 and libelle[1:] == libelle[1:].lower():
            return f"{majuscule(_LIBELLES[tete])} {minuscule(libelle)} est en ligne : {adresse}"
        if tete in _PLATEFORMES and " " not in libelle:
            return f"Vous me trouverez aussi sur {libelle} : {adresse}"
    if len(liens) == 1 or not all(_LIEN.match(lien) for lien in liens):  # no dash before a bare address
        return "\n".join(["Vous trouverez aussi en ligne :", *liens])
    return "\n".join(["Vous trouverez aussi en ligne :", *(f"–{NBSP}{lien}" for lien in liens)])


def _suite(valeurs: Valeurs, email: bool, motive: bool) -> str:
    """The next steps asked, and the door left open: to this position (available
    for more), to others later (said as an interest, not as a consolation), or both."""
    porte = valeurs.get(PORTE.nom) or "les_deux"
    question = PROCHAINES_ETAPES
    if porte != "plus_tard" and not motive:  # nothing else has said the interest
        question = f"{INTERET}, et j’aimerais poursuivre nos échanges : {minuscule(question)}"
    phrases = [question]
    if porte != "plus_tard":
        phrases.append(
            "Je reste à votre disposition pour tout complément d’information."
            if email  # a letter can offer more than an e-mail: another interview
            else "Je reste à votre disposition pour un nouvel entretien, en personne ou à distance."
        )
    if porte != "ce_poste":
        public = publique(_saisie.organisation(valeurs))
        if email:
            phrases.append(AUTRES_POSTES_PUBLIC if public else AUTRES_POSTES)
        else:
            phrases.append(AUTRES_POSTES_LETTRE_PUBLIC if public else AUTRES_POSTES_LETTRE)
    return " ".join(phrases)


def _signature(valeurs: Valeurs, *, liens: bool = False) -> str:
    """The name and the coordinates; in an e-mail, the links under them."""
    coordonnees = [ligne for ligne in _saisie.ou_rien(valeurs, COORDONNEES).split("\n") if ligne]
    if liens:
        coordonnees += _saisie.lignes(valeurs, LIENS)
    return "\n".join([_saisie.candidat(valeurs), *coordonnees])


def _en_tete_courrier(valeurs: Valeurs) -> list[str]:
    """Sender, addressee, place and date, subject: the blocks above « Madame, ».
    Without a sending date there is no date line; without a town, « Le 26 novembre »;
    without the recruiter's address, their name and organisation only."""
    entreprise = _saisie.ou_rien(valeurs, ENTREPRISE, rogne=True)
    adresse = [
        ligne
        for ligne in (
            _saisie.recruteur(valeurs).destinataire,
            sans_forme_juridique(entreprise) if entreprise else ENTREPRISE.manquant,
            *_saisie.ou_rien(valeurs, ADRESSE).split("\n"),
        )
        if ligne.strip()
    ]
    blocs = [_signature(valeurs), "\n".join(adresse)]
    ville = _saisie.ou_rien(valeurs, VILLE, rogne=True)
    date = _saisie.date_ou_rien(valeurs, DATE_ENVOI)
    if date:
        blocs.append(f"{majuscule(ville)}, le {date}" if ville else f"Le {date}")
    blocs.append(f"Objet : {objet(valeurs)}")
    return blocs


def _typographie(texte: str) -> str:
    """The one pass over the finished text, where our words and the user's meet:
    French spacing, and typed thousands (« 45 000 ») that cannot break."""
    return grouper_milliers(franciser(texte))


# --- The short note ---------------------------------------------------------------


#: What the margin under the limit is worth (:func:`_courriel.choisir_court`): a
#: small step (the position named, « au plaisir »), never a point or the moment.
_PRIX_DE_LA_MARGE = 3


def _court(valeurs: Valeurs) -> str:
    """A LinkedIn message or an SMS within :data:`LIMITE_COURT` characters: the
    thanks, the moment liked, the first unsaid point that fits (the reason for
    writing), the candidate's reason when the moment leads to it (or introduced
    as such, never glued to the thanks), the next steps and, if chosen, the door
    left open. Of the versions that fit, the one that says the most specific
    things wins, within :data:`CIBLE_COURT` when a small step buys that margin."""
    date = _date_entretien(valeurs, jour_semaine=False)
    merci, merci_poste = (
        f"Merci pour notre entretien du {date}",
        f"Merci pour notre entretien du {date} au sujet du {_poste(valeurs)}",
    )
    moment = _moment(valeurs)
    groupe = moment.texte if moment and moment.genre == "groupe" else ""
    raison, _ = _raisons(_motivation(valeurs)[:1])
    # (score, sentences, whether the candidate's reason is said)
    debuts: list[tuple[int, list[str], bool]] = [(0, [merci + "."], False), (3, [merci_poste + "."], False)]
    if moment and groupe:  # the moment liked, not thanked for (« merci pour l’exercice » would be odd)
        plu = f"{groupe} {'m’ont' if _pluriel(groupe) else 'm’a'} beaucoup plu."
        debuts += [(6, [f"{merci} : {plu}"], False), (9, [f"{merci_poste} : {plu}"], False)]
        if raison:  # the moment leads to the reason: a real link
            debuts.append((12, [merci + ".", f"{_envie(moment)[-1]} : {raison}"], True))
    elif raison:
        for score, remerciement in ((6, merci), (9, merci_poste)):
            debuts.append((score, [remerciement + ".", f"{CE_QUI_M_ATTIRE} : {raison}"], True))
    porte = valeurs.get(PORTE.nom) or "les_deux"
    # One unsaid point at most: the first typed (what counts most) unless it does not fit.
    points: list[tuple[int, str]] = []
    for rang, point in enumerate(p for p in _points(valeurs) if p.genre != "question"):
        if point.genre == "phrase":
            phrase = f"Je n’ai pas eu l’occasion de vous dire {elide('que', en_suite(point.texte))}"
        else:
            phrase = f"Je n’ai pas pu vous parler {_de(point.texte)}."
        points.append((9 if rang == 0 else 6 - rang, phrase))
    question = "Pourriez-vous m’indiquer la suite du processus ?"
    # (score, sentences, whether they say the interest, which the reason says already)
    fins: list[tuple[int, list[str], bool]] = [(0, [question], False)]
    if porte != "plus_tard":
        fins.append((2, [f"{INTERET} : pourriez-vous m’indiquer la suite du processus ?"], True))
    if porte == "plus_tard":
        fins = [(score, [*phrases, AU_PLAISIR], interet) for score, phrases, interet in fins]
    elif porte == "les_deux":
        fins += [(score + 1, [*phrases, AU_PLAISIR], interet) for score, phrases, interet in fins]
    candidats = []
    for (score_debut, debut, motive), (score_fin, fin, interet) in itertools.product(debuts, fins):
        if motive and interet:
            continue
        for score_point, ajout in [(0, ""), *points]:
            texte = _typographie(court(valeurs, [*debut, *([ajout] if ajout else []), *fin]))
            candidats.append((-(score_debut + score_fin + score_point), texte))
    # The most specific within the limit, or within the margin for a small step.
    return choisir_court(candidats, prix_de_la_marge=_PRIX_DE_LA_MARGE)


# --- The whole text -------------------------------------------------------------------


def rendre(valeurs: Valeurs) -> Rendu:
    """The e-mail (subject and ``.eml``), the letter, or the short note."""
    mode = valeurs.get(MODE.nom) or "email"
    if mode == "court":
        return Rendu(_court(valeurs))
    email = mode != "courrier"
    recruteur = _saisie.recruteur(valeurs)
    impression = valeurs.get(IMPRESSION.nom)
    motivation = _motivation(valeurs)
    question = _question(valeurs, impression)
    corps = [
        _ouverture(valeurs, _moment(valeurs), motivation),
        question,
        _non_dits(valeurs, impression, apres_question=bool(question)),
        _pieces(valeurs, email),
        "" if email else _liens_courrier(valeurs),
        _suite(valeurs, email, motive=bool(motivation)),
    ]
    blocs = [] if email else _en_tete_courrier(valeurs)
    blocs.append(recruteur.salutation(email=email))
    blocs += [p for p in corps if p]
    if email:
        blocs.append(recruteur.formule_de_politesse(email=True) + "\n" + _signature(valeurs, liens=True))
    else:
        formule = recruteur.formule_de_politesse(email=False)
        blocs += [f"Dans l’attente de votre réponse, {minuscule(formule)}", _saisie.candidat(valeurs)]
        choisies = _pieces_choisies(valeurs)
        if choisies:
            noms = [_PIECES_COURT[p] for p in choisies]
            if "diplomes" in choisies and "certifications" in choisies:
                noms.remove(_PIECES_COURT["certifications"])
                noms[noms.index(_PIECES_COURT["diplomes"])] = "diplômes et certifications"
            blocs.append("Pièces jointes : " + ", ".join(noms))
    # One last pass over the whole text: our words and the user's meet here.
    texte = _typographie("\n\n".join(blocs))
    if not email:
        return Rendu(texte)
    sujet = franciser(objet(valeurs))
    return Rendu(texte, sujet, (brouillon("lettre-apres-entretien.eml", sujet, texte),))


WIDGET = Widget(
    id="lettre-apres-entretien",
    titre="Écrire au recruteur après l’entretien",
    description="Un e-mail, une lettre ou un message court qui remercie, complète ce que vous n’avez pas dit "
    "et laisse la porte ouverte.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Votre message", (MODE, MOMENT, MOTIVATION, IMPRESSION, QUESTION, MEILLEURE_REPONSE, PORTE)),
        Groupe("Ce que vous ajoutez", (NON_DITS, PIECES, RECOMMANDATION, LIENS)),
        Groupe("Signature et envoi", (COORDONNEES, ADRESSE, VILLE, DATE_ENVOI)),
    ),
    rendre=rendre,
    ordre=(Apres(DATE_ENVOI, DATE_ENTRETIEN),),
)
