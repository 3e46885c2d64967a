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
    longueur_max=80,
    manquant="[vos prénom et nom]",
    exemple="Camille Martin",
)
CANDIDAT_ACCORD = Champ(
    "candidat_accord",
    "Accords vous concernant",
    "radio",
    choix=(
        Choix("feminin", "Au féminin (« ravie »)"),
        Choix("masculin", "Au masculin (« ravi »)"),
        Choix("neutre", "Tournures sans accord"),
    ),
    defaut="neutre",
    aide="Le texte n’utilise jamais « ravi(e) » : choisissez l’accord qui vous correspond.",
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
    longueur_max=80,
    manquant="[nom du recruteur]",
    exemple="Durand",
    aide="Son nom de famille (« Durand »), ou ses prénom et nom si vous ne connaissez pas sa civilité.",
)
ENTREPRISE = Champ(
    "entreprise",
    "Entreprise",
    "text",
    requis=True,
    longueur_max=100,
    manquant="[entreprise]",
    exemple="Ateliers Lumière",
)
POSTE = Champ(
    "poste",
    "Intitulé du poste",
    "text",
    requis=True,
    longueur_max=120,
    manquant="[intitulé du poste]",
    exemple="chargée de projet",
    aide="Tel qu’il figure dans l’annonce : « chargée de projet ». Une forme « chargé·e » "
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
    longueur_max=110,
    aide="Facultatif : la façon de dire où vous postulez, si « chez » + le nom ne convient pas"
    " : « à la mairie de Lyon », « aux Transports Mercier », « au Bon Marché ».",
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
