// @ts-check
/**
 * Where the site lives: two folders above this module (assets/rattrapage/).
 * Derived from the module's own URL, not from the page's: after an instant
 * navigation the page's address changes depth, the module's never does, and a
 * GitHub Pages sub-path is kept.
 */
export function racineDuSite() {
  return new URL("../../", import.meta.url);
}
