// @ts-check
/**
 * The service worker (site root `sw.js`), registered once a widget has started
 * Python, then asked to keep the whole site: a reader who only reads downloads
 * nothing more, and whoever used a widget can come back offline. Once it is
 * installed it serves every page of its scope.
 * `<html data-hors-ligne="pret">` tells tests and the benchmark it is done.
 */
import { isPrecacheResult } from "./protocol.mjs";
import { racineDuSite } from "./site.mjs";

/** Asked once per visit. */
let demande = false;

export async function garderLeSiteHorsLigne() {
  if (!("serviceWorker" in navigator) || demande) return;
  demande = true;
  const racine = racineDuSite();
  try {
    await navigator.serviceWorker.register(new URL("sw.js", racine), { scope: racine.pathname });
  } catch {
    return; // no service worker (private mode, blocked): the site works online as before
  }
  const inscription = await navigator.serviceWorker.ready;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (isPrecacheResult(event.data)) document.documentElement.dataset.horsLigne = event.data.ok ? "pret" : "echec";
  });
  /** @type {import("./protocol.mjs").PrecacheRequest} */
  const precache = { type: "precache" };
  inscription.active?.postMessage(precache);
}
