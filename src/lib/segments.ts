/** Characters that end a sentence. */
const SENTENCE_END = /[。!！?？;；\n]/;
/** Characters that end a clause inside a sentence. */
const CLAUSE_END = /[。!！?？;；,，:：\n]/;

/** Start and end (exclusive) of the run around `at` bounded by `boundary`, within [lo, hi). */
function spanAround(text: string, at: number, boundary: RegExp, lo = 0, hi = text.length): [number, number] {
  let a = at;
  while (a > lo && !boundary.test(text[a - 1])) a--;
  let b = at;
  while (b < hi && !boundary.test(text[b])) b++;
  return [a, b];
}

export const sentenceAround = (text: string, at: number) => spanAround(text, at, SENTENCE_END);
export const clauseAround = (text: string, at: number) => spanAround(text, at, CLAUSE_END);

/**
 * The phrase a figure belongs to: its clause, cut at 、 where the enumeration's other members
 * carry figures of their own (完成66个老旧小区、60条背街小巷改造 → two phrases), so that each
 * figure keeps its own noun. `figures` are the offsets of every figure in the text.
 */
export function phraseAround(text: string, at: number, figures: readonly number[]): [number, number] {
  const [a, b] = clauseAround(text, at);
  // Cut points: after 、 and around 和/及/与, kept only where both sides carry a figure.
  const cuts: [number, number][] = [];
  for (let k = a; k < b; k++) {
    if (text[k] === "、") cuts.push([k, k + 1]);
    else if ("和及与".includes(text[k]) && k > a) cuts.push([k, k]);
  }
  const pieces: [number, number][] = [];
  let from = a;
  for (const [end, next] of [...cuts, [b, b] as [number, number]]) {
    pieces.push([from, end]);
    from = next;
  }
  const hasFigure = ([p, q]: [number, number]) => figures.some((f) => f >= p && f < q);
  // A piece without a figure joins the next piece; trailing ones join the last with a figure.
  const merged: [number, number][] = [];
  let pending: number | null = null;
  for (const piece of pieces) {
    const start: number = pending ?? piece[0];
    if (hasFigure(piece)) {
      merged.push([start, piece[1]]);
      pending = null;
    } else pending = start;
  }
  if (pending !== null && merged.length) merged[merged.length - 1][1] = b;
  return merged.find(([p, q]) => at >= p && at < q) ?? [a, b];
}

/** Whether offset `at` lies inside quotation marks or title marks opened within [lo, at). */
export function isQuoted(text: string, at: number, lo = 0): boolean {
  const pairs: [string, string][] = [["“", "”"], ["《", "》"], ["「", "」"], ["『", "』"], ["‘", "’"]];
  for (const [open, close] of pairs) {
    const o = text.lastIndexOf(open, at - 1);
    if (o >= lo && text.lastIndexOf(close, at - 1) < o && text.indexOf(close, at) >= 0) return true;
  }
  // Straight double quotes pair up in order of appearance.
  const straight = text.slice(lo, at).split('"').length - 1;
  return straight % 2 === 1 && text.indexOf('"', at) >= 0;
}
