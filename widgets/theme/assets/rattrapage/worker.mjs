/**
 * The Python worker: boots the site's own Pyodide and answers render requests.
 *
 * Everything comes from this site (paths relative to this file, so the site
 * works under a GitHub Pages sub-path). Two ways to boot:
 *
 * 1. Fast: restore the memory snapshot made at build time
 *    (widgets/runtime/instantane.mjs), where `rattrapage` is already imported;
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
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import { garderCopieLocale, lireCopieLocale, oublierCopieLocale, telechargerAPart } from "./instantane.mjs";
import { toPlainError } from "./protocol.mjs";

const indexURL = new URL("../../pyodide/", import.meta.url).href;
const silencieux = { stdout: () => {}, stderr: () => {} };

/**
 * This build's runtime.json (Pyodide version, wheel, the snapshot's name, size
 * and key, the lockfile's `info`), written into this file by the build
 * (widgets/build/moteur.py): no request stands before the snapshot's.
 */
const MANIFESTE = null; // __MANIFESTE__

/**
 * Pyodide starts fetching its 9.6 MB .wasm as soon as `loadPyodide` is called.
 * When a snapshot boot is given up before its module was compiled (a snapshot
 * too slow to come), the normal boot that follows asks for the same file: it is
 * handed the response already under way, unread, instead of downloading it a
 * second time (which a slow network would pay for twice).
 */
const fetchDuNavigateur = self.fetch.bind(self);
const wasmDemandes = new Map();
const wasmAReprendre = new Map();
self.fetch = (ressource, options) => {
  const url = String(ressource instanceof Request ? ressource.url : ressource);
  if (!url.startsWith(indexURL) || !url.endsWith(".wasm")) return fetchDuNavigateur(ressource, options);
  const reprise = wasmAReprendre.get(url);
  wasmAReprendre.delete(url);
  const reponse = reprise ?? fetchDuNavigateur(ressource, options);
  wasmDemandes.set(url, reponse);
  return reponse;
};
/** The boot that asked for them never read them: keep them for the next one. */
const reprendreWasm = () => {
  for (const [url, reponse] of wasmDemandes) wasmAReprendre.set(url, reponse);
  wasmDemandes.clear();
};

/** Messages for the page, held until it has said it listens. */
const enAttente = [];
let pageEcoute = false;
const envoyer = (message) => (pageEcoute ? self.postMessage(message) : enAttente.push(message));

const progression = (message) => envoyer({ type: "progress", message });

/** Milestones of the boot (ms since the worker started), reported for the benchmark. */
const temps = {};
const jalon = (nom) => {
  temps[nom] = Math.round(performance.now());
};


/** A promise that never settles: what an abandoned start waits on. */
const jamais = () => new Promise(() => {});

/** Whether the snapshot was judged worth its download, and why (instantane.mjs, `Choix`), for the boot message. */
let choix = null;

/** Work that waits until Python has answered its first requests. */
const apresDemarrage = [];

/**
 * Restore the snapshot. Everything that can overlap does:
 *
 * - the copy an earlier visit kept is read at once (only this build's, whole:
 *   instantane.mjs);
 * - `loadPyodide` is given a buffer of the snapshot's size (it needs nothing
 *   more to create the WebAssembly memory) as soon as the snapshot is known to
 *   come: read from the device, or judged worth its download (instantane.mjs,
 *   `estimer`).
 *   It then fetches and compiles the 9.6 MB .wasm while the snapshot is
 *   downloaded and inflated into that buffer;
 * - its `fsInit` hook holds Python's start until that buffer holds the right
 *   snapshot (`pret`).
 *
 * If that fails (download dropped or broken), the half-started runtime is
 * left waiting for ever (it must never restore a wrong buffer) and the failure
 * is reported at once. A copy that does not restore is deleted and the site's
 * snapshot is tried. The 120 kB lockfile is not fetched:
 * the snapshot needs no package, only the lockfile's `info` (in the manifest).
 */
