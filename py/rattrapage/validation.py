"""Validation: from untrusted JSON to the values a widget renders.

The rules come from the field declarations only. A missing or empty field is not
an error (the output shows its placeholder); a value that cannot be right is: a
wrong type, a choice outside the list, an impossible date, dates in an
impossible order (the widget's ``ordre``), a text over its maximum length. Messages are French and meant to be shown next to the field.
"""

from __future__ import annotations

import math
from typing import Any

from rattrapage.champs import Champ, Widget
from rattrapage.dates import en_lettres, lire_iso
from rattrapage.typographie import nettoyer_ligne, nettoyer_paragraphes

#: Dates outside this range are typing mistakes (« 0226 », « 20266 »).
ANNEE_MIN, ANNEE_MAX = 1990, 2100


class Invalide(ValueError):
    """One field's value cannot be right; the message is for the user."""


def _texte(champ: Champ, brut: Any) -> str | None:
    if not isinstance(brut, str):
        raise Invalide("Ce champ attend du texte.")
    texte = nettoyer_paragraphes(brut) if champ.type == "textarea" else nettoyer_ligne(brut)
    if champ.longueur_max is not None and len(texte) > champ.longueur_max:
        raise Invalide(
            f"Ce texte fait {len(texte)} caractères, pour {champ.longueur_max} au plus\u00a0: raccourcissez-le."
        )
    return texte or None


def _liste(champ: Champ, brut: Any) -> list[str] | None:
    if isinstance(brut, str):
        brut = brut.splitlines()
    if not isinstance(brut, list) or not all(isinstance(x, str) for x in brut):
        raise Invalide("Ce champ attend une liste de lignes de texte.")
    lignes = [ligne for ligne in (nettoyer_ligne(x).lstrip("-–—•* ").strip() for x in brut) if ligne]
    if champ.lignes_max is not None and len(lignes) > champ.lignes_max:
        raise Invalide(f"Gardez l’essentiel\u00a0: {champ.lignes_max} lignes au plus (vous en avez {len(lignes)}).")
    if champ.longueur_max is not None:
        for numero, ligne in enumerate(lignes, 1):
            if len(ligne) > champ.longueur_max:
                raise Invalide(f"La ligne {numero} fait {len(ligne)} caractères, pour {champ.longueur_max} au plus.")
    return lignes or None


def _date(brut: Any) -> str | None:
    if not isinstance(brut, str):
        raise Invalide("Ce champ attend une date.")
    brut = brut.strip()
    if not brut:
        return None
    try:
        date = lire_iso(brut)
    except ValueError:
        raise Invalide("Cette date n’existe pas\u00a0: vérifiez le jour et le mois.") from None
    if not ANNEE_MIN <= date.year <= ANNEE_MAX:
        raise Invalide(f"Choisissez une date entre {ANNEE_MIN} et {ANNEE_MAX}.")
    return date.isoformat()


def _choix(champ: Champ, brut: Any) -> str | None:
    if not isinstance(brut, str) or brut not in champ.valeurs():
        raise Invalide("Choisissez l’une des options proposées.")
    return brut


def _multi(champ: Champ, brut: Any) -> list[str]:
    if isinstance(brut, str):
        brut = [brut]
    if not isinstance(brut, list) or not all(isinstance(x, str) and x in champ.valeurs() for x in brut):
        raise Invalide("Choisissez parmi les options proposées.")
    return [v for v in champ.valeurs() if v in brut]


def _nombre(champ: Champ, brut: Any) -> float | int | None:
    if isinstance(brut, str):
        brut = brut.strip().replace(",", ".")
        if not brut:
            return None
        try:
            brut = float(brut)
        except ValueError:
            raise Invalide("Saisissez un nombre.") from None
    if isinstance(brut, bool) or not isinstance(brut, int | float) or not math.isfinite(brut):
        raise Invalide("Saisissez un nombre.")
    if champ.minimum is not None and brut < champ.minimum:
        raise Invalide(f"Saisissez un nombre supérieur ou égal à {champ.minimum:g}.")
    if champ.maximum is not None and brut > champ.maximum:
        raise Invalide(f"Saisissez un nombre inférieur ou égal à {champ.maximum:g}.")
    return int(brut) if float(brut).is_integer() else brut


def valeur(champ: Champ, brut: Any) -> Any:
    """The clean value of one field (``None`` when empty); :class:`Invalide` if wrong."""
    if brut is None or (brut == "" and champ.type in ("select", "radio")):
        # The form always shows a radio's default as checked: an absent radio
        # means that default, as it does for a checkbox.
        if champ.type == "multi":
            return list(champ.defaut or ())
        if champ.type == "checkbox":
            return bool(champ.defaut)
        return champ.defaut if champ.type in ("select", "radio") else None
    if champ.type in ("text", "textarea"):
        return _texte(champ, brut)
    if champ.type == "list":
        return _liste(champ, brut)
    if champ.type == "date":
        return _date(brut)
    if champ.type in ("select", "radio"):
        return _choix(champ, brut)
    if champ.type == "multi":
        return _multi(champ, brut)
    if champ.type == "checkbox":
        if not isinstance(brut, bool):
            raise Invalide("Cochez ou décochez la case.")
        return brut
    return _nombre(champ, brut)


def valider(widget: Widget, donnees: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Values for ``widget.rendre`` and the errors by field name.

    Fields the widget does not declare are ignored: the shared profile sends the
    same fields to every widget.
    """
    if not isinstance(donnees, dict):
        return {}, {"_": "Les données doivent être un objet JSON (nom du champ → valeur)."}
    valeurs: dict[str, Any] = {}
    erreurs: dict[str, str] = {}
    for champ in widget.champs:
        try:
            valeurs[champ.nom] = valeur(champ, donnees.get(champ.nom))
        except Invalide as e:
            erreurs[champ.nom] = str(e)
            valeurs[champ.nom] = valeur(champ, None)
    for apres in widget.ordre:
        date, reference = valeurs.get(apres.champ.nom), valeurs.get(apres.reference.nom)
        if date and reference and date < reference:  # ISO dates compare as text
            erreurs[apres.champ.nom] = (
                f"Cette date précède la {apres.reference.libelle[0].lower()}{apres.reference.libelle[1:]} "
                f"({en_lettres(lire_iso(reference))})\u00a0: vérifiez-la."
            )
            valeurs[apres.champ.nom] = None
    return valeurs, erreurs
