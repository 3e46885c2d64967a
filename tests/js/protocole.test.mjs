// @ts-check
/**
 * sw.js is a classic script: it cannot import protocol.mjs, so it carries a
 * one-line copy of `isPrecacheRequest`. This test reads that line out of sw.js
 * and holds it to the module's guard over the same messages, so the two never
 * drift apart.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { isPrecacheRequest } from "../../widgets/theme/assets/rattrapage/protocol.mjs";

const sw = readFileSync(new URL("../../widgets/theme/sw.js", import.meta.url), "utf-8");
const ligne = /^const isPrecacheRequest = (\(m\) => .*);$/m.exec(sw);

test("sw.js's copy of isPrecacheRequest answers as protocol.mjs's", () => {
  assert.ok(ligne, "sw.js declares isPrecacheRequest on one line");
  const copie = /** @type {(m: unknown) => boolean} */ (new Function(`return ${ligne[1]};`)());
  const messages = [
    { type: "precache" },
    { type: "precache", ok: true },
    { type: "render", id: 1 },
    { type: "Precache" },
    {},
    null,
    undefined,
    "precache",
    ["precache"],
    42,
  ];
  for (const message of messages) {
    assert.equal(copie(message), isPrecacheRequest(message), JSON.stringify(message) ?? String(message));
  }
});
