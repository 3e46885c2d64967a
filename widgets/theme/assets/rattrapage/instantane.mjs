// @ts-check
/**
 * The memory snapshot on the browser side: where its bytes come from.
 *
 * The snapshot (made at build time by widgets/runtime/construire-instantane.mjs) is stored
 * gzipped on the site: 7 MB to download instead of 31. Inflating it costs about
 * 120 ms of CPU, done by a helper worker (inflateur.mjs) so that the Python
 * worker compiles Pyodide meanwhile. Once a visit has booted from it, the
 * inflated bytes are kept in the origin private file system (OPFS), and later
 * visits read them back in a few milliseconds, without network, service worker
 * or inflating.
 *
 * The copy holds the build-time snapshot only (Python with `rattrapage`
 * imported, before any request): nothing the visitor types is ever in it. Its
 * file name carries the site's base path and the snapshot's key
 * (`instantane-%2Frattrapage%2F-1a2b….bin`): the key is checked against
 * runtime.json before use, and when a new copy is written the older copies of
 * this site are removed, never those of another site of the same origin (a
 * GitHub account's project sites share one origin, and one OPFS).
 */

import { isChoice, isDone, isFailed, isProgress } from "./protocol.mjs";

/**
 * Whether the snapshot is worth its download: an estimate of the time each way
 * still needs, made from what the download shows.
 *
 * The snapshot saves the CPU of a normal boot (starting the interpreter,
 * installing and importing `rattrapage`: 1.5 s on the reference machine, 7 to
 * 13 s in some engines, several seconds on a phone) for 7 MB more to download;
 * on a slow network it loses. Both ways need Pyodide's own files (the .wasm,
 * the standard library), so they cancel out; what differs is:
 *
 * - the snapshot: the compressed bytes still to come at the rate measured so
 *   far, then restoring it;
 * - the normal boot: the lockfile and the wheel at that rate, then its CPU,
 *   scaled by how slow this processor is against the reference machine
 *   (`lenteurDuProcesseur`, measured while the request is out).
 *
 * The rate is measured from the first byte (a busy or throttled CPU delays the
 * response; it does not make the network slow), and over the last half second
 * as well: the page's own files share the link at first (at 10 Mbit/s, the
 * first second showed 370 kB/s of 1 250), so the higher of the two is taken.
 * The snapshot is kept as soon as its estimate is the lower; it is given up
 * only when the normal boot's is lower by a margin, or when no byte has come
 * by the time a normal boot would have finished (a stalled request).
 */
/** CPU of a normal boot beyond the snapshot's, and of restoring it, on the reference machine (ms). */
export const DEMARRAGE_NORMAL_MS = 1500;
export const RESTAURATION_MS = 150;
/** The calibration loop's time on the reference machine (ms); see `lenteurDuProcesseur`. */
export const CALIBRATION_MS = 4.5;
/** What a verdict waits for: this many bytes, or this long since the first byte. */
const ECHANTILLON_OCTETS = 1_000_000;
const ECHANTILLON_MS = 1000;
/** The recent rate is measured over this window. */
const FENETRE_MS = 500;
/** The normal boot must be this much faster for the snapshot to be given up. */
const MARGE = 1.25;
/** No byte at all for this long at least (and longer on a slow CPU): the request has stalled. */
const SANS_REPONSE_MS = 3000;

/**
 * Remaining time (ms) of each way, from `recus` of `compresse` bytes received
 * at `debit` bytes per ms, on a processor `lenteur` times slower than the
 * reference; `octetsNormal` is what only the normal boot downloads.
 * @param {{recus: number, compresse: number, debit: number, lenteur: number, octetsNormal: number}} mesure
 * @returns {{instantane: number, normal: number}}
 */
export function estimer({ recus, compresse, debit, lenteur, octetsNormal }) {
  return {
    instantane: Math.max(0, compresse - recus) / debit + RESTAURATION_MS * lenteur,
    normal: octetsNormal / debit + DEMARRAGE_NORMAL_MS * lenteur,
  };
}

/**
 * How many times slower than the reference machine this processor runs now
 * (a phone, a throttled or busy CPU), from a fixed integer loop: the median of
 * three runs, about 4.5 ms each there. It runs in the helper worker while the
 * snapshot's request is out, when that thread has nothing else to do. A rough
 * measure, bounded: it only weighs the normal boot's CPU against the
 * snapshot's bytes.
 */
