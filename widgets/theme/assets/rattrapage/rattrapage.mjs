/**
 * The one script of every page, kept tiny: a reading page loads nothing more.
 * On a page that holds a widget it loads the widgets' code, and it does so again
 * after each of Material's instant navigations (`document$`).
 */
function surChaquePage() {
  if (document.querySelector("[data-widget]")) import("./widgets.mjs").then((m) => m.attacher());
}

if (typeof window.document$?.subscribe === "function") window.document$.subscribe(surChaquePage);
else surChaquePage();
