/** One value on a chart, one row of its data table and downloads. */
export interface ChartRow {
  district: string;
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
  /** The figure as readers see it: ≥450亿元. */
  figure: string;
  /** Target id; anchors the value to its marked sentence on the unit page. */
  id: string | null;
  /** Site path of the marked sentence (/2022/zaoyang/#zaoyang-2). */
  href: string | null;
  quote: string;
  /** Line shown on the chart's axis for this row (may hold \n). */
  axisLabel: string;
}

export type ChartVariant = "narrow" | "wide";

/** Everything a chart page, an embed and the downloads need, built from one edition's data. */
export interface ChartSpec {
  id: string;
  year: number;
  /** Headline that states the finding. */
  title: string;
  /** Unit and what the symbols mean. */
  subtitle: string;
  /** Generated text alternative: what the chart shows, in sentences. */
  description: string;
  notes: string[];
  source: string;
  rows: ChartRow[];
  /** A cross table, for a chart whose data reads best as one (units × categories). */
  crossTable?: { columns: string[]; rows: { district: string; href: string; counts: number[] }[] };
  /** Figures shown beside the chart rather than on it (other kinds, units without a target). */
  aside: { title: string; items: string[] } | null;
  /** SVG markup of the chart; hrefs are site paths turned relative by the caller. */
  svg: (variant: ChartVariant, relativeTo: (sitePath: string) => string) => string;
}
