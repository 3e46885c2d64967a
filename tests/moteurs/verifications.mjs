// @ts-check
/**
 * The checks every browser engine must pass, written once.
 *
 * Each engine's driver (firefox.mjs, webkit.mjs) implements the small
 * `Pilote` interface below; `verifier()` runs the same list of checks through it.
 * The expected texts come from Python (tests/e2e/test_moteurs.py renders them
 * with the same `rendre()` the browser runs), so nothing is written twice.
 *
 * @typedef {object} Pilote
 * @property {(url: string) => Promise<void>} aller       open a page
 * @property {() => Promise<void>} recharger                reload it
 * @property {<T>(fonction: (...a: any[]) => T, ...args: any[]) => Promise<T>} evaluer  run in the page
 * @property {() => string[]} erreurs                       console errors and page errors so far
 * @property {(largeur: number, hauteur: number) => Promise<void>} taille  size the page's viewport
 * @property {string | null} etroit   why the engine cannot make its viewport as narrow as a phone (null: it can)
 * @property {() => {niveau: string, source: string, texte: string, url: string}[]} [messages]  every console message (WebKit)
 *
 * @typedef {object} Cas  one widget page of the built site
 * @property {string} widget    widget id
 * @property {string} chemin    its page, relative to the site's base URL
 * @property {string} champ     the field typed into
 * @property {string} type      that field's type (text, textarea, radio)
 * @property {string} valeur    what is typed or chosen
 * @property {string} vide      the field's value once erased (its default)
 * @property {string} attendu   Python's text for that input
 * @property {string} defaut    Python's text for the defaults
 *
 * @typedef {object} Actions  what observerCopieEtTelechargement() records in the page (`window.__rwActions`)
 * @property {string[]} copies   each text handed to `navigator.clipboard.writeText`
 * @property {{nom: string, blob: Blob | undefined}[]} telechargements  each `<a download>` clicked: its name and Blob
 *
 * @typedef {{__rwActions: Actions}} Observee  the page's `window` once observerCopieEtTelechargement() ran
 */

const PRET_MS = 90_000;
const SORTIE_MS = 15_000;

/**
 * Poll `condition` in Node (some engines' pages refuse the drivers' own waits under the site's CSP).
 * @param {() => Promise<unknown>} condition  true when done; anything else is the state reported on timeout
 * @param {number} delai @param {string} description
 */
