// @ts-check
/**
 * Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi:
 * there is no geckodriver here. Console errors and page errors are collected
 * from the first byte of every page.
 */
import puppeteer from "puppeteer-core";

/** @returns {Promise<import("./verifications.mjs").Pilote & {fermer: () => Promise<void>}>} */
export async function ouvrir() {
  const navigateur = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
  });
  const page = await navigateur.newPage();
  /** @type {string[]} */
  const erreurs = [];
  page.on("console", (message) => {
    if (message.type() === "error") erreurs.push(message.text());
  });
  page.on("pageerror", (erreur) => erreurs.push(String(erreur)));
  return {
    async aller(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    async recharger() {
      await page.reload({ waitUntil: "load" });
    },
    evaluer: (fonction, ...args) => page.evaluate(fonction, ...args),
    erreurs: () => [...erreurs],
    fermer: () => navigateur.close(),
  };
}
