"""« Le candidat challenger » (point 6 of the article).

For the runner-up: the hired person is not definitively hired until the end of
the trial period, and a recruiter whose hire leaves then would rather call back
a finalist who just wrote than start again. The widget gives the runner-up
(1) a plan: when that trial period probably ends, first period and renewal for a
CDI, the single period of a CDD, each as a contact window, with the uncertainty
said plainly; (2) the message to send when a window opens; (3) an ``.ics`` with
one reminder per window and the ``.eml`` of the message.

Why windows rather than dates: the start date is an estimate (the user knows
when the refusal came, rarely when the hired person started), absences extend
the trial, renewal is not certain, and the decision to end a trial is announced
before its end because of the employer's notice (art. L1221-25). A window opens
on the last day the employer can announce the end with the full notice, or ten
days before the end if that is later, and closes five days after it: if the
trial stopped, that is when the recruiter looks for someone again.

The law itself lives in :mod:`rattrapage.periode_essai`; this module only
chooses the windows and writes the French. The message never mentions the hired
person: the runner-up wishes nobody's failure, only that their interest is known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Champ, Choix, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import en_lettres
from rattrapage.ics import Evenement, calendrier
from rattrapage.periode_essai import (
    dernier_jour_pour_prevenir,
    duree_maximale_cdi,
    fin_apres_mois,
    fin_du_contrat,
    fin_essai_cdd,
    fin_essai_cdi,
    prevenance_obligatoire,
)
from rattrapage.typographie import elide, franciser, majuscule, phrase
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import brouillon, courriel
from rattrapage.widgets.profil import (
    CANDIDAT_ACCORD,
    CANDIDAT_NOM,
    DATE_ENTRETIEN,
    ENTREPRISE,
    POSTE,
    RECRUTEUR_CIVILITE,
    RECRUTEUR_NOM,
)

DATE_EMBAUCHE = Champ(
    "date_embauche_estimee",
    "Date d’arrivée de la personne recrutée, si vous la connaissez",
    "date",
    manquant="[date d’arrivée estimée]",
    aide="Sinon, laissez ce champ vide\u00a0: elle est estimée à partir de la date du refus et du préavis ci-dessous.",
)
DATE_REFUS = Champ(
    "date_refus",
    "Date du refus",
    "date",
    manquant="[date du refus]",
    aide="Le jour où l’on vous a annoncé que le poste était pourvu.",
)
PREAVIS = Champ(
    "preavis_semaines",
    "Préavis probable de la personne recrutée, en semaines",
    "number",
    defaut=4,
    minimum=0,
    maximum=26,
    aide="Le temps qu’elle devait sans doute à son ancien employeur avant d’arriver\u00a0: souvent un mois, "
    "soit 4 semaines. Un cadre a souvent trois mois, soit 12 à 13 semaines. Mettez 0 si elle était libre tout de suite.",
)
CATEGORIE = Champ(
    "categorie",
    "Catégorie du poste",
    "radio",
    choix=(
        Choix("employe", "Ouvriers, employés"),
        Choix("technicien", "Agents de maîtrise, techniciens"),
        Choix("cadre", "Cadres"),
    ),
    defaut="cadre",
    aide="Elle fixe la durée maximale de la période d’essai d’un CDI.",
)
CONTRAT = Champ(
    "contrat",
    "Type de contrat",
    "radio",
    choix=(Choix("cdi", "CDI"), Choix("cdd", "CDD")),
    defaut="cdi",
)
DUREE_CDD = Champ(
    "duree_contrat_mois",
    "Durée du CDD, en mois",
    "number",
    minimum=1,
    maximum=36,
    manquant="[durée du CDD]",
    aide="Seulement pour un CDD\u00a0: la durée de sa période d’essai en dépend.",
)
NOUVEAUTES = Champ(
    "nouveautes",
    "Ce qui est nouveau depuis l’entretien",
    "list",
    max_len=200,
    max_lignes=4,
    aide="Un point par ligne\u00a0: une formation, un projet, une certification… Facultatif, mais c’est ce qui "
    "donne une raison d’écrire.",
    exemple="la certification PMP, obtenue en mai",
)
DISPONIBILITE = Champ(
    "disponibilite",
    "Votre disponibilité",
    "text",
    max_len=80,
    aide="Par exemple «\u00a0immédiate\u00a0» ou «\u00a0à partir du 1ᵉʳ\u00a0mars\u00a0».",
    exemple="à partir du 1ᵉʳ mars",
)

#: The window opens at least this many days before the end of the trial
#: (earlier when the employer's notice requires an earlier decision)…
JOURS_AVANT = 10
#: …and closes this many days after it.
JOURS_APRES = 5
#: ``date.weekday()`` values: a window never opens on a weekend.
VENDREDI, SAMEDI = 4, 5
#: Shown in place of a date that needs the arrival date (or the CDD's length).
A_CALCULER = "[date à calculer]"

_CATEGORIES = {
    "employe": "des ouvriers et employés",
    "technicien": "des agents de maîtrise et techniciens",
    "cadre": "des cadres",
}
_EN_LETTRES = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 6: "six", 8: "huit"}
# A line that starts with a subject pronoun is already a sentence.
_PRONOMS = ("Je ", "J’", "Nous ", "On ", "Il ", "Elle ", "C’est ")
# How a typed availability can follow « Je suis disponible ».
_DISPONIBLE_SUIVI_DE = (
    "à partir",
    "dès",
    "sous",
    "après",
    "d’ici",
    "en ",
    "au ",
    "fin ",
    "début ",
    "mi-",
    "tout de suite",
)


def _nombre(x: float) -> str:
    """« 4 », « 4,5 »: a French decimal comma."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}".replace(".", ",")


