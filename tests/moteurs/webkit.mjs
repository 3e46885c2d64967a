// @ts-check
/**
 * WebKit (WebKitGTK's MiniBrowser, Debian's `webkit2gtk-driver`) driven by
 * `selenium-webdriver` through `WebKitWebDriver`, under `xvfb-run`
 * (tests/e2e/test_moteurs.py starts it there when there is no display).
 *
 * Reading the console. WebKitWebDriver has no log endpoint and no BiDi
 * (`webSocketUrl: true` fails to match capabilities), and MiniBrowser's
 * `--enable-write-console-messages-to-stdout=true` prints nothing in automation
 * mode: `--automation` makes the session ephemeral, and WebKit never prints the
 * console of an ephemeral page (tried: the same page prints its messages without
 * `--automation`, and nothing with `--private`). What works is WebKit's own Web
 * Inspector, served over HTTP and WebSocket when the browser starts with
 * `WEBKIT_INSPECTOR_HTTP_SERVER=127.0.0.1:PORT`: `Console.enable` on the page's
 * target, then every `Console.messageAdded`, the engine's own messages included
 * (an unknown Content-Security-Policy directive, a preload not used, a failed
 * request) as well as `console.error`, uncaught exceptions and unhandled
 * rejections, from the page and from its workers (`Worker.enable`).
 *
 * That variable replaces the inspector server WebKitWebDriver would ask the
 * browser to open (`WEBKIT_INSPECTOR_SERVER`, on a port the driver chooses):
 * with it, the browser opens its automation server on a port of its own. So this
 * driver starts MiniBrowser itself (`--automation`, the variable set), reads
 * that port from /proc (the browser's listening sockets), and starts
 * `WebKitWebDriver --target=127.0.0.1:PORT`, to which selenium connects.
 *
 * Its window cannot be made narrower than 447 px through WebDriver (GTK keeps
 * MiniBrowser's window at its minimum width, toolbar included), so the phone
 * widths (360 and 390 px) are not checked here: see `etroit` below.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import { Builder } from "selenium-webdriver";
import WebSocket from "ws"; // selenium-webdriver's own WebSocket client (Node 20 has none built in)

const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const DEMARRAGE_MS = 60_000;

/** A TCP port free at this instant. */
function portLibre() {
  return new Promise((resolve, reject) => {
    const serveur = createServer();
    serveur.once("error", reject);
    serveur.listen(0, "127.0.0.1", () => {
      const adresse = serveur.address();
      serveur.close(() => resolve(typeof adresse === "object" && adresse ? adresse.port : 0));
    });
  });
}

/**
 * A process's TCP sockets, from /proc (no `ss` needed): the ports it listens on,
 * and the remote ports of its established connections.
 * @param {number | undefined} pid
 */
function sockets(pid) {
  /** @type {Set<string>} */
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const lien = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (lien.startsWith("socket:[")) inodes.add(lien.slice(8, -1));
    } catch {
      // closed meanwhile
    }
  }
  /** @type {number[]} */
  const ecoute = [];
  /** @type {number[]} */
  const connexions = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lignes;
    try {
      lignes = readFileSync(table, "utf-8").trim().split("\n").slice(1);
    } catch {
      continue;
    }
    for (const ligne of lignes) {
      // sl, local address:port, remote address:port, state (0A listen, 01 established), …, inode
      const colonnes = ligne.trim().split(/\s+/);
      if (!inodes.has(colonnes[9])) continue;
      const port = (/** @type {string} */ adresse) => parseInt(adresse.split(":")[1], 16);
      if (colonnes[3] === "0A") ecoute.push(port(colonnes[1]));
      else if (colonnes[3] === "01") connexions.push(port(colonnes[2]));
    }
  }
  return { ecoute, connexions };
}

/**
 * Poll `condition` until it returns a truthy value (returned), for DEMARRAGE_MS at most.
 * @template T
 * @param {() => T | Promise<T>} condition @param {string | (() => string)} description
 * @returns {Promise<NonNullable<T>>}
 */
