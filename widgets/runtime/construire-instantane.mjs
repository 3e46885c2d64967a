// @ts-check
/**
 * Build step: a memory snapshot of Python with `rattrapage` already imported.
 *
 * Restoring it in the browser (`_loadSnapshot`) skips the interpreter's start-up
 * and every import: the widget answers about three times sooner than a plain
 * `loadPyodide()`. The price is bytes (about 31 MB, 7 MB gzipped) and a private
 * Pyodide API, so the snapshot is tied to the exact Pyodide build and wheel:
 * its file name carries a key made of both, recorded with the wheel in
 * `runtime.json`, and the worker falls back to a normal boot whenever the
 * snapshot is missing, does not load, or carries another key.
 *
 * The file is stored gzipped (`.bin.gz`, 31 MB → 7 MB) and inflated in the
 * worker with DecompressionStream: no host has to compress it on the fly (GitHub
 * Pages does not compress an unknown binary type).
 *
 * Usage: node widgets/runtime/construire-instantane.mjs build/runtime
 * (reads the wheel named in build/runtime/pyodide-lock.json).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

const dossier = process.argv[2];
const verrou = JSON.parse(readFileSync(join(dossier, "pyodide-lock.json"), "utf8"));
const paquet = verrou.packages.rattrapage;
const versionPyodide = createRequire(import.meta.url)("pyodide/package.json").version;
const cle = createHash("sha256").update(`${versionPyodide}:${paquet.sha256}`).digest("hex").slice(0, 16);

// No JS object may stay alive in Python when the snapshot is taken: the wheel
// is written as a file and unpacked by Python, never through loadPackage.
const pyodide = await loadPyodide({ _makeSnapshot: true });
pyodide.FS.writeFile("/tmp/rattrapage.whl", readFileSync(join(dossier, paquet.file_name)));
pyodide.runPython(`
import json, os, site, sys, zipfile
zipfile.ZipFile("/tmp/rattrapage.whl").extractall(site.getsitepackages()[0])
os.remove("/tmp/rattrapage.whl")
import rattrapage.navigateur
from rattrapage.widgets import tous
# Render every widget once: every module any rendering needs is imported now.
for widget in tous():
    rattrapage.navigateur.traiter(json.dumps({"widget": widget.id, "data": {}}))
sys.rattrapage_instantane = "${cle}"
`);
const instantane = pyodide.makeMemorySnapshot();
const nom = `instantane-${cle}.bin.gz`;
const compresse = gzipSync(instantane, { level: 9 });
writeFileSync(join(dossier, nom), compresse);
// What only a normal boot downloads (the host compresses the JSON lockfile, not
// the wheel): the worker weighs it against the snapshot's bytes (instantane.mjs, `estimer`).
const octetsNormal =
  readFileSync(join(dossier, paquet.file_name)).length +
  gzipSync(readFileSync(join(dossier, "pyodide-lock.json"))).length;
/** @type {import("../theme/assets/rattrapage/protocol.mjs").Manifeste} */
const manifeste = {
  pyodide: versionPyodide,
  wheel: paquet.file_name,
  sha256: paquet.sha256,
  key: cle,
  snapshot: nom,
  size: instantane.length,
  compressed_size: compresse.length,
  normal_boot_bytes: octetsNormal,
  lock_info: verrou.info,
};
writeFileSync(join(dossier, "runtime.json"), `${JSON.stringify(manifeste, null, 2)}\n`);
console.log(`${nom}: ${(instantane.length / 1e6).toFixed(1)} Mo`);
