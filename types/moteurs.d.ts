// The parts of `ws` and `selenium-webdriver` that tests/moteurs/webkit.mjs uses
// (neither package ships types). Types only, for tsc -p jsconfig.json.

declare module "ws" {
  /** A WebSocket client (ws 8): the events webkit.mjs listens to, send and close. */
  export default class WebSocket {
    constructor(adresse: string);
    on(evenement: "message", ecouteur: (donnees: Buffer | ArrayBuffer | Buffer[]) => void): this;
    once(evenement: "open" | "error", ecouteur: (...args: any[]) => void): this;
    send(donnees: string): void;
    close(): void;
  }
}

declare module "selenium-webdriver" {
  /** A WebDriver session (selenium-webdriver 4). */
  export interface WebDriver {
    get(url: string): Promise<void>;
    navigate(): { refresh(): Promise<void> };
    manage(): {
      setTimeouts(delais: { script?: number; pageLoad?: number; implicit?: number }): Promise<void>;
      window(): { setRect(rect: { width?: number; height?: number; x?: number; y?: number }): Promise<unknown> };
    };
    executeScript<T>(script: string | ((...args: any[]) => T), ...args: any[]): Promise<T>;
    quit(): Promise<void>;
  }
  export class Builder {
    usingServer(url: string): this;
    withCapabilities(capacites: Record<string, unknown>): this;
    build(): WebDriver;
  }
}
