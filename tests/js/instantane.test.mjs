/**
 * The device copy of the snapshot (widgets/theme/assets/rattrapage/instantane.mjs)
 * against an in-memory origin private file system, under Node's test runner.
 *
 * What the browsers tried could not show in Chromium's tests: an OPFS that
 * creates files but refuses to write them (WebKitGTK) must leave no empty file
 * and not be tried again at every visit; a full disk may be tried again; a copy
 * written replaces this site's older copies, never another site's.
 */
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

/** A directory of the OPFS, in memory; `refuse` makes writing throw that error name. */
class Dossier {
  constructor() {
    this.fichiers = new Map();
    this.refuse = null;
    this.ouvertures = 0;
  }
  async getFileHandle(nom, { create = false } = {}) {
    if (!this.fichiers.has(nom)) {
      if (!create) throw Object.assign(new Error(nom), { name: "NotFoundError" });
      this.fichiers.set(nom, new Uint8Array(0));
    }
    this.ouvertures += 1;
    const dossier = this;
    return {
      kind: "file",
      async createWritable() {
        if (dossier.refuse) throw Object.assign(new Error("refus"), { name: dossier.refuse });
        let octets = new Uint8Array(0);
        return {
          async write(o) {
            octets = o;
          },
          async close() {
            dossier.fichiers.set(nom, octets);
          },
        };
      },
    };
  }
  async removeEntry(nom) {
    if (!this.fichiers.delete(nom)) throw Object.assign(new Error(nom), { name: "NotFoundError" });
  }
  async *keys() {
    yield* [...this.fichiers.keys()];
  }
  async *entries() {
    for (const nom of [...this.fichiers.keys()]) yield [nom, await this.getFileHandle(nom)];
  }
}

let racine;
beforeEach(() => {
  racine = new Dossier();
  globalThis.navigator = { storage: { getDirectory: async () => racine } };
});

const { garderCopieLocale } = await import("../../widgets/theme/assets/rattrapage/instantane.mjs");
const OCTETS = new Uint8Array([1, 2, 3]);
const copies = () => [...racine.fichiers.keys()].filter((n) => n.endsWith(".bin"));
/** This module's own prefix: the site's base path two folders above it, escaped. */
const prefixe = (() => {
  const url = new URL("../../widgets/theme/", import.meta.url);
  return `instantane-${encodeURIComponent(url.pathname).replaceAll("-", "%2D")}-`;
})();

test("a copy written replaces this site's older copies, never another site's", async () => {
  racine.fichiers.set(`${prefixe}aaaa.bin`, OCTETS);
  racine.fichiers.set("instantane-%2Fautre%2F-bbbb.bin", OCTETS);
  await garderCopieLocale({ cle: "cccc" }, OCTETS);
  assert.deepEqual(copies().sort(), [`${prefixe}cccc.bin`, "instantane-%2Fautre%2F-bbbb.bin"].sort());
  assert.deepEqual(racine.fichiers.get(`${prefixe}cccc.bin`), OCTETS);
});

test("a browser whose OPFS refuses to write leaves no empty file and is not asked again", async () => {
  racine.refuse = "NotAllowedError";
  await garderCopieLocale({ cle: "cccc" }, OCTETS);
  assert.deepEqual(copies(), [], "no 0-byte copy is left");
  assert.ok(racine.fichiers.has(`${prefixe}sans-copie`), "the refusal is remembered");
  const avant = racine.ouvertures;
  await garderCopieLocale({ cle: "dddd" }, OCTETS);
  assert.equal(racine.ouvertures - avant, 1, "only the marker is looked up on the next visit");
  assert.deepEqual(copies(), []);
});

test("a full disk is tried again at the next visit", async () => {
  racine.refuse = "QuotaExceededError";
  await garderCopieLocale({ cle: "cccc" }, OCTETS);
  assert.deepEqual(copies(), []);
  assert.ok(!racine.fichiers.has(`${prefixe}sans-copie`));
  racine.refuse = null;
  await garderCopieLocale({ cle: "cccc" }, OCTETS);
  assert.deepEqual(copies(), [`${prefixe}cccc.bin`]);
});
