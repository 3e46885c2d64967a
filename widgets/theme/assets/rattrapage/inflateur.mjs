// @ts-check
/**
 * A helper worker that downloads and inflates the snapshot on its own thread.
 *
 * Inflating 31 MB takes about 120 ms of CPU. Done in the Python worker, it
 * would hold back what that worker does meanwhile: parsing Pyodide's
 * JavaScript, compiling and instantiating the module. Here it runs beside it.
 * One request, `{type: "download", url, taille, profil}`; answers `progress`
 * (French), `choice` (whether the snapshot is worth its download, and the
 * estimate behind it), then `done` with the bytes (transferred, not copied) or
 * `failed` with the reason. The messages are typed in protocol.mjs (channel 2);
 * see instantane.mjs, `telechargerInstantane`.
 */
import { telechargerInstantane } from "./instantane.mjs";
import { isDownloadRequest } from "./protocol.mjs";

/** @typedef {import("./protocol.mjs").HelperToWorker} HelperToWorker */

/** This worker's own scope (the program's libraries also know the page's `self`). */
const portee = /** @type {DedicatedWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @param {HelperToWorker} message @param {Transferable[]} [transfert] */
const repondre = (message, transfert = []) => portee.postMessage(message, transfert);

portee.addEventListener(
  "message",
  async ({ data }) => {
    if (!isDownloadRequest(data)) return;
    const { url, taille, profil } = data;
    try {
      const octets = new Uint8Array(taille);
      await telechargerInstantane(
        url,
        octets,
        (message) => repondre({ type: "progress", message }),
        (choice) => repondre({ type: "choice", choice }),
        profil,
      );
      repondre({ type: "done", octets }, [octets.buffer]);
    } catch (e) {
      repondre({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  },
  { once: true },
);
