import type { TargetEntry } from "../schemas/content.ts";
import type { PromiseView } from "../data/promises.ts";

/** One value on a chart, one row of its data table and downloads. */
export interface ChartRow {
  /** The place's header exactly as written (the downloads' field). */
  district: string;
  /** The place's name as readers see it, full-width brackets: 东津新区（经开区）. */
  place: string;
  slug: string;
  /** What is counted, in the text's words (or the kind's name). */
  label: string;
  /** The kind's reader-facing name (签约（合同）投资额). */
  kind: string;
  value: number | null;
  value_max: number | null;
  /** Value scaled out of 万/亿, so that 5000万元 and 1亿元 bars compare right. */
  base_value: number | null;
  base_max: number | null;
  unit: string;
  qualifier: string;
  /** The figure as readers see it, newspaper style: 450亿元以上. */
  figure: string;
  /** Target id; anchors the value to its marked sentence on the unit page. */
  id: string | null;
  /** Site path of the marked sentence (/2022/zaoyang/#zaoyang-2). */
  href: string | null;
  quote: string;
  /** Line shown on the chart's axis for this row (may hold \n). */
  axisLabel: string;
  /** What the figure measures (src/data/measure-key.ts): a ranking's rows share it. */
  key: string;
  /** On a follow-up chart: what the next year's report gives for this target, and the verdict. */
  result?: FollowUpResult;
}

/** A target's result as a follow-up chart shows it (src/charts/follow-up-chart.ts). */
export interface FollowUpResult {
  year: number;
  value: number;
  base_value: number;
  unit: string;
  /** The result as written, newspaper style: 5.4%, 414.3亿元. */
  figure: string;
  quote: string;
  /** Site path of the result in the next year's report. */
  href: string | null;
  status: "met" | "missed";
  /** 完成 / 未完成. */
  statusName: string;
  /** What the chart plots: the growth rate with its sign, or the result as a percentage of the target. */
  plotted: number;
  /** The target on the same scale (its growth rate, or 100). */
  plottedTarget: number;
}

export type { ChartVariant } from "./widths.ts";
import type { ChartVariant } from "./widths.ts";

/** Where the edition page shows a chart: in full after the key figures, as a link, or as the overview of all categories. */
export type Placement = "lead" | "more" | "overview";

/** Everything a chart page, an embed and the downloads need, built from one edition's data. */
export interface ChartSpec {
  id: string;
  /** A ranking of places, the places × categories matrix, or one place's fact as a card. */
  form: "ranking" | "matrix" | "fact" | "follow-up";
  year: number;
  placement: Placement;
  /** Headline that states the finding. */
  title: string;
  /** What is measured and in which unit. */
  subtitle: string;
  /**
   * How many places the chart compares and how many set nothing (12个地方中3个写明这一目标，9个没有写明).
   * Shown under the subtitle wherever the chart goes: page, embed, every export.
   */
  coverage: string | null;
  /** Generated text alternative: what the chart shows, in sentences. */
  description: string;
  notes: string[];
  source: string;
  rows: ChartRow[];
  /** A cross table, for a chart whose data reads best as one (units × categories). */
  crossTable?: { columns: string[]; rows: { district: string; href: string; counts: { n: number; href: string }[] }[] };
  /** Figures shown beside the chart rather than on it (other kinds of the same category). */
  aside: { title: string; items: string[] } | null;
  /** Widths it is drawn at on pages and in embeds (see widths.ts), ascending. */
  widths: readonly number[];
  /** SVG markup of the chart drawn for a width; hrefs are site paths turned relative by the caller. */
  svg: (variant: ChartVariant, relativeTo: (sitePath: string) => string, fill?: { height: number }) => string;
}

/** A one-value finding: a measure only one unit set is stated, not charted. */
export interface Fact {
  placement: Placement;
  /** What it is about, short: 城镇新增就业. */
  what: string;
  /** The sentence a reader sees: 12个地方中只有樊城区写明城镇新增就业目标：6000人以上. */
  text: string;
  district: string;
  figure: string;
  /** Site path of the sentence the figure stands in. */
  href: string;
  /** Id of the fact's card (its page, embed and files, like a chart's). */
  card: string;
}

/** The data every chart is built from: one edition. */
export interface ChartInput {
  year: number;
  city: string;
  title: string;
  editor: string | null;
  units: readonly { name: string; slug: string }[];
  targets: readonly TargetEntry[];
  /** The edition's targets followed into the next year's report, when there is one. */
  promises?: readonly PromiseView[];
}

/** What one chart file contributes: charts where units compare, facts where only one set the measure. */
export interface ChartOutput {
  charts: ChartSpec[];
  facts: Fact[];
}

/**
 * One chart's definition, in a file of its own (src/charts/specs/<id>.ts): its id, where it is
 * placed, and how it is built from an edition. Only that file and the index name the id.
 */
export interface ChartDefinition {
  id: string;
  placement: Placement;
  build: (input: ChartInput) => ChartOutput;
}
