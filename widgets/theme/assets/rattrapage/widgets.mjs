// @ts-check
/**
 * Widgets on the page: read the form, ask Python for the text, show it.
 *
 * Loaded once per visit, only on pages that hold a widget: by the page itself
 * (main.html), or by rattrapage.mjs after an instant navigation to such a page;
 * it attaches when evaluated, and `attacher` runs again after each instant
 * navigation.
 * The form's structure comes from the build (generated from the Python field
 * declarations), so nothing here knows a widget's fields: each `[data-field]`
 * carries its `data-type`.
 */
import { python } from "./python.mjs";
import * as brouillons from "./brouillons.mjs";
import { brancherActions } from "./actions.mjs";
import { garderLeSiteHorsLigne } from "./hors-ligne.mjs";
import { racineDuSite } from "./site.mjs";

/**
 * @typedef {import("./protocol.mjs").RenderResult} RenderResult
 * @typedef {Record<string, unknown>} Valeurs form values by field name
 * @typedef {HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement} Controle a form control, read by its field's type
 */

/**
 * The element `selecteur` finds in `parent`, which the build always writes.
 * @template {Element} [T=HTMLElement]
 * @param {ParentNode} parent @param {string} selecteur @returns {T}
 */
const trouver = (parent, selecteur) => /** @type {T} */ (parent.querySelector(selecteur));

/**
 * Every element `selecteur` finds in `parent`.
 * @template {Element} [T=HTMLElement]
 * @param {ParentNode} parent @param {string} selecteur @returns {T[]}
 */
const tous = (parent, selecteur) => /** @type {T[]} */ ([...parent.querySelectorAll(selecteur)]);


