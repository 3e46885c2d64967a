// @ts-check
/**
 * The browser modules import each other without a cycle.
 *
 * A cycle makes a module's evaluation order depend on which one the page loads
 * first, and ties two modules so that neither reads alone: a module receives
 * what it needs from its caller instead (as Material's clipboard receives
 * `alert$`). This reads every static `import … from "./x.mjs"` (and
 * `export … from`) and every dynamic `import("./x.mjs")` in
 * widgets/theme/assets/rattrapage/*.mjs, and fails on any cycle, naming it.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const DOSSIER = resolve(dirname(fileURLToPath(import.meta.url)), "../../widgets/theme/assets/rattrapage");

/** `import x from "…"`, `import "…"`, `export … from "…"`, and `import("…")` with a literal. */
const IMPORTS = [/\b(?:import|export)\s[^"'`;]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g];

/**
 * The relative specifiers a module's source imports, comments left out (a
 * comment may quote an import).
 * @param {string} source
 * @returns {string[]}
 */
export function importsDe(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
  return IMPORTS.flatMap((motif) => [...code.matchAll(motif)].map((m) => m[1])).filter((s) => s.startsWith("."));
}

/**
 * The import graph of a folder's `.mjs` files: file name → the names of the
 * files of that folder it imports (imports that leave the folder, such as
 * Pyodide's own module, are not followed).
 * @param {string} dossier
 * @returns {Map<string, string[]>}
 */
export function graphe(dossier) {
  const modules = readdirSync(dossier).filter((nom) => nom.endsWith(".mjs"));
  const connus = new Set(modules);
  return new Map(
    modules.map((nom) => {
      const cibles = importsDe(readFileSync(join(dossier, nom), "utf8"))
        .map((specifiant) => relative(dossier, resolve(dossier, specifiant)))
        .filter((cible) => connus.has(cible));
      return [nom, [...new Set(cibles)]];
    }),
  );
}

/**
 * Every elementary cycle found by a depth-first walk, each as the path that
 * closes it (`a.mjs → b.mjs → a.mjs`), each cycle once.
 * @param {Map<string, string[]>} aretes
 * @returns {string[][]}
 */
export function cycles(aretes) {
  /** @type {string[][]} */
  const trouves = [];
  const vus = new Set();
  /** @type {string[]} */
  const pile = [];
  const termines = new Set();
  /** @param {string} noeud */
  const visiter = (noeud) => {
    pile.push(noeud);
    for (const suivant of aretes.get(noeud) ?? []) {
      const ou = pile.indexOf(suivant);
      if (ou !== -1) {
        const cycle = pile.slice(ou);
        // One rotation per cycle: start it at its smallest name.
        const debut = cycle.indexOf([...cycle].sort()[0]);
        const canonique = [...cycle.slice(debut), ...cycle.slice(0, debut)];
        const cle = canonique.join(" → ");
        if (!vus.has(cle)) {
          vus.add(cle);
          trouves.push([...canonique, canonique[0]]);
        }
      } else if (!termines.has(suivant)) visiter(suivant);
    }
    pile.pop();
    termines.add(noeud);
  };
  for (const noeud of [...aretes.keys()].sort()) if (!termines.has(noeud)) visiter(noeud);
  return trouves;
}

test("the walk finds a cycle and names it, through a dynamic import too", () => {
  const source = [
    'import { a } from "./a.mjs";',
    'import "./b.mjs";',
    'export { c } from "./c.mjs";',
    'const d = import("./d.mjs");',
    '// import("./e.mjs")',
    '/* import x from "./f.mjs" */',
    'import y from "../../pyodide/pyodide.mjs";',
  ].join("\n");
  assert.deepEqual(importsDe(source).sort(), ["../../pyodide/pyodide.mjs", "./a.mjs", "./b.mjs", "./c.mjs", "./d.mjs"]);
  const aretes = new Map([
    ["a.mjs", ["b.mjs"]],
    ["b.mjs", ["c.mjs"]],
    ["c.mjs", ["a.mjs"]],
    ["d.mjs", ["a.mjs"]],
  ]);
  assert.deepEqual(cycles(aretes), [["a.mjs", "b.mjs", "c.mjs", "a.mjs"]]);
  assert.deepEqual(cycles(new Map([["a.mjs", ["b.mjs"]], ["b.mjs", []]])), []);
});

test("the browser modules import each other without a cycle", () => {
  const aretes = graphe(DOSSIER);
  assert.ok(aretes.size >= 10, `modules lus dans ${DOSSIER}`);
  assert.ok(aretes.get("rattrapage.mjs")?.includes("widgets.mjs"), "the dynamic import is read");
  const trouves = cycles(aretes);
  assert.deepEqual(
    trouves.map((c) => c.join(" → ")),
    [],
    `import cycle(s) among widgets/theme/assets/rattrapage/*.mjs:\n${trouves.map((c) => `  ${c.join(" → ")}`).join("\n")}`,
  );
});
