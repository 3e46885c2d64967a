// The baseline: the site's own Pyodide, booted the plain way, then `import json`.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const indexURL = new URL("../pyodide/", import.meta.url).href;
try {
  const pyodide = await loadPyodide({ indexURL });
  pyodide.runPython("import json");
  self.postMessage({ ok: true, version: pyodide.version });
} catch (e) {
  self.postMessage({ ok: false, error: String(e) });
}