def _le(jour: dt.date | None) -> str:
    """« le jeudi 3 septembre 2026 », or the placeholder."""
    return f"le {en_lettres(jour, jour_semaine=True)}" if jour else f"le {A_CALCULER}"


def _du_au(debut: dt.date, fin: dt.date) -> str:
    """« du lundi 3 août au mardi 8 septembre 2026 » (the year once when shared)."""
    premier = en_lettres(debut, jour_semaine=True, annee=debut.year != fin.year)
    return f"du {premier} au {en_lettres(fin, jour_semaine=True)}"


# --- The computation --------------------------------------------------------


def estimer_arrivee(
    date_embauche: dt.date | None, date_refus: dt.date | None, preavis_semaines: float | None
) -> dt.date | None:
    """The hired person's first day: the date typed if any, else the refusal
    date plus the probable notice (4 weeks when not given)."""
    if date_embauche:
        return date_embauche
    if date_refus is None:
        return None
    semaines = PREAVIS.defaut if preavis_semaines is None else preavis_semaines
    return date_refus + dt.timedelta(days=round(semaines * 7))


def fenetre_de_contact(arrivee: dt.date, fin_essai: dt.date) -> tuple[dt.date, dt.date]:
    """The days to write in: from the last day the employer can announce the
    end with full notice (L1221-25), or ten days before the end if that is later,
    to five days after the end. A start on a weekend moves back to the Friday
    (nobody writes to a recruiter on a Sunday, and earlier is the safe side);
    never before the arrival."""
    annonce = dernier_jour_pour_prevenir(arrivee, fin_essai)
    debut = min(fin_essai - dt.timedelta(days=JOURS_AVANT), annonce)
    if debut.weekday() >= SAMEDI:
        debut -= dt.timedelta(days=debut.weekday() - VENDREDI)
    return max(arrivee, debut), fin_essai + dt.timedelta(days=JOURS_APRES)


@dataclass(frozen=True)
class Echeance:
    """One end of trial the plan watches, with its contact window."""

    titre: str
    explication: str
    fin: dt.date | None
    annonce: dt.date | None
    fenetre: tuple[dt.date, dt.date] | None


def _echeance(titre: str, explication: str, arrivee: dt.date | None, fin: dt.date | None) -> Echeance:
    if arrivee is None or fin is None:
        return Echeance(titre, explication, None, None, None)
    annonce = dernier_jour_pour_prevenir(arrivee, fin) if prevenance_obligatoire(arrivee, fin) else None
    return Echeance(titre, explication, fin, annonce, fenetre_de_contact(arrivee, fin))


def _echeances_cdi(arrivee: dt.date | None, categorie: str) -> list[Echeance]:
    initiale = duree_maximale_cdi(categorie)
    totale = duree_maximale_cdi(categorie, renouvelee=True)
    groupe = _CATEGORIES.get(categorie, _CATEGORIES["cadre"])
    return [
        _echeance(
            "Fin de la première période d’essai",
            f"Dans la catégorie {groupe}, la période d’essai d’un CDI dure au plus {_EN_LETTRES[initiale]} mois "
            "(article L.\u00a01221-19 du Code du travail).",
            arrivee,
            fin_essai_cdi(arrivee, categorie) if arrivee else None,
        ),
        _echeance(
            "Fin de la période d’essai renouvelée",
            f"Renouvelée une fois, elle peut atteindre {_EN_LETTRES[totale]} mois au total (article L.\u00a01221-21).",
            arrivee,
            fin_essai_cdi(arrivee, categorie, renouvelee=True) if arrivee else None,
        ),
    ]


