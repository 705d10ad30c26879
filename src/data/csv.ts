import { csvFormatValue } from "d3-dsv";

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that some
 * programs strip before doing so (tab, carriage return): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r](?=[\s\S])/;

/**
 * One CSV cell. Text a spreadsheet would run (=HYPERLINK(…) in a quote of the seed) is
 * neutralised as OWASP recommends: a leading single quote, and the cell always quoted, so
 * Excel, LibreOffice and Numbers show it as text. Only text is neutralised: a finite number
 * such as -13.8 in `value` is data a spreadsheet must read as a number, and it cannot carry a
 * formula; a number that is not finite (-Infinity) is written as text, so it is treated as text.
 * A cell of that one character alone (the qualifier "=") holds no formula and stays as it is,
 * so the data contract's values read the same in the CSV as in the JSON.
 * The JSON files are not written here and keep every text exactly.
 */
export function csvCell(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return csvFormatValue(String(value));
  const text = value == null ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (!FORMULA_START.test(text)) return csvFormatValue(text);
  return `"'${text.replace(/"/g, '""')}"`;
}

/** Whether csvCell(text) adds a neutralising quote in front of `text`. */
export const neutralised = (text: string) => FORMULA_START.test(text);

/**
 * CSV text with a UTF-8 byte-order mark (spreadsheet programs read Chinese right only with
 * it); null and undefined become empty cells.
 */
export function csvWithBom(records: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = [columns.map(csvCell).join(","), ...records.map((r) => columns.map((k) => csvCell(r[k])).join(","))];
  return `\uFEFF${lines.join("\n")}\n`;
}
