"""« Le candidat challenger » (point 6 of the article).

For the runner-up: the hired person is not definitively hired until the end of
the trial period, and a recruiter whose hire leaves then would rather call back
a finalist who just wrote than start again. The widget gives the runner-up
(1) a plan: when that trial period probably ends, first period and renewal, or
the single period of a private CDD, each as a contact window, with the
uncertainty said plainly; (2) the message to send when a window opens, as an
e-mail or a short note (LinkedIn, SMS); (3) an ``.ics`` with one reminder per
window and, for the e-mail, the ``.eml``.

Why windows rather than dates: the start date is an estimate (the user knows
when the refusal came, rarely when the hired person started), absences extend
the trial, renewal is not certain, and a private employer announces the end of a
trial before it because of the notice it owes (art. L1221-25). The timing rule,
stated once here and quoted by the page « Le candidat challenger » (a unit test
compares them): a window opens :data:`JOURS_AVANT` days before the end of the
trial, or earlier on the last day a private employer can announce the end with
the full notice, and closes :data:`JOURS_APRES` days after it: if the trial
stopped, that is when the recruiter looks for someone again. The opening is the
day to send, by the rule :mod:`rattrapage.calendrier` shares with ``relance``: a
Tuesday, Wednesday or Thursday, a working day outside the year-end truce (24
December to 1 January), the one before when the computation falls on another day
(earlier is the safe side of a decision), the first one after when that would
precede the arrival or when the computation falls in the truce; the close is a
working day. An estimated arrival on a weekend or a public holiday moves to the
next working day.

Which law. A private employer follows the code du travail
(:mod:`rattrapage.periode_essai`); a public employer hiring a contract agent
follows a décret, never cited with the code's articles. The widget asks
(:data:`EMPLOYEUR`). Left on « Je ne sais pas », a name that reads like a public
employer (« Mairie de Lyon ») gets the public rules, and the plan says so in its
first sentence and how to change it (a contrat aidé at a town hall is private
law); any other name gets the code du travail. A choice made is never second-guessed.

The message never mentions the hired person and never says « ce poste
m’intéresse toujours » of a position filled: it reminds who the candidate is,
discreetly and with nothing the user did not type (the interview, another
candidate chosen), gives the news as sentences (« certification AWS obtenue » →
« j’ai obtenu la certification AWS », « formation CACES obtenue » → « j’ai validé
la formation CACES », by a rule on a few past participles, else « mon parcours
s’est enrichi d’une mission… »), the availability, and opens the door to a need
that comes up again (« vos équipes », « vos services » for a public employer).
Without news it still says why it writes, and the plan advises adding one.
It is sent months after the form is filled: a date-like availability already
past by then (« à partir du 1er février ») is left out of it and the plan asks for
an update instead; a month of the news the rule can place reads from the sending
day (« en décembre dernier », « en mars 2026 »), the plan asks for the year of
one it cannot; the interview's year is named when the message goes out another
year; in January it carries the season's wishes, and the plan says to drop them
when the window runs past January.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.calendrier import (
    TREVE,
    dans_la_treve,
    en_lettres_pour,
    est_ouvre,
    ferie,
    jour_d_envoi_proche,
    jour_ouvre_precedent,
    jour_ouvre_suivant,
    ouvre_hors_treve,
    voeux,
)
from rattrapage.champs import Apres, Champ, Choix, Fichier, Groupe, Rendu, Valeurs, Widget
from rattrapage.dates import JOURS, en_lettres
from rattrapage.ics import Evenement, calendrier
from rattrapage.nombres import decimal, en_toutes_lettres
from rattrapage.periode_essai import (
    Duree,
    dernier_jour_pour_prevenir,
    duree_maximale_cdi,
    essai_public,
    fin_apres_mois,
    fin_du_contrat,
    fin_essai_cdd,
    fin_essai_cdi,
    prevenance_obligatoire,
)
from rattrapage.redaction.nature import DETERMINANTS, determinant, en_citation, en_groupe, en_phrase, en_suite, nature
from rattrapage.redaction.organisation import PUBLIQUES, tete
from rattrapage.typographie import enumerer, franciser, liste, majuscule, minuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import FORME, brouillon, courriel, court_ajuste
from rattrapage.widgets.profil import (
    CANDIDAT_ACCORD,
    CANDIDAT_NOM,
    DATE_ENTRETIEN,
    ENTREPRISE,
    ENTREPRISE_FORME,
    POSTE,
    RECRUTEUR_CIVILITE,
    RECRUTEUR_NOM,
)

DATE_EMBAUCHE = Champ(
    "date_embauche_estimee",
    "Date d’arrivée de la personne recrutée, si vous la connaissez",
    "date",
    manquant="[date d’arrivée estimée]",
    aide="Sinon, laissez ce champ vide : elle est estimée à partir de la date du refus et du préavis ci-dessous.",
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
    aide="Le temps qu’elle devait sans doute à son ancien employeur avant d’arriver : souvent un mois, "
    "soit 4 semaines. Un cadre a souvent trois mois, soit 12 à 13 semaines. Mettez 0 si elle était libre tout de suite.",
)
EMPLOYEUR = Champ(
    "employeur",
    "Employeur",
    "radio",
    choix=(
        Choix("inconnu", "Je ne sais pas (déduit du nom de l’employeur)"),
        Choix("prive", "Une entreprise, une association (contrat de droit privé)"),
        Choix("public_territorial", "Une collectivité territoriale (mairie, département, région…)"),
        Choix("public_etat", "L’État (ministère, préfecture, rectorat…)"),
        Choix("public_hospitalier", "Un hôpital public"),
    ),
    defaut="inconnu",
    aide="Un agent contractuel d’un employeur public n’a pas la période d’essai du Code du travail : "
    "un décret la fixe. Un contrat aidé ou un apprentissage, même dans une mairie, relève du droit privé.",
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
    aide="Chez un employeur privé, elle fixe la durée maximale de la période d’essai d’un CDI.",
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
    aide="Seulement pour un CDD : la durée de sa période d’essai en dépend.",
)
NOUVEAUTES = Champ(
    "nouveautes",
    "Ce qui est nouveau depuis l’entretien",
    "list",
    longueur_max=200,
    lignes_max=4,
    aide="Un point par ligne : une formation, un projet, une certification… Facultatif, mais c’est ce qui "
    "donne une raison d’écrire.",
    exemple="la certification PMP, obtenue en mai",
)
DISPONIBILITE = Champ(
    "disponibilite",
    "Votre disponibilité",
    "text",
    longueur_max=80,
    aide="Par exemple « immédiate » ou « à partir du 1ᵉʳ\u00a0mars ». Le message partira dans "
    "quelques mois : une date déjà passée à ce moment-là en est retirée.",
    exemple="à partir du 1ᵉʳ mars",
)

#: The window opens this many days before the end of the trial at the latest
#: (earlier when a private employer's notice requires an earlier decision)…
JOURS_AVANT = 10
#: …and closes this many days after it.
JOURS_APRES = 5
#: :data:`JOURS_AVANT` as the texts say it: the opening then moves to a Tuesday,
#: Wednesday or Thursday, up to :data:`~rattrapage.calendrier.RECUL_MAX` days earlier.
AVANT_EN_MOTS = {10: "une dizaine de jours", 15: "une quinzaine de jours"}.get(
    JOURS_AVANT, f"{en_toutes_lettres(JOURS_AVANT)} jours"
)

_CATEGORIES = {
    "employe": "des ouvriers et employés",
    "technicien": "des agents de maîtrise et techniciens",
    "cadre": "des cadres",
}
#: The décret each public employer follows, for the plan's explanation.
_DECRETS = {
    "public_territorial": "décret n°\u00a088-145 du 15\u00a0février 1988",
    "public_etat": "décret n°\u00a086-83 du 17\u00a0janvier 1986",
    "public_hospitalier": "décret n°\u00a091-155 du 6\u00a0février 1991",
}
_AGENTS = {
    "public_territorial": "d’une collectivité territoriale",
    "public_etat": "de l’État",
    "public_hospitalier": "d’un hôpital public",
}
#: Which public employer each of those words suggests (the rest: territorial).
_FONCTIONS_PUBLIQUES = {
    "public_etat": ("préfecture", "ministère", "université", "lycée", "collège"),
    "public_hospitalier": ("hôpital", "centre hospitalier", "CHU"),
}
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
_MOIS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_DATE_EN_MOTS = re.compile(
    r"(?:\b(?P<jour>\d{1,2})(?:er|ᵉʳ)?[\s\u00a0\u202f]+|\b(?P<moment>début|mi|fin)[\s\u00a0\u202f-]*)?"
    rf"\b(?P<mois>{'|'.join(_MOIS)})\b(?:[\s\u00a0\u202f]+(?P<annee>\d{{4}}))?",
    re.IGNORECASE,
)
_DATE_EN_CHIFFRES = re.compile(
    r"\b(?P<jour>\d{1,2})[/.](?P<mois>\d{1,2})(?:[/.](?P<annee>\d{2,4}))?\b(?![\s\u00a0\u202f]*(?:jour|semaine|mois|an))"
)


def _le(jour: dt.date, *, annee: bool = True) -> str:
    """« le jeudi 3 septembre 2026 »."""
    return f"le {en_lettres(jour, jour_semaine=True, annee=annee)}"


def _du_au(debut: dt.date, fin: dt.date) -> str:
    """« du lundi 3 août au mardi 8 septembre 2026 » (the year once when shared)."""
    premier = en_lettres(debut, jour_semaine=True, annee=debut.year != fin.year)
    return f"du {premier} au {en_lettres(fin, jour_semaine=True)}"


def _public(valeurs: Valeurs) -> str | None:
    """The public employer chosen (``public_territorial``…), or, left unknown, the
    one the name reads as (« Mairie de Lyon »); ``None`` for private law."""
    choix = valeurs.get(EMPLOYEUR.nom)
    if isinstance(choix, str) and choix in _DECRETS:
        return choix
    if choix in (None, "inconnu") and _institution_publique(valeurs):
        return _public_suggere(valeurs)
    return None


# --- The computation --------------------------------------------------------


def arrivee_calculee(date_refus: dt.date | None, preavis_semaines: float | None) -> dt.date | None:
    """The refusal date plus the probable notice (4 weeks when not given), as
    computed, before any move to a working day."""
    if date_refus is None:
        return None
    semaines = PREAVIS.defaut if preavis_semaines is None else preavis_semaines
    return date_refus + dt.timedelta(days=round(semaines * 7))


def estimer_arrivee(
    date_embauche: dt.date | None, date_refus: dt.date | None, preavis_semaines: float | None
) -> dt.date | None:
    """The hired person's first day: the date typed if any, else the refusal
    date plus the probable notice, moved to the next working day when it falls
    on a weekend or a public holiday (nobody starts on 1 January)."""
    if date_embauche:
        return date_embauche
    calcul = arrivee_calculee(date_refus, preavis_semaines)
    return jour_ouvre_suivant(calcul) if calcul else None


@dataclass(frozen=True)
class Fenetre:
    """The days to write in. ``prevue`` is the opening the year-end truce moved;
    ``des_l_arrivee``: the rule would have opened it before the arrival."""

    debut: dt.date
    fin: dt.date
    prevue: dt.date | None = None
    des_l_arrivee: bool = False


def fenetre_de_contact(arrivee: dt.date, fin_essai: dt.date, *, prevenance: bool = True) -> Fenetre:
    """The days to write in: from :data:`JOURS_AVANT` days before the end, or
    earlier the last day a private employer can announce the end with full
    notice (L1221-25, when ``prevenance``), never before the arrival, to
    :data:`JOURS_APRES` days after it.

    The opening is a day to send a message (:func:`~rattrapage.calendrier.jour_d_envoi_proche`):
    a Tuesday, Wednesday or Thursday, a working day outside the year-end truce, on the
    safe side (the Thursday before a Friday to Monday), or the first one after when
    that would precede the arrival; one in the truce moves to the first after it.
    The close is a working day outside the truce, the next one when needed."""
    vise = fin_essai - dt.timedelta(days=JOURS_AVANT)
    if prevenance:
        vise = min(vise, dernier_jour_pour_prevenir(arrivee, fin_essai))
    des_l_arrivee = vise < arrivee
    vise = max(arrivee, vise)
    debut = jour_d_envoi_proche(vise, pas_avant=arrivee)
    prevue = vise if dans_la_treve(vise) else None
    fin = ouvre_hors_treve(fin_essai + dt.timedelta(days=JOURS_APRES))
    return Fenetre(debut, max(debut, fin), prevue, des_l_arrivee)


@dataclass(frozen=True)
class Echeance:
    """One end of trial the plan watches: its title, the rule in words, and,
    once the arrival is known, its end, the private employer's last day to
    announce it, and its contact window."""

    titre: str
    explication: str
    fin: dt.date | None = None
    annonce: dt.date | None = None
    fenetre: Fenetre | None = None


def _echeance(titre: str, explication: str, arrivee: dt.date | None, fin: dt.date | None, *, prive: bool) -> Echeance:
    if arrivee is None or fin is None:
        return Echeance(titre, explication)
    annonce = dernier_jour_pour_prevenir(arrivee, fin) if prive and prevenance_obligatoire(arrivee, fin) else None
    return Echeance(titre, explication, fin, annonce, fenetre_de_contact(arrivee, fin, prevenance=prive))


#: Said under a category other than cadre.
VERIFIER_CATEGORIE = (
    "Vérifiez la catégorie du poste sur l’offre ou dans la convention collective de l’employeur : elle change la durée."
)


def _echeances_cdi(arrivee: dt.date | None, categorie: str) -> list[Echeance]:
    initiale = duree_maximale_cdi(categorie)
    totale = duree_maximale_cdi(categorie, renouvelee=True)
    groupe = _CATEGORIES.get(categorie, _CATEGORIES["cadre"])
    # The longest, cadre, is the safe side; a shorter one may be a mistake (a junior
    # developer is often a cadre under his collective agreement).
    verifier = "" if groupe == _CATEGORIES["cadre"] else f" {VERIFIER_CATEGORIE}"
    return [
        _echeance(
            "Fin de la première période d’essai",
            f"Dans la catégorie {groupe}, la période d’essai d’un CDI dure au plus {en_toutes_lettres(initiale)} mois "
            f"(article L.\u00a01221-19 du Code du travail).{verifier}",
            arrivee,
            fin_essai_cdi(arrivee, categorie) if arrivee else None,
            prive=True,
        ),
        _echeance(
            "Fin de la période d’essai renouvelée",
            f"Renouvelée une fois, elle peut atteindre {en_toutes_lettres(totale)} mois au total "
            "(article L.\u00a01221-21).",
            arrivee,
            fin_essai_cdi(arrivee, categorie, renouvelee=True) if arrivee else None,
            prive=True,
        ),
    ]


def _duree_cdd(mois: float | None) -> str:
    if mois is None:
        return ""
    return " d’un mois" if mois == 1 else f" de {decimal(mois)}\u00a0mois"


def _echeance_cdd(arrivee: dt.date | None, mois: float | None) -> Echeance:
    regle = (
        f"Pour un CDD{_duree_cdd(mois)}, la période d’essai ne peut dépasser un jour par semaine de contrat, "
        "dans la limite de deux semaines jusqu’à six mois de contrat et d’un mois au-delà (article L.\u00a01242-10)"
    )
    titre = "Fin de la période d’essai"
    if arrivee is None or mois is None:
        return _echeance(titre, regle + ".", None, None, prive=True)
    fin = fin_essai_cdd(arrivee, fin_du_contrat(arrivee, mois))
    jours = (fin - arrivee).days + 1
    # A CDD lasts at least one month here, hence four trial days at least.
    duree = "un mois" if fin == fin_apres_mois(arrivee, 1) else f"{jours}\u00a0jours"
    return _echeance(titre, f"{regle} : ici {duree}.", arrivee, fin, prive=True)


def _double(duree: Duree) -> str:
    """The length renewed once: « quatre mois », « six semaines »."""
    if duree.mois:
        return f"{en_toutes_lettres(2 * duree.mois)} mois"
    return f"{en_toutes_lettres(2 * duree.jours // 7, feminin=True)} semaines"


def _ici(employeur: str, ici: str, contrat: str) -> str:
    """« : ici deux mois, pour un CDD de 12 mois. », with a caution for a scale borrowed."""
    if employeur == "public_territorial":
        return f" : ici {ici}, pour {contrat}."
    return f". Ici, {ici} pour {contrat} ; la durée prévue pour ce poste peut être différente."


def _echeances_publiques(arrivee: dt.date | None, mois: float | None, employeur: str, cdd: bool) -> list[Echeance]:
    """Décret n° 88-145, art. 4 (territorial scale), for every public employer;
    the État and the hospitals are said to follow rules of the same kind."""
    contrat = "un CDI" if not cdd else ("un CDD" if mois is None else f"un CDD{_duree_cdd(mois)}")
    bareme = (
        "un jour ouvré par semaine de contrat, dans la limite de trois semaines pour un contrat de moins de six "
        "mois, d’un mois pour moins d’un an, de deux mois pour moins de deux ans, de trois mois au-delà et pour "
        f"un CDI ({_DECRETS['public_territorial']}, article\u00a04)"
    )
    facultative = (
        f"Pour un agent contractuel {_AGENTS[employeur]}, la période d’essai est facultative et doit être prévue "
        "au contrat"
    )
    if employeur == "public_territorial":
        regle = f"{facultative}. Elle ne peut dépasser {bareme}"
    else:
        regle = (
            f"{facultative} ; l’article\u00a09 du {_DECRETS[employeur]} en fixe les règles, du même type que "
            "celles des collectivités territoriales. Les dates ci-dessous suivent le barème de ces dernières : "
            f"{bareme}"
        )
    renouvellement = "Elle peut être renouvelée une fois, pour une durée au plus égale à la première"
    titres = ("Fin de la première période d’essai", "Fin de la période d’essai renouvelée")
    if arrivee is None or (cdd and mois is None):
        return [
            _echeance(titres[0], f"{regle}.", None, None, prive=False),
            _echeance(titres[1], f"{renouvellement}.", None, None, prive=False),
        ]
    essai = essai_public(arrivee, mois if cdd else None)
    if essai.jours_ouvres is not None:
        ici, total = f"{essai.jours_ouvres}\u00a0jours ouvrés", f"{2 * essai.jours_ouvres}\u00a0jours ouvrés"
    else:
        ici, total = essai.plafond.libelle, _double(essai.plafond)
    return [
        _echeance(titres[0], f"{regle}{_ici(employeur, ici, contrat)}", arrivee, essai.fin, prive=False),
        _echeance(titres[1], f"{renouvellement} : {total} au total.", arrivee, essai.fin_renouvelee, prive=False),
    ]


# --- The plan ---------------------------------------------------------------


def _institution_publique(valeurs: Valeurs) -> str:
    """The word of :data:`~rattrapage.redaction.organisation.PUBLIQUES` (shared with
    ``reponse-refus``) the company's name opens with, or ``""``: with the choice left
    on « Je ne sais pas », the plan then follows the public rules and says so."""
    return tete(_saisie.organisation(valeurs).nom, PUBLIQUES)


def _public_suggere(valeurs: Valeurs) -> str:
    """The public employer the name suggests (``public_hospitalier`` for « Hôpital… »)."""
    mot = _institution_publique(valeurs)
    return next((v for v, mots in _FONCTIONS_PUBLIQUES.items() if mot in mots), "public_territorial")


def _libelle(valeur: str) -> str:
    return next(c.libelle for c in EMPLOYEUR.choix if c.valeur == valeur)


def _question_employeur(valeurs: Valeurs) -> str:
    """Said first when the employer was left unknown and the name reads as public:
    which rules the plan follows, and how to change them."""
    if valeurs.get(EMPLOYEUR.nom) not in (None, "inconnu") or not _institution_publique(valeurs):
        return ""
    chez = _saisie.organisation(valeurs).chez
    return (
        f"Vous n’avez pas précisé le type d’employeur : un poste {chez} est le plus souvent un contrat d’agent "
        f"public, et le plan suit donc les règles des agents contractuels {_AGENTS[_public_suggere(valeurs)]}. "
        "Si la personne recrutée a un contrat de droit privé (contrat aidé, apprentissage), choisissez plus haut "
        f"« {_libelle('prive')} » et les dates se recalculent."
    )


def _paragraphe_arrivee(valeurs: Valeurs, arrivee: dt.date | None) -> str:
    if _saisie.jour(valeurs, DATE_EMBAUCHE) and arrivee:
        return f"Arrivée de la personne recrutée : {_le(arrivee)}, la date que vous avez indiquée."
    if arrivee is None:
        return (
            "Arrivée de la personne recrutée : à calculer. Indiquez la date du refus (l’outil y ajoute un "
            "préavis) ou, si vous la connaissez, la date d’arrivée : les dates se calculent aussitôt."
        )
    refus = _saisie.jour(valeurs, DATE_REFUS)
    semaines = _saisie.nombre(valeurs, PREAVIS)
    semaines = PREAVIS.defaut if semaines is None else semaines
    if semaines == 0:
        calcul = "la date même du refus, en supposant que la personne était libre tout de suite"
    else:
        unite = "semaines" if semaines >= 2 else "semaine"
        calcul = (
            f"la date du refus, {_le(refus) if refus else 'le jour du refus'}, plus un préavis de "
            f"{decimal(semaines)}\u00a0{unite} chez son ancien employeur"
        )
    texte = f"Arrivée de la personne recrutée : vers {_le(arrivee)}. C’est une estimation : {calcul}."
    brut = arrivee_calculee(refus, semaines)
    if brut and brut != arrivee:
        annee = brut.year != arrivee.year
        if ferie(brut):
            quand = f"{_le(brut, annee=annee)}, un jour férié ({ferie(brut)})"
        else:
            quand = f"un {JOURS[brut.weekday()]}, le {en_lettres(brut, annee=annee)}"
        texte += f" Le calcul tombait {quand} : l’arrivée est comptée au premier jour ouvré qui suit."
    return texte + " Si vous apprenez la vraie date, indiquez-la : tout se recalcule."


def _paragraphe_echeance(echeance: Echeance, cdd: bool, mois: float | None) -> str:
    if echeance.fin is None:
        quand = "selon la durée du CDD, à indiquer plus haut" if cdd and mois is None else "à calculer"
        return "\n".join([f"{echeance.titre} : {quand}.", echeance.explication])
    lignes = [f"{echeance.titre} : vers {_le(echeance.fin)}.", echeance.explication]
    if echeance.annonce:
        annonce = echeance.annonce
        lignes[-1] += (
            " Pour y mettre fin en respectant le délai de prévenance (article L.\u00a01221-25), l’employeur doit en "
            f"principe l’annoncer au plus tard {_le(annonce)}"
        )
        if not est_ouvre(annonce):
            veille = jour_ouvre_precedent(annonce)
            lignes[-1] += f", en pratique d’ici {_le(veille, annee=veille.year != annonce.year)}"
        lignes[-1] += "."
    if echeance.fenetre:
        fenetre = echeance.fenetre
        ligne = f"Fenêtre de contact : {_du_au(fenetre.debut, fenetre.fin)}."
        if fenetre.prevue:
            ligne += (
                f" Elle devait s’ouvrir {_le(fenetre.prevue, annee=False)}, pendant les fêtes ({TREVE}), "
                f"quand beaucoup de recruteurs sont absents : elle s’ouvre donc {_le(fenetre.debut, annee=False)}."
            )
        lignes.append(ligne)
    return "\n".join(lignes)


def _pourquoi(cdd: bool, prive: bool, echeances: list[Echeance]) -> str:
    """Why windows, when they open and close, and why on those weekdays; a clause
    is said only when it applies to these windows."""
    avant, apres = AVANT_EN_MOTS, en_toutes_lettres(JOURS_APRES)
    fenetres = [(e, e.fenetre) for e in echeances if e.fin and e.fenetre]
    plus_tot = any(e.annonce and e.fin and e.annonce < e.fin - dt.timedelta(days=JOURS_AVANT) for e, _ in fenetres)
    des_l_arrivee = any(f.des_l_arrivee for _, f in fenetres)
    reporte = ", ou reporté après les fêtes" if any(f.prevue for _, f in fenetres) else ""
    if not prive:
        decision = (
            "La décision de garder ou non la personne se prend à l’approche de l’échéance : mieux vaut vous "
            f"manifester un peu avant. La fenêtre s’ouvre {avant} avant la fin"
        )
    elif cdd:
        decision = (
            "En CDD, l’essai est court et le délai de prévenance ne dépasse pas 48\u00a0heures, si bien que la "
            "décision peut tomber jusqu’aux derniers jours : mieux vaut vous manifester un peu avant. La "
            f"fenêtre s’ouvre {avant} avant la fin"
        )
    else:
        decision = (
            "L’employeur qui met fin à l’essai doit prévenir la personne à l’avance : deux semaines après "
            "un mois de présence, un mois après trois mois. La décision se prend donc avant l’échéance, et la "
            f"fenêtre s’ouvre {avant} avant la fin"
        )
        if plus_tot or not fenetres:
            decision += ", ou plus tôt quand ce délai l’impose"
    if des_l_arrivee:
        decision += ", ou dès l’arrivée pour un essai plus court"
    une = "la" if len(fenetres) == 1 or (cdd and prive) else "chaque"
    return (
        f"Pourquoi une fenêtre plutôt qu’une date ? {decision}. Son premier jour, celui à viser, tombe toujours "
        f"un mardi, un mercredi ou un jeudi, avancé s’il le faut à celui qui précède{reporte} : un message y est "
        f"mieux lu que dans l’afflux du lundi ou à la veille du week-end. {majuscule(une)} fenêtre reste ouverte {apres} "
        "jours après la fin : si l’essai s’est arrêté, c’est alors que le recruteur cherche à pourvoir le poste "
        "de nouveau."
    )


def _preavis(valeurs: Valeurs) -> float:
    """The notice in weeks, the form's default when left empty (as the estimate counts it)."""
    preavis = _saisie.nombre(valeurs, PREAVIS)
    return float(PREAVIS.defaut) if preavis is None else preavis


