"""Répondre à un refus : remercier, demander un retour précis, rester dans le vivier.

A refusal is still a contact. A short, gracious answer leaves a good impression,
can bring the feed-back the candidate lacked (the article's point 2, asked for
afterwards) and keeps them in the recruiter's pool for a later position (point 4:
« que la porte ne reste pas définitivement fermée »).

The email stays within the length of a thank-you email (five to eight lines,
under about 200 words): thanks, a sentence that accepts the decision without
bitterness or pleading, a feed-back request that names the chosen points and
asks for little (ten minutes on the phone or a few lines), the request to stay
in the pool. For a runner-up it adds, lightly, that the candidate remains
available should things change; the advice about the end of the trial period
belongs to the « Candidat challenger » page, named in the field's help, not in
the email: the output is the email alone, so that copying it or opening it in
the mail client sends nothing else.
"""

from __future__ import annotations

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.typographie import elide, enumerer, franciser, majuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import brouillon, courriel
from rattrapage.widgets.profil import CANDIDAT_ACCORD, DATE_ENTRETIEN, ENTREPRISE, POSTE, PROFIL

DATE_REFUS = Champ(
    "date_refus",
    "Date de la réponse négative",
    "date",
    aide="Facultative\u00a0: le message remercie alors pour «\u00a0votre réponse du 20\u00a0mars\u00a0».",
)
DEMANDE_FEEDBACK = Champ(
    "demande_feedback",
    "Demander un retour précis",
    "checkbox",
    defaut=True,
    aide="Un appel de dix minutes ou quelques lignes par e-mail, au choix du recruteur.",
)
POINTS_FEEDBACK = Champ(
    "points_feedback",
    "Sur quels points",
    "multi",
    choix=(
        Choix("competences", "Les compétences attendues"),
        Choix("experience", "Votre expérience"),
        Choix("entretien", "Votre façon de présenter votre parcours"),
        Choix("ecart", "Ce qui a fait la différence avec le profil retenu"),
    ),
    defaut=("competences", "entretien"),
    aide="Deux points suffisent\u00a0: une question précise obtient plus souvent une réponse.",
)
VIVIER = Champ(
    "vivier",
    "Demander à rester dans son vivier",
    "checkbox",
    defaut=True,
)
AUTRES_POSTES = Champ(
    "autres_postes",
    "D’autres postes qui vous intéresseraient",
    "text",
    max_len=200,
    aide="Des intitulés, sans article\u00a0: «\u00a0chef de projet qualité ou responsable amélioration continue\u00a0».",
    exemple="chef de projet qualité ou responsable amélioration continue",
)
FINALISTE = Champ(
    "finaliste",
    "Ma candidature était l’une des deux dernières en lice",
    "checkbox",
    defaut=False,
    aide="Le message rappelle alors, sans insister, que vous restez disponible. Consultez ensuite la page "
    "du candidat challenger pour choisir le moment de revenir vers le recruteur.",
)

#: Each feed-back point as the complement of « sur », in the form's order.
POINTS_TEXTE = {
    "competences": "les compétences attendues pour ce poste",
    "experience": "mon expérience au regard de vos attentes",
    "entretien": "ma façon de présenter mon parcours en entretien",
    "ecart": "ce qui a fait la différence avec le profil retenu",
}

#: A position list typed with its own article or noun (« un poste de… ») cannot
#: follow « des postes de »: it is then introduced by a colon.
_DEBUTS_AUTONOMES = (
    *("un ", "une ", "des ", "le ", "la ", "les ", "l’", "d’", "de ", "du ", "mon ", "ma ", "mes "),
    *("poste", "autre", "tout ", "toute "),
)


def objet(valeurs: Valeurs) -> str:
    """« Votre réponse à ma candidature – poste de chargée de projet »."""
    return f"Votre réponse à ma candidature – {elide('poste de', _saisie.fragment(valeurs, POSTE))}"


