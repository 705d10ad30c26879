import { descending } from "d3-array";
import type { TargetEntry } from "../schemas/content.ts";
import type { ChartInput, ChartOutput, ChartRow, ChartSpec, Fact, Placement } from "./types.ts";
import { barChartOptions } from "./bar-chart.ts";
import { renderSvg } from "./render.ts";
import { kindLabel } from "../data/labels.ts";
import { formatFigure } from "../data/format.ts";
import { paths } from "../data/paths.ts";
import { theme } from "../theme.ts";

/** A target as one row of a chart. */
export function rowOf(t: TargetEntry, axisLabel = t.district): ChartRow {
  const factor = t.value ? t.base_value / t.value : 1;
  return {
    district: t.district,
    slug: t.slug,
    label: t.label,
    kind: kindLabel(t.category, t.kind),
    value: t.value,
    value_max: t.value_max,
    base_value: t.base_value,
    base_max: t.value_max !== null ? t.value_max * factor : null,
    unit: t.unit,
    qualifier: t.qualifier,
    figure: formatFigure(t),
    id: t.id,
    href: paths.target(t.year ?? 0, t.slug, t.id),
    quote: t.quote,
    axisLabel,
  };
}

export const byValue = (a: ChartRow, b: ChartRow) => descending(a.base_max ?? a.base_value ?? -1, b.base_max ?? b.base_value ?? -1);
export const listed = (rows: readonly ChartRow[]) => rows.map((r) => `${r.district}${r.figure}`).join("，");
const unitsOf = (rows: readonly ChartRow[]) => [...new Set(rows.map((r) => r.unit).filter(Boolean))].join("、");

/** The source line under every chart: the text it comes from and who compiled it. */
export function sourceLine(input: ChartInput): string {
  return `来源：${input.city}${input.year}年${input.title}原文${input.editor ? `（编辑者：${input.editor}）` : ""}；${theme.creditLine}`;
}

/** A note every chart carries: the figures are the text's own. */
export const COMMON_NOTE = "图中数值均为各地清单原文写明的目标，未经换算、相加或估算。点击条形可查看原文中的句子。";

export interface RankingParts {
  id: string;
  placement: Placement;
  title: string;
  /** What the bars measure, for the subtitle: 签约（合同）投资额. */
  what: string;
  rows: ChartRow[];
  description: string;
  notes?: string[];
  aside?: ChartSpec["aside"];
}

/** A bar chart that ranks one measure across the places that set it. */
export function rankingChart(input: ChartInput, p: RankingParts): ChartSpec {
  return {
    id: p.id,
    year: input.year,
    placement: p.placement,
    title: p.title,
    subtitle: `${p.what}，单位：${unitsOf(p.rows)}。按原文数值由高到低排列。`,
    description: p.description,
    notes: [COMMON_NOTE, ...(p.notes ?? [])],
    source: sourceLine(input),
    rows: p.rows,
    aside: p.aside ?? null,
    svg: (variant, rel) => renderSvg(barChartOptions(p.rows, variant, rel), p.title),
  };
}

export interface MeasureParts {
  id: string;
  placement: Placement;
  /** The measure's name in a sentence: 城镇新增就业, 新增学位. */
  noun: string;
  targets: readonly TargetEntry[];
  /** A title for the ranking; by default 3个地方设定X目标，A最多：figure. */
  title?: (rows: ChartRow[], places: number) => string;
  notes?: string[];
  aside?: ChartSpec["aside"];
}

/**
 * One measure across an edition: a ranking when two or more places set it, a fact when only
 * one did (a one-bar chart says less than a sentence), nothing when none did.
 */
export function measure(input: ChartInput, p: MeasureParts): ChartOutput {
  const rows = p.targets.map((t) => rowOf(t)).sort(byValue);
  const places = new Set(rows.map((r) => r.district)).size;
  const n = input.units.length;
  if (places === 0) return { charts: [], facts: [] };
  if (places === 1) {
    const [r] = rows;
    const fact: Fact = {
      placement: p.placement,
      what: p.noun,
      // A text without unit headers is one unnamed unit: the text itself sets the figure.
      text: `${n > 1 ? `${n}个地方中只有` : ""}${r.district || "原文"}写明${p.noun}目标：${rows.map((x) => x.figure).join("、")}`,
      district: r.district,
      figure: r.figure,
      href: r.href!,
    };
    return { charts: [], facts: [fact] };
  }
  const [top] = rows;
  const title = p.title ? p.title(rows, places) : `${places}个地方设定${p.noun}目标，${top.district}最多：${top.figure}`;
  const others = input.units.filter((u) => !rows.some((r) => r.district === u.name)).map((u) => u.name);
  const chart = rankingChart(input, {
    id: p.id,
    placement: p.placement,
    title,
    what: p.noun,
    rows,
    description: `${p.noun}目标：${listed(rows)}。${others.length ? `其余${others.length}个地方没有写明这一目标${others.length <= 3 ? `（${others.join("、")}）` : ""}。` : ""}`,
    notes: p.notes,
    aside: p.aside,
  });
  return { charts: [chart], facts: [] };
}
