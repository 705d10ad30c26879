import { csvWithBom } from "./csv.ts";
import { QUALIFIER_CODES } from "./contract.ts";
import type { ChartSpec } from "../charts/types.ts";

/** Columns of a chart's own data download: exactly what the chart shows, with its sources. */
const COLUMNS = ["district", "label", "kind", "value", "value_max", "unit", "qualifier", "figure", "quote", "id"] as const;

// The qualifier in words, as in targets.csv (no spreadsheet reads a word as a formula).
const records = (c: ChartSpec) =>
  c.rows.map((r) => Object.fromEntries(COLUMNS.map((k) => [k, k === "qualifier" ? (QUALIFIER_CODES[r.qualifier as keyof typeof QUALIFIER_CODES] ?? r.qualifier) : r[k]])));

export const chartRowsJson = (c: ChartSpec) => `${JSON.stringify({ chart: c.id, year: c.year, title: c.title, source: c.source, rows: records(c) }, null, 2)}\n`;

/** With a BOM, as targets.csv, so spreadsheet programs read the Chinese right. */
export const chartRowsCsv = (c: ChartSpec) => csvWithBom(records(c), COLUMNS);
