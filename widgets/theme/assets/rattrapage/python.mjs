// @ts-check
/**
 * The page side of the worker: one Python worker for the whole visit.
 *
 * The worker is created on first use and kept across Material's instant
 * navigation (this module is loaded once). It is considered dead when it
 * reports an error, when its boot stalls (no progress for a while), or when a
 * request stays unanswered: pending requests are then rejected and the next
 * request starts a new worker.
 */
import { isBoot, isError, isProgress, isResult } from "./protocol.mjs";

/**
 * @typedef {import("./protocol.mjs").RenderResult} RenderResult
 * @typedef {import("./protocol.mjs").PageToWorker} PageToWorker
 * @typedef {ReturnType<typeof setTimeout>} Minuterie
 */

/** @param {Worker} worker @param {PageToWorker} message */
const poster = (worker, message) => worker.postMessage(message);

/** No sign of progress for this long during boot: give up and say so. */
const BOOT_SANS_NOUVELLES_MS = 90_000;
/** A render takes milliseconds; a worker silent this long has died. */
const REPONSE_MAX_MS = 15_000;

/**
 * The worker the page's `<head>` started for a returning visitor (amorce.html),
 * with the moment it started, taken once; null when there is none or it
 * already failed to load (a new one is then created). Its messages waited for
 * ours, so none was lost.
 * @returns {{worker?: Worker, debut: number}|null}
 */
function adopterAmorce() {
  const amorce = window.rattrapageAmorce;
  if (!amorce?.worker || amorce.prise) return null;
  amorce.prise = true;
  amorce.worker.removeEventListener("error", amorce.surErreur);
  if (!amorce.echec) return amorce;
  amorce.worker.terminate();
  return null;
}

/**
 * The page's one Python engine: its worker, the requests waiting for an
 * answer, and who is told how the boot goes.
 */
class MoteurPython {
  constructor() {
    /** @type {Worker|null} */
    this.worker = null;
    /** @type {Map<number, {resolve: (r: RenderResult) => void, reject: (e: Error) => void, minuterie: Minuterie|undefined}>} */
    this.attentes = new Map();
    this.prochainId = 1;
    /** @type {Promise<void>|null} */
    this.demarrage = null;
    /** @type {Set<(message: string) => void>} */
    this.ecouteurs = new Set();
    /** When the worker started (ms since the page did), reported with the boot's milestones. */
    this.debut = 0;
  }

  /**
   * Be told, in French, how the boot is going.
   * @param {(message: string) => void} ecouteur
   */
  surProgression(ecouteur) {
    this.ecouteurs.add(ecouteur);
  }

  /**
   * Start the worker (idempotent); resolves once Python answers, rejects in French.
   * @returns {Promise<void>}
   */
  demarrer() {
    if (this.demarrage) return this.demarrage;
    this.demarrage = new Promise((resolve, reject) => {
      /** @type {Worker} */
      let worker;
      try {
        const amorce = adopterAmorce();
        if (!amorce && typeof WebAssembly !== "object") throw new Error("WebAssembly est désactivé");
        worker =
          amorce?.worker ??
          new Worker(new URL("./worker.mjs", import.meta.url), { type: "module", name: "rattrapage-python" });
        this.debut = Math.round(amorce?.debut ?? performance.now());
      } catch (e) {
        this.demarrage = null;
        reject(new Error(`Ce navigateur ne peut pas lancer le moteur de texte (${e instanceof Error ? e.message : e}).`));
        return;
      }
      this.worker = worker;
      /** @type {Minuterie|undefined} */
      let veille;
      const surveiller = () => {
        clearTimeout(veille);
        veille = setTimeout(
          () => this.abandonner(new Error("Le moteur de texte met trop de temps à démarrer (connexion lente ?)."), reject),
          BOOT_SANS_NOUVELLES_MS,
        );
      };
      surveiller();
      worker.addEventListener("message", (event) => {
        const m = event.data;
        if (isProgress(m)) {
          surveiller();
          for (const ecouteur of this.ecouteurs) ecouteur(m.message);
        } else if (isBoot(m)) {
          clearTimeout(veille);
          // How Python started (snapshot or normal boot, and why; the snapshot
          // from the device or the site), for tests and the benchmark.
          const ok = m.ok ? m : null;
          document.documentElement.dataset.pythonBoot = ok?.mode ?? "";
          document.documentElement.dataset.pythonSource = ok?.source ?? "";
          document.documentElement.dataset.pythonReason = ok?.reason ?? "";
          if (ok?.timings) document.documentElement.dataset.pythonTimings = JSON.stringify({ debut: this.debut, ...ok.timings });
          if (ok?.choice) document.documentElement.dataset.pythonChoice = JSON.stringify(ok.choice);
          if (m.ok) resolve();
          else this.abandonner(new Error(`Le moteur de texte n’a pas pu démarrer (${m.error?.message ?? "erreur inconnue"}).`), reject);
        } else if (isResult(m) || isError(m)) {
          const attente = this.attentes.get(m.id);
          if (!attente) return;
          clearTimeout(attente.minuterie);
          this.attentes.delete(m.id);
          if (isResult(m)) attente.resolve(m.result);
          else attente.reject(new Error(m.error.message));
        }
      });
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        clearTimeout(veille);
        this.abandonner(new Error("Le moteur de texte s’est arrêté ou n’a pas pu être chargé."), reject);
      });
      poster(worker, { type: "listening" });
    });
    return this.demarrage;
  }

  /**
   * Forget a dead worker: reject what waited for it, let the next call restart.
   * @param {Error} error
   * @param {(e: Error) => void} [rejectBoot]
   */
  abandonner(error, rejectBoot = () => {}) {
    this.worker?.terminate();
    this.worker = null;
    this.demarrage = null;
    for (const { reject, minuterie } of this.attentes.values()) {
      clearTimeout(minuterie);
      reject(error);
    }
    this.attentes.clear();
    rejectBoot(error);
  }

  /**
   * One request; a worker that does not answer is replaced once, transparently.
   * It is posted without waiting for the boot: the worker answers it as soon as
   * Python is ready, which saves a round trip on the first render.
   * @param {string} widget
   * @param {Record<string, unknown>} data
   * @param {number} [essai]
   * @returns {Promise<RenderResult>}
   */
  async rendre(widget, data, essai = 1) {
    const demarre = this.demarrer();
    if (!this.worker) {
      await demarre; // the worker could not even be created: say why
      throw new Error("Le moteur de texte n’a pas démarré.");
    }
    const id = this.prochainId++;
    /** @type {Promise<RenderResult>} */
    const reponse = new Promise((resolve, reject) => {
      this.attentes.set(id, { resolve, reject, minuterie: undefined });
    });
    reponse.catch(() => {}); // a failed boot rejects it too; that failure is reported below
    poster(this.worker, { id, type: "render", widget, data });
    await demarre; // a boot failure is final here: the page offers to retry
    // Only once Python runs does silence mean a dead worker.
    const attente = this.attentes.get(id);
    if (attente) {
      attente.minuterie = setTimeout(() => this.abandonner(new Error("Le moteur de texte ne répond plus.")), REPONSE_MAX_MS);
    }
    try {
      return await reponse;
    } catch (e) {
      if (essai > 1 || this.worker) throw e; // an error from Python itself, or a second death
      return this.rendre(widget, data, essai + 1);
    }
  }
}

export const python = new MoteurPython();
