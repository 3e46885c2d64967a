/**
 * The service worker (site root `sw.js`): registered on every page once it has
 * loaded, asked to keep the whole site only after a widget has started Python,
 * so that a reader who only reads downloads nothing more.
 * `<html data-hors-ligne="pret">` tells tests and the benchmark it is done.
 */
import { racineDuSite } from "./site.mjs";

export function enregistrerServiceWorker() {
  if (!("serviceWorker" in navigator) || enregistrerServiceWorker.fait) return;
  enregistrerServiceWorker.fait = true;
  const racine = racineDuSite();
  const lancer = () =>
    navigator.serviceWorker.register(new URL("sw.js", racine), { scope: racine.pathname }).catch(() => {
      // No service worker (private mode, file://): the site works online as before.
    });
  if (document.readyState === "complete") lancer();
  else addEventListener("load", lancer, { once: true });
}

export async function garderLeSiteHorsLigne() {
  if (!("serviceWorker" in navigator) || garderLeSiteHorsLigne.demande) return;
  garderLeSiteHorsLigne.demande = true;
  const inscription = await navigator.serviceWorker.ready;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "precache") document.documentElement.dataset.horsLigne = event.data.ok ? "pret" : "echec";
  });
  inscription.active?.postMessage({ type: "precache" });
}
