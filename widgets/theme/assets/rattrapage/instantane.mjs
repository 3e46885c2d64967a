/**
 * The memory snapshot on the browser side: where its bytes come from.
 *
 * The snapshot (made at build time by widgets/runtime/instantane.mjs) is stored
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

/**
 * The snapshot saves CPU (about 1.2 s here, several seconds on a phone) for
 * 7 MB more to download: on a slow network it loses. If it arrives slower than
 * this over the first second (it shares the link with Pyodide's own files), the
 * download is dropped and the normal boot goes on with those files.
 */
const DEBIT_MIN_OCTETS_PAR_S = 1_000_000;
const MESURE_APRES_MS = 1000;

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
const cleDeCopie = (nom) => (nom.startsWith(PREFIXE_COPIE) ? COPIE.exec(nom.slice(PREFIXE_COPIE.length))?.[1] : undefined);
const nomCopie = (cle) => `${PREFIXE_COPIE}${cle}.bin`;
/**
 * An empty file whose presence says this browser could not write a copy here
 * (WebKitGTK has an OPFS that creates files but refuses to write them): the
 * next visits download the snapshot without trying again, and leave no
 * 0-byte file behind. It holds nothing, and does not match COPIE.
 */
const SANS_COPIE = `${PREFIXE_COPIE}sans-copie`;

/** The OPFS root, or null where there is none (older browsers, some private modes). */
async function dossier() {
  try {
    return (await navigator.storage?.getDirectory?.()) ?? null;
  } catch {
    return null;
  }
}

/**
 * The snapshot kept by an earlier visit, `{cle, octets}`, or null. It is read
 * without waiting for runtime.json (the caller checks the key once it has it),
 * through a synchronous access handle (workers only), straight into the
 * buffer; read-only mode lets two tabs read it at once where supported.
 */
export async function lireCopieLocale() {
  let poignee = null;
  try {
    const racine = await dossier();
    if (!racine) return null;
    for await (const [nom, fichier] of racine.entries()) {
      const cle = cleDeCopie(nom);
      if (!cle || fichier.kind !== "file") continue;
      poignee = await fichier.createSyncAccessHandle({ mode: "read-only" });
      const octets = new Uint8Array(poignee.getSize());
      return poignee.read(octets, { at: 0 }) === octets.length ? { cle, octets } : null;
    }
    return null;
  } catch {
    return null; // locked by a tab writing it, or unsupported: download it
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
 */
export async function garderCopieLocale(infos, octets) {
  const racine = await dossier();
  if (!racine || (await existe(racine, SANS_COPIE))) return;
  const nom = nomCopie(infos.cle);
  try {
    const fichier = await racine.getFileHandle(nom, { create: true });
    if (typeof fichier.createWritable === "function") {
      const flux = await fichier.createWritable();
      await flux.write(octets);
      await flux.close();
    } else {
      const poignee = await fichier.createSyncAccessHandle();
      try {
        poignee.truncate(0);
        poignee.write(octets, { at: 0 });
        poignee.flush();
      } finally {
        poignee.close();
      }
    }
  } catch (e) {
    // No empty or partial file is left. A full disk may pass: try again next
    // time. Anything else is this browser's OPFS refusing to write: say so once.
    await racine.removeEntry(nom).catch(() => {});
    if (e?.name !== "QuotaExceededError") await racine.getFileHandle(SANS_COPIE, { create: true }).catch(() => {});
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

/** Whether `racine` holds an entry named `nom`. */
async function existe(racine, nom) {
  try {
    await racine.getFileHandle(nom);
    return true;
  } catch {
    return false;
  }
}

/** Forget a copy that is stale or did not restore (the download writes a new one). */
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
 * The network is judged on the first second: `assezRapide` is called as soon
 * as that second's worth of bytes has arrived (at once on a good connection),
 * and if it has not arrived when the second is over, the download is dropped
 * and the promise rejects. The caller starts the WebAssembly module only once
 * the snapshot is judged worth it, so that a dropped snapshot leaves Pyodide's
 * own files to the normal boot instead of downloading them twice.
 */
export async function telecharger(url, octets, progression, assezRapide = () => {}) {
  const abandon = new AbortController();
  let compresses = 0;
  let juge = false;
  const juger = () => {
    if (!juge) assezRapide();
    juge = true;
  };
  const minuterie = setTimeout(() => {
    if (!juge) abandon.abort(new Error("réseau trop lent pour l’instantané"));
  }, MESURE_APRES_MS);
  try {
    const reponse = await fetch(url, { signal: abandon.signal });
    if (!reponse.ok || !reponse.body) throw new Error(`instantané absent (${reponse.status})`);
    const compteur = new TransformStream({
      transform(morceau, suite) {
        compresses += morceau.byteLength;
        if (compresses >= (DEBIT_MIN_OCTETS_PAR_S * MESURE_APRES_MS) / 1000) juger();
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
    juger();
  } catch (e) {
    throw abandon.signal.aborted ? abandon.signal.reason : e;
  } finally {
    clearTimeout(minuterie);
  }
}

/**
 * `telecharger`, run by a helper worker (inflateur.mjs) so that inflating does
 * not hold back the calling worker; the bytes are then copied into `octets`
 * (the buffer Pyodide was given). Where a worker cannot start a worker, the
 * download runs here.
 */
export function telechargerAPart(url, octets, progression, assezRapide = () => {}) {
  let aide;
  try {
    aide = new Worker(new URL("./inflateur.mjs", import.meta.url), { type: "module", name: "rattrapage-inflateur" });
  } catch {
    return telecharger(url, octets, progression, assezRapide);
  }
  return new Promise((resolve, reject) => {
    const finir = (erreur) => {
      aide.terminate();
      if (erreur) reject(erreur);
      else resolve();
    };
    aide.addEventListener("message", ({ data }) => {
      if (data.type === "progress") progression(data.message);
      else if (data.type === "rapide") assezRapide();
      else if (data.type === "echec") finir(new Error(data.message));
      else if (data.type === "fini") {
        if (data.octets.length !== octets.length) return finir(new Error("instantané d’une autre taille"));
        octets.set(data.octets);
        finir();
      }
    });
    aide.addEventListener("error", (evenement) => {
      evenement.preventDefault();
      finir(new Error("le téléchargement de l’instantané s’est arrêté"));
    });
    aide.postMessage({ url, taille: octets.length });
  });
}