async function depuisInstantane(infos, copieAutorisee = true) {
  if (!infos?.instantane) throw new Error("pas d’instantané dans ce site");
  const copie = copieAutorisee ? lireCopieLocale(infos) : Promise.resolve(null);
  let assezRapide;
  const rapide = new Promise((resolve) => {
    assezRapide = resolve;
  });
  const surChoix = (c) => {
    choix = c;
    if (c.verdict === "instantane") assezRapide();
  };
  let lance;
  const enRoute = new Promise((resolve) => {
    lance = resolve;
  });
  const tampon = copie.then((c) => c?.octets ?? new Uint8Array(infos.taille));
  const pret = tampon.then(async (buffer) => {
    if (await copie) {
      jalon("copie_locale");
      return;
    }
    jalon("telechargement");
    const profil = infos.taille_compressee
      ? { compresse: infos.taille_compressee, octetsNormal: infos.octets_normal ?? 0 }
      : null; // an older runtime.json: the snapshot is kept
    const telechargement = telechargerAPart(`${indexURL}${infos.instantane}`, buffer, progression, surChoix, profil);
    lance(); // the request is out
    await telechargement;
    jalon("instantane");
    progression("Démarrage de Python…");
  });
  // Pyodide gets the buffer (and starts the module) once the snapshot is known
  // to come: read from the device, or downloading fast enough.
  const octets = copie.then((c) => (c ? tampon : Promise.race([rapide.then(() => tampon), pret.then(() => tampon)])));
  for (const p of [tampon, octets, pret]) p.catch(() => {}); // reported through loadPyodide and the race
  let moduleDemarre = false;
  octets.then(
    () => {
      moduleDemarre = true;
    },
    () => {},
  );
  // Pyodide's own start keeps this thread busy (parsing its 1.2 MB of
  // JavaScript): first put the snapshot on its way, read or requested.
  await Promise.race([copie.then((c) => c ?? jamais()), enRoute, pret.catch(() => {})]);
  try {
    const pyodide = await Promise.race([
      loadPyodide({
        indexURL,
        _loadSnapshot: octets,
        fsInit: () => {
          jalon("module"); // the WebAssembly module is instantiated
          return pret.catch(jamais);
        },
        lockFileContents: { info: infos.verrou, packages: {} },
        ...silencieux,
      }),
      pret.then(jamais),
    ]);
    jalon("pyodide");
    const cle = pyodide.runPython("import sys; getattr(sys, 'rattrapage_instantane', '')");
    if (cle !== infos.cle) throw new Error("instantané d’une autre version");
    if (await copie) return { pyodide, source: "appareil" };
    const telecharge = await tampon;
    apresDemarrage.push(() => garderCopieLocale(infos, telecharge));
    return { pyodide, source: "site" };
  } catch (e) {
    if (!moduleDemarre) reprendreWasm(); // Pyodide stopped before reading its .wasm
    const c = await copie;
    if (!c) throw e;
    await oublierCopieLocale(c.cle);
    return depuisInstantane(infos, false);
  }
}

async function demarrage() {
  progression("Préparation du moteur de texte…");
  try {
    return { ...(await depuisInstantane(MANIFESTE)), mode: "instantane" };
  } catch (e) {
    const raison = toPlainError(e).message; // the normal boot follows; the reason is reported
    progression("Démarrage de Python (cela peut prendre quelques secondes)…");
    const pyodide = await loadPyodide({
      indexURL,
      lockFileURL: `${indexURL}pyodide-lock.json`,
      packages: ["rattrapage"],
      ...silencieux,
    });
    return { pyodide, mode: "normal", raison };
  }
}

/**
 * Pyodide does not reject when a runtime file cannot be fetched (a blocked
 * .wasm, offline on a first visit): the failure surfaces as an unhandled
 * rejection and loadPyodide never settles. Turn it into a boot failure, so the
 * page can say so and offer to retry.
 */
const echecCache = new Promise((_, reject) => {
  self.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    reject(event.reason);
  });
});

const python = Promise.race([demarrage(), echecCache]).then(({ pyodide, ...comment }) => ({
  traiter: pyodide.pyimport("rattrapage.navigateur").traiter,
  comment,
}));

python.then(
  ({ comment }) => {
    jalon("pret");
    envoyer({ type: "boot", ok: true, ...comment, temps, ...(choix && { choix }) });
    // After the renders already asked for (they wait on the same promise).
    setTimeout(() => {
      for (const tache of apresDemarrage.splice(0)) tache();
    }, 0);
  },
  (e) => envoyer({ type: "boot", ok: false, error: toPlainError(e) }),
);

self.addEventListener("message", async (event) => {
  if (!pageEcoute) {
    pageEcoute = true;
    for (const message of enAttente.splice(0)) self.postMessage(message);
  }
  const { id, type, widget, data } = event.data ?? {};
  if (type !== "render" || typeof id !== "number") return;
  try {
    const { traiter } = await python;
    const result = JSON.parse(traiter(JSON.stringify({ widget, data })));
    envoyer({ id, type: "result", result });
  } catch (e) {
    envoyer({ id, type: "error", error: toPlainError(e) });
  }
});
