/**
 * The message protocol between the page and the Python worker.
 *
 * One request kind, `render`, carrying an `id` that the answer repeats, so
 * several requests can be in flight and each reply finds its caller. Results
 * cross the boundary as plain JSON data; errors as `{name, message}` objects.
 *
 *   page → worker  {type: "ecoute"}  (the page listens: the worker holds its messages until then)
 *   page → worker  {id, type: "render", widget, data}
 *   worker → page  {id, type: "result", result: {text, subject, files, errors}}
 *                  {id, type: "error", error: {name, message}}
 *   worker → page  {type: "progress", message}  (French, shown while Python starts)
 *   worker → page  {type: "boot", ok: true, mode: "instantane"|"normal", source?: "appareil"|"site", raison, temps,
 *                   choix?}  (choix: whether the snapshot was worth its download; instantane.mjs, `Choix`)
 *                  | {type: "boot", ok: false, error}
 *
 * @typedef {{id: number, type: "render", widget: string, data: Record<string, unknown>}} RenderRequest
 * @typedef {{name: string, message: string}} WorkerError
 * @typedef {{text: string, subject: string|null, files: {name: string, mime: string, content: string, label: string}[], errors: Record<string, string>}} RenderResult
 * @typedef {{id: number, type: "result", result: RenderResult}} ResultMessage
 * @typedef {{id: number, type: "error", error: WorkerError}} ErrorMessage
 * @typedef {{type: "boot", ok: boolean, mode?: string, source?: string, raison?: string, temps?: Record<string, number>, choix?: import("./instantane.mjs").Choix, error?: WorkerError}} BootMessage
 */

/** @param {unknown} m @returns {m is ResultMessage} */
export const isResult = (m) => typeof m === "object" && m !== null && m.type === "result" && typeof m.id === "number";

/** @param {unknown} m @returns {m is ErrorMessage} */
export const isError = (m) => typeof m === "object" && m !== null && m.type === "error" && typeof m.id === "number";

/** @param {unknown} m @returns {m is {type: "progress", message: string}} */
export const isProgress = (m) => typeof m === "object" && m !== null && m.type === "progress" && typeof m.message === "string";

/** @param {unknown} m @returns {m is BootMessage} */
export const isBoot = (m) => typeof m === "object" && m !== null && m.type === "boot";

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
