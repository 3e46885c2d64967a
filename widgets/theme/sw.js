// @ts-check
/**
 * Service worker: second visits without waiting, and the site offline.
 *
 * GitHub Pages caches for ten minutes only; this worker keeps the Python runtime
 * (about 45 MB, several seconds to fetch on a phone) in Cache Storage and serves
 * it from there, as it does Material's hashed scripts and stylesheets. Pages and
 * the other assets go network-first, so an update shows at once when online, and
 * come from the cache when offline.
 *
 * The build's finishing step (widgets/build/moteur.py) replaces the two constants below: the
 * version of this build and the list of the site's pages and assets. The scope
 * is the folder this file is served from: the site's base path.
 *
 * One origin may hold several sites (a GitHub account's project sites,
 * `someone.github.io/rattrapage/` and `someone.github.io/autre/`), each with
 * its own service worker. So every cache is named after the site's scope as
 * well as the build (`rattrapage /rattrapage/ pages 1a2b…`), and a new build
 * deletes the caches of its own scope only: another site's offline copy stays.
 *
 * Nothing is precached while a reader only reads: after a widget has started
 * Python, the page asks for the whole site to be kept (`precache` message,
 * typed in assets/rattrapage/protocol.mjs, channel 3).
 */

/** This service worker's own scope (the program's libraries also know the page's `self`). */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/**
 * protocol.mjs's `isPrecacheRequest`: a classic service worker cannot import a
 * module, so this one-line copy narrows to the type declared there.
 * @param {unknown} m @returns {m is import("./assets/rattrapage/protocol.mjs").PrecacheRequest}
 */
const isPrecacheRequest = (m) => typeof m === "object" && m !== null && "type" in m && m.type === "precache";

const VERSION = "__VERSION__";
const PYODIDE = "__PYODIDE__";
/** @type {string[]} the site's pages and assets, relative to its base path */
const FICHIERS = []; // __FICHIERS__

/**
 * The site's base path, from the registration (hors-ligne.mjs registers the
 * folder of this file), never written at build time: the same build works
 * under any path. A path carries no space (the URL parser escapes it), so the
 * space-separated name below reads back without ambiguity.
 */
const PORTEE = new URL(sw.registration.scope).pathname;
const PREFIXE = "rattrapage";
/** @param {"pages"|"moteur"} genre @param {string} version */
const nomDeCache = (genre, version) => [PREFIXE, PORTEE, genre, version].join(" ");
const CACHE_PAGES = nomDeCache("pages", VERSION);
const CACHE_MOTEUR = nomDeCache("moteur", PYODIDE);
const base = new URL(PORTEE, sw.location.href);
const moteur = new URL("pyodide/", base).href;

/**
 * Runtime files that never change under their name for one Pyodide version (the
 * cache is named after it) or whose name carries their content (the snapshot).
 * The wheel, runtime.json and pyodide-lock.json change with our code: network first.
 * @param {string} url
 */
const estImmuable = (url) =>
  url.startsWith(moteur) && /\/(pyodide\.mjs|pyodide\.asm\.mjs|pyodide\.asm\.wasm|python_stdlib\.zip|instantane-[0-9a-f]+\.bin\.gz)$/.test(url);

/**
 * Material's scripts and stylesheets carry a hash of their content in their
 * name (`bundle.a5f9d56c.min.js`): served from the cache without asking the
 * network, which on a phone saves a round trip each on every later visit.
 * @param {string} url
 */
const estEmpreinte = (url) =>
  url.startsWith(base.href) && /\/assets\/(javascripts|stylesheets)\/.+\.[0-9a-f]{8}\.min\.(js|css)$/.test(url);

/**
 * A cache of this site's (any build), by its name: `rattrapage <scope> <kind> <version>`.
 * @param {string} nom
 */
const estDeCeSite = (nom) => {
  const [prefixe, portee] = nom.split(" ");
  return prefixe === PREFIXE && portee === PORTEE;
};

