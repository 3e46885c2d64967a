/**
 * The Python worker: boots the site's own Pyodide and answers render requests.
 *
 * Everything comes from this site (paths relative to this file, so the site
 * works under a GitHub Pages sub-path). Two ways to boot:
 *
 * 1. Fast: restore the memory snapshot made at build time
 *    (widgets/runtime/construire-instantane.mjs), where `rattrapage` is already imported;
 *    its bytes come from the copy an earlier visit kept on the device, or from
 *    the site (instantane.mjs, in this folder).
 * 2. Fallback: a normal `loadPyodide()` that installs the wheel registered in the
 *    site-local pyodide-lock.json (by package name; Pyodide checks its sha256).
 *
 * The snapshot relies on a private Pyodide API, so any doubt means fallback: no
 * snapshot file, a failed restore, or a snapshot whose key is not the one this
 * build's runtime.json announces. The boot message says which way was used.
 *
 * The worker only speaks once spoken to: it may be started by the page's
 * `<head>` before the code that listens to it is loaded (amorce.html), so its
 * messages wait until the page's first message (protocol.mjs).
 */
// @ts-check
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import { garderCopieLocale, lireCopieLocale, oublierCopieLocale, telechargerInstantaneAPart } from "./instantane.mjs";
import { isRenderRequest, toPlainError } from "./protocol.mjs";

/**
 * @typedef {import("./protocol.mjs").Manifeste} Manifeste
 * @typedef {import("./protocol.mjs").Choix} Choix
 * @typedef {import("./protocol.mjs").WorkerToPage} WorkerToPage
 * @typedef {import("./protocol.mjs").BootOk} BootOk
 */

/** This worker's own scope (the program's libraries also know the page's `self`). */
const portee = /** @type {DedicatedWorkerGlobalScope} */ (/** @type {unknown} */ (self));

const indexURL = new URL("../../pyodide/", import.meta.url).href;
const silencieux = { stdout: () => {}, stderr: () => {} };

/**
 * This build's runtime.json (Pyodide version, wheel, the snapshot's name, size
 * and key, the lockfile's `info`), written into this file by the build
 * (widgets/build/moteur.py): no request stands before the snapshot's.
 * @type {Manifeste|null}
 */
const MANIFESTE = null; // __MANIFESTE__

/**
 * Pyodide's big files (the .wasm and the standard library: 6 MB on the wire)
 * are requested as soon as `loadPyodide` is called, and both ways of booting
 * need them. They wait until the snapshot is judged worth its download or not
 * (`porte`), because that judgement measures the network on the snapshot's own
 * download: sharing the link with them, the snapshot saw a third of it at
 * 10 Mbit/s and was given up where keeping it was faster. The gate opens on
 * the verdict, on a device copy (nothing to download), on a failed download,
 * and before a normal boot; on a fast network the verdict comes within a few
 * tens of milliseconds.
 *
 * When a snapshot boot is given up before its module was compiled, the normal
 * boot that follows asks for the same .wasm: it is handed the response already
 * under way, unread, instead of downloading it a second time (which a slow
 * network would pay for twice).
 */
const fetchDuNavigateur = portee.fetch.bind(portee);
/** @type {() => void} */
let ouvrirPorte = () => {};
/** @type {Promise<void>} */
const porte = new Promise((resolve) => {
  ouvrirPorte = resolve;
});
/**
 * Pyodide does not fail when its .wasm or its standard library cannot be
 * fetched: it warns and waits for ever (or, by luck of timing, leaves an
 * unhandled rejection). The fetch itself says so: the boot fails at once, and
 * the page offers to retry.
 * @type {(raison: unknown) => void}
 */
let echecDeTelechargement = () => {};
/** @type {Promise<never>} */
const fichierManquant = new Promise((_, reject) => {
  echecDeTelechargement = reject;
});
/**
 * `fetchDuNavigateur` once the gate is open, watched.
 * @param {RequestInfo | URL} ressource @param {RequestInit} [options]
 */
