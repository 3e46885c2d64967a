// @ts-check
/**
 * What the user does with the text: copy, download, open in the mail client,
 * print it alone, erase their data. Every action works on the last rendering,
 * including the build-time one before Python is ready.
 *
 * This module knows no widget object: `brancherActions` receives what the
 * actions need (the last rendering, where to say what happened, and what the
 * page-wide actions do to every widget), as Material's clipboard receives
 * `alert$`. widgets.mjs imports it, never the other way round.
 */
import * as brouillons from "./brouillons.mjs";

/** @typedef {import("./protocol.mjs").RenderResult} RenderResult */

/**
 * What a widget hands its actions.
 * @typedef {object} Branchement
 * @property {string} nom the widget's id: the text's download is `<nom>.txt`
 * @property {() => RenderResult} rendu the last rendering (the build-time one before Python answers)
 * @property {(message: string) => void} annoncer say what happened, in the widget's status line
 * @property {() => HTMLElement[]} elementsDeLaPage every widget element of the page (their « remember » boxes follow each other)
 * @property {() => void} reinitialiserLaPage every widget of the page back to its build-time defaults
 */

/** Mail clients truncate or refuse long mailto: links beyond about 2000 characters. */
const LONGUEUR_MAX_MAILTO = 1800;

/** A download name without path or shell-significant characters. @param {string} nom */
const nomSur = (nom) => nom.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[.-]+/, "") || "texte.txt";

/** @param {string} nom @param {string} mime @param {string} contenu */
function telecharger(nom, mime, contenu) {
  const url = URL.createObjectURL(new Blob([contenu], { type: `${mime};charset=utf-8` }));
  const lien = Object.assign(document.createElement("a"), { href: url, download: nomSur(nom) });
  document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** @param {string} texte @returns {Promise<boolean>} */
async function copier(texte) {
  try {
    await navigator.clipboard.writeText(texte);
    return true;
  } catch {
    const zone = Object.assign(document.createElement("textarea"), { value: texte });
    zone.setAttribute("readonly", "");
    zone.style.position = "fixed";
    zone.style.opacity = "0";
    document.body.append(zone);
    zone.select();
    const ok = document.execCommand("copy");
    zone.remove();
    return ok;
  }
}

/**
 * The body of the email a rendering offers: the body Python returns beside its
 * `.eml` draft when it has one (a plan followed by a message sends only the
 * message), else the text.
 * @param {RenderResult} rendu
 */
function corpsDuMessage(rendu) {
  return rendu.files?.find((f) => f.mime === "message/rfc822")?.body ?? rendu.text;
}

/**
 * `mailto:` with subject and body, or subject only when the body is too long.
 * @param {string|null} sujet @param {string} texte
 */
function lienMailto(sujet, texte) {
  const complet = `mailto:?subject=${encodeURIComponent(sujet ?? "")}&body=${encodeURIComponent(texte)}`;
  if (complet.length <= LONGUEUR_MAX_MAILTO) return { href: complet, tronque: false };
  const corps = "Collez ici le texte copié depuis Rattrapage (il était trop long pour être transmis directement).";
  return { href: `mailto:?subject=${encodeURIComponent(sujet ?? "")}&body=${encodeURIComponent(corps)}`, tronque: true };
}

/**
 * One download button per file of the rendering, and the `mailto:` link. The
 * buttons already there are kept and relabelled, never replaced: a tap that
 * lands while a keystroke's rendering arrives still reaches its button.
 * @param {HTMLElement} element @param {RenderResult} rendu
 */
function majBoutons(element, rendu) {
  const zone = /** @type {HTMLElement} */ (element.querySelector("[data-widget-downloads]"));
  const boutons = [...zone.querySelectorAll('button[data-action="download"]:not([data-file="text"])')].map(
    (b) => /** @type {HTMLButtonElement} */ (b),
  );
  rendu.files.forEach((fichier, i) => {
    let bouton = boutons[i];
    if (!bouton) {
      bouton = Object.assign(document.createElement("button"), { type: "button", className: "md-button" });
      bouton.dataset.action = "download";
      zone.append(bouton);
    }
    bouton.dataset.file = String(i);
    if (bouton.textContent !== fichier.label) bouton.textContent = fichier.label; // written by Python, as at build time
  });
  boutons.slice(rendu.files.length).forEach((b) => b.remove());
  const mailto = /** @type {HTMLAnchorElement} */ (element.querySelector('[data-action="mailto"]'));
  mailto.hidden = rendu.subject == null;
  if (rendu.subject != null) mailto.href = lienMailto(rendu.subject, corpsDuMessage(rendu)).href;
}

/** @param {HTMLElement} element @returns {HTMLInputElement|null} */
const caseMemoire = (element) => element.querySelector("[data-remember]");

/**
 * Wire the actions of one widget element; its buttons follow each rendering
 * (the `rattrapage:rendu` event widgets.mjs dispatches).
 * @param {HTMLElement} element
 * @param {Branchement} branchement
 */
export function brancherActions(element, { nom, rendu, annoncer, elementsDeLaPage, reinitialiserLaPage }) {
  element.addEventListener("rattrapage:rendu", () => majBoutons(element, rendu()));
  majBoutons(element, rendu());
  const memoire = caseMemoire(element);
  if (memoire) {
    memoire.checked = brouillons.memorise();
    memoire.addEventListener("change", () => {
      brouillons.memoriser(memoire.checked);
      for (const autre of elementsDeLaPage()) {
        const sienne = caseMemoire(autre);
        if (sienne) sienne.checked = memoire.checked;
      }
      annoncer(memoire.checked ? "Vos réponses seront gardées sur cet appareil." : "Vos réponses ne seront gardées que dans cet onglet.");
    });
  }
  element.addEventListener("click", async (event) => {
    const cible = /** @type {HTMLElement|null} */ (event.target instanceof Element ? event.target.closest("[data-action]") : null);
    if (!cible || !element.contains(cible)) return;
    const dernier = rendu();
    switch (cible.dataset.action) {
      case "copy":
        annoncer((await copier(dernier.text)) ? "Texte copié." : "La copie a échoué\u00a0: sélectionnez le texte à la main.");
        break;
      case "download": {
        if (cible.dataset.file === "text") telecharger(`${nom}.txt`, "text/plain", dernier.text);
        else {
          const fichier = dernier.files[Number(cible.dataset.file)];
          if (fichier) telecharger(fichier.name, fichier.mime, fichier.content);
        }
        break;
      }
      case "mailto": {
        const corps = corpsDuMessage(dernier);
        if (lienMailto(dernier.subject, corps).tronque) {
          await copier(corps);
          annoncer("Le texte est long\u00a0: il a été copié, collez-le dans le message qui s’ouvre.");
        }
        break;
      }
      case "print":
        document.documentElement.classList.add("rw-impression");
        element.classList.add("rw-a-imprimer");
        window.addEventListener(
          "afterprint",
          () => {
            document.documentElement.classList.remove("rw-impression");
            element.classList.remove("rw-a-imprimer");
          },
          { once: true },
        );
        window.print();
        break;
      case "clear":
        brouillons.effacerTout();
        reinitialiserLaPage();
        for (const autre of elementsDeLaPage()) {
          const sienne = caseMemoire(autre);
          if (sienne) sienne.checked = false;
        }
        annoncer("Vos données ont été effacées de ce navigateur.");
        break;
    }
  });
}
