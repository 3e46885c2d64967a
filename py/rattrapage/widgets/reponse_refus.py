"""Répondre à un refus : remercier, demander un retour précis, rester dans le vivier.

A refusal is still a contact. A short, gracious answer leaves a good impression,
can bring the feed-back the candidate lacked (the article's point 2, asked for
afterwards) and keeps them in the recruiter's pool for a later position (point 4:
« que la porte ne reste pas définitivement fermée »).

The email has the length of a thank-you email (three short paragraphs, well under
200 words): light thanks for the answer and the interview, then the decision
accepted without bitterness or pleading, the position named there once (the
subject names it too); a feed-back request of at most two specific questions, put
as a professional asks for a view (« Votre regard me serait précieux »), cheap to
answer (a few lines or ten minutes on the phone), however many points were ticked,
since neighbouring points are merged (skills, experience and the comparison go into
« what made the difference with the chosen profile »); the wish to be thought of
later, with the other positions typed (« si un poste de … ou de … s’ouvrait »,
« de » repeated before each title; a mission, « DAF de transition », is needed
rather than opened: « ou si vous aviez besoin d’une DAF de transition »).
The recruiter works for the company: it is « vous rejoindre », never its name
again. For a runner-up it adds, without boasting, that reaching the last round
encourages them, and the last paragraph opens the door once for both cases, the
choice falling through or another opening; the advice about the end of the trial
period belongs to the « Candidat challenger » page, named in the field's help, not
in the email.

An empty optional field removes its sentence: with no refusal date, no feed-back
and no pool, what is left is a short thank-you that can be signed as it is, closed
without a familiar turn (a public employer's next offers followed, or the hope to
talk again).

The short format (a LinkedIn note or an SMS, :data:`~rattrapage.widgets._courriel.LIMITE_COURT`
characters) keeps the same moves in fewer words: each sentence has shorter
variants, given up in order of importance until the message fits, ten characters
under the limit when one small step buys that margin.

Timing, as the page says (writing guide § 2): answer a few days after the refusal
for feed-back; a month or more before getting back in touch about another position.
The field help says so; the output is the message alone, so that copying it or
opening it in the mail client sends nothing else.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rattrapage.accord import selon_accord
from rattrapage.champs import Apres, Champ, Choix, Groupe, Rendu, Valeurs, Widget
from rattrapage.redaction.nature import en_citation, en_groupe, en_phrase, nature
from rattrapage.redaction.organisation import publique
from rattrapage.typographie import elide, enumerer, franciser, majuscule, minuscule
from rattrapage.widgets import _saisie
from rattrapage.widgets._courriel import FORME, brouillon, choisir_court, courriel, court
from rattrapage.widgets.profil import DATE_ENTRETIEN, POSTE, PROFIL

DATE_REFUS = Champ(
    "date_refus",
    "Date de la réponse négative",
    "date",
    aide="Facultative : le message remercie alors pour « votre réponse du 20\u00a0mars ». "
    "Répondez quelques jours après le refus, une fois la première émotion passée, pas dans l’heure.",
)
DEMANDE_FEEDBACK = Champ(
    "demande_feedback",
    "Demander un retour précis",
    "checkbox",
    defaut=True,
    aide="Quelques lignes par e-mail ou un appel de dix minutes, au choix du recruteur.",
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
    aide="Deux points suffisent : une question précise obtient plus souvent une réponse. Si vous en cochez "
    "davantage, le message regroupe les points proches et ne pose jamais plus de deux questions.",
)
VIVIER = Champ(
    "vivier",
    "Demander à rester dans son vivier",
    "checkbox",
    defaut=True,
    aide="Pour reprendre contact au sujet d’un autre poste, laissez passer un mois ou plus après le refus.",
)
AUTRES_POSTES = Champ(
    "autres_postes",
    "D’autres postes qui vous intéresseraient",
    "text",
    longueur_max=200,
    aide="Des intitulés, sans article : « chef de projet qualité ou responsable amélioration continue ».",
    exemple="chef de projet qualité ou responsable amélioration continue",
)
FINALISTE = Champ(
    "finaliste",
    "Ma candidature était l’une des deux dernières en lice",
    "checkbox",
    defaut=False,
    aide="Le message le dit sobrement et laisse la porte ouverte si la situation évolue. Consultez ensuite la page "
    "du candidat challenger pour choisir le moment de revenir vers le recruteur.",
)

#: Each point alone as an indirect question, the complement of « me dire ».
QUESTIONS = {
    "competences": "quelles compétences il m’aurait fallu renforcer",
    "experience": "ce qui a manqué à mon expérience au regard de vos attentes",
    "entretien": "comment j’aurais pu mieux présenter mon parcours en entretien",
    "ecart": "ce qui a fait la différence avec le profil retenu",
}
#: Skills and experience together, without the comparison.
_COMPETENCES_ET_EXPERIENCE = "ce qui a manqué à mon profil, en compétences comme en expérience"
#: The comparison with skills or with experience: asked about the candidate's own
#: profile, never about the person hired (a recruiter will not discuss them); with
#: both, the comparison alone covers them.
_ECART_SUR: dict[tuple[str, ...], str] = {
    (
        "competences",
    ): "ce qui a fait la différence lors du choix final, et quelles compétences il m’aurait fallu renforcer",
    ("experience",): "ce qui a fait la différence lors du choix final, et sur quels points mon expérience gagnerait à "
    "se renforcer",
}
#: With no point chosen: the page's own example, cheap to answer.
QUESTION_GENERALE = "sur quel point vous me conseilleriez de progresser en priorité"
#: What the request is worth to the candidate, said as a professional would.
VOTRE_REGARD = "Votre regard me serait précieux"

#: A list of positions typed with its own article or noun (« un poste de… »)
#: cannot follow « un poste de »: it is then a sentence of its own.
_DEBUTS_AUTONOMES = (
    *("un ", "une ", "des ", "le ", "la ", "les ", "l’", "d’", "de ", "du ", "mon ", "ma ", "mes "),
    *("poste", "autre", "tout ", "toute "),
)
#: What makes a typed title a mission rather than a post that opens (« DAF de
#: transition »): « si vous aviez besoin d’une DAF de transition ».
_MISSIONS = re.compile(r"\b(?:de transition|en intérim|par intérim)\b", re.IGNORECASE)


def objet(valeurs: Valeurs) -> str:
    """« Votre réponse à ma candidature – poste de chargée de projet »."""
    return f"Votre réponse à ma candidature – {_saisie.poste_de(valeurs)}"


def _date_entretien(valeurs: Valeurs) -> str:
    """The interview date without its year, which the recruiter knows, unless the
    refusal came in another year (« 18 décembre 2025 » for a reply in January)."""
    refus = _saisie.annee(valeurs, DATE_REFUS)
    autre_annee = refus is not None and refus != _saisie.annee(valeurs, DATE_ENTRETIEN)
    return _saisie.date(valeurs, DATE_ENTRETIEN, annee=autre_annee)


def remerciements(valeurs: Valeurs) -> str:
    """The thanks for the answer and for the interview, light: the subject names
    the position, and the next sentence does once."""
    refus = _saisie.date_ou_rien(valeurs, DATE_REFUS, annee=False)
    reponse = f"votre réponse du {refus}," if refus else "votre réponse"
    return f"Merci pour {reponse} et pour le temps que vous m’avez accordé le {_date_entretien(valeurs)}."


def acceptation(valeurs: Valeurs) -> str:
    """The decision accepted, without bitterness, with the position named."""
    return f"J’espérais une autre issue pour le {_saisie.poste_de(valeurs)}, mais je comprends votre décision."


#: A runner-up says soberly what it means to them; the door they keep open is
#: in the last paragraph.
FINALISTE_TEXTE = "Savoir que ma candidature est allée jusqu’à la dernière étape m’encourage beaucoup."


def questions(points: list[str]) -> list[str]:
    """At most two indirect questions, whatever the number of points ticked:
    the profile points merged into one, the interview the other one."""
    profil = tuple(p for p in ("competences", "experience") if p in points)
    if "ecart" in points:
        sur_le_profil = _ECART_SUR.get(profil, QUESTIONS["ecart"])
    elif len(profil) == 2:
        sur_le_profil = _COMPETENCES_ET_EXPERIENCE
    elif profil:
        sur_le_profil = QUESTIONS[profil[0]]
    else:
        sur_le_profil = ""
    liste = [q for q in (sur_le_profil, QUESTIONS["entretien"] if "entretien" in points else "") if q]
    return liste or [QUESTION_GENERALE]


def demande_de_retour(points: list[str]) -> str:
    """The feed-back request: one or two specific questions, and how little it asks."""
    demande = f"{VOTRE_REGARD} : accepteriez-vous de me dire {', et '.join(questions(points))} ?"
    return f"{demande} Quelques lignes par e-mail ou un appel de dix minutes, à votre convenance, me suffiraient."


#: The first word of each job title in a list (« Chargé ou Chargée », « A, B ou C »).
_DEBUT_D_INTITULE = re.compile(r"(^|, | ou )([^\W\d_][\w’-]*)")


def _intitules(texte: str) -> str:
    """Job titles after « de »: the first letter of each one lowered unless an
    acronym (« DAF », « DevOps » keep theirs)."""

    def baisser(m: re.Match[str]) -> str:
        mot = m.group(2)
        return m.group(1) + (minuscule(mot) if mot[1:] == mot[1:].lower() else mot)

    return _DEBUT_D_INTITULE.sub(baisser, texte)


def _meme_mot(masculin: str, feminin: str) -> bool:
    """« chargé » and « chargée », « directeur » and « directrice »: one word in
    its two agreements, as a doublet writes them (not two titles)."""
    masculin, feminin = masculin.lower(), feminin.lower()
    commun = next((i for i, (m, f) in enumerate(zip(masculin, feminin, strict=False)) if m != f), None)
    if commun is None:
        commun = min(len(masculin), len(feminin))
    return masculin != feminin and commun >= 4 and commun >= len(masculin) - 4


def _titres(groupe: str) -> list[str]:
    """The job titles of a typed list: « A ou B », « A, B ou C » (a comma splits
    only a list that ends with « ou », so that « responsable RH, paie et
    administration » stays one title); a doublet (« chargé ou chargée de
    communication », « responsable administratif ou administrative ») stays one."""
    morceaux = re.split(r"\s+ou\s+", groupe)
    morceaux = [m for avant in morceaux[:-1] for m in re.split(r"\s*,\s+", avant)] + morceaux[-1:]
    titres: list[str] = []
    for morceau in morceaux:
        if titres:
            precedent = titres[-1]
            un_mot = " " not in precedent and _meme_mot(precedent, morceau.split(" ")[0])
            if un_mot or (" " not in morceau and _meme_mot(precedent.split(" ")[-1], morceau)):
                titres[-1] = f"{precedent} ou {morceau}"
                continue
        titres.append(morceau)
    return titres


def _est_un_titre(morceau: str) -> bool:
    """A job title: words, no sentence, no article of its own."""
    return (
        bool(morceau.strip(" -’"))
        and nature(morceau) == "groupe"
        and not morceau.lower().startswith(_DEBUTS_AUTONOMES)
        and not re.search(r"[.;:!?()«»]", morceau)
    )


@dataclass(frozen=True)
class AutresPostes:
    """The other positions typed: « un poste de A ou de B » (``postes``), missions
    one may need (``besoins``: « d’une DAF de transition »), or a sentence of their
    own (``phrase``)."""

    postes: str = ""
    besoins: str = ""
    phrase: str = ""

    def conditions(self, *, present: bool = False) -> list[str]:
        """« un poste de … s’ouvrait », « vous aviez besoin d’… », each after « si »."""
        ouvre, besoin = ("s’ouvre", "vous avez besoin") if present else ("s’ouvrait", "vous aviez besoin")
        return [
            *([f"{self.postes} {ouvre}"] if self.postes else []),
            *([f"{besoin} {self.besoins}"] if self.besoins else []),
        ]


def _postes_et_besoins(groupe: str, accord: str | None) -> AutresPostes:
    """« un poste de développeur back-end ou d’ingénieur DevOps junior », « de »
    repeated before each title (elided); a title of a mission (« DAF de
    transition ») is needed rather than opened, with the candidate's article
    (none in the neutral wording: it then stays a post)."""
    titres = _titres(groupe)
    if len(titres) > 1 and not all(_est_un_titre(t) for t in titres):
        titres = [groupe]
    article = {"feminin": "une", "masculin": "un"}.get(accord or "")
    postes = [t for t in titres if not (article and _MISSIONS.search(t))]
    missions = [t for t in titres if t not in postes]
    return AutresPostes(
        postes="un poste " + enumerer([elide("de", _intitules(t)) for t in postes], "ou") if postes else "",
        besoins=enumerer([elide("de", f"{article} {_intitules(t)}") for t in missions], "ou"),
    )


def autres_postes(valeurs: Valeurs) -> AutresPostes:
    """The other positions typed: job titles for « si un poste de … s’ouvrait »
    (« un poste de chef de projet qualité »), or a sentence of their own."""
    texte = _saisie.ou_rien(valeurs, AUTRES_POSTES)
    genre = nature(texte) if texte.strip(' \u00a0\u202f«»"“”.,;:!?…') else None
    if genre == "question":  # the candidate's own question, asked as such
        return AutresPostes(phrase=en_citation(texte).removeprefix("«\u00a0").removesuffix("\u00a0»"))
    if genre == "phrase":
        return AutresPostes(phrase=en_phrase(texte))
    if genre == "groupe":
        groupe = en_groupe(texte)
        if groupe.lower().startswith(_DEBUTS_AUTONOMES):
            return AutresPostes(phrase=f"J’étudierais aussi volontiers d’autres pistes : {groupe}.")
        return _postes_et_besoins(groupe, _saisie.accord(valeurs))
    return AutresPostes()


def _si(conditions: list[str], *, virgule: bool = True) -> str:
    """« si A », « si A, ou si B », « si A, si B, ou si C » (without the comma
    before « ou » in the short message)."""
    clauses = [f"si {c}" for c in conditions]
    if len(clauses) < 2:
        return "".join(clauses)
    return f"{', '.join(clauses[:-1])}{',' if virgule else ''} ou {clauses[-1]}"


def _souhait(accord: str | None) -> str:
    return selon_accord(
        accord,
        feminin="je serais heureuse que vous",
        masculin="je serais heureux que vous",
        neutre="j’aimerais que vous",
    )


REJOINDRE = "Vous rejoindre m’intéresse toujours"
SI_LA_SITUATION = "si la situation venait à évoluer"


def porte_ouverte(valeurs: Valeurs, accord: str | None) -> str:
    """The last paragraph: the interest kept and the wish to be remembered (the
    pool), and for a runner-up, the door left open if the choice falls through,
    said once."""
    vivier = bool(valeurs.get(VIVIER.nom))
    finaliste = bool(valeurs.get(FINALISTE.nom))
    souhait = _souhait(accord)
    if not vivier:
        return f"{majuscule(SI_LA_SITUATION)}, {souhait} pensiez à moi." if finaliste else ""
    autres = autres_postes(valeurs)
    conditions = autres.conditions()
    if finaliste:
        # Other positions in a sentence of their own say the second case themselves.
        if not conditions and not autres.phrase:
            conditions = ["une autre occasion se présentait"]
        conditions = [SI_LA_SITUATION.removeprefix("si "), *conditions]
    if conditions:
        vivier_texte = f"{REJOINDRE}. {majuscule(_si(conditions))}, {souhait} pensiez à moi."
    else:
        vivier_texte = f"{REJOINDRE} : {souhait} gardiez ma candidature à l’esprit pour un prochain recrutement."
    return f"{vivier_texte} {autres.phrase}".rstrip()


def employeur_public(valeurs: Valeurs) -> bool:
    """Whether the employer is a public one (:data:`~rattrapage.redaction.organisation.PUBLIQUES`)."""
    return publique(_saisie.organisation(valeurs))


def conclusion(valeurs: Valeurs) -> str:
    """The closing sentence when nothing is asked: the public employer's next
    offers followed, or the wish to talk again; never a familiar turn."""
    if employeur_public(valeurs):
        return "Je continuerai de suivre avec intérêt vos prochaines offres."
    return "J’espère que nous aurons l’occasion d’échanger de nouveau."


def _email(valeurs: Valeurs) -> Rendu:
    accord = _saisie.accord(valeurs)
    feedback = bool(valeurs.get(DEMANDE_FEEDBACK.nom))
    ouverture = [remerciements(valeurs), acceptation(valeurs)]
    if valeurs.get(FINALISTE.nom):
        ouverture.append(FINALISTE_TEXTE)
    paragraphes = [" ".join(ouverture)]
    if feedback:
        paragraphes.append(demande_de_retour(list(valeurs.get(POINTS_FEEDBACK.nom) or [])))
    fin = porte_ouverte(valeurs, accord)
    if fin:
        paragraphes.append(fin)
    elif not feedback:
        paragraphes.append(conclusion(valeurs))
    # Our sentences are written with plain spaces before « ? : »; franciser makes
    # them non-breaking, and is idempotent on the user's words.
    texte = franciser(courriel(valeurs, paragraphes))
    sujet = franciser(objet(valeurs))
    return Rendu(texte, sujet, (brouillon("reponse-refus.eml", sujet, texte),))


#: The first question in fewer words, for the short message.
_QUESTIONS_BREVES = {
    QUESTIONS["experience"]: "ce qui a manqué à mon expérience",
    QUESTIONS["entretien"]: "comment j’aurais pu mieux présenter mon parcours",
    _COMPETENCES_ET_EXPERIENCE: "ce qui a manqué à mon profil",
    **{question: QUESTIONS["ecart"] for question in _ECART_SUR.values()},
}

#: A sentence of the short message: its wording and what giving up the fullest
#: wording costs: the position named comes first, then a specific question,
#: then the regret; the date and « en quelques mots » go first.
Variante = tuple[str, int]


def variantes_courtes(valeurs: Valeurs) -> list[list[Variante]]:
    """The short message's sentences in order, each with its variants from the
    fullest to the shortest."""
    entretien = _saisie.date_ou_rien(valeurs, DATE_ENTRETIEN, annee=False)
    echange = "pour notre échange" + (f" du {entretien}" if entretien else "")
    poste = "le " + _saisie.poste_de(valeurs) if _saisie.ou_rien(valeurs, POSTE) else ""
    merci = [
        *([(f"Merci pour votre réponse concernant {poste}, et {echange}.", 0)] if poste else []),
        *([(f"Merci pour votre réponse concernant {poste}.", 1)] if poste else []),
        (f"Merci pour votre réponse et {echange}.", 6),
        *([("Merci pour votre réponse et pour notre échange.", 7)] if entretien else []),
        ("Merci pour votre réponse.", 8),
    ]
    phrases: list[list[Variante]] = [
        merci,
        [("J’espérais une autre issue, mais je comprends votre décision.", 0), ("Je comprends votre décision.", 2)],
    ]
    feedback = bool(valeurs.get(DEMANDE_FEEDBACK.nom))
    vivier = bool(valeurs.get(VIVIER.nom))
    finaliste = bool(valeurs.get(FINALISTE.nom))
    if feedback:
        premiere = questions(list(valeurs.get(POINTS_FEEDBACK.nom) or []))[0]
        breve = _QUESTIONS_BREVES.get(premiere, premiere)
        phrases.append(
            [
                (f"Pourriez-vous me dire en quelques mots {premiere} ?", 0),
                (f"Pourriez-vous me dire {premiere} ?", 1),
                (f"Pourriez-vous me dire en quelques mots {breve} ?", 2),
                (f"Pourriez-vous me dire {breve} ?", 3),
                ("Votre conseil me serait précieux.", 10),
            ]
        )
    souhait = _souhait(_saisie.accord(valeurs))
    if vivier:
        conditions = autres_postes(valeurs).conditions(present=True)
        if finaliste:
            ouvre = [_si(["la situation évolue", *conditions], virgule=False)] if conditions else []
            phrases.append(
                [
                    *[(f"{majuscule(o)}, {souhait} pensiez à moi.", 0) for o in ouvre],
                    (f"Si la situation évolue ou si une autre occasion se présente, {souhait} pensiez à moi.", 2),
                    (f"Si la situation évolue ou si un autre poste s’ouvre, {souhait} pensiez à moi.", 3),
                ]
            )
        else:
            ouvre = [_si(conditions, virgule=False)] if conditions else []
            phrases.append(
                [
                    *[(f"{majuscule(o)}, {souhait} pensiez à moi.", 0) for o in ouvre],
                    (f"{majuscule(souhait)} pensiez à moi pour un prochain recrutement.", 2),
                    (f"{majuscule(souhait)} pensiez à moi à l’avenir.", 3),
                ]
            )
    elif finaliste:
        phrases.append([(f"Si la situation évolue, {souhait} pensiez à moi.", 0)])
    elif not feedback:
        phrases.append([(conclusion(valeurs), 0)])
    return phrases


#: What the margin under the limit is worth (:func:`_courriel.choisir_court`): one
#: small step (« en quelques mots », a shorter closing), never the position
#: named nor the question.
_PRIX_DE_LA_MARGE = 1


def message_court(valeurs: Valeurs) -> str:
    """The short message within :data:`LIMITE_COURT` characters when it can be:
    among the combinations of variants that fit, the one that gives up least
    (the longest on a tie), or one within :data:`CIBLE_COURT` that gives up
    little more; when none fits, the shortest."""
    candidats = (
        (sum(cout for _, cout in combinaison), franciser(court(valeurs, [phrase for phrase, _ in combinaison])))
        for combinaison in itertools.product(*variantes_courtes(valeurs))
    )
    return choisir_court(candidats, prix_de_la_marge=_PRIX_DE_LA_MARGE)


def rendre(valeurs: Valeurs) -> Rendu:
    """The email, its subject and its ``.eml`` draft; or the short message alone."""
    if valeurs.get(FORME.nom) == "court":
        return Rendu(message_court(valeurs))
    return _email(valeurs)


WIDGET = Widget(
    id="reponse-refus",
    titre="Répondre à un refus",
    description="Un court message qui remercie, demande un retour précis et garde le contact.",
    groupes=(
        Groupe("Vous et le recruteur", PROFIL),
        Groupe("Le refus", (DATE_REFUS, FINALISTE)),
        Groupe("Ce que vous demandez", (DEMANDE_FEEDBACK, POINTS_FEEDBACK, VIVIER, AUTRES_POSTES)),
        Groupe("Le message", (FORME,)),
    ),
    rendre=rendre,
    ordre=(Apres(DATE_REFUS, DATE_ENTRETIEN),),
)
