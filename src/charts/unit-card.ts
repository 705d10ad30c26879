import type { TargetEntry } from "../schemas/content.ts";
import { formatFigure } from "../data/format.ts";
import { categoryLabel } from "../data/labels.ts";
import { CATEGORIES } from "../lib/category-rules.ts";
import { wrapText } from "./line-break.ts";
import { textWidth } from "./text-width.ts";
import { theme } from "../theme.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

const FIRST = ["investment", "farmland", "jobs"];

/** Size of a share card at 1×: the 1.91:1 of Open Graph; the PNG is drawn at 2×. */
export const CARD = { width: 600, height: 315 };

/** The site's share card, for pages without one of their own (the home page, search). */
export function siteCardSvg(editions: readonly { year: number; city: string; places: number; targets: number }[]): string {
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const lines: string[] = [];
  const text = (x: number, y: number, size: number, color: string, s: string, weight = 400) =>
    lines.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${escape(s)}</text>`);
  text(pad, pad + 40, 34, c.fg, theme.siteName, 700);
  text(pad, pad + 76, 17, c.muted, "各地年度奋进清单：逐条读成可比较的数据和图表");
  let y = pad + 128;
  for (const e of editions.slice(0, 3)) {
    text(pad, y, 24, c.accent, `${e.year}年`, 700);
    text(pad + 100, y - 2, 16, c.fg, `${e.city} · ${e.places}个地方 · ${e.targets}项量化目标`);
    y += 38;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${escape(theme.fonts.sans)}" role="img" aria-label="${escape(theme.siteName)}"><rect width="100%" height="100%" fill="${c.bg}"/><rect width="6" height="100%" fill="${c.accent}"/>${lines.join("")}</svg>`;
}

/** A place's share card: its name, how many targets, and its first key figures. */
export function unitCardSvg(p: { name: string; year: number; edition: string; targets: readonly TargetEntry[] }): string {
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const own = p.targets.filter((t) => t.scope === "unit" && t.role === "total");
  // Investment, farmland and jobs first, as on the edition page, then the others in category order.
  const rank = (t: TargetEntry) => (FIRST.indexOf(t.category) + 1 || FIRST.length + 1) * 100 + CATEGORIES.indexOf(t.category);
  const picked = [...own].sort((a, b) => rank(a) - rank(b)).slice(0, 3);
  const lines: string[] = [];
  const text = (x: number, y: number, size: number, color: string, s: string, weight = 400) =>
    lines.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${escape(s)}</text>`);
  text(pad, pad + 14, 14, c.muted, `${p.edition} · ${p.year}年`);
  text(pad, pad + 56, 36, c.fg, p.name, 700);
  text(pad, pad + 86, 16, c.muted, `${p.targets.length}项量化目标`);
  let y = pad + 128;
  for (const t of picked) {
    const label = wrapText(`${categoryLabel(t.category)}：${t.label}`, CARD.width - 2 * pad - 190, (s) => textWidth(s, 15))[0];
    text(pad, y, 26, c.accent, formatFigure(t), 700);
    text(pad + 190, y - 4, 15, c.fg, label);
    y += 40;
  }
  text(pad, CARD.height - pad + 4, 14, c.fg, theme.siteName, 700);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${escape(theme.fonts.sans)}" role="img" aria-label="${escape(p.name)}"><rect width="100%" height="100%" fill="${c.bg}"/><rect width="6" height="100%" fill="${c.accent}"/>${lines.join("")}</svg>`;
}
