"""The registry of widgets: one module per widget, each exporting ``WIDGET``.

To add a widget, write ``widgets/<id_with_underscores>.py`` declaring its fields
and a pure ``rendre(valeurs) -> Rendu``, then add its module name below.

Conventions every widget module follows (copy them in a new one):

- **Read what was typed through** :mod:`~rattrapage.widgets._saisie` **only**, with
  the field's declaration (``_saisie.ou_rien(valeurs, POINT)``, never
  ``valeurs.get("point")``): it francises, writes « chargé·e » in the chosen
  agreement, and hands back the writing layer's objects (:mod:`rattrapage.redaction`):
  ``_saisie.organisation`` (« à la mairie de Lyon »), ``_saisie.recruteur``
  (greeting, civilité), ``_saisie.poste``, ``_saisie.candidat``.
- **Free text goes through** :func:`rattrapage.redaction.nature.inserer`: a
  question is quoted, a sentence stands alone, a noun phrase fits the slot.
- **Placeholders** (« [nom du recruteur] ») only for a profile fact the text cannot
  do without; an empty optional field removes the sentence that would use it.
- **Non-breaking spaces: one rule, one function.** Our sentences are written with
  plain spaces before « : ; ! ? » and inside « »; :func:`rattrapage.typographie.franciser`,
  applied once to the finished text and subject at the end of ``rendre``, makes
  them the right non-breaking ones (idempotent, so the user's words are safe).
  Dates in words come from :mod:`rattrapage.dates` with theirs already.
- **Shared helpers, no copies**: dash lists and enumerations
  (:func:`~rattrapage.typographie.liste`, :func:`~rattrapage.typographie.puces`,
  :func:`~rattrapage.typographie.enumerer`), lower-casing
  (:func:`~rattrapage.typographie.minuscule` for our words,
  :func:`~rattrapage.typographie.minuscule_initiale` for typed ones), numbers in
  words and decimals (:mod:`rattrapage.nombres`), pronoun tests
  (:mod:`rattrapage.redaction.nature`), send days and holidays
  (:mod:`rattrapage.calendrier`), pages named in a text (:mod:`rattrapage.pages`).
- **Every default the form shows reads like an empty field** (a unit test holds
  each widget to it): the page and Python must agree before anyone types.
- **Dates in an impossible order** are declared in ``Widget(ordre=...)`` and
  refused by the validation, next to the later field.
"""

from __future__ import annotations

import importlib
from functools import cache

from rattrapage.champs import Widget

#: Module names, in the order the schema lists them.
MODULES = (
    "diagnostic",
    "script_feedback",
    "script_ressenti",
    "lettre_apres_entretien",
    "debrief",
    "challenger",
    "relance",
    "reponse_refus",
)


def tous() -> list[Widget]:
    """Every widget, in registry order."""
    return list(_par_id().values())


def par_id(widget_id: str) -> Widget | None:
    """The widget with this id, or ``None`` (called at every keystroke in the browser)."""
    return _par_id().get(widget_id)


@cache
def _par_id() -> dict[str, Widget]:
    """The registry, imported once: widgets are immutable declarations."""
    widgets = (importlib.import_module(f"{__name__}.{m}").WIDGET for m in MODULES)
    return {w.id: w for w in widgets}
