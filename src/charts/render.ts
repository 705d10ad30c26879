import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { theme } from "../theme.ts";

let document: Document | undefined;

/**
 * Renders Plot options to SVG markup at build time. Plot labels each mark's <g> with an
 * aria-label that axe reports as prohibited on an element without a role, so those go; each
 * link gets the name of its tooltip so that a screen reader says where it leads. Colours are
 * the theme's light ones, written into the file for exports; pages restyle by class.
 */
export function renderSvg(options: Plot.PlotOptions, label: string): string {
  document ??= new JSDOM("").window.document;
  const svg = Plot.plot({ ...options, document }) as unknown as SVGSVGElement;
  svg.removeAttribute("class");
  svg.querySelector("style")?.remove();
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  for (const a of svg.querySelectorAll("a")) {
    const title = a.querySelector("title");
    if (!title?.textContent) continue;
    a.setAttribute("aria-label", title.textContent);
    // A link around visible text must keep that text in its name; the tooltip's own text
    // would read as part of it, so the tooltip stays on the bar only.
    if (a.querySelector("text")) title.remove();
  }
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("class", "chart-svg");
  svg.setAttribute("font-family", theme.fonts.sans);
  svg.setAttribute("color", theme.colors.light.fg);
  svg.setAttribute("fill", "currentColor");
  return svg.outerHTML;
}

/** A standalone SVG file (namespaced, on white) for a CMS that takes no iframe, and for PNG. */
export function standaloneSvg(markup: string): string {
  // The opening tag ends at the first ">" outside quotes; labels may contain ">".
  let end = 0;
  for (let quote = ""; end < markup.length; end++) {
    const c = markup[end];
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === ">") break;
  }
  const open = markup.slice(0, end).replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return `${open}><rect width="100%" height="100%" fill="${theme.colors.light.bg}"/>${markup.slice(end + 1)}`;
}
