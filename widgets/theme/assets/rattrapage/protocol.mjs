// @ts-check
/**
 * Every message that crosses a thread of the site, typed once, with the guards
 * both ends use. JSON-like data only: no Python object, no function.
 *
 * 1. The page and the Python worker (python.mjs ↔ worker.mjs). One request
 *    kind, `render`, carrying an `id` that the answer repeats, so several
 *    requests can be in flight and each reply finds its caller. Errors cross as
 *    `{name, message}`.
 *
 *      page → worker  {type: "listening"}  (the page listens: the worker holds its messages until the page's first one)
 *      page → worker  {id, type: "render", widget, data}
 *      worker → page  {id, type: "result", result: {text, subject, files, errors}}
 *                     {id, type: "error", error: {name, message}}
 *      worker → page  {type: "progress", message}  (French, shown while Python starts)
 *      worker → page  {type: "boot", ok: true, mode: "instantane"|"normal", source?: "appareil"|"site", reason?,
 *                      timings, choice?}  (choice: whether the snapshot was worth its download, `Choix`)
 *                     | {type: "boot", ok: false, error}
 *
 * 2. The Python worker and its helper worker, which downloads and inflates the
 *    snapshot (instantane.mjs `telechargerInstantaneAPart` ↔ inflateur.mjs).
 *
 *      worker → helper  {type: "download", url, taille, profil}  (once)
 *      helper → worker  {type: "progress", message}  (as on channel 1)
 *                       {type: "choice", choice}  (once: the snapshot is worth its download or not)
 *                       {type: "done", octets}  (the inflated snapshot, transferred)
 *                       | {type: "failed", message}
 *
 * 3. The page and the service worker (hors-ligne.mjs ↔ sw.js).
 *
 *      page → service worker  {type: "precache"}  (keep the whole site for offline visits)
 *      service worker → page  {type: "precache", ok: true} | {type: "precache", ok: false, message}
 *
 *    sw.js is a classic script (registered as such): it cannot import this
 *    module, so it types its messages from here (JSDoc `import()` types, erased
 *    at run time) and carries a one-line copy of `isPrecacheRequest` that
 *    narrows to `PrecacheRequest` declared here.
 *
 * And what the build hands the worker: the runtime manifest (`Manifeste`,
 * runtime.json, written by widgets/runtime/construire-instantane.mjs).
 */

// --- 1. Page ↔ Python worker -------------------------------------------------

/**
 * @typedef {{type: "listening"}} ListeningMessage
 * @typedef {{id: number, type: "render", widget: string, data: Record<string, unknown>}} RenderRequest
 * @typedef {ListeningMessage | RenderRequest} PageToWorker
 *
 * @typedef {{name: string, mime: string, content: string, label: string, body?: string}} RenderFile
 *   `body`: an e-mail draft's body as plain text, beside its `.eml` (message/rfc822 only)
 * @typedef {{text: string, subject: string|null, files: RenderFile[], errors: Record<string, string>}} RenderResult
 * @typedef {{name: string, message: string}} WorkerError
 * @typedef {{id: number, type: "result", result: RenderResult}} ResultMessage
 * @typedef {{id: number, type: "error", error: WorkerError}} ErrorMessage
 * @typedef {{type: "progress", message: string}} ProgressMessage
 * @typedef {"instantane"|"normal"} Mode
 * @typedef {"appareil"|"site"} Source
 * @typedef {{type: "boot", ok: true, mode: Mode, source?: Source, reason?: string, timings: Record<string, number>,
 *   choice?: Choix}} BootOk
 * @typedef {{type: "boot", ok: false, error: WorkerError}} BootEchec
 * @typedef {BootOk | BootEchec} BootMessage
 * @typedef {ResultMessage | ErrorMessage | ProgressMessage | BootMessage} WorkerToPage
 */

/**
 * Whether `m` is an object whose `type` is `type`.
 * @param {unknown} m @param {string} type
 * @returns {m is {type: string} & Record<string, unknown>}
 */
const deType = (m, type) => typeof m === "object" && m !== null && /** @type {{type?: unknown}} */ (m).type === type;

/** @param {unknown} m @returns {m is RenderRequest} */
export const isRenderRequest = (m) => deType(m, "render") && typeof m.id === "number" && typeof m.widget === "string";

