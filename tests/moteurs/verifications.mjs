// @ts-check
/**
 * The checks every browser engine must pass, written once.
 *
 * Each engine's driver (firefox.mjs; WebKit to come) implements the small
 * `Pilote` interface below; `verifier()` runs the same list of checks through it.
 * The expected texts come from Python (tests/e2e/test_moteurs.py renders them
 * with the same `rendre()` the browser runs), so nothing is written twice.
 *
 * @typedef {object} Pilote
 * @property {(url: string) => Promise<void>} aller       open a page
 * @property {() => Promise<void>} recharger                reload it
 * @property {<T>(fonction: (...a: any[]) => T, ...args: any[]) => Promise<T>} evaluer  run in the page
 * @property {() => string[]} erreurs                       console errors and page errors so far
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
 */

const PRET_MS = 90_000;
const SORTIE_MS = 15_000;

/** Poll `condition` in Node (some engines' pages refuse the drivers' own waits under the site's CSP). */
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

/** Type or choose in the form as an input event would (the page listens to `input`). */
function saisir(widget, champ, type, valeur) {
  const formulaire = document.querySelector(`[data-widget="${widget}"] form`);
  if (type === "radio") {
    const option = formulaire.querySelector(`[name="${champ}"][value="${valeur}"]`);
    option.checked = true;
    option.dispatchEvent(new Event("input", { bubbles: true }));
    option.dispatchEvent(new Event("change", { bubbles: true }));
    return;
  }
  const controle = formulaire.querySelector(`[name="${champ}"]`);
  controle.value = valeur;
  controle.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The value the form shows for one field (the checked radio's value). */
function lire(widget, champ, type) {
  const formulaire = document.querySelector(`[data-widget="${widget}"] form`);
  if (type === "radio") return formulaire.querySelector(`[name="${champ}"]:checked`)?.value ?? "";
  return formulaire.querySelector(`[name="${champ}"]`)?.value ?? "";
}

/**
 * The list of checks, in order, each on every widget page:
 * the widget reaches `ready`; typing updates the output to Python's text; the
 * draft survives a reload; « Effacer » empties it; a second visit works; and
 * no console error or page error at any point.
 *
 * @param {Pilote} pilote @param {string} base @param {Cas[]} cas
 * @returns {Promise<string[]>} the failures, in French (empty when all pass)
 */
export async function verifier(pilote, base, cas) {
  const echecs = [];
  for (const c of cas) {
    try {
      await pilote.aller(new URL(c.chemin, base).href);
      await attendrePret(pilote, c.widget);
      await pilote.evaluer(saisir, c.widget, c.champ, c.type, c.valeur);
      await attendreSortie(pilote, c.widget, c.attendu);
      await pilote.recharger();
      await attendrePret(pilote, c.widget);
      const garde = await pilote.evaluer(lire, c.widget, c.champ, c.type);
      if (garde !== c.valeur) echecs.push(`${c.widget} : le brouillon est perdu au rechargement (${JSON.stringify(garde)})`);
      await attendreSortie(pilote, c.widget, c.attendu);
      await pilote.evaluer((w) => /** @type {HTMLElement} */ (document.querySelector(`[data-widget="${w}"] [data-action="clear"]`)).click(), c.widget);
      await attendreSortie(pilote, c.widget, c.defaut);
      const efface = await pilote.evaluer(lire, c.widget, c.champ, c.type);
      if (efface !== c.vide) echecs.push(`${c.widget} : « Effacer » laisse ${JSON.stringify(efface)}`);
    } catch (e) {
      echecs.push(String(e instanceof Error ? e.message : e));
    }
  }
  // A second visit, served by the service worker and the device copy.
  if (cas.length) {
    try {
      await pilote.aller(new URL(cas[0].chemin, base).href);
      await attendrePret(pilote, cas[0].widget);
    } catch (e) {
      echecs.push(`seconde visite : ${e instanceof Error ? e.message : e}`);
    }
  }
  for (const erreur of pilote.erreurs()) echecs.push(`erreur dans la console : ${erreur}`);
  return echecs;
}