const fetchSurveille = (ressource, options) => {
  const nom = String(ressource instanceof Request ? ressource.url : ressource).split("/").pop();
  const reponse = porte.then(() => fetchDuNavigateur(ressource, options));
  reponse.then((r) => r.ok || echecDeTelechargement(new Error(`${nom} : HTTP ${r.status}`)), echecDeTelechargement);
  return reponse;
};
/** @type {Map<string, Promise<Response>>} */
const wasmDemandes = new Map();
/** @type {Map<string, Promise<Response>>} */
const wasmAReprendre = new Map();
/** @param {RequestInfo | URL} ressource @param {RequestInit} [options] */
portee.fetch = (ressource, options) => {
  const url = String(ressource instanceof Request ? ressource.url : ressource);
  if (!url.startsWith(indexURL)) return fetchDuNavigateur(ressource, options);
  if (url.endsWith(".zip")) return fetchSurveille(ressource, options);
  if (!url.endsWith(".wasm")) return fetchDuNavigateur(ressource, options);
  const reprise = wasmAReprendre.get(url);
  wasmAReprendre.delete(url);
  const reponse = reprise ?? fetchSurveille(ressource, options);
  wasmDemandes.set(url, reponse);
  return reponse;
};
/** The boot that asked for them never read them: keep them for the next one. */
const reprendreWasm = () => {
  for (const [url, reponse] of wasmDemandes) wasmAReprendre.set(url, reponse);
  wasmDemandes.clear();
};

/**
 * Messages for the page, held until it has said it listens.
 * @type {WorkerToPage[]}
 */
const enAttente = [];
let pageEcoute = false;
/** @param {WorkerToPage} message */
const envoyer = (message) => (pageEcoute ? portee.postMessage(message) : enAttente.push(message));

/** @param {string} message */
const progression = (message) => envoyer({ type: "progress", message });

/**
 * Milestones of the boot (ms since the worker started), reported for the benchmark.
 * @type {Record<string, number>}
 */
const temps = {};
/** @param {string} nom */
const jalon = (nom) => {
  temps[nom] = Math.round(performance.now());
};


/**
 * A promise that never settles: what an abandoned start waits on.
 * @returns {Promise<never>}
 */
const jamais = () => new Promise(() => {});

/**
 * Whether the snapshot was judged worth its download, and why (instantane.mjs, `estimer`), for the boot message.
 * @type {Choix|null}
 */
let choix = null;

/**
 * Work that waits until Python has answered its first requests.
 * @type {(() => void)[]}
 */
const apresDemarrage = [];

/**
 * @typedef {import("./instantane.mjs").CopieLocale} CopieLocale
 * @typedef {import("../../pyodide/pyodide.mjs").PyodideAPI} PyodideAPI
 */

/**
 * Restore the snapshot, in named stages. Everything that can overlap does:
 *
 * 1. `faireVenir`: the copy an earlier visit kept is read at once (only this
 *    build's, whole: instantane.mjs), or the site's snapshot is requested from
 *    the helper worker, which judges it worth its download or not (`estimer`);
 * 2. `attendreQuIlSoitEnRoute`: Pyodide's own start keeps this thread busy
 *    (parsing its 1.2 MB of JavaScript), so the snapshot is first put on its
 *    way, read or requested;
 * 3. `restaurer`: `loadPyodide` is given a buffer of the snapshot's size (it
 *    needs nothing more to create the WebAssembly memory) as soon as the
 *    snapshot is known to come: read from the device, or judged worth its
 *    download. It then fetches and compiles the 9.6 MB .wasm while the snapshot
 *    is downloaded and inflated into that buffer, and Python's start is held
 *    until that buffer holds the right snapshot (`pret`);
 * 4. `verifierCle`: the restored Python says which build it is;
 * 5. `retenir`: where it came from, and, from the site, a copy kept on the
 *    device once Python has answered (`apresDemarrage`).
 *
 * If that fails (download dropped or broken), the half-started runtime is
 * left waiting for ever (it must never restore a wrong buffer) and the failure
 * is reported at once (`secours`): Pyodide's .wasm, if it was never read, is
 * handed to the normal boot (`reprendreWasm`); a copy that does not restore is
 * deleted and the site's snapshot is tried. The 120 kB lockfile is not fetched:
 * the snapshot needs no package, only the lockfile's `info` (in the manifest).
 * @param {Manifeste|null} infos
 * @param {boolean} [copieAutorisee]
 * @returns {Promise<{pyodide: PyodideAPI, source: import("./protocol.mjs").Source}>}
 */
async function depuisInstantane(infos, copieAutorisee = true) {
  if (!infos?.snapshot) throw new Error("pas d’instantané dans ce site");
  const arrivee = faireVenir(infos, copieAutorisee);
  await attendreQuIlSoitEnRoute(arrivee);
  try {
    const pyodide = await restaurer(infos, arrivee);
    jalon("pyodide");
    verifierCle(pyodide, infos);
    return await retenir(pyodide, infos, arrivee);
  } catch (e) {
    return secours(e, infos, arrivee);
  }
}

