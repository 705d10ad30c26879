import { csvFormat } from "d3-dsv";

/**
 * CSV text with a UTF-8 byte-order mark (spreadsheet programs read Chinese right only with
 * it); null and undefined become empty cells.
 */
export function csvWithBom(records: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const rows = records.map((r) => Object.fromEntries(columns.map((k) => [k, r[k] ?? ""])));
  return `\uFEFF${csvFormat(rows, [...columns])}\n`;
}
