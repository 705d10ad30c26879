import type { Quantity } from "./types.ts";

/** A Markdown-style table row: | 枣阳市 | 5000人 | 10% |, full-width bars too. */
const ROW = /^\s*[|｜].*[|｜]\s*$/;
const SEPARATOR = /^\s*[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$/;

export const isTableRow = (line: string) => ROW.test(line);
export const isTableSeparator = (line: string) => SEPARATOR.test(line);

/** The cells of a row, with their offsets inside the row's line. */
export function cellsOf(line: string): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  const bars = [...line.matchAll(/[|｜]/g)].map((m) => m.index!);
  for (let i = 0; i + 1 < bars.length; i++) cells.push({ text: line.slice(bars[i] + 1, bars[i + 1]).trim(), start: bars[i] + 1, end: bars[i + 1] });
  return cells;
}

/**
 * Reads the tables of a text line by line: a row followed by a separator (| --- |) is a header,
 * and the rows under it are read with it, so that a figure in a cell is labelled by its
 * column's header (新增就业 for 5000人). Call `row` for each line in order.
 */
export class TableReader {
  private header: string[] | null = null;
  private previous: string | null = null;

  /** The header cells for this line when it is a data row of a table, else null. */
  row(line: string): string[] | null {
    let header: string[] | null = null;
    if (isTableSeparator(line) && this.previous !== null && isTableRow(this.previous)) this.header = cellsOf(this.previous).map((c) => c.text);
    else if (isTableRow(line)) header = this.header;
    else this.header = null;
    this.previous = line;
    return header;
  }
}

/** 固定资产投资（亿元）: the unit a column's header gives its bare figures, in brackets at its end. */
const HEADER_UNIT = /[（(]\s*([^（）()\s]{1,6})\s*[）)]\s*$/;
/** A cell that holds a bare figure: 95, 4200, 12.5, 6以上. */
const BARE_CELL = /^(\d+(?:\.\d+)?)\s*(以上|以内|左右)?$/;

/** A header's words without the unit in brackets: 固定资产投资（亿元） → 固定资产投资. */
export const subjectOfHeader = (cell: string) => cell.replace(HEADER_UNIT, "").trim();

/**
 * Figures of a row whose cells hold bare numbers under a header that gives their unit
 * (| 桐柏县 | 95 | under | 县区 | 固定资产投资（亿元） |): each read as the number with that unit,
 * its offsets those of the digits in the cell. A header bracket that is no unit gives nothing.
 */
export function cellQuantities(line: string, lineStart: number, header: readonly string[], read: (s: string) => Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  cellsOf(line).forEach((cell, i) => {
    const unit = header[i]?.match(HEADER_UNIT)?.[1];
    const bare = cell.text.match(BARE_CELL);
    if (!unit || !bare) return;
    const [q] = read(`${bare[1]}${unit}${bare[2] ?? ""}`);
    if (!q || q.unit !== unit || q.end !== bare[1].length + unit.length + (bare[2]?.length ?? 0)) return;
    const raw = line.slice(cell.start, cell.end);
    const start = lineStart + cell.start + (raw.length - raw.trimStart().length);
    out.push({ ...q, start, end: start + cell.text.length, text: cell.text, numberStart: start, numberEnd: start + bare[1].length });
  });
  return out;
}
