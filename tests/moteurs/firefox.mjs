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
    // Scrollbars over the page, as on a phone: the page is then as wide as the
    // viewport (a classic scrollbar takes 12 px of the 360 checked).
    extraPrefsFirefox: { "ui.useOverlayScrollbars": 1 },
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
    etroit: null,
    async taille(largeur, hauteur) {
      await page.setViewport({ width: largeur, height: hauteur });
    },
    fermer: () => navigateur.close(),
  };
}
