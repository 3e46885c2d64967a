"""« Écrire au recruteur après l’entretien » (point 4 of the article).

An e-mail, a postal letter or a short note (LinkedIn, SMS) that thanks, shows the
candidate's fit through a moment of the interview, shares the honest impression
and at once delivers what it announces (the points left unsaid, the better
answer to a question), offers evidence, asks about the next steps and leaves the
door open.

Rules the text keeps (the coach's review):

- **No admission without its delivery.** « Un goût d’inachevé » and « l’émotion a
  pris le dessus » lead straight into the points the candidate adds; with nothing
  to add they are dropped. Coming back to a question gives the better answer
  typed in :data:`MEILLEURE_REPONSE`; without one, the letter promises none and
  only offers to talk about it again.
- **Nothing invented.** Every fact about the interview or the position comes from
  the form; fit is shown by the moment the candidate chose and their own words
  (« inutile d’affirmer que vous êtes motivé, il faut le démontrer »).
- **Written to that company's own recruiter**, so the company is never named in
  the body (« vous rejoindre »); only a letter's address block names it.
- **Short.** At most three unsaid points (the guide page says one or two), an
  e-mail of about 200 words for a full case, a letter of 250 to 450 words, a
  note of :data:`~rattrapage.widgets._courriel.LIMITE_COURT` characters.

Every sentence that agrees with the candidate exists in three versions
(féminin, masculin, sans accord); nothing reads « ravi(e) ».
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Apres, Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.redaction.nature import en_phrase, en_suite, inserer, nature
from rattrapage.redaction.organisation import sans_forme_juridique
from rattrapage.typographie import NBSP, elide, enumerer, franciser, grouper_milliers, majuscule, phrase
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import LIMITE_COURT, brouillon, court
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
    aide="L’e-mail est la norme après un entretien\u202f; la lettre convient à un cadre plus formel\u202f; "
    f"le message court tient en {LIMITE_COURT} caractères (note LinkedIn, SMS).",
)
MOMENT = Champ(
    "moment_marquant",
    "Un moment précis de l’entretien",
    "text",
    max_len=200,
    aide="Ce qui vous a intéressé, en quelques mots\u00a0: «\u00a0la présentation du projet de refonte du site\u00a0». "
    "Le texte le relie à ce qui vous motive.",
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
    aide="Le texte ne l’écrit que s’il peut enchaîner sur ce que vous ajoutez\u00a0: vos points non dits, "
    "ou votre meilleure réponse.",
)
QUESTION = Champ(
    "question_a_revenir",
    "La question sur laquelle revenir",
    "text",
    max_len=200,
    aide="La question posée («\u00a0Quelles sont vos prétentions salariales\u202f?\u00a0») ou son sujet "
    "(«\u00a0mes prétentions salariales\u00a0»).",
)
MEILLEURE_REPONSE = Champ(
    "meilleure_reponse",
    "Ce que vous auriez voulu répondre",
    "textarea",
    max_len=500,
    aide="Votre réponse, posément, en une à trois phrases\u00a0: «\u00a0Je vise une rémunération de 42\u00a0000 à "
    "45\u00a0000\u00a0€ bruts annuels.\u00a0» Si vous la laissez vide, le texte ne promet pas de meilleure réponse.",
)
NON_DITS = Champ(
    "points_non_dits",
    "Ce que vous n’avez pas pu dire",
    "list",
    max_len=300,
    max_lignes=6,
    aide="Un point par ligne, avec un fait concret\u00a0: «\u00a0mon expérience de management d’une équipe de six "
    "personnes\u00a0». Un ou deux points suffisent\u00a0; le texte n’en reprend pas plus de trois, les premiers.",
)
PIECES = Champ(
    "pieces_jointes",
    "Ce que vous joignez",
    "multi",
    choix=(
        Choix("cv", "Mon CV à jour"),
        Choix("recommandation", "Une lettre de recommandation"),
        Choix("realisations", "Des exemples de réalisations"),
        Choix("diplomes", "Une copie de mes diplômes ou certifications"),
    ),
)
RECOMMANDATION = Champ(
    "recommandation_auteur",
    "Auteur de la lettre de recommandation",
    "text",
    max_len=150,
    aide="Par exemple\u00a0: «\u00a0mon ancienne responsable chez Rivage\u00a0».",
)
LIENS = Champ(
    "liens",
    "Liens à partager",
    "list",
    max_len=300,
    max_lignes=5,
    aide="Un lien par ligne, avec si vous le souhaitez ce qu’il montre\u00a0: «\u00a0Portfolio\u00a0: https://…\u00a0».",
)
MOTIVATION = Champ(
    "motivation",
    "Ce qui vous motive dans ce poste",
    "textarea",
    max_len=500,
    aide="Une ou deux phrases, avec vos mots\u00a0: «\u00a0Piloter une plateforme multimodale est l’étape que je "
    "prépare depuis trois ans.\u00a0» Laissé vide, le texte reste sobre.",
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
    max_len=300,
    aide="Téléphone, e-mail\u202f; pour une lettre, ajoutez votre adresse.",
)
VILLE = Champ("ville", "Ville d’où vous écrivez", "text", max_len=80, aide="Pour une lettre.")
DATE_ENVOI = Champ(
    "date_envoi",
    "Date d’envoi",
    "date",
    aide="Pour une lettre\u00a0: dans les 24 à 48\u00a0heures qui suivent l’entretien.",
)

#: At most this many unsaid points reach the text (the page says one or two).
POINTS_MAX = 3

_PIECES_TEXTE = {
    "cv": "mon CV à jour",
    "recommandation": "une lettre de recommandation",
    "realisations": "quelques exemples de réalisations",
    "diplomes": "une copie de mes diplômes et certifications",
}
_PIECES_COURT = {
    "cv": "CV",
    "recommandation": "lettre de recommandation",
    "realisations": "exemples de réalisations",
    "diplomes": "diplômes et certifications",
}
#: Determiners that make a noun phrase plural (« vos questions… ont renforcé »).
_PLURIELS = (
    *("les ", "des ", "mes ", "tes ", "ses ", "nos ", "vos ", "leurs ", "ces "),
    *("plusieurs ", "quelques ", "deux ", "trois ", "quatre ", "cinq "),
)

PROCHAINES_ETAPES = "Pourriez-vous me dire quelles seront les prochaines étapes du recrutement ?"
INTERET = "Ce poste m’intéresse vivement"


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


def _heureux(valeurs: Valeurs) -> str:
    return selon_accord(
        _saisie.accord(valeurs),
        feminin="je serais heureuse de rester en contact",
        masculin="je serais heureux de rester en contact",
        neutre="ce serait un plaisir de rester en contact",
    )


def _date_entretien(valeurs: Valeurs, *, jour_semaine: bool = True) -> str:
    """The interview date without its year, which the recruiter knows, unless a
    letter is dated in another year."""
    envoi = _saisie.annee(valeurs, DATE_ENVOI) if valeurs.get(MODE.nom) == "courrier" else None
    autre_annee = envoi is not None and envoi != _saisie.annee(valeurs, DATE_ENTRETIEN)
    return _saisie.date(valeurs, DATE_ENTRETIEN, annee=autre_annee, jour_semaine=jour_semaine)


def _poste(valeurs: Valeurs) -> str:
    """« poste de responsable logistique », « poste d’ingénieure qualité »."""
    return elide("poste de", _saisie.poste(valeurs))


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


def _ouverture(valeurs: Valeurs, moment: Saisie | None, motivation: list[str]) -> str:
    """The thanks, then the fit: the moment chosen leads to the candidate's reasons."""
    merci = f"Je vous remercie pour notre entretien du {_date_entretien(valeurs)} au sujet du {_poste(valeurs)}"
    if valeurs.get(MODE.nom) == "courrier":  # a letter takes the time of the full formula
        merci += ", et pour le temps que vous m’avez consacré"
    phrases = [merci + "."]
    if moment and motivation and moment.genre == "groupe":
        verbe = "ont" if _pluriel(moment.texte) else "a"
        phrases.append(f"{majuscule(moment.texte)} {verbe} renforcé mon envie de vous rejoindre.")
    elif moment and motivation and moment.genre == "phrase":
        phrases += [moment.texte, "Ce moment a renforcé mon envie de vous rejoindre."]
    else:
        if moment:
            phrases.append(_moment_apprecie(moment))
        if motivation:
            phrases.append("Notre rencontre a confirmé mon envie de vous rejoindre.")
    return " ".join(phrases + motivation)


