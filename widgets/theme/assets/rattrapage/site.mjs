/** Where the site lives, read from Material's own config (relative, so sub-paths work). */
export function racineDuSite() {
  try {
    const base = JSON.parse(document.getElementById("__config").textContent).base;
    return new URL(`${base}/`, location.href);
  } catch {
    return new URL("./", location.href);
  }
}