export function lenteurDuProcesseur() {
  const durees = [];
  let x = 1;
  for (let essai = 0; essai < 3; essai++) {
    const debut = performance.now();
    for (let i = 0; i < 3_000_000; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    durees.push(performance.now() - debut);
  }
  durees.sort((a, b) => a - b);
  // x takes part in the result, so that the loop cannot be optimised away (it is never 0.5).
  return Math.min(20, Math.max(0.5, (durees[1] + (x === 0.5 ? 1 : 0)) / CALIBRATION_MS));
}

/**
 * The site's base path, two folders above this module as in site.mjs (not
 * imported from there: one module fewer before the worker's first request),
 * escaped so that it fits a file name and holds no `-`: the prefix below then
 * never starts another site's names (`/a/` against `/a/-b/`). Earlier builds
 * named their copy `instantane-<key>.bin`: neither pattern matches the other's
 * names, so old and new builds leave each other's copies alone.
 */
const SITE = encodeURIComponent(new URL("../../", import.meta.url).pathname).replaceAll("-", "%2D");
const PREFIXE_COPIE = `instantane-${SITE}-`;
const COPIE = /^([0-9a-f]+)\.bin$/;
/** @param {string} nom */
const cleDeCopie = (nom) => (nom.startsWith(PREFIXE_COPIE) ? COPIE.exec(nom.slice(PREFIXE_COPIE.length))?.[1] : undefined);
/** @param {string} cle */
const nomCopie = (cle) => `${PREFIXE_COPIE}${cle}.bin`;
/**
 * An empty file whose presence says this browser could not write a copy here
 * (WebKitGTK has an OPFS that creates files but refuses to write them): the
 * next visits download the snapshot without trying again, and leave no
 * 0-byte file behind. It holds nothing, and does not match COPIE.
 */
const SANS_COPIE = `${PREFIXE_COPIE}sans-copie`;

/**
 * @typedef {import("./protocol.mjs").Manifeste} Manifeste
 * @typedef {import("./protocol.mjs").Profil} Profil
 * @typedef {import("./protocol.mjs").Choix} Choix
 * @typedef {{cle: string, octets: Uint8Array}} CopieLocale this build's snapshot as an earlier visit kept it
 * @typedef {FileSystemFileHandle & {createSyncAccessHandle(options?: {mode?: "read-only"|"readwrite"}):
 *   Promise<FileSystemSyncAccessHandle>}} FichierOPFS a file of the OPFS, whose sync access handle takes a mode
 *   (read-only: several tabs at once, where supported; the DOM library does not list it yet)
 */

/**
 * The OPFS root, or null where there is none (older browsers, some private modes).
 * @returns {Promise<FileSystemDirectoryHandle|null>}
 */
async function dossier() {
  try {
    return (await navigator.storage?.getDirectory?.()) ?? null;
  } catch {
    return null;
  }
}

/**
 * This build's snapshot as an earlier visit kept it (`infos`: runtime.json),
 * or null. Only a copy with this build's key and the snapshot's exact size is
 * read: a copy still being written (a visit that ended before its copy was
 * complete leaves a file shorter than the snapshot) or another build's is
 * never handed to Pyodide, and the site's snapshot is downloaded instead, as
 * on a first visit. It is read through a synchronous access handle (workers
 * only), straight into the buffer; read-only mode lets two tabs read it at
 * once where supported.
 * @param {Pick<Manifeste, "key"|"size">} infos
 * @returns {Promise<CopieLocale|null>}
 */
export async function lireCopieLocale(infos) {
  /** @type {FileSystemSyncAccessHandle|null} */
  let poignee = null;
  try {
    const racine = await dossier();
    if (!racine) return null;
    const fichier = /** @type {FichierOPFS} */ (await racine.getFileHandle(nomCopie(infos.key)));
    poignee = await fichier.createSyncAccessHandle({ mode: "read-only" });
    if (poignee.getSize() !== infos.size) return null;
    const octets = new Uint8Array(infos.size);
    return poignee.read(octets, { at: 0 }) === octets.length ? { cle: infos.key, octets } : null;
  } catch {
    return null; // none, locked by a tab writing it, or unsupported: download it
  } finally {
    poignee?.close();
  }
}

/**
 * Keep `octets` for the next visits. A writable stream writes to a temporary
 * file and replaces the target only when closed, so a visit cut short leaves no
 * half-written copy. Where there is no writable stream (Safari), a synchronous
 * access handle writes it: a write cut short leaves a shorter file, which the
 * size check refuses. Best effort: a full disk or a refusal changes nothing.
 * @param {Pick<Manifeste, "key">} infos
 * @param {Uint8Array} octets
 */
export async function garderCopieLocale(infos, octets) {
  const racine = await dossier();
  if (!racine || (await existe(racine, SANS_COPIE))) return;
  const nom = nomCopie(infos.key);
  try {
    const fichier = await racine.getFileHandle(nom, { create: true });
    if (typeof fichier.createWritable === "function") {
      const flux = await fichier.createWritable();
      await flux.write(/** @type {Uint8Array<ArrayBuffer>} */ (octets));
      await flux.close();
    } else {
      const poignee = await fichier.createSyncAccessHandle();
      try {
        poignee.truncate(0);
        poignee.write(/** @type {Uint8Array<ArrayBuffer>} */ (octets), { at: 0 });
        poignee.flush();
      } finally {
        poignee.close();
      }
    }
  } catch (e) {
    // No empty or partial file is left. A full disk may pass: try again next
    // time. Anything else is this browser's OPFS refusing to write: say so once.
    await racine.removeEntry(nom).catch(() => {});
    if (/** @type {{name?: unknown}|null} */ (e)?.name !== "QuotaExceededError") await racine.getFileHandle(SANS_COPIE, { create: true }).catch(() => {});
    return;
  }
  try {
    for await (const autre of racine.keys()) {
      if (cleDeCopie(autre) && autre !== nom) await racine.removeEntry(autre).catch(() => {});
    }
  } catch {
    // the older copies go next time
  }
}

/**
 * Whether `racine` holds an entry named `nom`.
 * @param {FileSystemDirectoryHandle} racine @param {string} nom
 */
async function existe(racine, nom) {
  try {
    await racine.getFileHandle(nom);
    return true;
  } catch {
    return false;
  }
}

/**
 * Forget a copy that is stale or did not restore (the download writes a new one).
 * @param {string} cle
 */
export async function oublierCopieLocale(cle) {
  try {
    await (await dossier())?.removeEntry(nomCopie(cle));
  } catch {
    // already gone
  }
}

/**
 * Fill `octets` with the site's gzipped snapshot, inflated as it arrives;
 * `progression` is told the share received every tenth.
 *
 * `surChoix` is called once, as soon as the snapshot is judged worth it or
 * not (see `estimer`); when it is not, the download is dropped and the promise
 * rejects. The caller starts the WebAssembly module only once the snapshot is
 * judged worth it, so that a dropped snapshot leaves Pyodide's own files to
 * the normal boot instead of downloading them twice. Without a `profil` (an
 * older runtime.json), the snapshot is kept.
 * @param {string} url
 * @param {Uint8Array} octets
 * @param {(message: string) => void} progression
 * @param {(choix: Choix) => void} [surChoix]
 * @param {Profil|null} [profil]
 */
export async function telechargerInstantane(url, octets, progression, surChoix = () => {}, profil = null) {
  const abandon = new AbortController();
  const debut = performance.now();
  const requete = fetch(url, { signal: abandon.signal });
  const lenteur = lenteurDuProcesseur();
  let compresses = 0;
  let premier = 0; // time of the first byte
  /**
   * (time, bytes received by then), one per chunk, for the recent rate.
   * @type {[number, number][]}
   */
  const releves = [];
  /** @type {Choix|null} */
  let choix = null;
  /**
   * @param {Choix["verdict"]} verdict
   * @param {{instantane: number, normal: number}|null} [estimation]
   * @param {number|null} [debit]
   */
  const choisir = (verdict, estimation = null, debit = null) => {
    choix = {
      verdict,
      after_ms: Math.round(performance.now() - debut),
      rate_kb_s: debit === null ? null : Math.round(debit),
      slowness: Math.round(lenteur * 100) / 100,
      snapshot_ms: estimation && Math.round(estimation.instantane),
      normal_ms: estimation && Math.round(estimation.normal),
    };
    surChoix(choix);
    if (verdict === "normal") {
      const raison = debit === null ? "l’instantané ne vient pas" : `réseau à ${choix.rate_kb_s} ko/s`;
      abandon.abort(new Error(`démarrage normal plus rapide que l’instantané (${raison})`));
    }
  };
  const juger = (fini = false) => {
    if (choix) return;
    const maintenant = performance.now();
    if (!profil || fini) return choisir("instantane");
    if (!premier) {
      if (maintenant - debut >= Math.max(SANS_REPONSE_MS, DEMARRAGE_NORMAL_MS * lenteur)) choisir("normal");
      return;
    }
    const ecoule = Math.max(1, maintenant - premier);
    if (compresses < ECHANTILLON_OCTETS && ecoule < ECHANTILLON_MS) return;
    while (releves.length > 1 && releves[1][0] <= maintenant - FENETRE_MS) releves.shift();
    const [depuis, avant] = releves[0];
    const recent = depuis <= maintenant - FENETRE_MS ? (compresses - avant) / (maintenant - depuis) : 0;
    const debit = Math.max(compresses / ecoule, recent);
    const estimation = estimer({ recus: compresses, debit, lenteur, ...profil });
    if (estimation.instantane <= estimation.normal) choisir("instantane", estimation, debit);
    else if (estimation.instantane > estimation.normal * MARGE) choisir("normal", estimation, debit);
  };
  const minuterie = setInterval(juger, 100);
  try {
    const reponse = await requete;
    if (!reponse.ok || !reponse.body) throw new Error(`instantané absent (${reponse.status})`);
    const compteur = new TransformStream({
      transform(morceau, suite) {
        premier ||= performance.now();
        compresses += morceau.byteLength;
        releves.push([performance.now(), compresses]);
        juger();
        suite.enqueue(morceau);
      },
    });
    const lecteur = reponse.body.pipeThrough(compteur).pipeThrough(new DecompressionStream("gzip")).getReader();
    let recus = 0;
    let dixiemes = 0;
    for (;;) {
      const { done, value } = await lecteur.read();
      if (done) break;
      if (recus + value.length > octets.length) throw new Error("instantané d’une autre taille");
      octets.set(value, recus);
      recus += value.length;
      const maintenant = Math.floor((10 * recus) / octets.length);
      if (maintenant > dixiemes && maintenant < 10) {
        dixiemes = maintenant;
        progression(`Téléchargement du moteur de texte\u00a0: ${dixiemes * 10}\u00a0%…`);
      }
    }
    if (recus !== octets.length) throw new Error("instantané incomplet");
    juger(true);
  } catch (e) {
    throw abandon.signal.aborted ? abandon.signal.reason : e;
  } finally {
    clearInterval(minuterie);
  }
}

/**
 * `telechargerInstantane`, run by a helper worker (inflateur.mjs) so that inflating does
 * not hold back the calling worker; the bytes are then copied into `octets`
 * (the buffer Pyodide was given). Where a worker cannot start a worker, the
 * download runs here.
 * @param {string} url
 * @param {Uint8Array} octets
 * @param {(message: string) => void} progression
 * @param {(choix: Choix) => void} [surChoix]
 * @param {Profil|null} [profil]
 * @returns {Promise<void>}
 */
export function telechargerInstantaneAPart(url, octets, progression, surChoix = () => {}, profil = null) {
  let aide;
  try {
    aide = new Worker(new URL("./inflateur.mjs", import.meta.url), { type: "module", name: "rattrapage-inflateur" });
  } catch {
    return telechargerInstantane(url, octets, progression, surChoix, profil);
  }
  return new Promise((resolve, reject) => {
    /** @param {Error} [erreur] */
    const finir = (erreur) => {
      aide.terminate();
      if (erreur) reject(erreur);
      else resolve();
    };
    aide.addEventListener("message", ({ data }) => {
      if (isProgress(data)) progression(data.message);
      else if (isChoice(data)) surChoix(data.choice);
      else if (isFailed(data)) finir(new Error(data.message));
      else if (isDone(data)) {
        if (data.octets.length !== octets.length) return finir(new Error("instantané d’une autre taille"));
        octets.set(data.octets);
        finir();
      }
    });
    aide.addEventListener("error", (evenement) => {
      evenement.preventDefault();
      finir(new Error("le téléchargement de l’instantané s’est arrêté"));
    });
    /** @type {import("./protocol.mjs").DownloadRequest} */
    const demande = { type: "download", url, taille: octets.length, profil };
    aide.postMessage(demande);
  });
}