def _duree_cdd(mois: float | None) -> str:
    if mois is None:
        return f"de {DUREE_CDD.manquant}"
    return "d’un mois" if mois == 1 else f"de {_nombre(mois)}\u00a0mois"


def _echeance_cdd(arrivee: dt.date | None, mois: float | None) -> Echeance:
    regle = (
        f"Pour un CDD {_duree_cdd(mois)}, la période d’essai compte au plus un jour par semaine de contrat, "
        "dans la limite de deux semaines jusqu’à six mois de contrat et d’un mois au-delà (article L.\u00a01242-10)"
    )
    if arrivee is None or mois is None:
        return _echeance("Fin de la période d’essai", regle + ".", None, None)
    fin = fin_essai_cdd(arrivee, fin_du_contrat(arrivee, mois))
    jours = (fin - arrivee).days + 1
    # A CDD lasts at least one month here, hence four trial days at least.
    duree = "un mois" if fin == fin_apres_mois(arrivee, 1) else f"{jours}\u00a0jours"
    return _echeance("Fin de la période d’essai", f"{regle}\u00a0: ici {duree}.", arrivee, fin)


# --- The plan ---------------------------------------------------------------


def _paragraphe_arrivee(valeurs: Valeurs, arrivee: dt.date | None) -> str:
    if _saisie.jour(valeurs, DATE_EMBAUCHE) and arrivee:
        return f"Arrivée de la personne recrutée\u00a0: {_le(arrivee)}, la date que vous avez indiquée."
    if arrivee is None:
        return (
            f"Arrivée de la personne recrutée\u00a0: {DATE_EMBAUCHE.manquant}. Indiquez la date du refus, "
            "à laquelle l’outil ajoute un préavis, ou la date d’arrivée si vous la connaissez\u00a0: "
            "les dates se calculent aussitôt."
        )
    refus = _le(_saisie.jour(valeurs, DATE_REFUS))
    semaines = _saisie.nombre(valeurs, PREAVIS)
    semaines = PREAVIS.defaut if semaines is None else semaines
    if semaines == 0:
        calcul = "la date même du refus, en supposant que la personne était libre tout de suite"
    else:
        unite = "semaines" if semaines >= 2 else "semaine"
        calcul = (
            f"la date du refus, {refus}, plus un préavis de {_nombre(semaines)}\u00a0{unite} chez son ancien employeur"
        )
    return (
        f"Arrivée de la personne recrutée\u00a0: vers {_le(arrivee)}. C’est une estimation\u00a0: {calcul}. "
        "Si vous apprenez la vraie date, indiquez-la\u00a0: tout se recalcule."
    )


def _paragraphe_echeance(echeance: Echeance) -> str:
    lignes = [f"{echeance.titre}\u00a0: vers {_le(echeance.fin)}.", echeance.explication]
    if echeance.annonce:
        lignes[-1] += (
            " Pour y mettre fin en respectant le délai de prévenance (article L.\u00a01221-25), l’employeur doit en "
            f"principe l’annoncer au plus tard {_le(echeance.annonce)}."
        )
    if echeance.fenetre:
        lignes.append(f"Fenêtre de contact\u00a0: {_du_au(*echeance.fenetre)}.")
    else:
        lignes.append("Fenêtre de contact\u00a0: [dates à calculer].")
    return "\n".join(lignes)


def _pourquoi(cdd: bool) -> str:
    if cdd:
        prevenance = (
            "En CDD, l’essai est court et le délai de prévenance ne dépasse pas 48\u00a0heures\u00a0: la décision "
            "peut tomber jusqu’aux derniers jours, d’où une fenêtre qui commence une dizaine de jours avant la fin, "
            "ou dès l’arrivée pour un essai plus court."
        )
    else:
        prevenance = (
            "L’employeur qui met fin à l’essai doit prévenir la personne à l’avance\u00a0: deux semaines après "
            "un mois de présence, un mois après trois mois. La décision se prend donc avant l’échéance, et c’est "
            "à ce moment-là que votre message doit arriver."
        )
    return (
        f"Pourquoi une fenêtre plutôt qu’une date\u00a0? {prevenance} La fenêtre reste ouverte quelques jours "
        "après la fin\u00a0: si l’essai s’est arrêté, c’est alors que le recruteur cherche à pourvoir le poste "
        f"de nouveau. Visez le début de {'la' if cdd else 'chaque'} fenêtre."
    )