async function attendre(condition, description) {
  const fin = Date.now() + DEMARRAGE_MS;
  while (Date.now() < fin) {
    const valeur = await condition();
    if (valeur) return valeur;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKit : ${typeof description === "function" ? description() : description}`);
}

/**
 * A process that must not outlive the run, with what it printed (for the failure message).
 * @param {string} commande @param {string[]} args @param {Record<string, string>} env
 */
function lancer(commande, args, env) {
  const processus = spawn(commande, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  /** @type {string[]} */
  const sortie = [];
  processus.stdout?.on("data", (d) => sortie.push(String(d)));
  processus.stderr?.on("data", (d) => sortie.push(String(d)));
  return { processus, sortie };
}

/**
 * A message of the Web Inspector protocol: an answer (`id`) or an event (`method`, `params`).
 * @typedef {{id?: number, method?: string, params?: any}} Message
 */

/**
 * The Web Inspector of the page, over WebSocket: console messages of the page's
 * targets (a navigation may create a new one) and of their workers.
 */
class Inspecteur {
  /** @param {string} adresse ws://… of the page, from the inspector's target list */
  constructor(adresse) {
    /** @type {{niveau: string, source: string, texte: string, url: string}[]} */
    this.messages = [];
    this.numero = 0;
    /** @type {Map<string, () => void>} */
    this.attentes = new Map();
    this.socket = new WebSocket(adresse);
    this.socket.on("message", (donnees) => this.recevoir(JSON.parse(String(donnees))));
  }

  ouvert() {
    return new Promise((resolve, reject) => {
      this.socket.once("open", resolve);
      this.socket.once("error", reject);
    });
  }

  /**
   * Send `method` to a target (and a worker of it); resolves on its answer.
   * @param {string} cible @param {string} method @param {object} [params] @param {string | null} [worker]
   * @returns {Promise<void>}
   */
  envoyer(cible, method, params = {}, worker = null) {
    const id = ++this.numero;
    let message = JSON.stringify({ id, method, params });
    if (worker) message = JSON.stringify({ id: ++this.numero, method: "Worker.sendMessageToWorker", params: { workerId: worker, message } });
    this.socket.send(JSON.stringify({ id: ++this.numero, method: "Target.sendMessageToTarget", params: { targetId: cible, message } }));
    return new Promise((resolve) => this.attentes.set(`${cible}/${worker ?? ""}/${id}`, resolve));
  }

  /** @param {string} cible @param {string | null} worker @param {Message} message */
  recu(cible, worker, message) {
    if (message.id !== undefined) {
      const cle = `${cible}/${worker ?? ""}/${message.id}`;
      this.attentes.get(cle)?.();
      this.attentes.delete(cle);
      return;
    }
    if (message.method === "Console.messageAdded") {
      const m = message.params.message;
      this.messages.push({ niveau: m.level, source: m.source, texte: String(m.text).trim(), url: m.url || worker || "" });
    } else if (message.method === "Worker.workerCreated") {
      const { workerId } = message.params;
      // The worker waits for `Worker.initialized` once its console is enabled.
      this.envoyer(cible, "Console.enable", {}, workerId).then(() => this.envoyer(cible, "Worker.initialized", { workerId }));
    } else if (message.method === "Worker.dispatchMessageFromWorker") {
      this.recu(cible, message.params.workerId, JSON.parse(message.params.message));
    }
  }

  /** @param {Message} message */
  recevoir(message) {
    if (message.method === "Target.targetCreated") {
      const cible = message.params.targetInfo.targetId;
      this.envoyer(cible, "Console.enable");
      this.envoyer(cible, "Worker.enable");
    } else if (message.method === "Target.dispatchMessageFromTarget") {
      this.recu(message.params.targetId, null, JSON.parse(message.params.message));
    }
  }

  fermer() {
    this.socket.close();
  }
}

/** @returns {Promise<import("./verifications.mjs").Pilote & {fermer: () => Promise<void>}>} */
export async function ouvrir() {
  const portInspecteur = await portLibre();
  const navigateur = lancer(MINIBROWSER, ["--automation"], { WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${portInspecteur}` });
  const processus = [navigateur.processus];
  const tuer = () => {
    for (const p of processus) if (p.exitCode === null) p.kill();
  };
  try {
    // The inspector's own client connects to the automation server inside the
    // browser; WebKitWebDriver must come after it, or the inspector lists no page.
    const portAutomatisation = await attendre(() => {
      if (navigateur.processus.exitCode !== null) throw new Error(`MiniBrowser s’est arrêté : ${navigateur.sortie.join("")}`);
      const { ecoute, connexions } = sockets(navigateur.processus.pid);
      const port = ecoute.includes(portInspecteur) && ecoute.find((p) => p !== portInspecteur);
      return port && connexions.includes(port) && port;
    }, "MiniBrowser n’ouvre pas son serveur d’automatisation");
    const portPilote = await portLibre();
    const pilote = lancer("WebKitWebDriver", [`--port=${portPilote}`, `--target=127.0.0.1:${portAutomatisation}`], {});
    processus.push(pilote.processus);
    await attendre(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${portPilote}/status`)).ok;
      } catch {
        return false;
      }
    }, () => `WebKitWebDriver ne répond pas : ${pilote.sortie.join("")}`);
    const webdriver = await new Builder()
      .usingServer(`http://127.0.0.1:${portPilote}`)
      .withCapabilities({ browserName: "MiniBrowser", pageLoadStrategy: "normal" })
      .build();
    await webdriver.manage().setTimeouts({ script: 30_000, pageLoad: 120_000 });
    await webdriver.manage().window().setRect({ width: 1280, height: 900 });
    await webdriver.get("about:blank");
    // The inspector lists the automation's page once it exists.
    let liste = "";
    const chemin = await attendre(async () => {
      liste = await (await fetch(`http://127.0.0.1:${portInspecteur}/`)).text();
      return liste.match(/socket\/\d+\/\d+\/WebPage/)?.[0];
    }, () => `l’inspecteur ne présente aucune page : ${liste.replace(/<style>.*<\/style>/s, "")}`);
    const inspecteur = new Inspecteur(`ws://127.0.0.1:${portInspecteur}/${chemin}`);
    await inspecteur.ouvert();
    await attendre(() => inspecteur.numero > 0 && inspecteur.attentes.size === 0, "la console de la page ne s’active pas");
    // Proof that the console is read, at every run: a message written now must arrive.
    const temoin = `rattrapage : console lue ${Date.now()}`;
    await webdriver.executeScript("console.info(arguments[0])", temoin);
    await attendre(() => inspecteur.messages.some((m) => m.texte === temoin), "la console de la page n’arrive pas par l’inspecteur");

    return {
      async aller(url) {
        await webdriver.get(url);
      },
      async recharger() {
        await webdriver.navigate().refresh();
      },
      evaluer: (fonction, ...args) => webdriver.executeScript(`return (${fonction}).apply(null, arguments)`, ...args),
      erreurs: () => inspecteur.messages.filter(estUneErreur).map((m) => `${m.texte}${m.url ? ` (${m.url})` : ""}`),
      messages: () => [...inspecteur.messages],
      etroit: "la fenêtre de WebKitGTK ne descend pas sous 447 px par WebDriver (largeur minimale de la fenêtre GTK de MiniBrowser)",
      async taille(largeur, hauteur) {
        await webdriver.manage().window().setRect({ width: largeur, height: hauteur });
      },
      async fermer() {
        inspecteur.fermer();
        await webdriver.quit().catch(() => {});
        tuer();
      },
    };
  } catch (e) {
    tuer();
    throw e;
  }
}

/**
 * An error, or a warning that a preload was not used: the issue asks for no
 * preload an engine does not use, and WebKit says so only as a warning.
 * @param {{niveau: string, texte: string}} message
 */
export function estUneErreur(message) {
  return message.niveau === "error" || (message.niveau === "warning" && /preload/i.test(message.texte));
}
