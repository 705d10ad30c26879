import type { TargetEntry } from "../schemas/content.ts";
import { formatFigure } from "../data/format.ts";
import { categoryLabel } from "../data/labels.ts";
import { displayName } from "../data/place-name.ts";
import { CATEGORIES } from "../lib/category-rules.ts";
import { wrapText } from "./line-break.ts";
import { textWidth } from "./text-width.ts";
import { FILE_FONTS } from "./file-svg.ts";
import { theme } from "../theme.ts";
import { escapeMarkup as escape } from "../lib/escape-markup.ts";

const FIRST = ["investment", "farmland", "jobs"];

/** Size of a share card at 1×: the 1.91:1 of Open Graph; the PNG is drawn at 2× (1200×630). */
export const CARD = { width: 600, height: 315 };

/** Text drawing for a card: lines at given baselines, in the card's font. */
function drawer() {
  const lines: string[] = [];
  const text = (x: number, y: number, size: number, color: string, s: string, weight = 400) =>
    lines.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escape(s)}</text>`);
  const svg = (label: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${escape(FILE_FONTS)}" role="img" aria-label="${escape(label)}"><rect width="100%" height="100%" fill="${theme.colors.light.bg}"/><rect width="6" height="100%" fill="${theme.colors.light.accent}"/>${lines.join("")}</svg>`;
  return { text, svg };
}

/** The first line of a text that fits `width` at `size`, with … when cut. */
const fit = (s: string, width: number, size: number) => {
  const [first, ...rest] = wrapText(s, width, (x) => textWidth(x, size));
  return rest.length ? `${[...first].slice(0, -1).join("")}…` : (first ?? "");
};

export interface SiteCardEdition {
  year: number;
  city: string;
  places: number;
  targets: number;
}

/**
 * The site's share card, for pages without one of their own (the home page, search): the
 * publication, the newest edition's finding and its key figures, and every edition, so that
 * the card is filled whatever the number of editions.
 */
export function siteCardSvg(editions: readonly SiteCardEdition[], latest?: { headline: string; figures: readonly { value: string; label: string }[] }): string {
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const { text, svg } = drawer();
  const inner = CARD.width - 2 * pad;
  text(pad, pad + 30, 32, c.fg, theme.siteName, 700);
  text(pad, pad + 60, 16, c.muted, "各地年度奋进清单：逐条读成可比较的数据和图表");
  const [newest] = editions;
  let y = pad + 104;
  if (newest && latest) {
    for (const line of wrapText(`${newest.year}年${newest.city}：${latest.headline}`, inner, (s) => textWidth(s, 22)).slice(0, 2)) {
      text(pad, y, 22, c.fg, line, 700);
      y += 30;
    }
    const figures = latest.figures.slice(0, 3);
    const col = inner / Math.max(1, figures.length);
    y += 22;
    figures.forEach((f, i) => {
      text(pad + i * col, y, 28, c.accent, f.value, 700);
      text(pad + i * col, y + 24, 13, c.muted, fit(f.label, col - 12, 13));
    });
  }
  text(pad, CARD.height - pad + 2, 14, c.muted, fit(editions.slice(0, 3).map((e) => `${e.year}年 · ${e.city} · ${e.places}个地方 · ${e.targets}项量化目标`).join("；"), inner, 14));
  return svg(theme.siteName);
}

/**
 * A place's share card: its name, how many targets, its first key figures and, when it set
 * fewer than three, what its list promises in words, so that no card is left half empty.
 */
export function unitCardSvg(p: { name: string; year: number; edition: string; targets: readonly TargetEntry[]; items?: readonly string[] }): string {
  const pad = theme.space.exportMargin;
  const c = theme.colors.light;
  const { text, svg } = drawer();
  const own = p.targets.filter((t) => t.scope === "unit" && t.role === "total");
  // Investment, farmland and jobs first, as on the edition page, then the others in category order.
  const rank = (t: TargetEntry) => (FIRST.indexOf(t.category) + 1 || FIRST.length + 1) * 100 + CATEGORIES.indexOf(t.category);
  const picked = [...own].sort((a, b) => rank(a) - rank(b)).slice(0, 3);
  const words = (p.items ?? []).filter(Boolean).slice(0, 4 - picked.length);
  const name = displayName(p.name);
  text(pad, pad + 14, 14, c.muted, `${p.edition} · ${p.year}年`);
  text(pad, pad + 58, 38, c.fg, name, 700);
  text(pad, pad + 90, 17, c.muted, p.targets.length ? `${p.targets.length}项量化目标` : "清单中没有可量化的目标");
  const rows = picked.length + words.length;
  const top = pad + 128;
  // Rows share the room down to the publication's name, at most 48 px apart.
  const step = rows ? Math.min(48, (CARD.height - pad - 34 - top) / rows) : 0;
  let y = top + 8;
  for (const t of picked) {
    text(pad, y, 26, c.accent, formatFigure(t), 700);
    text(pad + 200, y - 4, 16, c.fg, fit(`${categoryLabel(t.category)}：${t.label}`, CARD.width - 2 * pad - 200, 16));
    y += step;
  }
  for (const w of words) {
    text(pad, y - 4, 17, c.fg, fit(`· ${w}`, CARD.width - 2 * pad, 17));
    y += step;
  }
  text(pad, CARD.height - pad + 2, 15, c.fg, theme.siteName, 700);
  return svg(name);
}