def _incertitudes(estimee: bool, cdd: bool) -> str:
    points = []
    if estimee:
        points.append("la date d’arrivée est une estimation")
    points.append("les absences (maladie, congés) prolongent l’essai d’autant")
    if not cdd:
        points.append(
            "le renouvellement n’est possible que si un accord de branche étendu le permet, si le contrat le "
            "prévoit et si la personne recrutée l’accepte expressément"
        )
    points.append("le contrat peut prévoir une période plus courte que le maximum légal")
    points.append(
        "un stage de fin d’études suivi d’une embauche dans les trois mois est déduit de la période d’essai "
        "(article L.\u00a01221-24)"
    )
    lignes = [f"–\u00a0{p}\u202f;" for p in points[:-1]] + [f"–\u00a0{points[-1]}."]
    return "\n".join(["Ces dates sont des repères, pas des certitudes\u00a0:", *lignes])


# --- The message ------------------------------------------------------------


def objet(valeurs: Valeurs) -> str:
    """« Poste de chargée de projet – mon intérêt demeure »."""
    return f"{elide('Poste de', _saisie.texte(valeurs, POSTE, rogne=True))} – mon intérêt demeure"


def _en_fragment(ligne: str) -> str:
    """A typed line to be embedded after « : » or in a list: no final stop, a
    lower-case determiner or pronoun (« j’ai obtenu… »), proper nouns as typed."""
    ligne = _saisie.en_fragment(franciser(ligne), sans_guillemets=True)
    if majuscule(ligne).startswith(_PRONOMS) and ligne[:1].isupper():
        ligne = ligne[0].lower() + ligne[1:]
    return ligne


def _nouveautes(valeurs: Valeurs) -> str:
    lignes = [ligne for ligne in (_en_fragment(x) for x in valeurs.get(NOUVEAUTES.nom) or []) if ligne]
    if not lignes:
        return ""
    if len(lignes) == 1:
        seule = lignes[0]
        if majuscule(seule).startswith(_PRONOMS[:4]):
            return f"Depuis notre entretien, {seule}."
        return f"Depuis notre entretien, j’ai ajouté une corde à mon arc\u00a0: {seule}."
    items = [f"–\u00a0{ligne}\u202f;" for ligne in lignes[:-1]] + [f"–\u00a0{lignes[-1]}."]
    return "\n".join(["Depuis notre entretien, j’ai continué à progresser\u00a0:", *items])


def _disponibilite(valeurs: Valeurs) -> str:
    texte = _saisie.sans_bords(_saisie.ou_rien(valeurs, DISPONIBILITE), sans_guillemets=True)
    texte = re.sub(r"\b1er\b", "1ᵉʳ", texte)
    if not texte:
        return ""
    bas = texte[:1].lower() + texte[1:]
    if bas.startswith("disponible "):
        bas = bas.removeprefix("disponible ")
    if bas.startswith("immédiat"):
        return "Je suis disponible immédiatement."
    if bas.startswith(_DISPONIBLE_SUIVI_DE):
        return f"Je suis disponible {bas}."
    if majuscule(texte).startswith(_PRONOMS[:4]):
        return phrase(texte)
    return f"Ma disponibilité\u00a0: {texte}."


def message(valeurs: Valeurs) -> str:
    """The email to the recruiter: interest restated, what is new, availability,
    a door left open; never a word about the hired person."""
    accord = valeurs.get(CANDIDAT_ACCORD.nom)
    quand = f"le {_saisie.date(valeurs, DATE_ENTRETIEN)}"
    poste, entreprise = _saisie.texte(valeurs, POSTE, rogne=True), _saisie.texte(valeurs, ENTREPRISE, rogne=True)
    interet = selon_accord(
        accord,
        feminin="je reste très intéressée par ce poste et par les projets de votre équipe",
        masculin="je reste très intéressé par ce poste et par les projets de votre équipe",
        neutre="ce poste et les projets de votre équipe m’intéressent toujours autant",
    )
    plaisir = selon_accord(
        accord,
        feminin="je serais heureuse d’en parler avec vous",
        masculin="je serais heureux d’en parler avec vous",
        neutre="ce serait un plaisir d’en parler avec vous",
    )
    ouverture = (
        f"Nous avions échangé {quand} au sujet du {elide('poste de', poste)} chez {entreprise}. "
        f"Je me permets de revenir vers vous, car {interet}."
    )
    porte = " ".join(
        p for p in (_disponibilite(valeurs), f"Si vos besoins évoluent, sur ce poste ou sur un autre, {plaisir}.") if p
    )
    return courriel(valeurs, [ouverture, _nouveautes(valeurs), porte], rogne=True)