def _moment_apprecie(moment: Saisie) -> str:
    if moment.genre == "groupe":
        return f"J’ai particulièrement apprécié {moment.texte}."
    if moment.genre == "question":
        return f"J’ai particulièrement apprécié votre question {moment.texte}"
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
    """Coming back to a question: the announcement, then the better answer. With no
    answer typed, no promise: an honest line and an offer to talk about it."""
    question = _lire(_saisie.ou_rien(valeurs, QUESTION))
    reponse = _reponse(valeurs)
    if not reponse and (impression != "question" or question is None):
        return ""
    avant, sujet = "", "une de vos questions"
    if question is not None and question.genre == "groupe":
        sujet = f"votre question sur {question.texte}"
    elif question is not None and question.genre == "question":
        sujet = f"votre question {question.texte}"
    elif question is not None:  # « Vous m’avez demandé… »: the sentence first
        avant, sujet = question.texte + " ", "cette question"
    if not reponse:
        return (
            f"{avant}Ma réponse à {sujet} n’a pas été aussi claire que je l’aurais voulu, "
            "et j’y reviendrai volontiers avec vous si vous le souhaitez."
        )
    if impression == "aucune":
        annonce = f"Je voudrais compléter ma réponse à {sujet}."
    else:
        cause = "ma réponse manquait de clarté"
        if impression == "emotions":
            cause = "l’émotion a pris le dessus et " + cause
        annonce = f"Je voudrais revenir sur {sujet}, car {cause}."
    return f"{avant}{annonce} {reponse}"


