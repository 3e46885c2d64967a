// @ts-check
/**
 * Run the shared checks (verifications.mjs) in one engine:
 * `node tests/moteurs/run.mjs firefox|webkit plan.json`, where plan.json is
 * `{base, cas: [...]}` written by tests/e2e/test_moteurs.py. Prints each
 * failure and each measure (time to `ready`), and exits 1 when there is a failure.
 */
import { readFileSync } from "node:fs";
import { verifier } from "./verifications.mjs";

const [moteur, cheminPlan] = process.argv.slice(2);
/** @type {Record<string, () => Promise<{ouvrir: () => Promise<import("./verifications.mjs").Pilote & {fermer: () => Promise<void>}>}>>} */
const pilotes = { firefox: () => import("./firefox.mjs"), webkit: () => import("./webkit.mjs") };
if (!(moteur in pilotes)) {
  console.error(`moteur inconnu : ${moteur} (${Object.keys(pilotes).join(", ")})`);
  process.exit(2);
}
/** @type {{base: string, cas: import("./verifications.mjs").Cas[]}} */
const plan = JSON.parse(readFileSync(cheminPlan, "utf-8"));
const pilote = await (await pilotes[moteur]()).ouvrir();
/** @type {string[]} */
let echecs;
try {
  echecs = await verifier(pilote, plan.base, plan.cas, (message) => console.log(`${moteur} : ${message}`));
} finally {
  await pilote.fermer();
}
for (const echec of echecs) console.log(`✗ ${echec}`);
// What the console said, for the record: how many messages of each level, and every warning.
if (pilote.messages) {
  const messages = pilote.messages();
  /** @type {Map<string, number>} */
  const compte = new Map();
  for (const m of messages) compte.set(m.niveau, (compte.get(m.niveau) ?? 0) + 1);
  const niveaux = [...compte].map(([niveau, n]) => `${n} ${niveau}`);
  console.log(`${moteur} : console lue, ${messages.length} messages (${niveaux.join(", ")})`);
  for (const m of messages) if (m.niveau === "warning") console.log(`${moteur} : avertissement : ${m.texte}`);
  if (process.env.CONSOLE_COMPLETE) for (const m of messages) console.log(`${moteur} : ${m.niveau} ${m.source} ${m.url} ${m.texte}`);
}
console.log(`${moteur} : ${plan.cas.length} pages de widget, ${echecs.length} échec(s)`);
process.exit(echecs.length ? 1 : 0);
