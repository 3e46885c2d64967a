"""The written debrief: reading « question -> réponse » lines, escaping Markdown, dating actions."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rattrapage.typographie import ecarts
from rattrapage.widgets.debrief import (
    WIDGET,
    apres_deux_points,
    echapper_markdown,
    echeance,
    separer_question,
)

from tests.unit.saisies import valeurs_valides


def _rendu(donnees: dict[str, object]):
    return WIDGET.rendre(valeurs_valides(WIDGET, donnees))


def _markdown(donnees: dict[str, object]) -> str:
    (fichier,) = _rendu(donnees).files
    return fichier.content


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Pourquoi ce poste ?", ("Pourquoi ce poste ?", None)),
        ("Pourquoi ce poste ? -> mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ? → mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ? | mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ?->mon projet", ("Pourquoi ce poste ?", "mon projet")),
        ("Pourquoi ce poste ?|mon projet", ("Pourquoi ce poste ?", "mon projet")),
        # Only the first separator splits: the answer keeps the others.
        ("Vos atouts ? -> rigueur -> écoute | humour", ("Vos atouts ?", "rigueur -> écoute | humour")),
        ("Vos atouts ? | A → B", ("Vos atouts ?", "A → B")),
        # An empty side.
        ("Pourquoi ce poste ? ->", ("Pourquoi ce poste ?", None)),
        ("Pourquoi ce poste ? ->   ", ("Pourquoi ce poste ?", None)),
        ("| une réponse sans question", ("", "une réponse sans question")),
        ("", ("", None)),
        # A lone dash or chevron is not a separator.
        ("Un poste à mi-temps - pourquoi ?", ("Un poste à mi-temps - pourquoi ?", None)),
        ("Votre salaire > 40 k€ ?", ("Votre salaire > 40 k€ ?", None)),
    ],
)
def test_trap_question_line_splits_into_question_and_better_answer(ligne, attendu):
    assert separer_question(ligne) == attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("texte ordinaire, accentué : déjà", "texte ordinaire, accentué : déjà"),
        ("[lien](https://exemple.fr)", r"\[lien\](https://exemple.fr)"),
        ("![image](x.png)", r"!\[image\](x.png)"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("<https://exemple.fr>", r"\<https://exemple.fr\>"),
        ("*gras* et _italique_", r"\*gras\* et \_italique\_"),
        ("`code`", r"\`code\`"),
        ("~~barré~~", r"\~\~barré\~\~"),
        ("a\\b", r"a\\b"),
        ("&amp; et &#60; et R&D", r"\&amp; et \&#60; et R&D"),
        ("# titre", r"\# titre"),
        ("## titre", r"\## titre"),
        ("au milieu # pas un titre", "au milieu # pas un titre"),
        ("> citation", r"\> citation"),
        ("- liste", r"\- liste"),
        ("+ liste", r"\+ liste"),
        ("1. liste", r"1\. liste"),
        ("12) liste", r"12\) liste"),
        ("2026 reste une année", "2026 reste une année"),
        ("=== souligné", r"\=== souligné"),
        ("| a | b |", r"\| a | b |"),
        ("ligne\n# deux", "ligne\n\\# deux"),
    ],
)
def test_markdown_escaping_keeps_user_text_literal(texte, attendu):
    assert echapper_markdown(texte) == attendu


@pytest.mark.parametrize(
    ("prochain", "jours", "entretien", "attendu"),
    [
        ("2026-12-06", 2, "2026-11-17", "2026-12-04"),
        ("2026-12-06", 10, "2026-11-17", "2026-11-26"),
        ("2026-12-06", 10, None, "2026-11-26"),
        # Never on or before the interview being debriefed: the day after instead.
        ("2026-06-01", 5, "2026-05-28", "2026-05-29"),
        ("2026-06-01", 4, "2026-05-28", "2026-05-29"),
        # No day left between the two interviews.
        ("2026-05-29", 1, "2026-05-28", None),
        ("2026-05-29", 5, "2026-05-28", None),
        # Across a month and a year.
        ("2027-01-02", 2, "2026-12-20", "2026-12-31"),
        ("2028-03-01", 1, None, "2028-02-29"),
    ],
)
def test_deadline_is_counted_back_from_the_next_interview(prochain, jours, entretien, attendu):
    entretien_date = dt.date.fromisoformat(entretien) if entretien else None
    resultat = echeance(dt.date.fromisoformat(prochain), jours, entretien_date)
    assert resultat == (dt.date.fromisoformat(attendu) if attendu else None)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Le chiffre d’affaires de l’entreprise", "le chiffre d’affaires de l’entreprise"),
        ("J’ai parlé trop vite.", "j’ai parlé trop vite"),
        ("Je bafouillais", "je bafouillais"),
        ("Jean-Marc m’a piégé", "Jean-Marc m’a piégé"),
        ("SQL avancé", "SQL avancé"),
        ("Comment gérer le trac ?", "Comment gérer le trac ?"),
        ("mon calme.", "mon calme"),
    ],
)
def test_user_line_continues_our_sentence_after_the_colon(texte, attendu):
    assert apres_deux_points(texte) == attendu


def test_better_answer_is_shown_and_missing_one_is_a_prompt():
    texte = _rendu({"questions_pieges": ["Pourquoi nous ? -> votre projet de refonte", "Vos faiblesses ?"]}).text
    assert "«\u00a0Pourquoi nous\u202f?\u00a0» Meilleure réponse\u00a0: votre projet de refonte" in texte
    assert "«\u00a0Vos faiblesses\u202f?\u00a0» À préparer\u00a0:" in texte


def test_each_item_becomes_a_line_with_an_action():
    texte = _rendu(
        {
            "lacunes": ["le chiffre d’affaires de l’entreprise"],
            "insatisfactions": ["j’ai parlé trop vite"],
            "reussites": ["ma présentation en deux minutes"],
            "questions_coach": ["comment parler de ma reconversion ?"],
        }
    ).text
    assert "–\u00a0Préparer\u00a0: le chiffre d’affaires de l’entreprise" in texte
    assert "–\u00a0À retravailler\u00a0: j’ai parlé trop vite" in texte
    assert "–\u00a0À refaire\u00a0: ma présentation en deux minutes" in texte
    assert "–\u00a0À poser en séance\u00a0: comment parler de ma reconversion\u202f?" in texte


@pytest.mark.parametrize(
    "titre",
    [
        "Questions pièges",
        "Points d’insatisfaction",
        "Lacunes de préparation",
        "Ce qui a fonctionné",
        "À travailler avec un coach",
        "Prochaines actions",
    ],
)
def test_empty_form_shows_every_section_with_a_visible_placeholder(titre):
    texte = _rendu({}).text
    section = texte.split(f"\n\n{titre}\n", 1)[1].split("\n\n")[0]
    assert section.startswith("–\u00a0")
    if titre != "Prochaines actions":
        assert "[" in section and "]" in section


def test_opening_is_encouraging_and_agrees_with_the_candidate():
    for accord, mot in (("feminin", "compétente"), ("masculin", "compétent qu’avant"), ("neutre", "compétences")):
        texte = _rendu({"candidat_accord": accord}).text
        assert mot in texte
        assert "brouillon pour le prochain" in texte


def test_actions_are_dated_from_the_next_interview():
    texte = _rendu(
        {
            "date_entretien": "2026-11-17",
            "prochain_entretien": "2026-12-06",
            "questions_pieges": ["Pourquoi nous ?"],
            "lacunes": ["le chiffre d’affaires"],
            "questions_coach": ["Comment gérer le trac ?"],
            "reussites": ["mon calme"],
        }
    ).text
    actions = texte.split("Prochaines actions\n", 1)[1]
    assert "feed-back" in actions and "d’ici le 24\u00a0novembre 2026" in actions
    assert "coach et lui apporter ce débriefing d’ici le 26\u00a0novembre 2026" in actions
    assert "lacune de préparation d’ici le 1ᵉʳ\u00a0décembre 2026" in actions
    assert "question piège d’ici le 4\u00a0décembre 2026" in actions
    assert "la veille de votre prochain entretien, le 5\u00a0décembre 2026" in actions
    dates = [ligne.rsplit(" le ", 1)[1] for ligne in actions.splitlines() if " le " in ligne]
    assert dates[-1].startswith("5\u00a0décembre")


def test_actions_without_a_next_interview_are_undated_with_a_hint():
    texte = _rendu({"lacunes": ["le marché"]}).text
    actions = texte.split("Prochaines actions\n", 1)[1]
    assert "dans les jours qui viennent" in actions
    assert "Indiquez la date de votre prochain entretien" in actions


def test_next_interview_before_this_one_is_flagged_not_used():
    texte = _rendu({"date_entretien": "2026-09-01", "prochain_entretien": "2026-08-20", "lacunes": ["x"]}).text
    assert "vérifiez-la" in texte
    assert "d’ici le 8\u00a0septembre 2026" in texte  # the feedback week still counts from the interview
    assert "août" not in texte.split("Prochaines actions", 1)[1].split("La date")[0]


def test_markdown_file_is_the_same_plan_with_headings_and_bullets():
    rendu = _rendu({"entreprise": "Rivage", "lacunes": ["le chiffre d’affaires"]})
    (fichier,) = rendu.files
    assert fichier.name == "debrief.md"
    assert fichier.mime == "text/markdown"
    lignes = fichier.content.splitlines()
    assert lignes[0].startswith("# Débriefing")
    assert "## Lacunes de préparation" in lignes
    assert "- Préparer\u00a0: le chiffre d’affaires" in lignes
    assert "## Prochaines actions" in lignes
    titres_texte = [t for t in rendu.text.split("\n\n") if t.split("\n")[0] == "Lacunes de préparation"]
    assert titres_texte


@pytest.mark.parametrize(
    ("saisie", "interdit"),
    [
        ("[piège](https://exemple.fr)", r"(?<!\\)\[piège(?<!\\)\]\("),
        ("<img src=x onerror=alert(1)>", r"(?<!\\)<img"),
        ("**gras**", r"(?<!\\)\*(?<!\\)\*gras"),
        ("`code`", r"(?<!\\)`"),
    ],
)
def test_user_text_cannot_become_markdown(saisie, interdit):
    contenu = _markdown({"lacunes": [saisie], "questions_pieges": [saisie], "entreprise": saisie})
    mot = re.findall(r"\w+", saisie)[0]
    assert mot in contenu  # the text is kept, only its markup is disarmed
    assert not re.search(interdit, contenu)


@pytest.mark.parametrize("saisie", ["# Titre", "> citation", "- tiret", "1. premier"])
def test_user_lines_never_open_a_markdown_block(saisie):
    contenu = _markdown({"lacunes": [saisie], "reussites": [saisie], "questions_coach": [saisie]})
    for ligne in contenu.splitlines():
        assert not ligne.startswith(("- #", "- >", "- -", "- 1.", "> ")), ligne


ODD = ["🙂 entretien", "مقابلة عمل", "{0}", "$name", "%s", "<script>alert(1)</script>", "a" * 300]


@pytest.mark.parametrize("saisie", ODD)
@pytest.mark.parametrize("accord", ["feminin", "masculin", "neutre"])
def test_odd_inputs_render_cleanly(saisie, accord):
    donnees = {
        "candidat_accord": accord,
        "entreprise": saisie[:100],
        "poste": saisie[:120],
        "questions_pieges": [f"{saisie[:240]} -> {saisie[:240]}"],
        "insatisfactions": [saisie],
        "lacunes": [saisie],
        "reussites": [saisie],
        "questions_coach": [saisie],
    }
    rendu = _rendu(donnees)
    assert ecarts(rendu.text) == []
    assert ecarts(rendu.files[0].content) == []


@pytest.mark.parametrize("valeur", [None, "", [], [""], ["  "], 0, "2026-02-30", {}])
def test_render_never_raises_on_odd_values(valeur):
    rendu = WIDGET.rendre({c.nom: valeur for c in WIDGET.champs})
    assert rendu.text
    assert ecarts(rendu.text) == []