def _remerciements(valeurs: Valeurs) -> str:
    # The refusal's year is left out when it is the interview's, as it usually is.
    meme_annee = _saisie.annee(valeurs, DATE_REFUS) == _saisie.annee(valeurs, DATE_ENTRETIEN)
    refus = _saisie.date_ou_rien(valeurs, DATE_REFUS, annee=not meme_annee)
    reponse = f"votre réponse du {refus}" if refus else "votre réponse"
    poste = elide("poste de", _saisie.fragment(valeurs, POSTE))
    return (
        f"Je vous remercie pour {reponse}, ainsi que pour le temps que vous m’avez accordé lors de notre "
        f"entretien du {_saisie.date(valeurs, DATE_ENTRETIEN)} pour le {poste} chez {_saisie.texte(valeurs, ENTREPRISE)}."
    )


def _acceptation(finaliste: bool) -> str:
    phrase = "Même si j’espérais une autre issue, je comprends votre décision et je garde un très bon souvenir de nos échanges."
    if finaliste:
        phrase += " Si la situation venait à évoluer, sachez que je reste disponible."
    return phrase


def demande_de_retour(points: list[str], accord: str | None) -> str:
    """The feed-back request, naming the chosen points; a general one when none is."""
    cibles = enumerer([f"sur {POINTS_TEXTE[p]}" for p in POINTS_TEXTE if p in points])
    precision = f", en particulier {cibles}" if cibles else ""
    reconnaissance = selon_accord(
        accord,
        feminin="je vous en serais très reconnaissante",
        masculin="je vous en serais très reconnaissant",
        neutre="cela m’aiderait beaucoup",
    )
    return (
        f"Pour progresser, accepteriez-vous de me faire un retour sur ma candidature{precision} ? "
        f"Un appel de dix minutes ou quelques lignes par e-mail suffiraient, et {reconnaissance}."
    )


def _autres_postes(autres: str) -> str:
    if autres.lower().startswith(_DEBUTS_AUTONOMES):
        return f" D’autres pistes m’intéresseraient également : {autres}."
    return f" Des {elide('postes de', autres)} m’intéresseraient également."


def demande_vivier(valeurs: Valeurs, accord: str | None, apres_une_demande: bool) -> str:
    """The wish to stay in the recruiter's pool, with the other positions if typed."""
    entreprise = _saisie.texte(valeurs, ENTREPRISE)
    souhait = selon_accord(
        accord,
        feminin="je serais heureuse que vous conserviez ma candidature dans votre vivier",
        masculin="je serais heureux que vous conserviez ma candidature dans votre vivier",
        neutre="j’aimerais que vous conserviez ma candidature dans votre vivier",
    )
    debut = f"Enfin, {souhait}" if apres_une_demande else majuscule(souhait)
    autres = _saisie.fragment_ou_rien(valeurs, AUTRES_POSTES)
    return f"{debut}, en vue de futures opportunités chez {entreprise}." + (_autres_postes(autres) if autres else "")


def rendre(valeurs: Valeurs) -> Rendu:
    """The email, its subject and its ``.eml`` draft."""
    accord = valeurs.get(CANDIDAT_ACCORD.nom)
    feedback = bool(valeurs.get(DEMANDE_FEEDBACK.nom))
    paragraphes = [_remerciements(valeurs), _acceptation(bool(valeurs.get(FINALISTE.nom)))]
    if feedback:
        paragraphes.append(demande_de_retour(list(valeurs.get(POINTS_FEEDBACK.nom) or []), accord))
    if valeurs.get(VIVIER.nom):
        paragraphes.append(demande_vivier(valeurs, accord, apres_une_demande=feedback))
    elif not feedback:
        paragraphes.append("Au plaisir de croiser à nouveau votre route.")
    # Our sentences are written with plain spaces before « ? : »; franciser makes
    # them non-breaking, and is idempotent on the user's words.
    texte = franciser(courriel(valeurs, paragraphes))
    sujet = franciser(objet(valeurs))
    return Rendu(texte, sujet, (brouillon("reponse-refus.eml", sujet, texte),))


WIDGET = Widget(
    id="reponse-refus",
    titre="Répondre à un refus",
    description="Un court e-mail qui remercie, demande un retour précis et garde le contact.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Le refus", (DATE_REFUS, FINALISTE)),
        Groupe("Ce que vous demandez", (DEMANDE_FEEDBACK, POINTS_FEEDBACK, VIVIER, AUTRES_POSTES)),
    ),
    rendre=rendre,
)
