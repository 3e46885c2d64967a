/**
 * The Python worker: boots the site's own Pyodide and answers render requests.
 *
 * Everything comes from this site (paths relative to this file, so the site
 * works under a GitHub Pages sub-path). Two ways to boot:
 *
 * 1. Fast: restore the memory snapshot made at build time
 *    (widgets/runtime/instantane.mjs), where `rattrapage` is already imported.
 * 2. Fallback: a normal `loadPyodide()` that installs the wheel registered in the
 *    site-local pyodide-lock.json (by package name; Pyodide checks its sha256).
 *
 * The snapshot relies on a private Pyodide API, so any doubt means fallback: no
 * manifest, no snapshot file, a failed restore, or a snapshot whose key is not
 * the one `runtime.json` announces. The boot message says which way was used.
 */
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import { toPlainError } from "./protocol.mjs";

const indexURL = new URL("../../pyodide/", import.meta.url).href;
const silencieux = { stdout: () => {}, stderr: () => {} };

async function manifeste() {
  try {
    const reponse = await fetch(`${indexURL}runtime.json`);
    return reponse.ok ? await reponse.json() : null;
  } catch {
    return null;
  }
}

const progression = (message) => self.postMessage({ type: "progress", message });

/** Milestones of the boot (ms since the worker started), reported for the benchmark. */
const temps = {};
const jalon = (nom) => {
  temps[nom] = Math.round(performance.now());
};

/** The snapshot's bytes, inflated as they arrive, the share received reported every tenth. */
/**
 * The snapshot saves CPU (about 1.2 s here, several seconds on a phone) for
 * 7 MB more to download: on a slow network it loses. After the first second, if
 * it arrives slower than this (it shares the link with Pyodide's own files), the
 * download is dropped and the normal boot goes on with those files.
 */
const DEBIT_MIN_OCTETS_PAR_S = 1_000_000;
const MESURE_APRES_MS = 1000;

/** The snapshot's bytes, inflated as they arrive, the share received reported every tenth. */
async function telechargerInstantane(infos) {
  const abandon = new AbortController();
  const debut = performance.now();
  const reponse = await fetch(`${indexURL}${infos.instantane}`, { signal: abandon.signal });
  if (!reponse.ok || !reponse.body) throw new Error(`instantané absent (${reponse.status})`);
  let compresses = 0;
  const compteur = new TransformStream({
    transform(morceau, suite) {
      compresses += morceau.byteLength;
      suite.enqueue(morceau);
    },
  });
  const octets = new Uint8Array(infos.taille);
  // Gzipped on purpose: reading 31 MB from Cache Storage is slower than reading
  // 7 MB and inflating them (measured: about 550 ms against 250 ms).
  const lecteur = reponse.body.pipeThrough(compteur).pipeThrough(new DecompressionStream("gzip")).getReader();
  let recus = 0;
  let dixiemes = 0;
  let debitVerifie = false;
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    if (recus + value.length > octets.length) throw new Error("instantané d’une autre taille");
    octets.set(value, recus);
    recus += value.length;
    const ecoule = performance.now() - debut;
    if (!debitVerifie && ecoule >= MESURE_APRES_MS) {
      debitVerifie = true;
      if ((compresses * 1000) / ecoule < DEBIT_MIN_OCTETS_PAR_S) {
        abandon.abort();
        throw new Error("réseau trop lent pour l’instantané");
      }
    }
    const maintenant = Math.floor((10 * recus) / infos.taille);
    if (maintenant > dixiemes && maintenant < 10) {
      dixiemes = maintenant;
      progression(`Téléchargement du moteur de texte\u00a0: ${dixiemes * 10}\u00a0%…`);
    }
  }
  if (recus !== octets.length) throw new Error("instantané incomplet");
  jalon("instantane");
  progression("Démarrage de Python…");
  return octets;
}

/**
 * Restore the snapshot. Its download runs alongside Pyodide's own files (the
 * promise goes to loadPyodide), and the 120 kB lockfile is not fetched: the
 * snapshot needs no package, only the lockfile's `info`, kept in runtime.json.
 */
async function depuisInstantane(infos) {
  const instantane = telechargerInstantane(infos);
  instantane.catch(() => {}); // its failure reaches us through loadPyodide
  const pyodide = await loadPyodide({
    indexURL,
    _loadSnapshot: instantane,
    lockFileContents: { info: infos.verrou, packages: {} },
    ...silencieux,
  });
  jalon("pyodide");
  const cle = pyodide.runPython("import sys; getattr(sys, 'rattrapage_instantane', '')");
  if (cle !== infos.cle) throw new Error("instantané d’une autre version");
  return pyodide;
}

async function demarrage() {
  progression("Préparation du moteur de texte…");
  const infos = await manifeste();
  jalon("manifeste");
  let raison = infos ? "" : "pas de runtime.json";
  if (infos?.instantane) {
    try {
      return { pyodide: await depuisInstantane(infos), mode: "instantane" };
    } catch (e) {
      raison = toPlainError(e).message; // the normal boot follows; the reason is reported
    }
  }
  progression("Démarrage de Python (cela peut prendre quelques secondes)…");
  const pyodide = await loadPyodide({
    indexURL,
    lockFileURL: `${indexURL}pyodide-lock.json`,
    packages: ["rattrapage"],
    ...silencieux,
  });
  return { pyodide, mode: "normal", raison };
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

const python = Promise.race([demarrage(), echecCache]).then(({ pyodide, mode, raison }) => ({
  traiter: pyodide.pyimport("rattrapage.navigateur").traiter,
  mode,
  raison,
}));

python.then(
  ({ mode, raison }) => {
    jalon("pret");
    self.postMessage({ type: "boot", ok: true, mode, raison, temps });
  },
  (e) => self.postMessage({ type: "boot", ok: false, error: toPlainError(e) }),
);

self.addEventListener("message", async (event) => {
  const { id, type, widget, data } = event.data ?? {};
  if (type !== "render" || typeof id !== "number") return;
  try {
    const { traiter } = await python;
    const result = JSON.parse(traiter(JSON.stringify({ widget, data })));
    self.postMessage({ id, type: "result", result });
  } catch (e) {
    self.postMessage({ id, type: "error", error: toPlainError(e) });
  }
});
