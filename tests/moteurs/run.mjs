// @ts-check
/**
 * Run the shared checks (verifications.mjs) in one engine:
 * `node tests/moteurs/run.mjs firefox plan.json`, where plan.json is
 * `{base, cas: [...]}` written by tests/e2e/test_moteurs.py. Prints each
 * failure and exits 1 when there is one.
 */
import { readFileSync } from "node:fs";
import { verifier } from "./verifications.mjs";

const [moteur, cheminPlan] = process.argv.slice(2);
const pilotes = { firefox: () => import("./firefox.mjs") };
if (!(moteur in pilotes)) {
  console.error(`moteur inconnu : ${moteur} (${Object.keys(pilotes).join(", ")})`);
  process.exit(2);
}
const plan = JSON.parse(readFileSync(cheminPlan, "utf-8"));
const pilote = await (await pilotes[moteur]()).ouvrir();
let echecs;
try {
  echecs = await verifier(pilote, plan.base, plan.cas);
} finally {
  await pilote.fermer();
}
for (const echec of echecs) console.log(`✗ ${echec}`);
console.log(`${moteur} : ${plan.cas.length} pages de widget, ${echecs.length} échec(s)`);
process.exit(echecs.length ? 1 : 0);
