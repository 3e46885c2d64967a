/**
 * A helper worker that downloads and inflates the snapshot on its own thread.
 *
 * Inflating 31 MB takes about 120 ms of CPU. Done in the Python worker, it
 * would hold back what that worker does meanwhile: parsing Pyodide's
 * JavaScript, compiling and instantiating the module. Here it runs beside it.
 * One request, `{url, taille, profil}`; answers `progress` (French), `choix`
 * (whether the snapshot is worth its download, and the estimate behind it),
 * then `fini` with the bytes (transferred, not copied) or `echec` with the
 * reason. See instantane.mjs, `telecharger`.
 */
import { telecharger } from "./instantane.mjs";

self.addEventListener(
  "message",
  async ({ data: { url, taille, profil } }) => {
    try {
      const octets = new Uint8Array(taille);
      await telecharger(
        url,
        octets,
        (message) => self.postMessage({ type: "progress", message }),
        (choix) => self.postMessage({ type: "choix", choix }),
        profil,
      );
      self.postMessage({ type: "fini", octets }, [octets.buffer]);
    } catch (e) {
      self.postMessage({ type: "echec", message: e instanceof Error ? e.message : String(e) });
    }
  },
  { once: true },
);
