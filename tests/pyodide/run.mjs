/**
 * Run the package's unit tests again inside Pyodide, under Node, offline.
 *
 * The runtime is the pinned npm package; `rattrapage` is installed from the very
 * wheel and lockfile the site ships (build/runtime/); pytest and its pure-Python
 * dependencies are wheels downloaded by the Makefile (tests/pyodide/requirements.txt).
 * The repository is mounted read-only-in-spirit at /repo through NODEFS.
 */
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const racine = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const runtime = join(racine, "build/runtime");
const rouesTests = join(racine, "build/pyodide-test-wheels");

const pyodide = await loadPyodide({
  lockFileURL: join(runtime, "pyodide-lock.json"),
  packageBaseUrl: `${runtime}/`,
});
const versFlux = (flux) => ({ write: (octets) => (flux.write(octets), octets.length) });
pyodide.setStdout(versFlux(process.stdout));
pyodide.setStderr(versFlux(process.stderr));
await pyodide.loadPackage("rattrapage", { messageCallback: () => {} });
await pyodide.loadPackage(
  readdirSync(rouesTests)
    .filter((f) => f.endsWith(".whl"))
    .map((f) => join(rouesTests, f)),
  { messageCallback: () => {} },
);
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: racine }, "/repo");
const code = pyodide.runPython(`
import os, sys, pytest, rattrapage
os.chdir("/repo")
print(f"Python {sys.version.split()[0]} sous Pyodide ({sys.platform}), rattrapage depuis {rattrapage.__file__}")
pytest.main(["tests/unit", "-q", "-p", "no:cacheprovider", *sys.argv[1:]])
`);
process.exit(Number(code));