# --- Rendering --------------------------------------------------------------

NOM_ICS = "challenger-rappels.ics"


def _rappels(valeurs: Valeurs, echeances: list[Echeance], sujet: str, corps: str) -> Fichier | None:
    entreprise = _saisie.texte(valeurs, ENTREPRISE, rogne=True)
    resume = f"Recontacter {entreprise} – {elide('poste de', _saisie.texte(valeurs, POSTE, rogne=True))}"
    evenements = []
    for e in echeances:
        if e.fin is None or e.fenetre is None:
            continue
        description = (
            f"{e.titre} de la personne recrutée chez {entreprise}\u00a0: vers {_le(e.fin)}. "
            f"Fenêtre de contact\u00a0: {_du_au(*e.fenetre)}.\n\n"
            "Le message préparé (relisez-le et ajoutez ce qui a changé depuis)\u00a0:\n\n"
            f"Objet\u00a0: {sujet}\n\n{corps}"
        )
        evenements.append(Evenement(e.fenetre[0], resume, description))
    if not evenements:
        return None
    return Fichier(NOM_ICS, "text/calendar", calendrier(evenements))


def rendre(valeurs: Valeurs) -> Rendu:
    """The plan, then the message; the reminders and the ``.eml`` as files."""
    arrivee = estimer_arrivee(
        _saisie.jour(valeurs, DATE_EMBAUCHE), _saisie.jour(valeurs, DATE_REFUS), _saisie.nombre(valeurs, PREAVIS)
    )
    cdd = valeurs.get(CONTRAT.nom) == "cdd"
    if cdd:
        echeances = [_echeance_cdd(arrivee, _saisie.nombre(valeurs, DUREE_CDD))]
    else:
        echeances = _echeances_cdi(arrivee, str(valeurs.get(CATEGORIE.nom) or CATEGORIE.defaut))
    estimee = arrivee is None or _saisie.jour(valeurs, DATE_EMBAUCHE) is None

    sujet = objet(valeurs)
    corps = message(valeurs)
    rappels = _rappels(valeurs, echeances, sujet, corps)

    plan = ["Votre plan pour reprendre contact", _paragraphe_arrivee(valeurs, arrivee)]
    plan += [_paragraphe_echeance(e) for e in echeances]
    if cdd:
        plan.append(_fin_du_cdd(arrivee, _saisie.nombre(valeurs, DUREE_CDD)))
    plan += [_pourquoi(cdd), _incertitudes(estimee, cdd)]
    if rappels:
        plan.append(
            f"Le fichier d’agenda à télécharger inscrit l’ouverture de {'la' if cdd else 'chaque'} fenêtre "
            "dans votre calendrier, "
            "avec un rappel la veille à 9\u00a0h."
        )
    texte = "\n\n".join([*plan, "Le message à envoyer à l’ouverture de la fenêtre", corps])
    fichiers = [f for f in (rappels,) if f]
    fichiers.append(brouillon("challenger.eml", sujet, corps))
    return Rendu(texte, sujet, tuple(fichiers))


def _fin_du_cdd(arrivee: dt.date | None, mois: float | None) -> str:
    fin = fin_du_contrat(arrivee, mois) if arrivee and mois else None
    return (
        f"Le contrat lui-même s’achève vers {_le(fin)}. Si le besoin se prolonge au-delà, c’est une autre "
        "occasion de vous manifester, quelques semaines avant cette date."
    )


WIDGET = Widget(
    id="challenger",
    titre="Le plan du candidat challenger",
    description="Quand la période d’essai de la personne recrutée se termine, des rappels pour votre agenda "
    "et le message à envoyer au recruteur.",
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_NOM, CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM)),
        Groupe("Le poste", (ENTREPRISE, POSTE, DATE_ENTRETIEN, CATEGORIE, CONTRAT, DUREE_CDD)),
        Groupe("L’arrivée de la personne recrutée", (DATE_REFUS, PREAVIS, DATE_EMBAUCHE)),
        Groupe("Votre message", (NOUVEAUTES, DISPONIBILITE)),
    ),
    rendre=rendre,
)
