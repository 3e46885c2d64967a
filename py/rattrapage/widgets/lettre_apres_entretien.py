"""« Écrire au recruteur après l’entretien » (point 4 of the article).

An email or a postal letter that thanks, shares the candidate's honest
impression, completes what was not said, offers evidence, restates motivation
and leaves the door open. Every sentence that agrees with the candidate exists in
three versions (féminin, masculin, sans accord); nothing reads « ravi(e) ».
"""

from __future__ import annotations

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.typographie import (
    elide,
    enumerer,
    franciser,
    majuscule,
    minuscule_initiale,
    phrase,
    sans_point_final,
)
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import brouillon
from rattrapage.widgets.profil import CANDIDAT_NOM, DATE_ENTRETIEN, ENTREPRISE, POSTE, PROFIL

MODE = Champ(
    "mode",
    "Forme",
    "radio",
    choix=(Choix("email", "Un e-mail"), Choix("courrier", "Une lettre (papier ou PDF)")),
    defaut="email",
    aide="L’e-mail est la norme après un entretien\u202f; la lettre convient à un cadre plus formel.",
)
MOMENT = Champ(
    "moment_marquant",
    "Un moment précis de l’entretien",
    "text",
    max_len=200,
    aide="Ce qui vous a intéressé, en quelques mots\u00a0: «\u00a0la présentation du projet de refonte du site\u00a0».",
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
)
QUESTION = Champ(
    "question_a_revenir",
    "La question sur laquelle revenir",
    "text",
    max_len=200,
    manquant="[la question]",
    aide="Utilisé si vous voulez revenir sur une question\u00a0: «\u00a0vos réalisations en gestion de budget\u00a0».",
)
NON_DITS = Champ(
    "points_non_dits",
    "Ce que vous n’avez pas pu dire",
    "list",
    max_len=300,
    max_lignes=6,
    aide="Un point par ligne, sous forme de groupe nominal\u00a0: «\u00a0mon expérience de management d’une équipe de six personnes\u00a0».",
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
    aide="Une ou deux phrases, avec vos mots. Laissé vide, le texte reste sobre.",
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
VILLE = Champ("ville", "Ville d’où vous écrivez", "text", max_len=80, manquant="[ville]", aide="Pour une lettre.")
DATE_ENVOI = Champ("date_envoi", "Date d’envoi", "date", manquant="[date d’envoi]", aide="Pour une lettre.")

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


def objet(valeurs: Valeurs) -> str:
    """« Suite à notre entretien du 12 mars 2026 – poste de chargée de projet »."""
    date, poste = _saisie.date(valeurs, DATE_ENTRETIEN), _saisie.texte(valeurs, POSTE)
    return f"Suite à notre entretien du {date} – {elide('poste de', poste)}"


def _remerciements(valeurs: Valeurs, email: bool) -> str:
    date = _saisie.date(valeurs, DATE_ENTRETIEN, jour_semaine=True)
    poste, entreprise = _saisie.texte(valeurs, POSTE), _saisie.texte(valeurs, ENTREPRISE)
    debut = (
        f"Je vous remercie pour le temps que vous m’avez accordé le {date}, lors de notre entretien "
        f"pour le {elide('poste de', poste)} chez {entreprise}."
    )
    moment = _saisie.ou_rien(valeurs, MOMENT)
    if moment:
        debut += f" J’ai particulièrement apprécié {minuscule_initiale(sans_point_final(moment))}."
    elif not email:
        debut += " Cet échange m’a permis de mieux comprendre vos attentes et le contexte du poste."
    return debut


def _impression(valeurs: Valeurs) -> str:
    accord = valeurs.get("candidat_accord")
    cadre = valeurs.get(IMPRESSION.nom)
    if cadre == "inacheve":
        return (
            "Je garde pourtant de cet entretien un goût d’inachevé\u00a0: je n’ai pas mis en avant toutes "
            "les informations qui pourraient vous aider à mieux me connaître."
        )
    if cadre == "emotions":
        return selon_accord(
            accord,
            feminin="Ce poste compte beaucoup pour moi, et je me suis sentie dépassée par l’émotion\u00a0: "
            "je n’ai pas su mettre en valeur tout ce que je souhaitais.",
            masculin="Ce poste compte beaucoup pour moi, et je me suis senti dépassé par l’émotion\u00a0: "
            "je n’ai pas su mettre en valeur tout ce que je souhaitais.",
            neutre="Ce poste compte beaucoup pour moi, et l’émotion a pris le dessus\u00a0: "
            "je n’ai pas su mettre en valeur tout ce que je souhaitais.",
        )
    if cadre == "question":
        question = minuscule_initiale(sans_point_final(_saisie.texte(valeurs, QUESTION)))
        return selon_accord(
            accord,
            feminin=f"J’aimerais revenir sur votre question concernant {question}\u00a0: "
            "je ne suis pas certaine d’y avoir répondu aussi clairement que je l’aurais voulu.",
            masculin=f"J’aimerais revenir sur votre question concernant {question}\u00a0: "
            "je ne suis pas certain d’y avoir répondu aussi clairement que je l’aurais voulu.",
            neutre=f"J’aimerais revenir sur votre question concernant {question}\u00a0: "
            "ma réponse n’a sans doute pas été aussi claire que je l’aurais voulu.",
        )
    return ""


_OUVERTURES = (
    "Je tiens d’abord à souligner {}.",
    "J’aurais aussi aimé évoquer {}.",
    "Je voudrais également mettre en avant {}.",
)
_DERNIERE = "Enfin, je n’ai pas mentionné {}."
# A line that starts with a subject pronoun is already a sentence.
_PRONOMS = ("Je ", "J’", "Nous ", "On ", "Il ", "Elle ", "Ils ", "Elles ", "C’est ", "C’était ")


def _point_en_phrase(point: str, rang: int, dernier: bool) -> str:
    """A line of the « not said » list as a sentence of the letter.

    A line that is already a sentence (« J’ai piloté… ») is kept as typed; a noun
    phrase (« mon expérience de… ») gets an opening that varies with its rank.
    """
    point = franciser(point)
    if majuscule(point).startswith(_PRONOMS):
        return phrase(point)
    corps = minuscule_initiale(sans_point_final(point))
    if dernier and rang > 0:
        return _DERNIERE.format(corps)
    return _OUVERTURES[min(rang, len(_OUVERTURES) - 1)].format(corps)


def _non_dits(valeurs: Valeurs) -> str:
    points = valeurs.get(NON_DITS.nom) or []
    if not points:
        return ""
    phrases = [_point_en_phrase(p, i, i == len(points) - 1) for i, p in enumerate(points)]
    return " ".join(["Je souhaite donc compléter notre échange.", *phrases])


def _pieces(valeurs: Valeurs, email: bool) -> str:
    """The evidence offered: attachments, the recommendation's author, links."""
    pieces = valeurs.get(PIECES.nom) or []
    noms = []
    for p in pieces:
        nom = _PIECES_TEXTE[p]
        auteur = _saisie.ou_rien(valeurs, RECOMMANDATION)
        if p == "recommandation" and auteur:
            nom += f" de {minuscule_initiale(sans_point_final(auteur))}"
        noms.append(nom)
    paragraphes = []
    if noms:
        verbe = "Je vous joins" if email else "Vous trouverez ci-joint"
        paragraphes.append(f"Pour appuyer ce que j’avance, {verbe[0].lower() + verbe[1:]} {enumerer(noms)}.")
    liens = [franciser(lien) for lien in valeurs.get(LIENS.nom) or []]
    if liens:
        intro = (
            "Vous pouvez aussi consulter ce lien\u00a0:"
            if len(liens) == 1
            else "Vous pouvez aussi consulter ces liens\u00a0:"
        )
        paragraphes.append("\n".join([intro, *(f"–\u00a0{lien}" for lien in liens)]))
    return "\n\n".join(paragraphes)


def _motivation(valeurs: Valeurs, email: bool) -> str:
    """Renewed motivation: the user's words, else a sober sentence.

    A postal letter (250 to 450 words, says the writing guide) also says how the
    candidate sees themself in the position: a short email does not.
    """
    motivation = _saisie.ou_rien(valeurs, MOTIVATION)
    entreprise = _saisie.texte(valeurs, ENTREPRISE)
    if motivation:
        texte = "Notre échange a renforcé ma motivation. " + " ".join(
            phrase(ligne) for ligne in motivation.split("\n") if ligne
        )
    else:
        texte = f"Notre échange a renforcé ma motivation pour ce poste et pour les projets {elide('de', entreprise)}."
    if email:
        return texte
    projection = selon_accord(
        valeurs.get("candidat_accord"),
        feminin="Je suis convaincue de pouvoir contribuer rapidement aux résultats de votre équipe.",
        masculin="Je suis convaincu de pouvoir contribuer rapidement aux résultats de votre équipe.",
        neutre="J’ai la conviction de pouvoir contribuer rapidement aux résultats de votre équipe.",
    )
    return (
        f"{texte} Les missions que vous m’avez présentées rejoignent ce que je souhaite construire "
        f"dans les prochaines années, et j’ai apprécié la façon dont vous décrivez le travail "
        f"de vos équipes. {projection}"
    )


def _porte_ouverte(valeurs: Valeurs, email: bool) -> str:
    accord = valeurs.get("candidat_accord")
    heureux = selon_accord(
        accord,
        feminin="je serais heureuse de rester en contact",
        masculin="je serais heureux de rester en contact",
        neutre="ce serait un plaisir de rester en contact",
    )
    porte = valeurs.get(PORTE.nom)
    ce_poste = "Je reste à votre disposition pour un nouvel échange ou pour tout complément d’information."
    if not email:  # a letter can offer more than an email: an interview, references
        ce_poste = (
            "Je reste à votre disposition pour un nouvel entretien, en personne ou à distance, et je peux "
            "vous transmettre les coordonnées de personnes à même de vous parler de mon travail."
        )
    plus_tard = f"Quelle que soit votre décision, {heureux} pour une prochaine occasion."
    if porte == "ce_poste":
        return ce_poste
    if porte == "plus_tard":
        return plus_tard
    return f"{ce_poste} {plus_tard}"


def _signature(valeurs: Valeurs) -> str:
    lignes = [_saisie.texte(valeurs, CANDIDAT_NOM)]
    coordonnees = _saisie.ou_rien(valeurs, COORDONNEES)
    if coordonnees:
        lignes += coordonnees.split("\n")
    return "\n".join(lignes)


def _en_tete_courrier(valeurs: Valeurs) -> list[str]:
    """Sender, addressee, place and date, subject: the blocks above « Madame, »."""
    expediteur = _signature(valeurs)
    adresse = [
        ligne
        for ligne in (
            _saisie.recruteur(valeurs).destinataire,
            _saisie.texte(valeurs, ENTREPRISE),
        )
        if ligne
    ]
    lieu = f"{_saisie.texte(valeurs, VILLE)}, le {_saisie.date(valeurs, DATE_ENVOI)}"
    return [expediteur, "\n".join(adresse), lieu, f"Objet\u00a0: {objet(valeurs)}"]


def rendre(valeurs: Valeurs) -> Rendu:
    """The letter or the email, with its subject and its ``.eml`` in email mode."""
    email = valeurs.get(MODE.nom) != "courrier"
    recruteur = _saisie.recruteur(valeurs)
    corps = [
        _remerciements(valeurs, email),
        _impression(valeurs),
        _non_dits(valeurs),
        _pieces(valeurs, email),
        _motivation(valeurs, email),
        _porte_ouverte(valeurs, email),
    ]
    blocs = [] if email else _en_tete_courrier(valeurs)
    blocs.append(recruteur.salutation(email=email))
    blocs += [p for p in corps if p]
    if email:
        blocs += [recruteur.formule_de_politesse(email=True) + "\n" + _signature(valeurs)]
    else:
        blocs += [recruteur.formule_de_politesse(email=False), _saisie.texte(valeurs, CANDIDAT_NOM)]
        pieces = valeurs.get(PIECES.nom) or []
        if pieces:
            blocs.append("Pièces jointes\u00a0: " + ", ".join(_PIECES_COURT[p] for p in pieces))
    # One last pass over the whole text: our words and the user's meet here
    # (« chez » + a name that starts with « ! » must still get its fine space).
    texte = franciser("\n\n".join(blocs))
    if not email:
        return Rendu(texte)
    sujet = franciser(objet(valeurs))
    return Rendu(texte, sujet, (brouillon("lettre-apres-entretien.eml", sujet, texte),))


WIDGET = Widget(
    id="lettre-apres-entretien",
    titre="Écrire au recruteur après l’entretien",
    description="Un e-mail ou une lettre qui remercie, complète ce que vous n’avez pas dit et laisse la porte ouverte.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Votre message", (MODE, MOMENT, IMPRESSION, QUESTION, MOTIVATION, PORTE)),
        Groupe("Ce que vous ajoutez", (NON_DITS, PIECES, RECOMMANDATION, LIENS)),
        Groupe("Signature et envoi", (COORDONNEES, VILLE, DATE_ENVOI)),
    ),
    rendre=rendre,
)
