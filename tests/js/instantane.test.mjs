// @ts-check
/**
 * The device copy of the snapshot (widgets/theme/assets/rattrapage/instantane.mjs)
 * against an in-memory origin private file system, under Node's test runner.
 *
 * What the browsers tried could not show in Chromium's tests: an OPFS that
 * creates files but refuses to write them (WebKitGTK) must leave no empty file
 * and not be tried again at every visit; a full disk may be tried again; a copy
 * written replaces this site's older copies, never another site's; a copy cut
 * short or another build's is never read. And the estimate behind the boot
 * decision, on figures of this site.
 */
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

/** A directory of the OPFS, in memory; `refuse` makes writing throw that error name. */
class Dossier {
  constructor() {
    /** @type {Map<string, Uint8Array>} */
    this.fichiers = new Map();
    /** @type {string|null} */
    this.refuse = null;
    this.ouvertures = 0;
  }
  /** @param {string} nom @param {{create?: boolean}} [options] */
  async getFileHandle(nom, { create = false } = {}) {
    if (!this.fichiers.has(nom)) {
      if (!create) throw Object.assign(new Error(nom), { name: "NotFoundError" });
      this.fichiers.set(nom, new Uint8Array(0));
    }
    this.ouvertures += 1;
    const dossier = this;
    return {
      kind: "file",
      async createSyncAccessHandle() {
        const octets = /** @type {Uint8Array} */ (dossier.fichiers.get(nom));
        return {
          getSize: () => octets.length,
          /** @param {Uint8Array} cible */
          read(cible) {
            cible.set(octets.subarray(0, cible.length));
            return Math.min(cible.length, octets.length);
          },
          close() {},
        };
      },
      async createWritable() {
        if (dossier.refuse) throw Object.assign(new Error("refus"), { name: dossier.refuse });
        let octets = /** @type {Uint8Array} */ (new Uint8Array(0));
        return {
          /** @param {Uint8Array} o */
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
  /** @param {string} nom */
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

let racine = new Dossier();
beforeEach(() => {
  racine = new Dossier();
  // The OPFS of a browser, as far as instantane.mjs uses it.
  Object.defineProperty(globalThis, "navigator", {
    value: { storage: { getDirectory: async () => racine } },
    configurable: true,
    writable: true,
  });
});

const { estimer, garderCopieLocale, lireCopieLocale } = await import("../../widgets/theme/assets/rattrapage/instantane.mjs");
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
  await garderCopieLocale({ key: "cccc" }, OCTETS);
  assert.deepEqual(copies().sort(), [`${prefixe}cccc.bin`, "instantane-%2Fautre%2F-bbbb.bin"].sort());
  assert.deepEqual(racine.fichiers.get(`${prefixe}cccc.bin`), OCTETS);
});

test("a browser whose OPFS refuses to write leaves no empty file and is not asked again", async () => {
  racine.refuse = "NotAllowedError";
  await garderCopieLocale({ key: "cccc" }, OCTETS);
  assert.deepEqual(copies(), [], "no 0-byte copy is left");
  assert.ok(racine.fichiers.has(`${prefixe}sans-copie`), "the refusal is remembered");
  const avant = racine.ouvertures;
  await garderCopieLocale({ key: "dddd" }, OCTETS);
  assert.equal(racine.ouvertures - avant, 1, "only the marker is looked up on the next visit");
  assert.deepEqual(copies(), []);
});

test("a full disk is tried again at the next visit", async () => {
  racine.refuse = "QuotaExceededError";
  await garderCopieLocale({ key: "cccc" }, OCTETS);
  assert.deepEqual(copies(), []);
  assert.ok(!racine.fichiers.has(`${prefixe}sans-copie`));
  racine.refuse = null;
  await garderCopieLocale({ key: "cccc" }, OCTETS);
  assert.deepEqual(copies(), [`${prefixe}cccc.bin`]);
});

test("only this build's whole copy is read: not one cut short, not another build's", async () => {
  racine.fichiers.set(`${prefixe}cccc.bin`, OCTETS);
  assert.deepEqual(await lireCopieLocale({ key: "cccc", size: 3 }), { cle: "cccc", octets: OCTETS });
  assert.equal(await lireCopieLocale({ key: "cccc", size: 31 }), null, "a copy shorter than the snapshot");
  assert.equal(await lireCopieLocale({ key: "dddd", size: 3 }), null, "another build's copy");
  racine.fichiers.set(`${prefixe}eeee.bin`, new Uint8Array(0));
  assert.equal(await lireCopieLocale({ key: "eeee", size: 3 }), null, "the empty file of a write under way");
});

/** This site's figures: 7.26 MB of snapshot, 172 kB that only a normal boot downloads. */
const SITE = { compresse: 7_261_278, octetsNormal: 172_160 };
/** @param {{recus: number, debit: number, lenteur: number}} mesure */
const choisi = (mesure) => {
  const { instantane, normal } = estimer({ ...SITE, ...mesure });
  return instantane <= normal ? "instantane" : "normal";
};

test("the estimate keeps the snapshot on a fast network, even on a slow processor", () => {
  assert.equal(choisi({ recus: 1_000_000, debit: 50_000, lenteur: 1 }), "instantane"); // local: 50 MB/s
  assert.equal(choisi({ recus: 1_000_000, debit: 50_000, lenteur: 4 }), "instantane");
});

test("the estimate gives the snapshot up on slow 4G, even on a slow processor", () => {
  assert.equal(choisi({ recus: 200_000, debit: 200, lenteur: 1 }), "normal"); // 1.6 Mbit/s
  assert.equal(choisi({ recus: 200_000, debit: 200, lenteur: 4 }), "normal");
});

test("at 10 Mbit/s, the processor decides: a phone keeps the snapshot", () => {
  assert.equal(choisi({ recus: 1_250_000, debit: 1250, lenteur: 1 }), "normal");
  assert.equal(choisi({ recus: 1_250_000, debit: 1250, lenteur: 6 }), "instantane");
});