/**
 * Builds before caches were named after their site called them
 * `rattrapage-pages-<version>` and `rattrapage-moteur-<pyodide>`, one name for
 * every site of the origin. Only this site's entries are taken out of them (a
 * URL under this scope whose first folder is one of this site's, so that a site
 * at the origin's root leaves `/autre/…` alone); an emptied cache is deleted.
 */
const ANCIEN_NOM = /^rattrapage-(pages|moteur)-/;
const dossiersDuSite = new Set(FICHIERS.map((chemin) => chemin.split("/")[0]));
/** @param {string} url */
const estUneEntreeDuSite = (url) =>
  url.startsWith(base.href) && dossiersDuSite.has(url.slice(base.href.length).split(/[/?#]/)[0]);

/** @param {string} nom */
async function viderAncienCache(nom) {
  const cache = await caches.open(nom);
  const requetes = await cache.keys();
  const nos = requetes.filter((requete) => estUneEntreeDuSite(requete.url));
  for (const requete of nos) await cache.delete(requete);
  if (nos.length === requetes.length) await caches.delete(nom);
}

sw.addEventListener("install", () => sw.skipWaiting());

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const nom of await caches.keys()) {
        if (estDeCeSite(nom) && nom !== CACHE_PAGES && nom !== CACHE_MOTEUR) await caches.delete(nom);
        else if (ANCIEN_NOM.test(nom)) await viderAncienCache(nom);
      }
      await sw.clients.claim();
    })(),
  );
});

/** @param {Request} requete */
async function reseauDabord(requete) {
  const cache = await caches.open(CACHE_PAGES);
  try {
    const reponse = await fetch(requete);
    if (reponse.ok) await cache.put(requete, reponse.clone());
    return reponse;
  } catch (erreur) {
    const enCache = await cache.match(requete, { ignoreSearch: requete.mode === "navigate" });
    if (enCache) return enCache;
    throw erreur;
  }
}

/** @param {Request} requete @param {string} nom */
async function cacheDabord(requete, nom) {
  const cache = await caches.open(nom);
  const enCache = await cache.match(requete);
  if (enCache) return enCache;
  const reponse = await fetch(requete);
  if (reponse.ok) await cache.put(requete, reponse.clone());
  return reponse;
}

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(base.href)) return;
  if (estImmuable(request.url)) event.respondWith(cacheDabord(request, CACHE_MOTEUR));
  else if (estEmpreinte(request.url)) event.respondWith(cacheDabord(request, CACHE_PAGES));
  else event.respondWith(reseauDabord(request));
});

/** Keep the whole site, runtime included, for offline visits. */
async function toutGarder() {
  const [pages, cacheMoteur] = await Promise.all([caches.open(CACHE_PAGES), caches.open(CACHE_MOTEUR)]);
  const urls = FICHIERS.map((chemin) => new URL(chemin, base).href);
  // One file at a time: the runtime was just downloaded, so most answers come
  // from the HTTP cache, and a phone is not flooded with parallel requests.
  for (const url of urls) {
    const cache = estImmuable(url) ? cacheMoteur : pages;
    if (!(await cache.match(url))) await cache.add(url);
  }
  // Drop the snapshots of earlier builds.
  const gardes = new Set(urls);
  for (const requete of await cacheMoteur.keys()) {
    if (!gardes.has(requete.url)) await cacheMoteur.delete(requete);
  }
}

/** @param {ExtendableMessageEvent} event @param {import("./assets/rattrapage/protocol.mjs").PrecacheResult} resultat */
const repondre = (event, resultat) => event.source?.postMessage(resultat);

sw.addEventListener("message", (event) => {
  if (!isPrecacheRequest(event.data)) return;
  event.waitUntil(
    toutGarder().then(
      () => repondre(event, { type: "precache", ok: true }),
      (e) => repondre(event, { type: "precache", ok: false, message: String(e) }),
    ),
  );
});
