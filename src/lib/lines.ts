/** A line of the source: where it starts, its content and the break that ends it. */
export interface Line {
  start: number;
  content: string;
  terminator: string;
}

/** Splits a text into lines, keeping each terminator, so the lines join back to the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    lines.push({ start: m.index, content: m[1], terminator: m[2] });
    if (m[2] === "") break;
  }
  return lines;
}

/**
 * A function from offset to 1-based line number. Built once per text; each look-up is a
 * binary search, so warnings on a large text cost no rescans.
 */
export function lineNumberer(text: string): (offset: number) => number {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
