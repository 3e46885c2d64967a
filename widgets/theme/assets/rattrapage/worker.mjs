/**
 * The Python worker: boots the site's own Pyodide and answers render requests.
 *
 * Pyodide and the `rattrapage` wheel are loaded from this site only (paths are
 * relative to this file, so the site works under a GitHub Pages sub-path). The
 * wheel is registered in the site-local pyodide-lock.json, which pins its
 * sha256: the worker asks for the package by name, never by file name.
 */
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import { toPlainError } from "./protocol.mjs";

const indexURL = new URL("../../pyodide/", import.meta.url).href;

const python = (async () => {
  const pyodide = await loadPyodide({
    indexURL,
    lockFileURL: `${indexURL}pyodide-lock.json`,
    packages: ["rattrapage"],
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  return pyodide.pyimport("rattrapage.navigateur").traiter;
})();

python.then(
  () => self.postMessage({ type: "boot", ok: true }),
  (e) => self.postMessage({ type: "boot", ok: false, error: toPlainError(e) }),
);

self.addEventListener("message", async (event) => {
  const { id, type, widget, data } = event.data ?? {};
  if (type !== "render" || typeof id !== "number") return;
  try {
    const traiter = await python;
    const result = JSON.parse(traiter(JSON.stringify({ widget, data })));
    self.postMessage({ id, type: "result", result });
  } catch (e) {
    self.postMessage({ id, type: "error", error: toPlainError(e) });
  }
});