def _incertitudes(estimee: bool, cdd: bool, prive: bool, *, preavis: bool) -> str:
    """What may move the dates; ``preavis``: the hired person came with a notice to
    serve, hence from a job, not from an internship (no deduction to mention)."""
    points = []
    if estimee:
        points.append("la date d’arrivée est une estimation")
    if prive:
        points.append("les absences (maladie, congés) prolongent l’essai d’autant")
        if not cdd:
            points.append(
                "le renouvellement n’est possible que si un accord de branche étendu le permet, si le contrat le "
                "prévoit et si la personne recrutée l’accepte expressément"
            )
        points.append("le contrat peut prévoir une période plus courte que le maximum légal")
        if not preavis:
            points.append(
                "un stage de fin d’études suivi d’une embauche dans les trois mois est déduit de la période d’essai "
                "(article L.\u00a01221-24)"
            )
    else:
        points.append("la période d’essai est facultative : le contrat peut n’en prévoir aucune, ou une plus courte")
        points.append("elle n’est renouvelée que si le contrat le prévoit")
    texte = liste("Ces dates sont des repères, pas des certitudes :", points, ponctuee=True)
    if not prive:
        texte += f"\n\n{FONCTIONNAIRE}"
    return texte


#: Said to a public employer's runner-up: a civil servant has no trial period.
FONCTIONNAIRE = (
    "Si la personne recrutée est fonctionnaire (mutation, détachement), il n’y a pas de période d’essai : "
    "ces dates ne s’appliquent pas."
)