/**
 * The snapshot's bytes on their way, as promises that overlap with Pyodide's start.
 * @typedef {object} Arrivee
 * @property {Promise<CopieLocale|null>} copie the copy an earlier visit kept, or null
 * @property {Promise<Uint8Array>} tampon that copy's bytes, or an empty buffer of the snapshot's size the download fills
 * @property {Promise<void>} pret settles once the buffer holds the snapshot; rejects when the download is dropped or broken
 * @property {Promise<Uint8Array>} octets the buffer, once the snapshot is known to come (read, or judged worth its download)
 * @property {Promise<void>} enRoute the copy is read, or the request is out, or the download already failed
 * @property {() => boolean} moduleDemarre whether Pyodide was handed the buffer (it then reads its .wasm)
 */

/**
 * Stage 1: read the device copy at once; without one, request the site's
 * snapshot through the helper worker, which reports whether it is worth its
 * download (`choix`, for the boot message).
 * @param {Manifeste} infos
 * @param {boolean} copieAutorisee
 * @returns {Arrivee}
 */
function faireVenir(infos, copieAutorisee) {
  const copie = copieAutorisee ? lireCopieLocale(infos) : Promise.resolve(null);
  /** @type {() => void} */
  let assezRapide = () => {};
  /** @type {Promise<void>} */
  const rapide = new Promise((resolve) => {
    assezRapide = resolve;
  });
  /** @param {Choix} c */
  const surChoix = (c) => {
    choix = c;
    ouvrirPorte();
    if (c.verdict === "instantane") assezRapide();
  };
  /** @type {() => void} */
  let lance = () => {};
  /** @type {Promise<void>} */
  const requeteEnvoyee = new Promise((resolve) => {
    lance = resolve;
  });
  const tampon = copie.then((c) => c?.octets ?? new Uint8Array(infos.size));
  const pret = tampon.then(async (buffer) => {
    if (await copie) {
      jalon("copie_locale");
      return;
    }
    jalon("telechargement");
    const profil = infos.compressed_size
      ? { compresse: infos.compressed_size, octetsNormal: infos.normal_boot_bytes ?? 0 }
      : null; // an older runtime.json: the snapshot is kept
    const telechargement = telechargerInstantaneAPart(`${indexURL}${infos.snapshot}`, buffer, progression, surChoix, profil);
    lance(); // the request is out
    await telechargement;
    jalon("instantane");
    progression("Démarrage de Python…");
  });
  // Pyodide gets the buffer (and starts the module) once the snapshot is known
  // to come: read from the device, or downloading fast enough.
  const octets = copie.then((c) => (c ? tampon : Promise.race([rapide.then(() => tampon), pret.then(() => tampon)])));
  for (const p of [tampon, octets, pret]) p.catch(() => {}); // reported through loadPyodide and the race
  copie.then((c) => c && ouvrirPorte());
  pret.then(ouvrirPorte, ouvrirPorte);
  let demarre = false;
  octets.then(
    () => {
      demarre = true;
    },
    () => {},
  );
  const enRoute = Promise.race([copie.then((c) => c ?? jamais()), requeteEnvoyee, pret.catch(() => {})]).then(() => {});
  return { copie, tampon, pret, octets, enRoute, moduleDemarre: () => demarre };
}

/**
 * Stage 2: Pyodide's own start keeps this thread busy (parsing its 1.2 MB of
 * JavaScript): first put the snapshot on its way, read or requested.
 * @param {Arrivee} arrivee
 */
async function attendreQuIlSoitEnRoute({ enRoute }) {
  await enRoute;
}

/**
 * Stage 3: Pyodide restores the snapshot; a dropped or broken download
 * rejects at once instead of leaving Python waiting.
 * @param {Manifeste} infos
 * @param {Arrivee} arrivee
 * @returns {Promise<PyodideAPI>}
 */
function restaurer(infos, { octets, pret }) {
  return Promise.race([
    loadPyodideDepuisInstantane({
      octets,
      avantPython: () => {
        jalon("module"); // the WebAssembly module is instantiated
        return pret.catch(jamais);
      },
      verrou: infos.lock_info,
    }),
    pret.then(jamais),
  ]);
}

/**
 * The one place that speaks Pyodide's private snapshot API (`_loadSnapshot`,
 * and `fsInit`, experimental): a Pyodide upgrade checks this function.
 * `octets` may be a promise: Pyodide creates the WebAssembly memory from it
 * once it settles. `avantPython` holds Python's start until it settles (it
 * never does for a snapshot that must not be restored). The snapshot needs no
 * package: the lockfile's `info` is enough.
 * @param {{octets: Promise<Uint8Array>, avantPython: () => Promise<void>, verrou: Manifeste["lock_info"]}} options
 * @returns {Promise<PyodideAPI>}
 */
