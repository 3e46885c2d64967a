"""The form and its output: every widget against Python, errors, hostile text, keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from rattrapage.api import rendre
from rattrapage.widgets import tous

LETTRE = "lettre-apres-entretien"


def _verifier_sujet(vue, attendu: dict[str, Any]) -> None:
    """The subject is shown when the output is an email, hidden otherwise."""
    if attendu["subject"] is None:
        assert not vue.sujet().is_visible(), "pas d’objet hors e-mail"
    else:
        assert vue.sujet().is_visible()
        assert vue.sujet().text_content() == attendu["subject"]


def test_output_follows_form_and_matches_python(ouvrir, widget_id):
    vue = ouvrir(widget_id)
    valeurs = vue.valeurs_realistes()
    vue.remplir(valeurs)
    attendu = rendre(widget_id, valeurs)
    assert attendu["errors"] == {}, "l’entrée réaliste doit être valide"
    vue.attendre_sortie(attendu["text"])
    _verifier_sujet(vue, attendu)
    assert vue.formulaire() == valeurs

    # Every choice of every radio or select (e-mail and letter modes among them);
    # each loop ends on the last choice, the realistic value.
    for champ in vue.widget.champs:
        if champ.type not in ("radio", "select"):
            continue
        for choix in champ.choix:
            valeurs[champ.nom] = choix.valeur
            vue.remplir({champ.nom: choix.valeur})
            attendu = rendre(widget_id, valeurs)
            vue.attendre_sortie(attendu["text"])
            _verifier_sujet(vue, attendu)


def test_invalid_input_shows_french_message_next_to_field(ouvrir):
    vue = ouvrir(LETTRE)
    longs = [c for c in vue.widget.champs if c.type == "text" and c.longueur_max][:2]
    assert len(longs) == 2, "il faut deux champs texte à longueur bornée"
    trop_longs = {c.nom: "x" * (c.longueur_max + 5) for c in longs}

    for nombre, champ in enumerate(longs, 1):
        controle = vue.controles(champ.nom)
        # maxlength stops typing; a paste or an extension can still overflow it.
        controle.evaluate(
            """(el, valeur) => {
                el.value = valeur;
                el.dispatchEvent(new Event("input", {bubbles: true}));
            }""",
            trop_longs[champ.nom],
        )
        attendu = rendre(LETTRE, dict(list(trop_longs.items())[:nombre]))
        erreur = vue.racine.locator(f'[data-error-for="{champ.nom}"]')
        erreur.wait_for(state="visible")
        assert erreur.text_content() == attendu["errors"][champ.nom]
        assert controle.get_attribute("aria-invalid") == "true"
        assert erreur.get_attribute("id") in (controle.get_attribute("aria-describedby") or "").split()
        assert controle.input_value() == trop_longs[champ.nom], "la saisie reste dans le champ"
        vue.attendre_sortie(attendu["text"])

    resume = vue.racine.locator("[data-widget-errors]")
    assert resume.is_visible()
    liens = resume.locator("a")
    assert liens.count() == 2
    cibles = ["#" + (vue.controles(c.nom).get_attribute("id") or "") for c in longs]
    assert [liens.nth(i).get_attribute("href") for i in range(2)] == cibles

    # Corrected, every trace of the errors goes.
    vue.remplir({c.nom: "Camille d'Arcy" for c in longs})
    vue.attendre_sortie(rendre(LETTRE, {c.nom: "Camille d'Arcy" for c in longs})["text"])
    # The text can be final before the last answer (recruteur_nom does not show
    # when the civilité is unknown): wait for the messages to go, then check.
    for champ in longs:
        vue.racine.locator(f'[data-error-for="{champ.nom}"]').wait_for(state="hidden")
        assert not vue.racine.locator(f'[data-error-for="{champ.nom}"]').is_visible()
        assert vue.controles(champ.nom).get_attribute("aria-invalid") is None
    assert not resume.is_visible()


ORDRES = [(w.id, apres) for w in tous() for apres in w.ordre]


@pytest.mark.parametrize(("cible", "apres"), ORDRES, ids=[f"{w}:{a.champ.nom}" for w, a in ORDRES])
def test_dates_in_an_impossible_order_are_refused_next_to_the_later_field(ouvrir, cible, apres):
    vue = ouvrir(cible)
    valeurs = vue.valeurs_realistes() | {apres.reference.nom: "2026-03-12", apres.champ.nom: "2026-03-11"}
    vue.remplir(valeurs)
    attendu = rendre(cible, valeurs)
    assert set(attendu["errors"]) == {apres.champ.nom}
    erreur = vue.racine.locator(f'[data-error-for="{apres.champ.nom}"]')
    erreur.wait_for(state="visible")
    assert erreur.text_content() == attendu["errors"][apres.champ.nom]
    controle = vue.controles(apres.champ.nom)
    assert controle.get_attribute("aria-invalid") == "true"
    assert vue.formulaire() == valeurs, "rien de ce qui a été saisi n’est perdu"

    vue.remplir({apres.champ.nom: "2026-03-13"})
    erreur.wait_for(state="hidden")
    assert controle.get_attribute("aria-invalid") is None


HOSTILES = ["<img src=x onerror=alert(1)>", "{{ nom }}", "$candidat_nom", "%s", "{0}"]


def test_hostile_text_is_shown_literally(ouvrir, journal):
    vue = ouvrir(LETTRE)
    valeurs = vue.valeurs_realistes() | {"mode": "email"}
    textes = [c for c in vue.widget.champs if c.type == "text"]
    for i, champ in enumerate(textes):
        valeurs[champ.nom] = HOSTILES[i % len(HOSTILES)]
    for champ in vue.widget.champs:
        if champ.type == "textarea":
            valeurs[champ.nom] = "\n".join(HOSTILES)
        elif champ.type == "list":
            valeurs[champ.nom] = HOSTILES
    vue.remplir(valeurs)
    attendu = rendre(LETTRE, valeurs)
    assert attendu["errors"] == {}
    vue.attendre_sortie(attendu["text"])
    _verifier_sujet(vue, attendu)

    sortie = vue.sortie()
    for hostile in HOSTILES:
        assert hostile in sortie
    assert vue.racine.locator("img").count() == 0
    assert vue.racine.locator("[data-widget-output] *").count() == 0, "la sortie n’est que du texte"
    vue.page.wait_for_timeout(300)
    assert journal.dialogues == []
    assert not [u for u in journal.requetes if u.endswith("/x")], "aucune image hostile chargée"


def _element_actif(page) -> str:
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            if (!e || !e.closest("[data-widget]")) return `hors du widget: ${e?.tagName}`;
            if (e.matches("[data-widget-output]")) return "sortie";
            if (e.dataset.action) return e.dataset.action + (e.dataset.file !== undefined ? `=${e.dataset.file}` : "");
            if (e.matches("[data-remember]")) return "memoriser";
            if (e.type === "checkbox" && e.closest('[data-type="multi"]')) return `${e.name}=${e.value}`;
            return e.name || e.tagName;
        }"""
    )