/** A page of the site named in a text, the plain-text way: « <ecrire-au-recruteur/> ». */
const LIEN_INTERNE = /<([a-z0-9-]+\/(?:#[a-z0-9-]+)?)>/g;

/**
 * Show a text, turning the site's own page paths into links. The text content
 * stays exactly the rendered text; user text is only ever a text node.
 * @param {HTMLElement} element @param {string} texte
 */
function ecrireTexte(element, texte) {
  const noeuds = [];
  let fin = 0;
  for (const m of texte.matchAll(LIEN_INTERNE)) {
    noeuds.push(document.createTextNode(texte.slice(fin, m.index)));
    const lien = Object.assign(document.createElement("a"), {
      href: new URL(m[1], racineDuSite()).href,
      textContent: m[0],
    });
    noeuds.push(lien);
    fin = /** @type {number} */ (m.index) + m[0].length;
  }
  noeuds.push(document.createTextNode(texte.slice(fin)));
  element.replaceChildren(...noeuds);
}

/**
 * Form values as the Python validation expects them, by field type.
 * @param {HTMLFormElement} form @returns {Valeurs}
 */
function lireFormulaire(form) {
  /** @type {Valeurs} */
  const valeurs = {};
  for (const champ of tous(form, "[data-field]")) {
    const nom = /** @type {string} */ (champ.dataset.field);
    const controles = tous(champ, `[name="${CSS.escape(nom)}"]`).map((c) => /** @type {Controle} */ (c));
    switch (champ.dataset.type) {
      case "radio":
        valeurs[nom] = controles.find((c) => c.checked)?.value ?? "";
        break;
      case "multi":
        valeurs[nom] = controles.filter((c) => c.checked).map((c) => c.value);
        break;
      case "checkbox":
        valeurs[nom] = controles[0].checked;
        break;
      case "list":
        valeurs[nom] = controles[0].value.split("\n");
        break;
      default:
        valeurs[nom] = controles[0].value;
    }
  }
  return valeurs;
}

/**
 * Put saved values back into the form (unknown or stale values are ignored).
 * @param {HTMLFormElement} form @param {Valeurs} valeurs
 */
function remplirFormulaire(form, valeurs) {
  for (const champ of tous(form, "[data-field]")) {
    const nom = /** @type {string} */ (champ.dataset.field);
    if (!(nom in valeurs)) continue;
    const valeur = valeurs[nom];
    const controles = tous(champ, `[name="${CSS.escape(nom)}"]`).map((c) => /** @type {Controle} */ (c));
    switch (champ.dataset.type) {
      case "radio":
        for (const c of controles) c.checked = c.value === valeur;
        break;
      case "multi":
        for (const c of controles) c.checked = Array.isArray(valeur) && valeur.includes(c.value);
        break;
      case "checkbox":
        controles[0].checked = Boolean(valeur);
        break;
      case "list":
        controles[0].value = Array.isArray(valeur) ? valeur.join("\n") : String(valeur ?? "");
        break;
      default:
        controles[0].value = String(valeur ?? "");
    }
  }
}

/**
 * Mark each empty date field (`data-vide`), which the stylesheet shows as empty:
 * Chromium writes « jj/mm/aaaa » in an empty one, which could pass for a date.
 * The build writes the mark for the defaults; this keeps it true as the reader
 * types, a draft comes back or the form is reset.
 * @param {HTMLFormElement} form
 */
function marquerDatesVides(form) {
  for (const date of tous(form, 'input[type="date"]').map((d) => /** @type {HTMLInputElement} */ (d))) date.toggleAttribute("data-vide", date.value === "");
}

/**
 * When to start Python: on a first visit, as soon as the reader touches a form,
 * or once the page has loaded and the browser is idle, whichever comes first (a
 * widget page paints first, then downloads the runtime); on later visits, at
 * once. A reading page has no widget and never starts it.
 * @param {HTMLElement} element @returns {Promise<void>}
 */
function bientot(element) {
  // Python was used here before: the runtime comes from the service worker's
  // cache, at no cost to the page's loading. Start at once.
  if (navigator.serviceWorker?.controller) return Promise.resolve();
  // Already in the form (focused before this script attached): that first focus has happened.
  if (element.contains(document.activeElement)) return Promise.resolve();
  /** @type {Promise<void>} */
  const touche = new Promise((resolve) => {
    const maintenant = () => {
      element.removeEventListener("focusin", maintenant);
      element.removeEventListener("pointerdown", maintenant);
      resolve();
    };
    element.addEventListener("focusin", maintenant, { once: true });
    element.addEventListener("pointerdown", maintenant, { once: true });
    const auRepos = () => (window.requestIdleCallback ?? setTimeout)(maintenant, /** @type {any} */ ({ timeout: 500 }));
    if (document.readyState === "complete") auRepos();
    else addEventListener("load", auRepos, { once: true });
  });
  return touche;
}

class Widget {
  /** @param {HTMLElement} element */
  constructor(element) {
    this.element = element;
    this.id = /** @type {string} */ (element.dataset.widget);
    /** @type {HTMLFormElement} */
    this.form = trouver(element, "form");
    this.sortie = trouver(element, "[data-widget-output]");
    this.sujet = trouver(element, "[data-widget-subject]");
    this.statut = trouver(element, "[data-widget-status]");
    this.resume = trouver(element, "[data-widget-errors]");
    /** @type {RenderResult} the build-time rendering of the defaults */
    this.defaut = JSON.parse(/** @type {string} */ (element.dataset.widgetDefault));
    /** @type {RenderResult} the last rendering */
    this.rendu = { ...this.defaut, errors: {} };
    this.champsProfil = new Set(tous(this.form, "[data-profile]").map((c) => /** @type {string} */ (c.dataset.field)));
    this.numero = 0;
    /** A render is in flight; `aRefaire` asks for one more when it returns. */
    this.enCours = false;
    this.aRefaire = false;

    ecrireTexte(this.sortie, this.defaut.text);
    remplirFormulaire(this.form, brouillons.charger(this.id));
    marquerDatesVides(this.form);
    this.form.addEventListener("input", () => {
      marquerDatesVides(this.form);
      this.planifier();
    });
    this.form.addEventListener("change", () => {
      marquerDatesVides(this.form);
      this.planifier();
    });
    this.form.addEventListener("submit", (e) => e.preventDefault());
    brancherActions(element, {
      nom: this.id,
      rendu: () => this.rendu,
      annoncer: (message) => {
        this.statut.textContent = message;
      },
      elementsDeLaPage: () => widgetsDeLaPage().map((w) => w.element),
      reinitialiserLaPage: () => {
        for (const w of widgetsDeLaPage()) w.reinitialiser();
      },
    });
    this.progression = trouver(element, "[data-widget-progress]");
    python.surProgression((message) => {
      if (this.element.dataset.widgetState === "loading") this.progression.textContent = message;
    });
    this.demarrer();
  }

  /** @param {"loading"|"ready"|"error"} valeur @param {string} [message] */
  etat(valeur, message) {
    this.element.dataset.widgetState = valeur;
    if (message) this.statut.textContent = message;
    if (valeur !== "loading") this.progression.textContent = "";
  }

  async demarrer() {
    this.etat("loading", "Chargement du moteur de texte… Le modèle ci-dessous reste utilisable.");
    await bientot(this.element);
    this.rendre().then(
      () => {
        this.etat("ready", "Prêt\u00a0: le texte suit votre saisie.");
        if (this.aRefaire) {
          this.aRefaire = false;
          this.planifier(); // what was typed while Python started
        }
        garderLeSiteHorsLigne();
      },
      (e) => this.echec(e),
    );
  }

  /** @param {Error} erreur */
  echec(erreur) {
    this.etat("error", `${erreur.message} Votre saisie est conservée\u00a0; le modèle ci-dessous reste utilisable.`);
    const bouton = document.createElement("button");
    bouton.type = "button";
    bouton.className = "md-button rw-reessayer";
    bouton.dataset.action = "retry";
    bouton.textContent = "Réessayer";
    bouton.addEventListener("click", () => this.demarrer(), { once: true });
    this.statut.append(" ", bouton);
  }

  /**
   * After each keystroke: render at once when Python is idle, else once more
   * when the current render returns. Keystrokes never queue up, and the text
   * follows the typing within one render (a few milliseconds).
   */
  planifier() {
    brouillons.enregistrer(this.id, lireFormulaire(this.form), this.champsProfil);
    if (this.element.dataset.widgetState !== "ready") {
      this.aRefaire = true; // rendered as soon as Python is ready
      return;
    }
    if (this.enCours) {
      this.aRefaire = true;
      return;
    }
    this.enCours = true;
    this.rendre()
      .catch((e) => this.echec(e))
      .finally(() => {
        this.enCours = false;
        if (this.aRefaire) {
          this.aRefaire = false;
          this.planifier();
        }
      });
  }

  /** Ask Python for the text of the current form; stale answers are dropped. */
  async rendre() {
    const numero = ++this.numero;
    const resultat = await python.rendre(this.id, lireFormulaire(this.form));
    if (numero !== this.numero) return;
    if (this.element.dataset.widgetState !== "ready" && this.element.dataset.widgetState !== "loading") {
      this.etat("ready", "Prêt\u00a0: le texte suit votre saisie.");
    }
    this.afficher(resultat);
    this.element.dispatchEvent(new CustomEvent("rattrapage:rendu", { detail: resultat }));
  }

  /** @param {RenderResult} resultat */
  afficher(resultat) {
    const { errors = {} } = resultat;
    this.afficherErreurs(errors);
    if (typeof resultat.text !== "string") return; // unknown widget or bad data: keep the last text
    this.rendu = resultat;
    ecrireTexte(this.sortie, resultat.text);
    this.sujet.textContent = resultat.subject ?? "";
    /** @type {HTMLElement} */ (this.sujet.parentElement).hidden = resultat.subject == null;
  }

  /** @param {Record<string, string>} erreurs */
  afficherErreurs(erreurs) {
    /** @type {HTMLElement[]} */
    const enErreur = [];
    for (const emplacement of tous(this.element, "[data-error-for]")) {
      const nom = /** @type {string} */ (emplacement.dataset.errorFor);
      const message = erreurs[nom];
      emplacement.textContent = message ?? "";
      emplacement.hidden = !message;
      const champ = /** @type {HTMLElement} */ (emplacement.closest("[data-field]"));
      for (const c of tous(champ, "input, textarea, select")) {
        if (message) c.setAttribute("aria-invalid", "true");
        else c.removeAttribute("aria-invalid");
      }
      if (message) enErreur.push(champ);
    }
    this.resume.replaceChildren();
    this.resume.hidden = enErreur.length < 2 && !erreurs._;
    if (erreurs._) this.resume.append(Object.assign(document.createElement("p"), { textContent: erreurs._ }));
    if (enErreur.length >= 2) {
      const titre = Object.assign(document.createElement("p"), {
        textContent: `${enErreur.length} champs sont à vérifier\u00a0:`,
      });
      const liste = document.createElement("ul");
      for (const champ of enErreur) {
        const cible = trouver(champ, "input, textarea, select");
        const lien = Object.assign(document.createElement("a"), {
          href: `#${cible.id}`,
          textContent: trouver(champ, "label, legend").textContent,
        });
        const item = document.createElement("li");
        item.append(lien);
        liste.append(item);
      }
      this.resume.append(titre, liste);
    }
  }

  /** Back to the build-time defaults (after « Effacer mes données »). */
  reinitialiser() {
    this.form.reset();
    marquerDatesVides(this.form);
    this.afficherErreurs({});
    this.afficher({ ...this.defaut, errors: {} });
    if (this.element.dataset.widgetState === "ready") this.rendre().catch((e) => this.echec(e));
  }
}

/** @type {WeakMap<HTMLElement, Widget>} */
const attaches = new WeakMap();

/** The widgets attached to the elements the page holds now. @returns {Widget[]} */
export function widgetsDeLaPage() {
  return tous(document, "[data-widget]").flatMap((el) => attaches.get(el) ?? []);
}

/** Attach a widget to each widget element of the page not attached yet. */
export function attacher() {
  for (const element of tous(document, "[data-widget]")) {
    if (!attaches.has(element)) attaches.set(element, new Widget(element));
  }
}

// Loaded by the page itself (main.html) on a page that holds a widget: attach now.
attacher();
