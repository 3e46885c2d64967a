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
    "Son nom",
    "text",
    max_len=80,
    manquant="[nom du recruteur]",
    exemple="Durand",
    aide="Son nom de famille («\u00a0Durand\u00a0»), ou ses prénom et nom si vous ne connaissez pas sa civilité.",
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
    aide="Tel qu’il figure dans l’annonce\u00a0: «\u00a0chargée de projet\u00a0». Une forme «\u00a0chargé·e\u00a0» "
    "est écrite selon l’accord choisi.",
)
DATE_ENTRETIEN = Champ(
    "date_entretien",
    "Date de l’entretien",
    "date",
    requis=True,
    manquant="[date de l’entretien]",
)

ENTREPRISE_FORME = Champ(
    "entreprise_forme",
    "Dans une phrase, on écrit…",
    "text",
    max_len=110,
    aide="Facultatif\u00a0: la façon de dire où vous postulez, si «\u00a0chez\u00a0» + le nom ne convient pas"
    "\u00a0: «\u00a0à la mairie de Lyon\u00a0», «\u00a0aux Transports Mercier\u00a0», «\u00a0au Bon Marché\u00a0».",
)

#: The profile in the order forms show it.
PROFIL = (
    CANDIDAT_NOM,
    CANDIDAT_ACCORD,
    RECRUTEUR_CIVILITE,
    RECRUTEUR_NOM,
    ENTREPRISE,
    ENTREPRISE_FORME,
    POSTE,
    DATE_ENTRETIEN,
)