async function attendre(condition, delai, description) {
  const fin = Date.now() + delai;
  let derniere;
  while (Date.now() < fin) {
    derniere = await condition();
    if (derniere === true) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${description} (dernier état : ${JSON.stringify(derniere)})`);
}

/** @param {Pilote} pilote @param {string} widget */
async function attendrePret(pilote, widget) {
  await attendre(
    async () => {
      const etat = await pilote.evaluer((w) => document.querySelector(`[data-widget="${w}"]`)?.getAttribute("data-widget-state"), widget);
      return etat === "ready" ? true : etat;
    },
    PRET_MS,
    `${widget} : le widget n’atteint pas l’état ready`,
  );
}

/** @param {Pilote} pilote @param {string} widget @param {string} attendu */
async function attendreSortie(pilote, widget, attendu) {
  const normal = (/** @type {string} */ t) => t.replace(/\s+/g, " ").trim();
  await attendre(
    async () => {
      const texte = await pilote.evaluer((w) => document.querySelector(`[data-widget="${w}"] [data-widget-output]`)?.textContent ?? "", widget);
      return normal(texte) === normal(attendu) ? true : normal(texte).slice(0, 160);
    },
    SORTIE_MS,
    `${widget} : la sortie ne suit pas le formulaire`,
  );
}

/**
 * Type or choose in the form as an input event would (the page listens to `input`).
 * @param {string} widget @param {string} champ @param {string} type @param {string} valeur
 */
function saisir(widget, champ, type, valeur) {
  const formulaire = /** @type {HTMLFormElement} */ (document.querySelector(`[data-widget="${widget}"] form`));
  if (type === "radio") {
    const option = /** @type {HTMLInputElement} */ (formulaire.querySelector(`[name="${champ}"][value="${valeur}"]`));
    option.checked = true;
    option.dispatchEvent(new Event("input", { bubbles: true }));
    option.dispatchEvent(new Event("change", { bubbles: true }));
    return;
  }
  const controle = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (formulaire.querySelector(`[name="${champ}"]`));
  controle.value = valeur;
  controle.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * The value the form shows for one field (the checked radio's value).
 * @param {string} widget @param {string} champ @param {string} type @returns {string}
 */
function lire(widget, champ, type) {
  const formulaire = /** @type {HTMLFormElement} */ (document.querySelector(`[data-widget="${widget}"] form`));
  if (type === "radio") return /** @type {HTMLInputElement | null} */ (formulaire.querySelector(`[name="${champ}"]:checked`))?.value ?? "";
  return /** @type {HTMLInputElement | HTMLTextAreaElement | null} */ (formulaire.querySelector(`[name="${champ}"]`))?.value ?? "";
}

/**
 * Copy and download, watched from inside the page (a driver gives no clipboard
 * permission to a click it makes, and a download would leave the page):
 * `navigator.clipboard.writeText` is replaced by a recorder, so the clipboard
 * itself is not read here (Chromium's suite reads it, tests/e2e/test_actions.py);
 * `URL.createObjectURL` keeps each Blob it is given, and the click on the
 * `<a download>` the page creates is recorded and cancelled. What is compared is
 * then exactly what the page hands to the clipboard and to the file.
 */
function observerCopieEtTelechargement() {
  /** @type {Actions["copies"]} */
  const copies = [];
  /** @type {Actions["telechargements"]} */
  const telechargements = [];
  /** @type {Observee} */ (/** @type {unknown} */ (window)).__rwActions = { copies, telechargements };
  const ecrire = async (/** @type {string} */ texte) => {
    copies.push(String(texte));
  };
  if (navigator.clipboard) Object.defineProperty(navigator.clipboard, "writeText", { value: ecrire, configurable: true });
  else Object.defineProperty(navigator, "clipboard", { value: { writeText: ecrire }, configurable: true });
  const blobs = new Map();
  const creer = URL.createObjectURL;
  URL.createObjectURL = (objet) => {
    const url = creer.call(URL, objet);
    blobs.set(url, objet);
    return url;
  };
  document.addEventListener(
    "click",
    (e) => {
      const lien = /** @type {HTMLElement} */ (e.target).closest?.("a[download]");
      if (!(lien instanceof HTMLAnchorElement)) return;
      e.preventDefault();
      telechargements.push({ nom: lien.download, blob: blobs.get(lien.href) });
    },
    true,
  );
}

/**
 * Click one action of a widget (`[data-action=…]` plus an optional extra selector).
 * @param {string} widget @param {string} selecteur
 */
function cliquer(widget, selecteur) {
  /** @type {HTMLElement} */ (document.querySelector(`[data-widget="${widget}"] ${selecteur}`)).click();
}

/** @param {Pilote} pilote @param {Cas} c @returns {Promise<string[]>} */
async function verifierCopieEtTelechargement(pilote, c) {
  const echecs = [];
  await pilote.evaluer(observerCopieEtTelechargement);
  await pilote.evaluer(cliquer, c.widget, '[data-action="copy"]');
  try {
    await attendre(
      async () => (await pilote.evaluer(() => /** @type {Observee} */ (/** @type {unknown} */ (window)).__rwActions.copies.length)) > 0 || "rien",
      SORTIE_MS,
      `${c.widget} : « Copier » ne copie rien`,
    );
    // Not empty: the wait above saw a copy.
    const copie = await pilote.evaluer(
      () => /** @type {string} */ (/** @type {Observee} */ (/** @type {unknown} */ (window)).__rwActions.copies.at(-1)),
    );
    if (copie !== c.attendu) echecs.push(`${c.widget} : « Copier » copie ${JSON.stringify(copie.slice(0, 120))}`);
  } catch (e) {
    echecs.push(String(e instanceof Error ? e.message : e));
  }
  await pilote.evaluer(cliquer, c.widget, '[data-action="download"][data-file="text"]');
  try {
    await attendre(
      async () => (await pilote.evaluer(() => /** @type {Observee} */ (/** @type {unknown} */ (window)).__rwActions.telechargements.length)) > 0 || "rien",
      SORTIE_MS,
      `${c.widget} : « Télécharger » ne produit aucun fichier`,
    );
    const fichier = await pilote.evaluer(async () => {
      const { nom, blob } = /** @type {Actions["telechargements"][number]} */ (
        /** @type {Observee} */ (/** @type {unknown} */ (window)).__rwActions.telechargements.at(-1)
      );
      return { nom, type: blob?.type ?? null, texte: blob ? await blob.text() : null };
    });
    if (fichier.nom !== `${c.widget}.txt`) echecs.push(`${c.widget} : le fichier téléchargé s’appelle ${JSON.stringify(fichier.nom)}`);
    if (!/^text\/plain/.test(fichier.type ?? "")) echecs.push(`${c.widget} : le fichier téléchargé est de type ${JSON.stringify(fichier.type)}`);
    if (fichier.texte !== c.attendu) echecs.push(`${c.widget} : le fichier téléchargé contient ${JSON.stringify((fichier.texte ?? "").slice(0, 120))}`);
  } catch (e) {
    echecs.push(String(e instanceof Error ? e.message : e));
  }
  return echecs;
}

// --- Layout on a phone (the engine-independent part of tests/e2e/test_mise_en_page.py) ---

/** The page the layout is checked on: one is enough, the letter's (the most actions and fields). */
export const PAGE_MISE_EN_PAGE = "lettre-apres-entretien";
/** Phone viewports (width, height), as in tests/e2e/test_mise_en_page.py. */
export const TELEPHONES = [
  [360, 800],
  [390, 844],
];

/**
 * Each widget's visible actions as rows (same top): [text, left, width] per button.
 * @returns {{largeur: number, rangees: [string, number, number][][]}[]}
 */
function rangeesDActions() {
  return [...document.querySelectorAll(".rw-actions")].map((zone) => {
    /** @type {Map<number, [string, number, number][]>} */
    const rangees = new Map();
    for (const b of zone.querySelectorAll("[data-action]")) {
      const r = b.getBoundingClientRect();
      if (!r.width) continue; // hidden (mailto without a subject)
      const cle = Math.round(r.top);
      if (!rangees.has(cle)) rangees.set(cle, []);
      /** @type {[string, number, number][]} */ (rangees.get(cle)).push([b.textContent, Math.round(r.left), Math.round(r.width)]);
    }
    return { largeur: Math.round(zone.getBoundingClientRect().width), rangees: [...rangees.values()] };
  });
}

/**
 * Where each download label breaks a line: the characters on either side of each break.
 * @returns {[string, string[]][]} each label, with its breaks
 */
function coupuresDesLibelles() {
  return [...document.querySelectorAll('[data-action="download"]')].map((b) => {
    const texte = /** @type {Text} */ (b.firstChild);
    /** @type {string[]} */
    const coupures = [];
    let haut = null;
    for (let i = 0; i < texte.length; i++) {
      const plage = document.createRange();
      plage.setStart(texte, i);
      plage.setEnd(texte, i + 1);
      const r = [...plage.getClientRects()].find((x) => x.width > 0);
      if (!r) continue; // a space at a line's end has no box
      if (haut !== null && r.top > haut + 2) coupures.push(texte.data.slice(Math.max(0, i - 1), i + 1));
      haut = r.top;
    }
    return [b.textContent, coupures];
  });
}

/** Visible fields whose placeholder does not fit (one-line fields by canvas width, textareas by height). */
function placeholdersCoupes() {
  const contexte = /** @type {CanvasRenderingContext2D} */ (document.createElement("canvas").getContext("2d"));
  const coupes = [];
  for (const champ of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll(".rattrapage-widget :is(input, textarea)[placeholder]"))) {
    if (!champ.getClientRects().length) continue;
    const style = getComputedStyle(champ);
    const indice = getComputedStyle(champ, "::placeholder");
    const police = `${indice.fontStyle} ${indice.fontWeight} ${indice.fontSize} ${indice.fontFamily}`;
    const largeur = champ.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (champ.tagName === "INPUT") {
      contexte.font = police;
      const besoin = contexte.measureText(champ.placeholder).width;
      if (besoin > largeur) coupes.push(`${champ.id} : ${Math.ceil(besoin)} px pour ${largeur} px`);
    } else {
      const mesure = document.createElement("div");
      Object.assign(mesure.style, {
        position: "absolute",
        visibility: "hidden",
        whiteSpace: "pre-wrap",
        overflowWrap: "break-word",
        width: `${largeur}px`,
        font: police,
        lineHeight: style.lineHeight,
      });
      mesure.textContent = champ.placeholder;
      document.body.append(mesure);
      const hauteur = champ.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (mesure.offsetHeight > hauteur + 1) coupes.push(`${champ.id} : ${mesure.offsetHeight} px pour ${hauteur} px`);
      mesure.remove();
    }
  }
  return coupes;
}

/**
 * At each phone width: no horizontal scrolling (before and once ready), the
 * actions form one even grid, download labels break between words only, no
 * placeholder is cut off.
 * @param {Pilote} pilote @param {string} url @param {string} widget @returns {Promise<string[]>}
 */
async function verifierMiseEnPage(pilote, url, widget) {
  const echecs = [];
  for (const [largeur, hauteur] of TELEPHONES) {
    const ici = `${widget} à ${largeur} px`;
    try {
      await pilote.taille(largeur, hauteur);
      await pilote.aller(url);
      const vue = await pilote.evaluer(() => document.documentElement.clientWidth);
      if (vue !== largeur) {
        echecs.push(`${ici} : la page fait ${vue} px de large`);
        continue;
      }
      const defilement = () => document.documentElement.scrollWidth;
      if ((await pilote.evaluer(defilement)) > largeur) echecs.push(`${ici} : défilement horizontal avant Python`);
      await attendrePret(pilote, widget);
      if ((await pilote.evaluer(defilement)) > largeur) echecs.push(`${ici} : défilement horizontal une fois prêt`);
      for (const zone of await pilote.evaluer(rangeesDActions)) {
        const { rangees } = zone;
        if (!rangees.length) {
          echecs.push(`${ici} : aucune action visible`);
          continue;
        }
        const colonnes = rangees[0].map(([, gauche]) => gauche);
        const large = rangees[0][0][2];
        rangees.forEach((rangee, i) => {
          const seule = rangee.length === 1 && colonnes.length > 1;
          if (seule && i === rangees.length - 1 && Math.abs(rangee[0][2] - zone.largeur) <= 1) return; // an odd last one may span the row
          if (!rangee.every(([, , w]) => Math.abs(w - large) <= 1)) echecs.push(`${ici} : largeurs inégales ${JSON.stringify(rangee)}`);
          if (JSON.stringify(rangee.map(([, g]) => g)) !== JSON.stringify(colonnes.slice(0, rangee.length)))
            echecs.push(`${ici} : hors des colonnes ${JSON.stringify(rangee)}`);
          if (i < rangees.length - 1 && rangee.length !== colonnes.length) echecs.push(`${ici} : rangées inégales ${JSON.stringify(rangees)}`);
        });
      }
      const libelles = await pilote.evaluer(coupuresDesLibelles);
      if (!libelles.length) echecs.push(`${ici} : aucun bouton de téléchargement`);
      for (const [libelle, coupures] of libelles) {
        if (!libelle.startsWith("Télécharger ")) echecs.push(`${ici} : libellé ${JSON.stringify(libelle)}`);
        if (libelle.split(/\s+/).some((mot) => mot.includes("-") && mot.includes("."))) echecs.push(`${ici} : un nom de fichier dans ${JSON.stringify(libelle)}`);
        // A line ends at a space only: never after a hyphen, never before « (.ics) ».
        if (!coupures.every((c) => /^\s/.test(c))) echecs.push(`${ici} : ${JSON.stringify(libelle)} coupé en ${JSON.stringify(coupures)}`);
      }
      for (const coupe of await pilote.evaluer(placeholdersCoupes)) echecs.push(`${ici} : indication coupée, ${coupe}`);
    } catch (e) {
      echecs.push(`${ici} : ${e instanceof Error ? e.message : e}`);
    }
  }
  return echecs;
}

/**
 * The list of checks, in order, each on every widget page:
 * the widget reaches `ready`; typing updates the output to Python's text;
 * « Copier » and « Télécharger » hand over that text; the draft survives a
 * reload; « Effacer » empties it; then a second visit works; the letter's page
 * is laid out for a phone at 360 and 390 px (where the engine's viewport can be
 * that narrow); and no console error or page error at any point.
 *
 * The letter's page is visited first, so that its time to `ready` is a cold
 * visit's (no service worker, no device copy yet): `noter` receives it.
 *
 * @param {Pilote} pilote @param {string} base @param {Cas[]} cas
 * @param {(message: string) => void} [noter]  receives measures worth printing
 * @returns {Promise<string[]>} the failures, in French (empty when all pass)
 */
export async function verifier(pilote, base, cas, noter = () => {}) {
  const echecs = [];
  const ordre = [...cas].sort((a, b) => Number(b.widget === PAGE_MISE_EN_PAGE) - Number(a.widget === PAGE_MISE_EN_PAGE));
  for (const c of ordre) {
    try {
      const debut = Date.now();
      await pilote.aller(new URL(c.chemin, base).href);
      await attendrePret(pilote, c.widget);
      if (c === ordre[0]) noter(`${c.widget} prête en ${((Date.now() - debut) / 1000).toFixed(1)} s (première visite)`);
      await pilote.evaluer(saisir, c.widget, c.champ, c.type, c.valeur);
      await attendreSortie(pilote, c.widget, c.attendu);
      echecs.push(...(await verifierCopieEtTelechargement(pilote, c)));
      await pilote.recharger();
      await attendrePret(pilote, c.widget);
      const garde = await pilote.evaluer(lire, c.widget, c.champ, c.type);
      if (garde !== c.valeur) echecs.push(`${c.widget} : le brouillon est perdu au rechargement (${JSON.stringify(garde)})`);
      await attendreSortie(pilote, c.widget, c.attendu);
      await pilote.evaluer(cliquer, c.widget, '[data-action="clear"]');
      await attendreSortie(pilote, c.widget, c.defaut);
      const efface = await pilote.evaluer(lire, c.widget, c.champ, c.type);
      if (efface !== c.vide) echecs.push(`${c.widget} : « Effacer » laisse ${JSON.stringify(efface)}`);
    } catch (e) {
      echecs.push(String(e instanceof Error ? e.message : e));
    }
  }
  // A second visit, served by the service worker and the device copy.
  if (ordre.length) {
    try {
      const debut = Date.now();
      await pilote.aller(new URL(ordre[0].chemin, base).href);
      await attendrePret(pilote, ordre[0].widget);
      noter(`${ordre[0].widget} prête en ${((Date.now() - debut) / 1000).toFixed(1)} s (seconde visite)`);
    } catch (e) {
      echecs.push(`seconde visite : ${e instanceof Error ? e.message : e}`);
    }
  }
  const lettre = cas.find((c) => c.widget === PAGE_MISE_EN_PAGE);
  if (lettre && pilote.etroit) noter(`mise en page à ${TELEPHONES.map(([l]) => l).join(" et ")} px non vérifiée : ${pilote.etroit}`);
  else if (lettre) echecs.push(...(await verifierMiseEnPage(pilote, new URL(lettre.chemin, base).href, lettre.widget)));
  const erreurs = new Map();
  for (const erreur of pilote.erreurs()) erreurs.set(erreur, (erreurs.get(erreur) ?? 0) + 1);
  for (const [erreur, fois] of erreurs) echecs.push(`erreur dans la console : ${erreur}${fois > 1 ? ` (${fois} fois)` : ""}`);
  return echecs;
}
