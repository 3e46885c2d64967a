"""The widget's HTML, generated at build time from its declaration.

The form (labels, fieldsets for groups and radio sets, help texts, error slots)
and the output area filled with the rendering of the defaults, so that the page
is useful before Python loads and without JavaScript. Everything typed by an
author or a user is escaped: this module only writes markup it controls.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from rattrapage.champs import Champ, Groupe, Rendu, Widget, libelle_telechargement
from rattrapage.typographie import franciser
from rattrapage.validation import valider
from rattrapage.widgets.profil import PROFIL

#: Fields shared by every widget: the page stores them once (``data-profile``).
_NOMS_PROFIL = frozenset(c.nom for c in PROFIL)

#: Browser autofill hints for the profile (the user's own name only: the others
#: describe the recruiter).
_AUTOCOMPLETE = {"candidat_nom": "name"}


def _attr(**attributs: Any) -> str:
    """`` a="1" b`` from keyword arguments (``_`` becomes ``-``; ``True`` alone)."""
    morceaux = []
    for nom, valeur in attributs.items():
        if valeur is None or valeur is False:
            continue
        nom = nom.rstrip("_").replace("_", "-")
        morceaux.append(f" {nom}" if valeur is True else f' {nom}="{escape(str(valeur))}"')
    return "".join(morceaux)


def _ids(widget: Widget, champ: Champ) -> tuple[str, str, str]:
    base = f"{widget.id}--{champ.nom}"
    return base, f"{base}--aide", f"{base}--erreur"


def _ui(texte: str) -> str:
    """An interface string from a declaration: French typography, then escaped."""
    return escape(franciser(texte))


def _libelle(champ: Champ) -> str:
    requis = ' <span class="rw-requis">(obligatoire)</span>' if champ.requis else ""
    return f"{_ui(champ.libelle)}{requis}"


#: The longest placeholder a one-line field shows: at 360 px wide it holds about
#: 33 characters, and a placeholder cut off mid-phrase reads as nonsense. A longer
#: example goes into the help text (a textarea wraps its placeholder: it keeps it).
LONGUEUR_MAX_EXEMPLE = 32


def _exemple_dans_le_champ(champ: Champ) -> bool:
    return bool(champ.exemple) and (
        champ.type in ("textarea", "list") or len(_phrase_exemple(champ)) <= LONGUEUR_MAX_EXEMPLE
    )


def _phrase_exemple(champ: Champ) -> str:
    return franciser(f"Par exemple : {champ.exemple}")


def _aide(champ: Champ) -> str:
    """The help text, with the example when it does not fit as a placeholder
    (unless the help already quotes it)."""
    if not champ.exemple or _exemple_dans_le_champ(champ) or franciser(champ.exemple) in franciser(champ.aide):
        return champ.aide
    return " ".join(p for p in (champ.aide, franciser(f"Par exemple : « {champ.exemple} ».")) if p)


def _aide_et_erreur(champ: Champ, id_aide: str, id_erreur: str) -> str:
    aide = f'<p class="rw-aide" id="{id_aide}">{_ui(_aide(champ))}</p>' if _aide(champ) else ""
    erreur = f'<p class="rw-erreur" id="{id_erreur}" data-error-for="{champ.nom}" hidden></p>'
    return aide + erreur


def _profil(champ: Champ) -> str:
    return " data-profile" if champ.nom in _NOMS_PROFIL else ""


def _decrit_par(champ: Champ, id_aide: str, id_erreur: str) -> str:
    return f"{id_aide} {id_erreur}" if _aide(champ) else id_erreur


def _choix_html(widget: Widget, champ: Champ) -> str:
    """Radio and multi: a fieldset whose legend is the label (WCAG 1.3.1)."""
    base, id_aide, id_erreur = _ids(widget, champ)
    type_input = "radio" if champ.type == "radio" else "checkbox"
    coches = set(champ.defaut or ()) if champ.type == "multi" else {champ.defaut}
    options = "".join(
        f'<label class="rw-option" for="{base}--{i}">'
        f"<input{_attr(type=type_input, id=f'{base}--{i}', name=champ.nom, value=c.valeur, checked=c.valeur in coches)}>"
        f" {_ui(c.libelle)}</label>"
        for i, c in enumerate(champ.choix)
    )
    return (
        f'<fieldset class="rw-champ rw-choix" data-field="{champ.nom}" data-type="{champ.type}"{_profil(champ)}'
        f' aria-describedby="{_decrit_par(champ, id_aide, id_erreur)}">'
        f"<legend>{_libelle(champ)}</legend>{_aide_et_erreur(champ, id_aide, id_erreur)}"
        f'<div class="rw-options">{options}</div></fieldset>'
    )


def _controle(widget: Widget, champ: Champ) -> str:
    base, id_aide, id_erreur = _ids(widget, champ)
    communs = {
        "id": base,
        "name": champ.nom,
        "aria_describedby": _decrit_par(champ, id_aide, id_erreur),
        "aria_required": "true" if champ.requis else None,
    }
    exemple = _phrase_exemple(champ) if _exemple_dans_le_champ(champ) else None
    if champ.type in ("textarea", "list"):
        lignes = 4 if champ.type == "list" else 3
        defaut = "\n".join(champ.defaut) if isinstance(champ.defaut, tuple | list) else (champ.defaut or "")
        return f"<textarea{_attr(**communs, rows=lignes, maxlength=None if champ.type == 'list' else champ.longueur_max, placeholder=exemple)}>{escape(defaut)}</textarea>"
    if champ.type == "select":
        options = "".join(
            f"<option{_attr(value=c.valeur, selected=c.valeur == champ.defaut)}>{_ui(c.libelle)}</option>"
            for c in champ.choix
        )
        return f"<select{_attr(**communs)}>{options}</select>"
    if champ.type == "checkbox":
        return f"<input{_attr(**communs, type='checkbox', checked=bool(champ.defaut))}>"
    if champ.type == "number":
        return f"<input{_attr(**communs, type='number', inputmode='decimal', min=champ.minimum, max=champ.maximum, value=champ.defaut, step='any')}>"
    if champ.type == "date":
        # data-vide: shown as empty (widget.css), kept true by the page's script.
        return f"<input{_attr(**communs, type='date', value=champ.defaut, data_vide=not champ.defaut)}>"
    return f"<input{_attr(**communs, type='text', value=champ.defaut, maxlength=champ.longueur_max, autocomplete=_AUTOCOMPLETE.get(champ.nom, 'off'), placeholder=exemple)}>"


def champ_html(widget: Widget, champ: Champ) -> str:
    """One field with its label, help text and error slot."""
    if champ.type in ("radio", "multi"):
        return _choix_html(widget, champ)
    base, id_aide, id_erreur = _ids(widget, champ)
    if champ.type == "checkbox":
        return (
            f'<div class="rw-champ rw-case" data-field="{champ.nom}" data-type="checkbox">'
            f'{_controle(widget, champ)} <label for="{base}">{_libelle(champ)}</label>'
            f"{_aide_et_erreur(champ, id_aide, id_erreur)}</div>"
        )
    return (
        f'<div class="rw-champ" data-field="{champ.nom}" data-type="{champ.type}"{_profil(champ)}>'
        f'<label for="{base}">{_libelle(champ)}</label>'
        f"{_aide_et_erreur(champ, id_aide, id_erreur)}{_controle(widget, champ)}</div>"
    )


def _groupe_html(widget: Widget, groupe: Groupe) -> str:
    champs = "".join(champ_html(widget, c) for c in groupe.champs)
    return f'<fieldset class="rw-groupe"><legend>{_ui(groupe.titre)}</legend>{champs}</fieldset>'


def _actions_html(widget: Widget, rendu: Rendu) -> str:
    """Buttons acting on the output; the page script enables them once ready."""
    texte = libelle_telechargement(f"{widget.id}.txt", "text/plain")
    telechargements = (
        f'<button type="button" class="md-button" data-action="download" data-file="text">{escape(texte)}</button>'
    )
    telechargements += "".join(
        f'<button type="button" class="md-button" data-action="download" data-file="{i}">{escape(f.label)}</button>'
        for i, f in enumerate(rendu.files)
    )
    mailto = (
        '<a class="md-button" data-action="mailto" href="mailto:">Ouvrir dans ma messagerie</a>'
        if rendu.subject is not None
        else '<a class="md-button" data-action="mailto" href="mailto:" hidden>Ouvrir dans ma messagerie</a>'
    )
    return (
        '<div class="rw-actions" role="group" aria-label="Que faire de ce texte">'
        '<button type="button" class="md-button md-button--primary" data-action="copy">Copier le texte</button>'
        f"<span data-widget-downloads>{telechargements}</span>{mailto}"
        '<button type="button" class="md-button" data-action="print">Imprimer</button>'
        '<button type="button" class="md-button rw-effacer" data-action="clear">Effacer mes données</button>'
        "</div>"
        '<p class="rw-memoire"><label><input type="checkbox" data-remember> '
        "Se souvenir de mes réponses sur cet appareil (sinon, elles sont oubliées à la fermeture de l’onglet)"
        "</label></p>"
    )


def widget_html(widget: Widget) -> str:
    """The whole widget: form, status, output (default rendering), actions."""
    valeurs, _ = valider(widget, widget.defauts())
    rendu = widget.rendre(valeurs)
    groupes = "".join(_groupe_html(widget, g) for g in widget.groupes)
    sujet_cache = "" if rendu.subject is not None else " hidden"
    sujet = escape(rendu.subject or "")
    # An attribute, not a <script type="application/json">: Material's instant
    # navigation re-creates the scripts of a new page and would run it.
    defaut = escape(json.dumps(rendu.en_json(), ensure_ascii=False))
    return (
        # data-search-exclude: the form and the model text would fill the search
        # index (downloaded by every page) with words nobody searches for. An
        # <article>, because Material's indexer ends an exclusion at the first
        # closing tag of the same name: no <article> may stand inside.
        f'<article class="rattrapage-widget" data-widget="{widget.id}" data-widget-state="loading" data-search-exclude'
        f' data-widget-default="{defaut}">'
        f'<form class="rw-form" novalidate aria-label="{escape(widget.titre)}">'
        f'<div class="rw-resume-erreurs" data-widget-errors tabindex="-1" hidden></div>'
        f"{groupes}</form>"
        f'<section class="rw-sortie" aria-labelledby="{widget.id}--titre-sortie">'
        # A heading for assistive technologies, not an <h3>: Material's search
        # indexer would start a section there and index the model text.
        f'<p class="rw-titre-sortie" id="{widget.id}--titre-sortie" role="heading" aria-level="3">Votre texte</p>'
        f'<p class="rw-statut" data-widget-status role="status">'
        f"Modèle prêt à compléter. Il se personnalise dès que vous remplissez le formulaire.</p>"
        # Download progress, shown but not announced: the status above announces
        # only changes of state (loading, ready, error), never each tenth.
        f'<p class="rw-progression" data-widget-progress aria-hidden="true"></p>'
        f'<p class="rw-sujet"{sujet_cache}><span class="rw-sujet-libelle">Objet\u00a0: </span><span data-widget-subject>{sujet}</span></p>'
        f'<div class="rw-texte" data-widget-output tabindex="0" aria-label="Texte produit">{escape(rendu.text)}</div>'
        f"{_actions_html(widget, rendu)}"
        f"</section></article>"
    )