/** @param {unknown} m @returns {m is ResultMessage} */
export const isResult = (m) => deType(m, "result") && typeof m.id === "number";

/** @param {unknown} m @returns {m is ErrorMessage} */
export const isError = (m) => deType(m, "error") && typeof m.id === "number";

/** @param {unknown} m @returns {m is ProgressMessage} */
export const isProgress = (m) => deType(m, "progress") && typeof m.message === "string";

/** @param {unknown} m @returns {m is BootMessage} */
export const isBoot = (m) => deType(m, "boot") && typeof m.ok === "boolean";

// --- 2. Python worker ↔ helper worker ----------------------------------------

/**
 * @typedef {{compresse: number, octetsNormal: number}} Profil what the boot decision needs from runtime.json
 * @typedef {{verdict: "instantane"|"normal", after_ms: number, rate_kb_s: number|null, slowness: number,
 *   snapshot_ms: number|null, normal_ms: number|null}} Choix the decision made, as the boot message reports it:
 *   the path, when (ms after the request), the rate measured, the processor's slowness, each path's estimate
 *
 * @typedef {{type: "download", url: string, taille: number, profil: Profil|null}} DownloadRequest
 * @typedef {{type: "choice", choice: Choix}} ChoiceMessage
 * @typedef {{type: "done", octets: Uint8Array}} DoneMessage
 * @typedef {{type: "failed", message: string}} FailedMessage
 * @typedef {ProgressMessage | ChoiceMessage | DoneMessage | FailedMessage} HelperToWorker
 */

/** @param {unknown} m @returns {m is DownloadRequest} */
export const isDownloadRequest = (m) => deType(m, "download") && typeof m.url === "string" && typeof m.taille === "number";

/** @param {unknown} m @returns {m is ChoiceMessage} */
export const isChoice = (m) => deType(m, "choice") && typeof m.choice === "object" && m.choice !== null;

/** @param {unknown} m @returns {m is DoneMessage} */
export const isDone = (m) => deType(m, "done") && m.octets instanceof Uint8Array;

/** @param {unknown} m @returns {m is FailedMessage} */
export const isFailed = (m) => deType(m, "failed") && typeof m.message === "string";

// --- 3. Page ↔ service worker ------------------------------------------------

/**
 * @typedef {{type: "precache"}} PrecacheRequest
 * @typedef {{type: "precache", ok: true} | {type: "precache", ok: false, message: string}} PrecacheResult
 */

/** @param {unknown} m @returns {m is PrecacheRequest} */
export const isPrecacheRequest = (m) => deType(m, "precache");

/** @param {unknown} m @returns {m is PrecacheResult} */
export const isPrecacheResult = (m) => deType(m, "precache") && typeof m.ok === "boolean";

// --- What the build hands the worker -----------------------------------------

/**
 * runtime.json: this build's runtime, written by widgets/runtime/construire-instantane.mjs
 * and, by the finishing step (widgets/build/moteur.py), into worker.mjs.
 * @typedef {object} Manifeste
 * @property {string} pyodide Pyodide's version
 * @property {string} wheel the file name of `rattrapage`'s wheel
 * @property {string} sha256 the wheel's sha256
 * @property {string} key the snapshot's key (Pyodide's version and the wheel's hash)
 * @property {string|null} snapshot the gzipped snapshot's file name, beside Pyodide's files
 * @property {number} size the inflated snapshot's size (bytes)
 * @property {number} [compressed_size] its gzipped size (bytes); absent from older manifests
 * @property {number} [normal_boot_bytes] what only a normal boot downloads (bytes)
 * @property {import("../../pyodide/pyodide.mjs").LockfileInfo} lock_info the lockfile's `info`, all a snapshot boot needs of it
 */

/**
 * An error as plain data. A Python traceback is reduced to its last line: the
 * page shows it to people, the console keeps the whole of it.
 * @param {unknown} e @returns {WorkerError}
 */
export const toPlainError = (e) => {
  const message = e instanceof Error ? e.message : String(e);
  const lines = message.trim().split("\n").filter((l) => l.trim());
  return { name: e instanceof Error ? e.name : "Error", message: lines.at(-1) ?? message };
};
