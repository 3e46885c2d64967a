// @ts-check
/**
 * The one script of every page, kept tiny: a reading page loads nothing more.
 * On a page that holds a widget it loads the widgets' code, and it does so again
 * after each of Material's instant navigations (`document$`).
 */
function surChaquePage() {
  // Material's search dialog has no accessible name (axe: aria-dialog-name).
  document.querySelector('.md-search[role="dialog"]:not([aria-label])')?.setAttribute("aria-label", "Recherche");
  if (document.querySelector("[data-widget]")) import("./widgets.mjs").then((m) => m.attacher());
}

if (typeof window.document$?.subscribe === "function") window.document$.subscribe(surChaquePage);
else surChaquePage();
