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
