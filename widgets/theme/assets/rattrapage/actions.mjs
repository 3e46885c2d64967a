/**
 * What the user does with the text: copy, download, open in the mail client,
 * print it alone, erase their data. Every action works on the last rendering,
 * including the build-time one before Python is ready.
 */
import * as brouillons from "./brouillons.mjs";
import { widgetsDeLaPage } from "./widgets.mjs";

/** Mail clients truncate or refuse long mailto: links beyond about 2000 characters. */
const LONGUEUR_MAX_MAILTO = 1800;

/** A download name without path or shell-significant characters. */
const nomSur = (nom) => nom.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[.-]+/, "") || "texte.txt";

function telecharger(nom, mime, contenu) {
  const url = URL.createObjectURL(new Blob([contenu], { type: `${mime};charset=utf-8` }));
  const lien = Object.assign(document.createElement("a"), { href: url, download: nomSur(nom) });
  document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copier(texte) {
  try {
    await navigator.clipboard.writeText(texte);
    return true;
  } catch {
    const zone = Object.assign(document.createElement("textarea"), { value: texte });
    zone.setAttribute("readonly", "");
    zone.style.position = "fixed";
    zone.style.opacity = "0";
    document.body.append(zone);
    zone.select();
    const ok = document.execCommand("copy");
    zone.remove();
    return ok;
  }
}

/**
 * The body of the email a rendering offers: the body Python returns beside its
 * `.eml` draft when it has one (a plan followed by a message sends only the
 * message), else the text.
 */
function corpsDuMessage(rendu) {
  return rendu.files?.find((f) => f.mime === "message/rfc822")?.body ?? rendu.text;
}

/** `mailto:` with subject and body, or subject only when the body is too long. */
function lienMailto(sujet, texte) {
  const complet = `mailto:?subject=${encodeURIComponent(sujet ?? "")}&body=${encodeURIComponent(texte)}`;
  if (complet.length <= LONGUEUR_MAX_MAILTO) return { href: complet, tronque: false };
  const corps = "Collez ici le texte copié depuis Rattrapage (il était trop long pour être transmis directement).";
  return { href: `mailto:?subject=${encodeURIComponent(sujet ?? "")}&body=${encodeURIComponent(corps)}`, tronque: true };
}

function annoncer(widget, message) {
  widget.statut.textContent = message;
}

function majBoutons(widget) {
  const { rendu, element } = widget;
  const zone = element.querySelector("[data-widget-downloads]");
  const boutons = [...zone.querySelectorAll('[data-action="download"]:not([data-file="text"])')];
  boutons.forEach((b) => b.remove());
  rendu.files.forEach((fichier, i) => {
    const bouton = Object.assign(document.createElement("button"), {
      type: "button",
      className: "md-button",
      textContent: fichier.label, // written by Python, as at build time
    });
    bouton.dataset.action = "download";
    bouton.dataset.file = String(i);
    zone.append(bouton);
  });
  const mailto = element.querySelector('[data-action="mailto"]');
  mailto.hidden = rendu.subject == null;
  if (rendu.subject != null) mailto.href = lienMailto(rendu.subject, corpsDuMessage(rendu)).href;
}

export function brancherActions(widget) {
  const { element } = widget;
  element.addEventListener("rattrapage:rendu", () => majBoutons(widget));
  majBoutons(widget);
  const memoire = element.querySelector("[data-remember]");
  if (memoire) {
    memoire.checked = brouillons.memorise();
    memoire.addEventListener("change", () => {
      brouillons.memoriser(memoire.checked);
      for (const w of widgetsDeLaPage()) {
        const autre = w.element.querySelector("[data-remember]");
        if (autre) autre.checked = memoire.checked;
      }
      annoncer(widget, memoire.checked ? "Vos réponses seront gardées sur cet appareil." : "Vos réponses ne seront gardées que dans cet onglet.");
    });
  }
  element.addEventListener("click", async (event) => {
    const cible = event.target.closest("[data-action]");
    if (!cible || !element.contains(cible)) return;
    const { rendu } = widget;
    switch (cible.dataset.action) {
      case "copy":
        annoncer(widget, (await copier(rendu.text)) ? "Texte copié." : "La copie a échoué\u00a0: sélectionnez le texte à la main.");
        break;
      case "download": {
        if (cible.dataset.file === "text") telecharger(`${widget.id}.txt`, "text/plain", rendu.text);
        else {
          const fichier = rendu.files[Number(cible.dataset.file)];
          if (fichier) telecharger(fichier.name, fichier.mime, fichier.content);
        }
        break;
      }
      case "mailto": {
        const corps = corpsDuMessage(rendu);
        if (lienMailto(rendu.subject, corps).tronque) {
          await copier(corps);
          annoncer(widget, "Le texte est long\u00a0: il a été copié, collez-le dans le message qui s’ouvre.");
        }
        break;
      }
      case "print":
        document.documentElement.classList.add("rw-impression");
        element.classList.add("rw-a-imprimer");
        window.addEventListener(
          "afterprint",
          () => {
            document.documentElement.classList.remove("rw-impression");
            element.classList.remove("rw-a-imprimer");
          },
          { once: true },
        );
        window.print();
        break;
      case "clear":
        brouillons.effacerTout();
        for (const w of widgetsDeLaPage()) {
          w.reinitialiser();
          const autre = w.element.querySelector("[data-remember]");
          if (autre) autre.checked = false;
        }
        annoncer(widget, "Vos données ont été effacées de ce navigateur.");
        break;
    }
  });
}
