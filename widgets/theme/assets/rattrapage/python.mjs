/**
 * The page side of the worker: one Python worker for the whole visit.
 *
 * The worker is created on first use and kept across Material's instant
 * navigation (this module is loaded once). If it dies, pending requests are
 * rejected and the next request starts a new one.
 */
import { isBoot, isError, isResult } from "./protocol.mjs";

/** @typedef {import("./protocol.mjs").RenderResult} RenderResult */

class PythonWorker {
  constructor() {
    /** @type {Worker|null} */
    this.worker = null;
    /** @type {Map<number, {resolve: (r: RenderResult) => void, reject: (e: Error) => void}>} */
    this.pending = new Map();
    this.nextId = 1;
    /** @type {Promise<void>|null} */
    this.booted = null;
  }

  /** Start the worker (idempotent); resolves once Python answers, rejects in French. */
  start() {
    if (this.booted) return this.booted;
    this.booted = new Promise((resolve, reject) => {
      let worker;
      try {
        if (typeof WebAssembly !== "object") throw new Error("WebAssembly indisponible");
        worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module", name: "rattrapage-python" });
      } catch (e) {
        this.booted = null;
        reject(new Error(`Ce navigateur ne peut pas lancer le moteur Python (${e.message}).`));
        return;
      }
      this.worker = worker;
      worker.addEventListener("message", (event) => {
        const m = event.data;
        if (isBoot(m)) {
          // How Python started (snapshot or normal boot), for tests and the benchmark.
          document.documentElement.dataset.pythonBoot = m.mode ?? "";
          if (m.ok) resolve();
          else this.fail(new Error(`Le moteur Python n’a pas pu démarrer (${m.error?.message ?? "erreur inconnue"}).`), reject);
        } else if (isResult(m)) {
          this.pending.get(m.id)?.resolve(m.result);
          this.pending.delete(m.id);
        } else if (isError(m)) {
          this.pending.get(m.id)?.reject(new Error(m.error.message));
          this.pending.delete(m.id);
        }
      });
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        this.fail(new Error("Le moteur Python s’est arrêté ou n’a pas pu être chargé."), reject);
      });
    });
    return this.booted;
  }

  /** Forget a dead worker: reject what waited for it, let the next call restart. */
  fail(error, rejectBoot) {
    this.worker?.terminate();
    this.worker = null;
    this.booted = null;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
    rejectBoot(error);
  }

  /** @returns {Promise<RenderResult>} */
  async render(widget, data) {
    await this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, type: "render", widget, data });
    });
  }
}

export const python = new PythonWorker();