# --- The availability -------------------------------------------------------


def date_de_disponibilite(texte: str, reference: dt.date | None) -> dt.date | None:
    """The day a typed availability names (« à partir du 1er février », « fin
    mars 2027 », « mi-avril », « 15/02 »), or ``None`` when it names none. A day
    without a year is the first one on or after the month of ``reference`` (the
    day the form was filled, about); without ``reference``, ``None``."""
    trouve = _DATE_EN_MOTS.search(texte)
    if trouve:
        mois = _MOIS[trouve.group("mois").lower()]
        moment = (trouve.group("moment") or "").lower()
        jour = int(trouve.group("jour")) if trouve.group("jour") else {"mi": 15, "fin": 31}.get(moment, 1)
        annee_saisie = trouve.group("annee")
    else:
        trouve = _DATE_EN_CHIFFRES.search(texte)
        if not trouve or not 1 <= int(trouve.group("mois")) <= 12:
            return None
        mois, jour, annee_saisie = int(trouve.group("mois")), int(trouve.group("jour")), trouve.group("annee")
    if annee_saisie:
        annee = int(annee_saisie) + (2000 if len(annee_saisie) == 2 else 0)
    elif reference:
        annee = reference.year + (1 if mois < reference.month else 0)
    else:
        return None
    if not 1 <= annee <= 9999 or jour < 1:
        return None
    return dt.date(annee, mois, min(jour, calendar.monthrange(annee, mois)[1]))


