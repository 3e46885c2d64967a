// Injected into every page of the benchmark (Playwright add_init_script) before
// any script of the page runs. It only watches, through the DOM contract
// (docs: /work/shared/guides/contract.md), and records performance.now()
// timestamps, whose origin is the navigation start:
//   __bench.etats["ID:STATE"]   first time [data-widget=ID] had data-widget-state=STATE
//                               (bench pages: "bench:STATE" for [data-bench-state])
//   __bench.focus               first focusin in the page
//   __bench.focusAuto           when the bench itself focused the first control (see below)
//   __bench.frappes             every keydown
//   __bench.sorties             every change of a [data-widget-output] text: {widget, t}
(() => {
  if (window.__bench) return;
  const bench = (window.__bench = { etats: {}, focus: null, frappes: [], sorties: [] });
  const textes = new WeakMap();

  const relever = () => {
    const t = performance.now();
    for (const el of document.querySelectorAll("[data-widget][data-widget-state]")) {
      const cle = `${el.dataset.widget}:${el.dataset.widgetState}`;
      if (!(cle in bench.etats)) bench.etats[cle] = t;
    }
    for (const el of document.querySelectorAll("[data-bench-state]")) {
      const cle = `bench:${el.dataset.benchState}`;
      if (!(cle in bench.etats)) bench.etats[cle] = t;
    }
    for (const el of document.querySelectorAll("[data-widget-output]")) {
      const texte = el.textContent;
      const avant = textes.get(el);
      textes.set(el, texte);
      if (avant !== undefined && avant !== texte) {
        bench.sorties.push({ widget: el.closest("[data-widget]")?.dataset.widget ?? null, t });
      }
    }
  };

  new MutationObserver(relever).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["data-widget-state", "data-bench-state"],
  });
  document.addEventListener("DOMContentLoaded", relever);
  // A visitor who starts typing at once: when the bench sets window.__benchFocus
  // (a selector of a form), the form's first control is focused right after
  // DOMContentLoaded, once every DOMContentLoaded handler of the page has run
  // (setTimeout 0), so a site that waits for a first focus is not bypassed.
  document.addEventListener("DOMContentLoaded", () => {
    if (!window.__benchFocus) return;
    setTimeout(() => {
      const controle = document.querySelector(window.__benchFocus)?.querySelector("input, textarea, select");
      if (controle) {
        controle.focus();
        bench.focusAuto = performance.now();
      }
    }, 0);
  });
  document.addEventListener("focusin", () => { bench.focus ??= performance.now(); }, true);
  document.addEventListener("keydown", () => { bench.frappes.push(performance.now()); }, true);
})();