def _segments(points: list[Saisie]) -> list[list[Saisie]]:
    """Noun phrases two by two (« ni de… ni de… »), sentences and questions alone."""
    segments: list[list[Saisie]] = []
    for point in points:
        precedent = segments[-1] if segments else None
        if point.genre == "groupe" and precedent and precedent[0].genre == "groupe" and len(precedent) < 2:
            precedent.append(point)
        else:
            segments.append([point])
    return segments


def _ce_qui_manquait(segment: list[Saisie]) -> str | None:
    """What « je ne vous ai … » was missing: « pas parlé de A », « parlé ni de A
    ni de B », « pas dit que j’ai… »; ``None`` for a question."""
    if segment[0].genre == "groupe":
        if len(segment) == 2:
            return f"parlé ni {_de(segment[0].texte)} ni {_de(segment[1].texte)}"
        return f"pas parlé {_de(segment[0].texte)}"
    if segment[0].genre == "phrase":
        return f"pas dit {elide('que', en_suite(segment[0].texte))}"
    return None


def _revenu(point: Saisie, *, autre: bool = False) -> str:
    """A point typed as a sentence, after a colon: « je ne vous avais pas dit que
    j’ai… » would mix the tenses."""
    return f"{'Un autre point' if autre else 'Un point'} m’est revenu après notre échange : {en_suite(point.texte)}"


