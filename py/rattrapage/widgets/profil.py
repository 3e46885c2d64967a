"""The shared profile: fields entered once that prefill every widget.

Their names are part of the contract (``candidat_nom``, ``recruteur_civilite``…);
widgets import these declarations instead of redeclaring them.
"""

from __future__ import annotations

from rattrapage.champs import Champ, Choix

CANDIDAT_NOM = Champ(
    "candidat_nom",
    "Vos prénom et nom",
    "text",
    requis=True,
    max_len=80,
    manquant="[vos prénom et nom]",
    exemple="Camille Martin",
)
CANDIDAT_ACCORD = Champ(
    "candidat_accord",
    "Accords vous concernant",
    "radio",
    choix=(
        Choix("feminin", "Au féminin («\u00a0ravie\u00a0»)"),
        Choix("masculin", "Au masculin («\u00a0ravi\u00a0»)"),
        Choix("neutre", "Tournures sans accord"),
    ),
    defaut="neutre",
    aide="Le texte n’utilise jamais «\u00a0ravi(e)\u00a0»\u00a0: choisissez l’accord qui vous correspond.",
)
RECRUTEUR_CIVILITE = Champ(
    "recruteur_civilite",
    "Civilité de votre interlocuteur",
    "radio",
    choix=(Choix("madame", "Madame"), Choix("monsieur", "Monsieur"), Choix("inconnu", "Je ne sais pas")),
    defaut="inconnu",
)
RECRUTEUR_NOM = Champ(
    "recruteur_nom",
    "Son nom de famille",
    "text",
    max_len=80,
    manquant="[nom du recruteur]",
    exemple="Durand",
)
ENTREPRISE = Champ(
    "entreprise",
    "Entreprise",
    "text",
    requis=True,
    max_len=100,
    manquant="[entreprise]",
    exemple="Ateliers Lumière",
)
POSTE = Champ(
    "poste",
    "Intitulé du poste",
    "text",
    requis=True,
    max_len=120,
    manquant="[intitulé du poste]",
    exemple="chargée de projet",
    aide="Tel qu’il figure dans l’annonce, sans majuscule initiale\u00a0: «\u00a0chargé de projet\u00a0».",
)
DATE_ENTRETIEN = Champ(
    "date_entretien",
    "Date de l’entretien",
    "date",
    requis=True,
    manquant="[date de l’entretien]",
)

#: The profile in the order forms show it.
PROFIL = (CANDIDAT_NOM, CANDIDAT_ACCORD, RECRUTEUR_CIVILITE, RECRUTEUR_NOM, ENTREPRISE, POSTE, DATE_ENTRETIEN)
