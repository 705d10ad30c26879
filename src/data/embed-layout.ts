import type { ChartSpec } from "../charts/types.ts";
import { wrapText } from "../charts/line-break.ts";
import { CHART_WIDTHS } from "../charts/widths.ts";

/**
 * The embed's blocks in CSS px: one table for its stylesheet and for the heights its embed code
 * carries, so the two cannot drift. Text blocks reserve the lines their text needs at the
 * narrowest width of each band (min-height), so the embed's height is known before it loads.
 */
export const EMBED_BLOCKS = {
  pad: 8,
  title: { size: 20, line: 28, after: 4 },
  subtitle: { size: 14, line: 22, after: 2 },
  coverage: { size: 14, line: 22, after: 10 },
  chart: { after: 8 },
  summary: { size: 14, line: 22, pad: 4, after: 4 },
  source: { size: 13, line: 20, after: 4 },
  credit: { size: 13, line: 20 },
} as const;

export type ReservedBlock = "title" | "subtitle" | "coverage" | "source";

/**
 * A line's width in px with generous glyph widths (1 em for Chinese, 0.72 em for any ASCII, as
 * wide as a bold digit of DejaVu Sans), so a reader's font never needs more lines than reserved.
 */
function generousWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += c === " " ? 0.35 : c.charCodeAt(0) < 128 ? 0.72 : 1;
  return em * size + 1;
}

/** Lines a text takes at a width, broken where pages break it (by word, figures whole). */
export const linesAt = (text: string, size: number, width: number, keep: readonly string[] = []) => Math.max(1, wrapText(text, width, (s) => generousWidth(s, size), keep).length);

/** The texts of the blocks that reserve lines, as the embed shows them. */
function blockTexts(chart: ChartSpec): Record<ReservedBlock, string | null> {
  return { title: chart.title, subtitle: chart.subtitle, coverage: chart.coverage, source: chart.source };
}

/** Lines each text block reserves at each width of CHART_WIDTHS, for its style attribute (--r-304: 2). */
export function reservedLines(chart: ChartSpec, block: ReservedBlock): Map<number, number> {
  const text = blockTexts(chart)[block] ?? "";
  const keep = chart.rows.map((r) => r.place);
  return new Map(CHART_WIDTHS.map((w) => [w, linesAt(text, EMBED_BLOCKS[block].size, w, keep)]));
}

/** The style attribute that carries a block's reserved lines. */
export const reserveStyle = (chart: ChartSpec, block: ReservedBlock) => [...reservedLines(chart, block)].map(([w, n]) => `--r-${w}:${n}`).join(";");

/** The embed's stylesheet: the blocks' sizes, and a min-height per band from the reserved lines. */
export function embedCss(): string {
  const b = EMBED_BLOCKS;
  const text = (sel: string, x: { size: number; line: number }, after = 0) => `html.embed ${sel}{font-size:${x.size}px;line-height:${x.line}px;margin:0 0 ${after}px;--lh:${x.line}px}`;
  return [
    `html.embed main{max-width:none;padding:${b.pad}px}`,
    "html.embed figure.chart{margin:0}",
    "html.embed figcaption{margin:0}",
    text(".chart-title", b.title, b.title.after),
    text(".chart-subtitle", b.subtitle, b.subtitle.after),
    text(".chart-coverage", b.coverage, b.coverage.after),
    `html.embed .chart-graphic{margin:0 0 ${b.chart.after}px}`,
    `html.embed .chart-data{margin:0 0 ${b.summary.after}px}`,
    `html.embed .chart-data>summary{font-size:${b.summary.size}px;line-height:${b.summary.line}px;padding:${b.summary.pad}px 0}`,
    text(".chart-source", b.source, b.source.after),
    text(".embed-credit", b.credit),
    "html.embed .reserve{min-height:calc(var(--r-" + CHART_WIDTHS[0] + ") * var(--lh))}",
    ...CHART_WIDTHS.map((w) => `@container (min-width:${w}px){html.embed .reserve{min-height:calc(var(--r-${w}) * var(--lh))}}`),
  ].join("\n");
}

/** The height of the chart drawing shown in a figure of `width` px (the widest of its widths that fits). */
function chartHeightAt(chart: ChartSpec, width: number): number {
  const shown = [...chart.widths].reverse().find((w) => w <= width) ?? chart.widths[0];
  const svg = chart.svg(shown, (p) => p);
  return Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** The embed's content height when its figure is `width` px wide (the band's narrowest), in px. */
export function embedHeightAt(chart: ChartSpec, width: number): number {
  const b = EMBED_BLOCKS;
  const band = [...CHART_WIDTHS].reverse().find((w) => w <= width) ?? CHART_WIDTHS[0];
  const lines = (block: ReservedBlock) => reservedLines(chart, block).get(band)!;
  return (
    2 * b.pad +
    lines("title") * b.title.line + b.title.after +
    lines("subtitle") * b.subtitle.line + b.subtitle.after +
    (chart.coverage ? lines("coverage") * b.coverage.line + b.coverage.after : 0) +
    chartHeightAt(chart, band) + b.chart.after +
    b.summary.line + 2 * b.summary.pad + b.summary.after +
    lines("source") * b.source.line + b.source.after +
    b.credit.line
  );
}

/**
 * The embed's height for each band of iframe widths, from the narrowest: an iframe at least
 * `width` px wide (and narrower than the next entry) is `height` px tall once loaded.
 */
export function embedHeights(chart: ChartSpec): { width: number; height: number }[] {
  return CHART_WIDTHS.map((w) => ({ width: w + 2 * EMBED_BLOCKS.pad, height: embedHeightAt(chart, w) }));
}

/** The height for an iframe `width` px wide, from the table. */
export const heightFor = (table: readonly { width: number; height: number }[], width: number) => ([...table].reverse().find((x) => x.width <= width) ?? table[0]).height;