def _disponibilite_saisie(valeurs: Valeurs) -> str:
    texte = _saisie.sans_bords(_saisie.ou_rien(valeurs, DISPONIBILITE, rogne=True), sans_guillemets=True)
    return re.sub(r"\b1er\b", "1ᵉʳ", texte) if any(c.isalnum() for c in texte) else ""


def _disponibilite_perimee(valeurs: Valeurs, envoi: dt.date | None) -> bool:
    """The availability names a day already past when the message is sent."""
    reference = _saisie.jour(valeurs, DATE_REFUS) or _saisie.jour(valeurs, DATE_ENTRETIEN)
    jour = date_de_disponibilite(_disponibilite_saisie(valeurs), reference)
    return bool(jour and envoi and jour < envoi)


def _disponibilite(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """« Je suis disponible à partir du 1ᵉʳ mars. », or ``""`` when nothing is
    typed or the day it names will be past by ``envoi``."""
    texte = _disponibilite_saisie(valeurs)
    if not texte or _disponibilite_perimee(valeurs, envoi):
        return ""
    genre = nature(texte)
    if genre == "phrase":
        return en_phrase(texte)
    if genre == "question":
        return f"Ma disponibilité : {en_citation(texte)}"
    bas = minuscule(texte)
    bas = bas.removeprefix("disponible ")
    if bas.startswith("immédiat"):
        return "Je suis disponible immédiatement."
    if bas.startswith(_DISPONIBLE_SUIVI_DE):
        return f"Je suis disponible {bas}."
    return f"Ma disponibilité : {texte}."


def _conseil_disponibilite(valeurs: Valeurs, envois: list[dt.date]) -> str:
    """The advice to update the availability before sending, or ``""``."""
    texte = _disponibilite_saisie(valeurs)
    if not texte:
        return ""
    envoi = envois[0] if envois else None
    quand = f"Vous enverrez ce message vers {_le(envoi)}" if envoi else "Vous enverrez ce message dans quelques mois"
    saisie = f"votre disponibilité (« {texte} »)"
    if _disponibilite_perimee(valeurs, envoi):
        return (
            f"{quand} : {saisie} sera alors passée, et le message n’en parle donc pas. Ajoutez-y votre "
            "disponibilité du moment avant de l’envoyer."
        )
    conseil = f"{quand} : d’ici là, {saisie} aura peut-être changé. Mettez-la à jour avant de l’envoyer."
    if any(_disponibilite_perimee(valeurs, jour) for jour in envois[1:]):
        conseil += (
            " À la fenêtre suivante, cette date sera passée : le rappel de votre agenda propose le message sans elle."
        )
    return conseil


# --- The message ------------------------------------------------------------


def _entretien(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """« 23 novembre », the year added when the message goes out another year."""
    jour = _saisie.jour(valeurs, DATE_ENTRETIEN)
    return en_lettres_pour(jour, envoi) if jour else DATE_ENTRETIEN.manquant


def objet(valeurs: Valeurs, envoi: dt.date | None = None) -> str:
    """« Poste de responsable logistique – des nouvelles depuis notre entretien du
    23 novembre » (« – après notre entretien… » without news), the interview's year
    named when the message goes out another year."""
    jour = _saisie.jour(valeurs, DATE_ENTRETIEN)
    entretien = f"notre entretien du {en_lettres_pour(jour, envoi)}" if jour else "notre entretien"
    suite = "des nouvelles depuis" if _nouveautes(valeurs) else "après"
    return f"{majuscule(_saisie.poste_de(valeurs))} – {suite} {entretien}"


#: Past participles that turn a typed noun phrase into what the candidate did
#: (« formation CACES obtenue » → « j’ai obtenu la formation CACES »), masculine singular.
PARTICIPES = (
    "obtenu",
    "publié",
    "réalisé",
    "suivi",
    "terminé",
    "passé",
    "renouvelé",
    "validé",
    "mené",
    "achevé",
    "effectué",
    "décroché",
    "développé",
    "lancé",
    "créé",
    "remporté",
    "soutenu",
    "conçu",
)
_ACCORDS = (("", "m"), ("e", "f"), ("s", "p"), ("es", "p"))
#: Nouns after which « passé » means « last » (« l’an passé »), not something done.
_DUREES = frozenset({"an", "année", "mois", "semaine", "trimestre", "semestre", "été", "hiver", "printemps", "automne"})


def _participe(mot: str) -> tuple[str, str] | None:
    """« obtenue » → (« obtenu », ``"f"``); ``"m"``, ``"f"`` or ``"p"`` (plural)."""
    for participe in PARTICIPES:
        for suffixe, accord in _ACCORDS:
            if mot == participe + suffixe:
                return participe, accord
    return None


def _article(groupe: str, accord: str) -> str | None:
    """The noun phrase with a determiner: as typed, or the definite article the
    participle's agreement gives a bare one (« la formation CACES » for
    « formation CACES obtenue »); ``None`` when unsure (a vowel-initial acronym, an h)."""
    if determinant(groupe):
        return groupe
    premier = groupe.split(" ", 1)[0]
    if premier[1:] == premier[1:].lower():
        groupe = minuscule(groupe)
    initiale = groupe[:1]
    if accord == "p":
        return f"les {groupe}"
    if initiale.lower() == "h" or (initiale.isupper() and initiale in "AEIOUYÉÈ"):
        return None
    if initiale.lower() in "aeiouyéèêàâîôû":
        return f"l’{groupe}"
    return f"{'la' if accord == 'f' else 'le'} {groupe}"


def _action(groupe: str) -> tuple[str, str] | None:
    """A noun phrase with one past participle as what the candidate did:
    « une application publiée sur GitHub » → (« publié », « une application sur
    GitHub »), « la certification PMP, obtenue en mai » → (« obtenu », « la
    certification PMP en mai »); ``None`` when the rule is not sure."""
    mots = groupe.split(" ")
    if mots[0][1:] == mots[0][1:].lower():  # « Obtenu le CACES »
        mots[0] = mots[0].lower()
    trouves = [
        (i, p)
        for i, mot in enumerate(mots)
        if (p := _participe(mot))
        and not (i and mots[i - 1].lower() in DETERMINANTS)  # « le suivi » is a noun
        and not (
            p[0] == "passé" and i and mots[i - 1].lower().split("’")[-1] in _DUREES
        )  # « le mois passé », the last one
    ]
    if len(trouves) != 1:
        return None
    (i, (participe, accord)), suite = trouves[0], mots[trouves[0][0] + 1 :]
    if i == 0:
        return (participe, " ".join(suite)) if accord == "m" and suite and determinant(" ".join(suite)) else None
    if suite and suite[0].lower() in ("par", "et", "ou"):
        return None
    avant = " ".join(mots[:i]).rstrip(", \u00a0\u202f")
    if "," in avant or not any(c.isalpha() for c in avant):
        return None
    complet = _article(avant, accord)
    if not complet:
        return None
    if participe == "obtenu" and _nom(complet) in COURS:  # « formation obtenue »: a course is validated
        participe = "validé"
    return participe, " ".join([complet, *suite])


#: Nouns of a course, which one validates (« j’ai validé la formation CACES »)
#: where one obtains a certification, a diploma, a title or a licence (and « un
#: stage obtenu » is an internship found, not one completed).
COURS = frozenset({"formation", "formations", "module", "modules", "mooc", "bootcamp"})


def _nom(groupe: str) -> str:
    """The first word after the determiner, lowered: « formation » for « la formation CACES »."""
    article = determinant(groupe)
    reste = groupe[len(article) :].lstrip() if article else groupe
    return reste.split(" ", 1)[0].lower()


def _de(groupe: str) -> str | None:
    """« d’une mission », « du DU », « de mon stage »; ``None`` without a determiner."""
    article = determinant(groupe)
    if article and groupe[:1].isupper():
        groupe = minuscule(groupe)
    if article in ("un", "une"):
        return f"d’{groupe}"
    if article in ("le", "les"):
        return f"{'du' if article == 'le' else 'des'}{groupe[len(article) :]}"
    if article == "des":
        return f"de{groupe[3:]}"
    if not article or article == "du":
        return None
    return f"de {groupe}"


@dataclass(frozen=True)
class Nouveaute:
    """One line of news: what the candidate did (``action``: the participle and
    its object), a noun phrase (``groupe``), a sentence or a question, as set."""

    genre: str
    texte: str
    participe: str = ""


def _mois_situe(valeurs: Valeurs, trouve: re.Match[str]) -> dt.date | None:
    """The first day of the month a match of :data:`_DATE_EN_MOTS` names in the
    news, when it is sure: with its year typed, or a bare month from the interview's
    to the refusal's (the news came after the first, the form is filled after the
    second); ``None`` otherwise (« en mai » typed in December: last May or next?)."""
    mois = _MOIS[trouve.group("mois").lower()]
    if trouve.group("annee"):
        annee = int(trouve.group("annee"))
        return dt.date(annee, mois, 1) if annee >= 1 else None
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    if entretien is None:
        return None
    refus = max(entretien, _saisie.jour(valeurs, DATE_REFUS) or entretien)
    jour = dt.date(entretien.year + (1 if mois < entretien.month else 0), mois, 1)
    return jour if jour <= refus else None


#: What may open a month the message can date: « en décembre », « depuis décembre »
#: (« fin décembre » too, by the pattern's own ``moment``).
_AVANT_LE_MOIS = re.compile(r"(?:\ben|\bdepuis|\bdès)[\s\u00a0\u202f]+$", re.IGNORECASE)


def _mois_datables(ligne: str) -> list[re.Match[str]]:
    """The months of a news line the rule can date: « en décembre », « fin décembre
    2026 », « le 3 décembre », not « décembre dernier » (dated already) nor a
    month without « en » or a day (« Décembre numérique », a name)."""
    return [
        t
        for t in _DATE_EN_MOTS.finditer(ligne)
        if (t.group("jour") or t.group("moment") or _AVANT_LE_MOIS.search(ligne[: t.start()]))
        and not re.match(r"[\s\u00a0\u202f]+(?:dernier|prochain)\b", ligne[t.end() :], re.IGNORECASE)
    ]


def _dater(valeurs: Valeurs, ligne: str, envoi: dt.date | None) -> str:
    """The news line as the recruiter reads it on ``envoi``: a month of the year
    before, within the last twelve months, becomes « décembre dernier »; an older
    one gets its year; the same year's month stays. Only a month :func:`_mois_situe`
    is sure of; the others are left to :func:`_conseil_nouveautes`."""
    if envoi is None:
        return ligne
    for trouve in reversed(_mois_datables(ligne)):
        jour = _mois_situe(valeurs, trouve)
        if jour is None or jour.year >= envoi.year:
            continue
        ecart = (envoi.year - jour.year) * 12 + envoi.month - jour.month
        if 1 <= ecart <= 11:
            suite = " dernier"
        elif trouve.group("annee"):
            continue
        else:
            suite = f" {jour.year}"
        ligne = ligne[: trouve.end("mois")] + suite + ligne[trouve.end() :]
    return ligne


def _nouveautes(valeurs: Valeurs, envoi: dt.date | None = None) -> list[Nouveaute]:
    """Each line typed, with its kind, its months dated for a message sent on
    ``envoi`` (:func:`_dater`); lines without a letter dropped."""
    lignes: list[Nouveaute] = []
    for ligne in _saisie.lignes(valeurs, NOUVEAUTES):
        if not any(c.isalnum() for c in ligne):
            continue
        ligne = _dater(valeurs, ligne, envoi)
        genre = nature(ligne)
        if genre == "question":
            lignes.append(Nouveaute("question", en_citation(ligne)))
        elif genre == "phrase":
            lignes.append(Nouveaute("phrase", en_phrase(ligne)))
        else:
            groupe = en_groupe(ligne)
            action = _action(groupe)
            lignes.append(Nouveaute("action", action[1], action[0]) if action else Nouveaute("groupe", groupe))
    return lignes


def _phrases_nouveautes(lignes: list[Nouveaute], depuis: str) -> list[str]:
    """The news as sentences, the first opened by ``depuis``: the things done
    share one « j’ai » (« j’ai obtenu X et publié Y »), the noun phrases one
    « mon parcours s’est enrichi d’une X et du Y », each group where its first line
    was typed; sentences and questions in their place."""
    segments: list[list[Nouveaute]] = []
    for ligne in lignes:
        groupe = next((g for g in segments if ligne.genre in ("action", "groupe") and g[0].genre == ligne.genre), None)
        if groupe is None:
            segments.append([ligne])
        else:
            groupe.append(ligne)
    phrases: list[str] = []
    for segment in segments:
        premier, genre = not phrases, segment[0].genre
        if genre == "action":
            faits = enumerer([f"{n.participe} {n.texte}" for n in segment])
            corps = f"j’ai {faits}." if premier else f"J’ai aussi {faits}."
        elif genre == "groupe":
            de = [_de(n.texte) for n in segment]
            parcours = "mon parcours s’est enrichi" if premier else "Mon parcours s’est aussi enrichi"
            if all(de):
                corps = f"{parcours} {enumerer([d for d in de if d])}."
            else:
                corps = f"{parcours} : {enumerer([n.texte for n in segment])}."
        else:
            corps = segment[0].texte
        if premier:
            liaison = " :" if genre == "question" else ","
            corps = f"{depuis}{liaison} {en_suite(corps) if genre == 'phrase' else corps}"
        phrases.append(corps)
    return phrases


def _recu(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """« Vous m’aviez reçue le 23 novembre pour le poste de… » (« Nous avions
    échangé le 24 novembre au sujet du poste… » without agreement)."""
    quand, poste = _entretien(valeurs, envoi), _saisie.poste_de(valeurs)
    return selon_accord(
        _saisie.accord(valeurs),
        feminin=f"Vous m’aviez reçue le {quand} pour le {poste}",
        masculin=f"Vous m’aviez reçu le {quand} pour le {poste}",
        neutre=f"Nous avions échangé le {quand} au sujet du {poste}",
    )


def _plaisir(valeurs: Valeurs, *, avec_vous: bool = True) -> str:
    plaisir = selon_accord(
        _saisie.accord(valeurs),
        feminin="je serais heureuse d’en parler",
        masculin="je serais heureux d’en parler",
        neutre="ce serait un plaisir d’en parler",
    )
    return f"{plaisir} avec vous" if avec_vous else plaisir


#: Said when no news was typed: why write, without a word about the position filled
#: (« vos équipes », or « vos services » for a public employer: :func:`_equipes`).
SOUVENIR = "je garde un très bon souvenir de cette rencontre, et rejoindre vos équipes me tient toujours à cœur"


def _equipes(valeurs: Valeurs) -> str:
    """« vos équipes », or « vos services » for a public employer (chosen or read from the name)."""
    return "vos services" if _public(valeurs) else "vos équipes"


def _souvenir(valeurs: Valeurs) -> str:
    return SOUVENIR.replace("vos équipes", _equipes(valeurs))


def message(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """The e-mail to the recruiter sent on ``envoi``: who you are, discreetly (the
    interview, another candidate chosen: nothing the user did not type); the news as
    sentences; the availability; a door left open to a need that comes up again,
    never a word about the person hired; the season's wishes in January."""
    nouvelles = _phrases_nouveautes(_nouveautes(valeurs, envoi), "Depuis notre entretien")
    contexte = f"{_recu(valeurs, envoi)}, et vous aviez finalement retenu une autre candidature. "
    if nouvelles:
        contexte += "Je me permets de vous donner de mes nouvelles."
    else:
        contexte += f"Je me permets de reprendre contact avec vous : {_souvenir(valeurs)}."
    ou = f" dans {_equipes(valeurs)}" if nouvelles else ""  # else the souvenir just named them
    porte = f"Si un besoin se présentait de nouveau{ou}, sur ce poste ou sur un autre, {_plaisir(valeurs)}."
    fin = " ".join(p for p in (_disponibilite(valeurs, envoi), porte, voeux(envoi)) if p)
    return courriel(valeurs, [contexte, " ".join(nouvelles), fin], rogne=True)


def message_court(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """The short note (LinkedIn, SMS): the interview, then the news that fits
    (all of it, else the first line that fits), the availability, the door left
    open, the wishes in January when they fit."""
    lignes = _nouveautes(valeurs, envoi)
    nouvelles = [" ".join(_phrases_nouveautes(lignes, "Depuis"))] if lignes else []
    nouvelles += [" ".join(_phrases_nouveautes([ligne], "Depuis")) for ligne in lignes]
    souvenir = () if lignes else (majuscule(SOUVENIR.split(",", 1)[0]) + ".", "")
    return court_ajuste(
        valeurs,
        [
            (f"{_recu(valeurs, envoi)}.",),
            *((souvenir,) if souvenir else ()),
            (*dict.fromkeys(nouvelles), ""),
            (_disponibilite(valeurs, envoi), ""),
            (f"Si un besoin se présentait de nouveau, {_plaisir(valeurs, avec_vous=False)}.",),
            (voeux(envoi, court=True), ""),
        ],
    )


def _conseil_nouveautes(valeurs: Valeurs, envoi: dt.date | None) -> str:
    """What would make the message stronger: one piece of news when there is
    none; the year of a month the message could not date itself (:func:`_dater`)
    when it goes out another year than the interview."""
    lignes = _saisie.lignes(valeurs, NOUVEAUTES)
    if not any(any(c.isalnum() for c in ligne) for ligne in lignes):
        return (
            "Votre message sera bien plus fort avec une nouvelle : une formation, une mission, un projet "
            "mené depuis l’entretien donne au recruteur une raison de vous répondre. Si vous en avez une, "
            f"ajoutez-la plus haut (« {NOUVEAUTES.libelle} ») : le message la reprend."
        )
    entretien = _saisie.jour(valeurs, DATE_ENTRETIEN)
    if not (envoi and entretien and envoi.year > entretien.year):
        return ""
    for ligne in lignes:
        ligne = _dater(valeurs, ligne, envoi)
        for trouve in _DATE_EN_MOTS.finditer(ligne):
            if trouve.group("annee") or re.match(r"[\s\u00a0\u202f]+(?:dernier|prochain)\b", ligne[trouve.end() :]):
                continue
            mot, jour = trouve.group(0), _mois_situe(valeurs, trouve)
            if jour is None:
                return (
                    f"Dans vos nouvelles, ajoutez l’année à « {mot} » : le message partira en {envoi.year}, "
                    "et le mois seul pourrait se lire autrement."
                )
            if jour.year < envoi.year:
                return (
                    f"Dans vos nouvelles, « {mot} » se lira mieux avec l’année (« {mot} {jour.year} ») : "
                    f"le message partira en {envoi.year}."
                )
    return ""


# --- Rendering --------------------------------------------------------------

NOM_ICS = "challenger-rappels.ics"


def _rappels(
    valeurs: Valeurs,
    echeances: list[Echeance],
    sujet: Callable[[dt.date], str | None],
    corps: Callable[[dt.date], str],
) -> Fichier | None:
    """One reminder per window, each with the message as it reads on that day
    (an availability past by then is left out of it, the year named if it changed)."""
    organisation = _saisie.organisation(valeurs)
    resume = franciser(f"Recontacter {organisation.nomme} – {_saisie.poste_de(valeurs)}")
    relire = "relisez-le et ajoutez ce qui a changé depuis"
    if _disponibilite_saisie(valeurs):
        relire += ", votre disponibilité en particulier"
    evenements = []
    for e in echeances:
        if e.fin is None or e.fenetre is None:
            continue
        objet_du_jour = sujet(e.fenetre.debut)
        entete = f"Objet : {objet_du_jour}\n\n" if objet_du_jour else ""
        fenetre = f"Fenêtre de contact : {_du_au(e.fenetre.debut, e.fenetre.fin)}."
        description = (
            f"{e.titre} de la personne recrutée {organisation.chez} : vers {_le(e.fin)}. "
            f"{' '.join(p for p in (fenetre, _conseil_voeux(e.fenetre)) if p)}\n\n"
            f"Le message préparé ({relire}) :\n\n{entete}{corps(e.fenetre.debut)}"
        )
        evenements.append(Evenement(e.fenetre.debut, resume, franciser(description)))
    if not evenements:
        return None
    return Fichier(NOM_ICS, "text/calendar", calendrier(evenements), objet="les rappels")


def _fin_du_cdd(arrivee: dt.date | None, mois: float | None) -> str:
    if not (arrivee and mois):
        return ""
    fin = fin_du_contrat(arrivee, mois)
    return (
        f"Le contrat lui-même s’achève vers {_le(fin)}. Si le besoin se prolonge au-delà, c’est une autre "
        "occasion de vous manifester, quelques semaines avant cette date."
    )


#: Said when a message with the season's wishes may go out after January.
SANS_VOEUX_APRES_JANVIER = "Si vous l’envoyez après le 31 janvier, supprimez la phrase des vœux."


def _conseil_voeux(fenetre: Fenetre | None) -> str:
    """:data:`SANS_VOEUX_APRES_JANVIER` for a window opening in January (the
    message carries the wishes) that runs past it, else ``""``."""
    if fenetre is None or not voeux(fenetre.debut) or fenetre.fin.month == 1:
        return ""
    return SANS_VOEUX_APRES_JANVIER


def rendre(valeurs: Valeurs) -> Rendu:
    """The plan, then the message; the reminders and, for an e-mail, the ``.eml``."""
    arrivee = estimer_arrivee(
        _saisie.jour(valeurs, DATE_EMBAUCHE), _saisie.jour(valeurs, DATE_REFUS), _saisie.nombre(valeurs, PREAVIS)
    )
    cdd = valeurs.get(CONTRAT.nom) == "cdd"
    mois = _saisie.nombre(valeurs, DUREE_CDD)
    employeur = _public(valeurs)
    if employeur:
        echeances = _echeances_publiques(arrivee, mois, employeur, cdd)
    elif cdd:
        echeances = [_echeance_cdd(arrivee, mois)]
    else:
        echeances = _echeances_cdi(arrivee, str(valeurs.get(CATEGORIE.nom) or CATEGORIE.defaut))
    prive = employeur is None
    estimee = arrivee is None or _saisie.jour(valeurs, DATE_EMBAUCHE) is None
    envois = sorted(e.fenetre.debut for e in echeances if e.fenetre)
    envoi = envois[0] if envois else None

    bref = valeurs.get(FORME.nom) == "court"

    def sujet_du(jour: dt.date | None) -> str | None:
        return None if bref else franciser(objet(valeurs, jour))

    def corps_du(jour: dt.date | None) -> str:
        return franciser(message_court(valeurs, jour) if bref else message(valeurs, jour))

    sujet, corps = sujet_du(envoi), corps_du(envoi)
    rappels = _rappels(valeurs, echeances, sujet_du, corps_du)

    plan = ["Votre plan pour reprendre contact", _question_employeur(valeurs), _paragraphe_arrivee(valeurs, arrivee)]
    plan += [_paragraphe_echeance(e, cdd, mois) for e in echeances]
    if cdd:
        plan.append(_fin_du_cdd(arrivee, mois))
    plan += [
        _pourquoi(cdd, prive, echeances),
        _incertitudes(estimee, cdd, prive, preavis=_preavis(valeurs) > 0),
        _conseil_nouveautes(valeurs, envoi),
        _conseil_disponibilite(valeurs, envois),
        _conseil_voeux(next((e.fenetre for e in echeances if e.fenetre and e.fenetre.debut == envoi), None)),
    ]
    if rappels:
        une = "la" if sum(1 for e in echeances if e.fenetre) == 1 else "chaque"
        plan.append(
            f"Le fichier d’agenda à télécharger inscrit l’ouverture de {une} fenêtre dans votre calendrier, "
            "avec un rappel la veille à 9\u00a0h."
        )
    message_et_objet = f"Objet : {sujet}\n\n{corps}" if sujet else corps
    texte = "\n\n".join([p for p in plan if p] + ["Le message à envoyer à l’ouverture de la fenêtre", message_et_objet])
    fichiers = [f for f in (rappels,) if f]
    if sujet is not None:
        fichiers.append(brouillon("challenger.eml", sujet, corps))
    return Rendu(franciser(texte), sujet, tuple(fichiers))


WIDGET = Widget(
    id="challenger",
    titre="Le plan du candidat challenger",
    description="Quand la période d’essai de la personne recrutée se termine, des rappels pour votre agenda "
    "et le message à envoyer au recruteur.",
    groupes=(
        Groupe("Vous et le recruteur", (CANDIDAT_NOM, CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM)),
        Groupe(
            "Le poste",
            (ENTREPRISE, ENTREPRISE_FORME, POSTE, DATE_ENTRETIEN, EMPLOYEUR, CATEGORIE, CONTRAT, DUREE_CDD),
        ),
        Groupe("L’arrivée de la personne recrutée", (DATE_REFUS, PREAVIS, DATE_EMBAUCHE)),
        Groupe("Votre message", (FORME, NOUVEAUTES, DISPONIBILITE)),
    ),
    rendre=rendre,
    ordre=(Apres(DATE_REFUS, DATE_ENTRETIEN), Apres(DATE_EMBAUCHE, DATE_ENTRETIEN)),
)