def _non_dits(valeurs: Valeurs, impression: str | None, apres_question: bool) -> str:
    """The impression, and straight after it what the candidate adds; with nothing
    to add, no impression either (an admission without its delivery reads badly)."""
    points = _points(valeurs)
    if not points:
        return ""
    segments = _segments(points)
    phrases: list[str] = []
    manque = _ce_qui_manquait(segments[0])
    if manque is None:  # only questions: the impression alone, then them
        if impression == "inacheve" and not apres_question:
            phrases.append("Je garde de notre échange un goût d’inachevé.")
        elif impression == "emotions" and not apres_question:
            phrases.append("Ce poste compte beaucoup pour moi et l’émotion a pris le dessus.")
    else:
        if segments[0][0].genre == "phrase" and (apres_question or impression not in ("inacheve", "emotions")):
            debut = _revenu(segments[0][0], autre=apres_question)
        elif apres_question:
            debut = f"Par ailleurs, je me suis rendu compte que je ne vous avais {manque}"
        elif impression == "inacheve":
            debut = f"Je garde de notre échange un goût d’inachevé, car je ne vous ai {manque}"
        elif impression == "emotions":
            debut = f"Ce poste compte beaucoup pour moi et l’émotion a pris le dessus : je ne vous ai {manque}"
        else:
            debut = f"En repensant à notre entretien, je me suis rendu compte que je ne vous avais {manque}"
        phrases.append(phrase(debut))
        segments = segments[1:]
    ajoute = questions = False
    for rang, segment in enumerate(segments):
        troisieme = bool(phrases) and rang == len(segments) - 1 and len(points) == POINTS_MAX
        premier = segment[0]
        if premier.genre == "question":  # one the candidate wanted to ask: the questions come last
            if questions:
                phrases.append(f"Et celle-ci : {premier.texte}")
            elif phrases:
                phrases.append(f"Enfin, j’aurais aimé vous poser une question : {premier.texte}")
            else:
                phrases.append(f"J’aurais aimé vous poser une question : {premier.texte}")
            questions = True
        elif premier.genre == "phrase":
            phrases.append(
                f"Enfin, {en_suite(premier.texte)}"
                if troisieme
                else f"J’ajoute {elide('que', en_suite(premier.texte))}"
            )
            ajoute = ajoute or not troisieme
        elif troisieme and len(segment) == 1 and not ajoute:
            phrases.append(f"J’ajoute un dernier point : {premier.texte}.")
        else:
            phrases.append(f"Je voudrais aussi mentionner {enumerer([s.texte for s in segment])}.")
    return " ".join(phrases)


def _pieces(valeurs: Valeurs, email: bool) -> str:
    """The attachments; the recommendation comes last, so that its author's title
    (« Mme Girard, directrice de… ») ends the sentence and cannot be misread."""
    choisies = [p for p in valeurs.get(PIECES.nom) or [] if p in _PIECES_TEXTE]
    choisies.sort(key=lambda p: p == "recommandation")
    noms = [_PIECES_TEXTE[p] for p in choisies]
    auteur = _lire(_saisie.ou_rien(valeurs, RECOMMANDATION))
    if "recommandation" in choisies and auteur and auteur.genre == "groupe":  # a person, not a sentence
        noms[-1] += f" {_de(auteur.texte)}"
    if not noms:
        return ""
    verbe = "je vous joins" if email else "vous trouverez ci-joint"
    return f"Pour compléter mon dossier, {verbe} {enumerer(noms)}."


def _liens(valeurs: Valeurs, avec_pieces: bool) -> str:
    liens = _saisie.lignes(valeurs, LIENS)
    if not liens:
        return ""
    aussi = " aussi" if avec_pieces else ""
    intro = f"Vous pouvez{aussi} consulter {'ce lien' if len(liens) == 1 else 'ces liens'} :"
    return "\n".join([intro, *(f"–{NBSP}{lien}" for lien in liens)])


def _suite(valeurs: Valeurs, email: bool, motive: bool) -> str:
    """The next steps asked, and the door left open."""
    porte = valeurs.get(PORTE.nom) or "les_deux"
    question = PROCHAINES_ETAPES
    if porte != "plus_tard" and not motive:  # nothing else has said the interest
        question = f"{INTERET} : {question[0].lower()}{question[1:]}"
    heureux = _heureux(valeurs)
    if email:
        dispo = "Je reste à votre disposition pour tout complément d’information."
        if porte == "les_deux":
            dispo = dispo[:-1] + f" et, quelle que soit votre décision, {heureux}."
    else:  # a letter can offer more than an e-mail: another interview
        dispo = "Je reste à votre disposition pour un nouvel entretien, en personne ou à distance."
        if porte == "les_deux":
            dispo += f" Quelle que soit votre décision, {heureux} pour une prochaine occasion."
    if porte == "plus_tard":
        dispo = f"Quelle que soit votre décision, {heureux} pour une prochaine occasion."
    return f"{question} {dispo}"


def _signature(valeurs: Valeurs) -> str:
    coordonnees = _saisie.ou_rien(valeurs, COORDONNEES)
    return "\n".join([_saisie.candidat(valeurs), *(ligne for ligne in coordonnees.split("\n") if ligne)])


