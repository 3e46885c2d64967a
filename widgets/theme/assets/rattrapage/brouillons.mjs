// @ts-check
/**
 * Drafts and the shared profile, kept in the browser only.
 *
 * By default in sessionStorage (this tab, until it closes); in localStorage only
 * when the user ticks « Se souvenir sur cet appareil ». Profile fields (marked
 * `data-profile` by the build, from the Python declaration) are stored once and
 * prefill every widget; other fields are stored per widget. `effacerTout` removes
 * every key of ours from both storages.
 */
const PREFIXE = "rattrapage:";
const CLE_MEMOIRE = `${PREFIXE}memoriser`;
const CLE_PROFIL = `${PREFIXE}profil`;
/** @param {string} widgetId */
const cleBrouillon = (widgetId) => `${PREFIXE}brouillon:${widgetId}`;

/**
 * Storage may be disabled (private mode, policies): never let that break a widget.
 * @template T
 * @param {() => T} fn
 * @param {T} [secours]
 * @returns {T}
 */
function sur(fn, secours) {
  try {
    return fn();
  } catch {
    return /** @type {T} */ (secours);
  }
}

export const memorise = () => sur(() => localStorage.getItem(CLE_MEMOIRE) === "1", false);

const stockage = () => (memorise() ? localStorage : sessionStorage);

/** Saved values, by field name. @typedef {Record<string, unknown>} Valeurs */

/** @param {string} cle @returns {Valeurs} */
function lire(cle) {
  return sur(() => JSON.parse(stockage().getItem(cle) ?? "{}"), {});
}

/** @param {string} cle @param {Valeurs} valeur */
function ecrire(cle, valeur) {
  sur(() => stockage().setItem(cle, JSON.stringify(valeur)));
}

/**
 * Saved values for one widget: the shared profile, then the widget's own draft.
 * @param {string} widgetId @returns {Valeurs}
 */
export function charger(widgetId) {
  return { ...lire(CLE_PROFIL), ...lire(cleBrouillon(widgetId)) };
}

/**
 * Save a widget's values, profile fields into the shared profile.
 * @param {string} widgetId @param {Valeurs} valeurs @param {Set<string>} champsProfil
 */
export function enregistrer(widgetId, valeurs, champsProfil) {
  const profil = lire(CLE_PROFIL);
  /** @type {Valeurs} */
  const brouillon = {};
  for (const [nom, valeur] of Object.entries(valeurs)) {
    if (champsProfil.has(nom)) profil[nom] = valeur;
    else brouillon[nom] = valeur;
  }
  ecrire(CLE_PROFIL, profil);
  ecrire(cleBrouillon(widgetId), brouillon);
}

/**
 * Switch between this tab only and this device, moving what is saved.
 * @param {boolean} oui
 */
export function memoriser(oui) {
  sur(() => {
    const depuis = oui ? sessionStorage : localStorage;
    const vers = oui ? localStorage : sessionStorage;
    for (const cle of Object.keys(depuis).filter((c) => c.startsWith(PREFIXE) && c !== CLE_MEMOIRE)) {
      vers.setItem(cle, /** @type {string} */ (depuis.getItem(cle)));
      depuis.removeItem(cle);
    }
    if (oui) localStorage.setItem(CLE_MEMOIRE, "1");
    else localStorage.removeItem(CLE_MEMOIRE);
  });
}

/** Erase everything this site stored, in both storages. */
export function effacerTout() {
  for (const zone of [sessionStorage, localStorage]) {
    sur(() => {
      for (const cle of Object.keys(zone).filter((c) => c.startsWith(PREFIXE))) zone.removeItem(cle);
    });
  }
}
