// What the page's other scripts leave on `window`, for the JSDoc types of the
// browser modules (jsconfig.json). Types only: never built into the site.

interface Window {
  /** The Python worker partials/amorce.html started in <head> for a returning visitor (python.mjs adopts it). */
  rattrapageAmorce?: {
    worker?: Worker;
    debut: number;
    echec: boolean;
    prise?: boolean;
    surErreur: (evenement: ErrorEvent) => void;
  };
  /** Material for MkDocs' observable of each page, after each instant navigation. */
  document$?: { subscribe(suivant: () => void): unknown };
}