def _en_tete_courrier(valeurs: Valeurs) -> list[str]:
    """Sender, addressee, place and date, subject: the blocks above « Madame, ».
    Without a sending date there is no date line; without a town, « Le 26 novembre »."""
    entreprise = _saisie.ou_rien(valeurs, ENTREPRISE, rogne=True)
    adresse = [
        ligne
        for ligne in (
            _saisie.recruteur(valeurs).destinataire,
            sans_forme_juridique(entreprise) if entreprise else ENTREPRISE.manquant,
        )
        if ligne
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


def _court(valeurs: Valeurs) -> str:
    """A LinkedIn note or an SMS within :data:`LIMITE_COURT` characters: the
    thanks with the moment or the position, a reason or a point if room is left,
    the next steps and, if chosen, the door left open. Of the versions that fit,
    the one that says the most specific things wins."""
    date = _date_entretien(valeurs, jour_semaine=False)
    moment = _moment(valeurs)
    groupe = moment.texte if moment and moment.genre == "groupe" else ""
    merci: list[tuple[int, str]] = [(0, f"Merci pour notre entretien du {date}.")]
    merci.append((3, f"Merci pour notre entretien du {date} au sujet du {_poste(valeurs)}."))
    if groupe:
        merci.append((6, f"Merci pour notre entretien du {date}, et en particulier pour {groupe}."))
        merci.append(
            (9, f"Merci pour notre entretien du {date} au sujet du {_poste(valeurs)}, et en particulier pour {groupe}.")
        )
    porte = valeurs.get(PORTE.nom) or "les_deux"
    motivation = _motivation(valeurs)[:1]
    points = [p for p in _points(valeurs) if p.genre != "question"][:1]
    options: list[tuple[int, str]] = []
    if motivation:
        options.append((5, motivation[0]))
    if points and points[0].genre == "phrase":
        options.append((4, _revenu(points[0])))
    elif points:
        options.append((4, f"Je me suis rendu compte que je ne vous avais {_ce_qui_manquait(points)}."))
    question = "Pourriez-vous m’indiquer la suite du processus ?"
    fins: list[tuple[int, list[str]]] = [(0, [question])]
    if porte != "plus_tard" and not motivation:
        fins.append((2, [f"{INTERET} : pourriez-vous m’indiquer la suite du processus ?"]))
    porte_ouverte = "Au plaisir de rester en contact, quelle que soit votre décision."
    if porte == "plus_tard":
        fins = [(score, [*phrases, porte_ouverte]) for score, phrases in fins]
    elif porte == "les_deux":
        fins += [(score + 1, [*phrases, porte_ouverte]) for score, phrases in fins]
    candidats = []
    for (score_merci, remerciement), (score_fin, fin) in itertools.product(merci, fins):
        for n in range(len(options) + 1):
            for choix in itertools.combinations(options, n):
                texte = _typographie(court(valeurs, [remerciement, *(p for _, p in choix), *fin]))
                score = score_merci + score_fin + sum(s for s, _ in choix)
                candidats.append((len(texte) > LIMITE_COURT, -score, len(texte), texte))
    return min(candidats)[3]


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
    pieces = _pieces(valeurs, email)
    corps = [
        _ouverture(valeurs, _moment(valeurs), motivation),
        question,
        _non_dits(valeurs, impression, apres_question=bool(question)),
        pieces,
        _liens(valeurs, avec_pieces=bool(pieces)),
        _suite(valeurs, email, motive=bool(motivation)),
    ]
    blocs = [] if email else _en_tete_courrier(valeurs)
    blocs.append(recruteur.salutation(email=email))
    blocs += [p for p in corps if p]
    if email:
        blocs.append(recruteur.formule_de_politesse(email=True) + "\n" + _signature(valeurs))
    else:
        formule = recruteur.formule_de_politesse(email=False)
        blocs += [f"Dans l’attente de votre retour, {formule[0].lower()}{formule[1:]}", _saisie.candidat(valeurs)]
        choisies = sorted(valeurs.get(PIECES.nom) or [], key=lambda p: p == "recommandation")
        if choisies:
            blocs.append("Pièces jointes : " + ", ".join(_PIECES_COURT[p] for p in choisies if p in _PIECES_COURT))
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
        Groupe("Signature et envoi", (COORDONNEES, VILLE, DATE_ENVOI)),
    ),
    rendre=rendre,
    ordre=(Apres(DATE_ENVOI, DATE_ENTRETIEN),),
)
