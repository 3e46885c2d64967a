"""Properties of the writing layer over every widget (issue: texts a coach would sign).

Each widget starts from a realistic person (the persona « Nadia », kept as a golden
case) and hypothesis varies every choice the form offers (mode, tone, agreement,
civilité…), then types something awkward into the text fields:

- no « · » and no « (e) » ever reaches a text, whatever is typed;
- no « [ » when every required field is filled and the optional ones are empty;
- a typed question is quoted, never pasted after a lower-case word;
- company names with an article, an institution or a legal form never give
  « de Le », « à Les », « chez Mairie » or « SA ».
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rattrapage.api import rendre
from rattrapage.champs import Champ, Widget
from rattrapage.widgets import tous

from tests.golden_files import RACINE, entree

QUESTION = "Pourquoi voulez-vous quitter votre poste actuel ?"
INCLUSIFS = ["chargé·e de communication", "motivé(e) et disponible", "directeur·rice financier·ère", "Technicien.ne"]
ENTREPRISES = [
    "Le Bon Marché",
    "La Redoute",
    "Les Échos",
    "L’Atelier des Chefs",
    "Mairie de Lyon",
    "Hôpital Saint-Louis",
    "Groupe Altéa SA",
    "Orange SAS",
    "Ubisoft SARL",
    "Dupont & Cie",
    "Airbus",
    "Ateliers Lumière",
]
_MAUVAISES_FORMES = re.compile(
    r"\b(?:de|à) (?:Le|Les|le|les) |\bchez (?:Le|La|Les|Mairie|Hôpital|Groupe|mairie|hôpital|groupe)\b"
    r"|\bde [AEIOUÉÈaeiouéè]\w|\b(?:SA|SAS|SARL)\b|& Cie"
)
_REGLAGES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _persona(widget: Widget) -> dict[str, Any]:
    return dict(entree(RACINE / widget.id / "persona-nadia.json"))


def _choix(widget: Widget) -> st.SearchStrategy[dict[str, Any]]:
    """Every choice of the form drawn at random (texts and dates stay realistic)."""
    tirages: dict[str, st.SearchStrategy[Any]] = {}
    for champ in widget.champs:
        if champ.type in ("radio", "select"):
            tirages[champ.nom] = st.sampled_from(champ.valeurs())
        elif champ.type == "multi":
            tirages[champ.nom] = st.lists(st.sampled_from(champ.valeurs()), unique=True)
        elif champ.type == "checkbox":
            tirages[champ.nom] = st.booleans()
    return st.fixed_dictionaries(tirages)


def _textes(widget: Widget) -> list[Champ]:
    return [c for c in widget.champs if c.type in ("text", "textarea", "list")]


def _texte_de(reponse: dict[str, Any]) -> str:
    assert not reponse["errors"], reponse["errors"]
    return "\n".join([reponse["text"], reponse.get("subject") or ""])


def _saisir(champ: Champ, texte: str) -> Any:
    return [texte] if champ.type == "list" else texte


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_no_abbreviated_inclusive_form_reaches_a_text(widget):
    @_REGLAGES
    @given(_choix(widget), st.sampled_from(INCLUSIFS))
    def verifier(choix, inclusif):
        donnees = {**_persona(widget), **choix}
        for champ in _textes(widget):
            donnees[champ.nom] = _saisir(champ, inclusif)
        texte = _texte_de(rendre(widget.id, donnees))
        assert "·" not in texte and "(e)" not in texte and ".ne" not in texte, texte

    verifier()


@pytest.mark.parametrize("widget", tous(), ids=lambda w: w.id)
def test_no_placeholder_when_only_optional_fields_are_empty(widget):
    persona = _persona(widget)

    @_REGLAGES
    @given(_choix(widget))
    def verifier(choix):
        donnees = {c.nom: persona[c.nom] for c in widget.champs if c.requis and c.nom in persona}
        donnees.update({k: v for k, v in choix.items() if k in donnees or widget.champ(k).type != "multi"})
        texte = _texte_de(rendre(widget.id, donnees))
        assert "[" not in texte, texte

    verifier()


@pytest.mark.parametrize("widget", [w for w in tous() if _textes(w)], ids=lambda w: w.id)
def test_a_typed_question_is_quoted_or_stands_alone(widget):
    @_REGLAGES
    @given(_choix(widget), st.sampled_from(_textes(widget)))
    def verifier(choix, champ):
        donnees = {**_persona(widget), **choix, champ.nom: _saisir(champ, QUESTION)}
        texte = _texte_de(rendre(widget.id, donnees))
        # On one line: a signature line after « Bien cordialement, » stands alone.
        assert not re.search(r"[a-zà-ÿ,][ \u00a0\u202f]+Pourquoi voulez-vous", texte), texte

    verifier()


@pytest.mark.parametrize("widget", [w for w in tous() if "entreprise" in {c.nom for c in w.champs}], ids=lambda w: w.id)
def test_company_names_take_their_article_and_lose_their_legal_form(widget):
    @_REGLAGES
    @given(_choix(widget), st.sampled_from(ENTREPRISES))
    def verifier(choix, entreprise):
        donnees = {**_persona(widget), **choix, "entreprise": entreprise}
        texte = _texte_de(rendre(widget.id, donnees))
        assert not _MAUVAISES_FORMES.search(texte), _MAUVAISES_FORMES.search(texte)

    verifier()
