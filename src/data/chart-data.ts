import { csvWithBom } from "./csv.ts";
import { QUALIFIER_CODES } from "./contract.ts";
import type { ChartSpec } from "../charts/types.ts";

/** Columns of a chart's own data download: exactly what the chart shows, with its sources. */
const COLUMNS = ["district", "label", "kind", "value", "value_max", "unit", "qualifier", "figure", "quote", "id"] as const;

/** A follow-up chart's rows carry the result beside the target, and the verdict. */
const RESULT_COLUMNS = ["result_year", "result_value", "result_unit", "result_figure", "result_quote", "status", "plotted"] as const;
const columnsOf = (c: ChartSpec): readonly string[] => (c.form === "follow-up" ? [...COLUMNS, ...RESULT_COLUMNS] : COLUMNS);

// The qualifier in words, as in targets.csv (no spreadsheet reads a word as a formula).
const records = (c: ChartSpec) =>
  c.rows.map((r) => {
    const result: Record<string, unknown> = r.result
      ? { result_year: r.result.year, result_value: r.result.value, result_unit: r.result.unit, result_figure: r.result.figure, result_quote: r.result.quote, status: r.result.status, plotted: r.result.plotted }
      : {};
    const own = (k: string): unknown => (k === "qualifier" ? (QUALIFIER_CODES[r.qualifier as keyof typeof QUALIFIER_CODES] ?? r.qualifier) : k in result ? result[k] : r[k as keyof typeof r]);
    return Object.fromEntries(columnsOf(c).map((k) => [k, own(k)]));
  });

export const chartRowsJson = (c: ChartSpec) => `${JSON.stringify({ chart: c.id, year: c.year, title: c.title, source: c.source, rows: records(c) }, null, 2)}\n`;

/** With a BOM, as targets.csv, so spreadsheet programs read the Chinese right. */
export const chartRowsCsv = (c: ChartSpec) => csvWithBom(records(c), columnsOf(c));