def test_keyboard_path_reaches_every_control(ouvrir):
    vue = ouvrir(LETTRE)
    attendu: list[str] = []
    for champ in vue.widget.champs:
        if vue.controles(champ.nom).first.is_disabled():
            continue
        if champ.type == "multi":
            attendu += [f"{champ.nom}={c.valeur}" for c in champ.choix]
        else:
            attendu.append(champ.nom)  # a radio group is one tab stop
    attendu.append("sortie")
    attendu += vue.racine.evaluate(
        """w => [...w.querySelectorAll("[data-action]")]
            .filter((b) => b.checkVisibility() && !b.disabled)
            .map((b) => b.dataset.action + (b.dataset.file !== undefined ? `=${b.dataset.file}` : ""))"""
    )
    attendu.append("memoriser")

    premier = vue.widget.champs[0]
    depart = vue.controles(premier.nom)
    (depart.and_(vue.page.locator(":checked")) if premier.type == "radio" else depart).first.focus()
    parcours = [_element_actif(vue.page)]
    for _ in range(3 * len(attendu) + 10):  # a date input has several stops of its own
        vue.page.keyboard.press("Tab")
        actif = _element_actif(vue.page)
        if actif != parcours[-1]:
            parcours.append(actif)
        if actif.startswith("hors du widget"):
            break
    assert parcours[-1].startswith("hors du widget"), f"le focus reste piégé : {parcours[-5:]}"
    assert parcours[:-1] == attendu