function loadPyodideDepuisInstantane({ octets, avantPython, verrou }) {
  return loadPyodide({
    indexURL,
    _loadSnapshot: octets,
    fsInit: avantPython,
    lockFileContents: { info: verrou, packages: {} },
    ...silencieux,
  });
}

/**
 * Stage 4: the restored Python carries the key of the build that made it.
 * @param {PyodideAPI} pyodide @param {Manifeste} infos
 */
function verifierCle(pyodide, infos) {
  const cle = pyodide.runPython("import sys; getattr(sys, 'rattrapage_instantane', '')");
  if (cle !== infos.key) throw new Error("instantané d’une autre version");
}

/**
 * Stage 5: say where the snapshot came from; one from the site is kept on the
 * device once Python has answered its first requests.
 * @param {PyodideAPI} pyodide @param {Manifeste} infos @param {Arrivee} arrivee
 * @returns {Promise<{pyodide: PyodideAPI, source: import("./protocol.mjs").Source}>}
 */
async function retenir(pyodide, infos, { copie, tampon }) {
  if (await copie) return { pyodide, source: "appareil" };
  const telecharge = await tampon;
  apresDemarrage.push(() => garderCopieLocale(infos, telecharge));
  return { pyodide, source: "site" };
}

/**
 * When the snapshot did not restore: the .wasm Pyodide never read goes to the
 * next boot; a device copy is forgotten and the site's snapshot tried; a
 * failure of the site's snapshot is final here (the normal boot follows).
 * @param {unknown} e @param {Manifeste} infos @param {Arrivee} arrivee
 * @returns {Promise<{pyodide: PyodideAPI, source: import("./protocol.mjs").Source}>}
 */
async function secours(e, infos, { copie, moduleDemarre }) {
  if (!moduleDemarre()) reprendreWasm(); // Pyodide stopped before reading its .wasm
  const c = await copie;
  if (!c) throw e;
  await oublierCopieLocale(c.cle);
  return depuisInstantane(infos, false);
}

/**
 * The boot: the snapshot, else a normal `loadPyodide()` (the reason reported).
 * @returns {Promise<{pyodide: PyodideAPI, mode: import("./protocol.mjs").Mode, source?: import("./protocol.mjs").Source, reason?: string}>}
 */
async function demarrage() {
  progression("Préparation du moteur de texte…");
  try {
    return { ...(await depuisInstantane(MANIFESTE)), mode: "instantane" };
  } catch (e) {
    const raison = toPlainError(e).message; // the normal boot follows; the reason is reported
    ouvrirPorte();
    progression("Démarrage de Python (cela peut prendre quelques secondes)…");
    const pyodide = await loadPyodide({
      indexURL,
      lockFileURL: `${indexURL}pyodide-lock.json`,
      packages: ["rattrapage"],
      ...silencieux,
    });
    return { pyodide, mode: "normal", reason: raison };
  }
}

/**
 * Other failures inside Pyodide's start do not reject `loadPyodide` either:
 * they surface as an unhandled rejection, and it never settles. Turn them into
 * a boot failure too (the .wasm and the standard library are watched by
 * `fetchSurveille`), so the page can say so and offer to retry.
 */
/** @type {Promise<never>} */
const echecCache = new Promise((_, reject) => {
  portee.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    reject(event.reason);
  });
});

const python = Promise.race([demarrage(), echecCache, fichierManquant]).then(({ pyodide, ...comment }) => ({
  /** @type {(requete: string) => string} rattrapage.navigateur.traiter: JSON text in and out */
  traiter: pyodide.pyimport("rattrapage.navigateur").traiter,
  comment,
}));

python.then(
  ({ comment }) => {
    jalon("pret");
    /** @type {BootOk} */
    const boot = { type: "boot", ok: true, ...comment, timings: temps, ...(choix && { choice: choix }) };
    envoyer(boot);
    // After the renders already asked for (they wait on the same promise).
    setTimeout(() => {
      for (const tache of apresDemarrage.splice(0)) tache();
    }, 0);
  },
  (e) => envoyer({ type: "boot", ok: false, error: toPlainError(e) }),
);

portee.addEventListener("message", async (event) => {
  if (!pageEcoute) {
    pageEcoute = true; // the page's first message, whatever it is ("listening")
    for (const message of enAttente.splice(0)) portee.postMessage(message);
  }
  if (!isRenderRequest(event.data)) return;
  const { id, widget, data } = event.data;
  try {
    const { traiter } = await python;
    const result = JSON.parse(traiter(JSON.stringify({ widget, data })));
    envoyer({ id, type: "result", result });
  } catch (e) {
    envoyer({ id, type: "error", error: toPlainError(e) });
  }
});
