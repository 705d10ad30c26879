/** Characters that end a sentence. */
const SENTENCE_END = /[。!！?？;；\n\r]/;
/** Characters that end a clause inside a sentence. */
const CLAUSE_END = /[。!！?？;；,，:：\n\r|｜]/;
/**
 * Longest stretch searched on either side of a figure. Official sentences are far shorter; the
 * cap keeps a text with no punctuation at all (hostile, or damaged) linear to read.
 */
const MAX_SPAN = 600;

/** Start and end (exclusive) of the run around `at` bounded by `boundary`, within [lo, hi). */
function spanAround(text: string, at: number, boundary: RegExp, lo = 0, hi = text.length): [number, number] {
  const floor = Math.max(lo, at - MAX_SPAN);
  const ceiling = Math.min(hi, at + MAX_SPAN);
  let a = at;
  while (a > floor && !boundary.test(text[a - 1])) a--;
  let b = at;
  while (b < ceiling && !boundary.test(text[b])) b++;
  return [a, b];
}

export const sentenceAround = (text: string, at: number) => spanAround(text, at, SENTENCE_END);
export const clauseAround = (text: string, at: number) => spanAround(text, at, CLAUSE_END);

/**
 * The phrase a figure belongs to: its clause, cut at 、 where the enumeration's other members
 * carry figures of their own (完成66个老旧小区、60条背街小巷改造 → two phrases), so that each
 * figure keeps its own noun. `figures` are the offsets of every figure in the text, sorted.
 */
export function phraseAround(text: string, at: number, figures: readonly number[]): [number, number] {
  let [a, b] = clauseAround(text, at);
  // 增长7.6%（州直增长7.5%、…）: a figure inside brackets has its phrase inside them.
  const open = Math.max(text.lastIndexOf("（", at), text.lastIndexOf("(", at));
  if (open >= a && !/[）)]/.test(text.slice(open, at))) {
    a = open + 1;
    const close = text.slice(at, b).search(/[）)]/);
    if (close >= 0) b = at + close;
  } else {
    // 增长7.6%（州直增长7.5%…）: an aside that closes the clause is not the figure's phrase;
    // one the phrase goes on after (313个(投资500万元以上)重点项目) is part of it.
    const aside = /[（(][^）)]*\d[^）)]*[）)]/.exec(text.slice(at, b));
    if (aside && aside.index > 0 && at + aside.index + aside[0].length >= b) b = at + aside.index;
  }
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
  const inClause = within(figures, a, b, (f) => f);
  const hasFigure = ([p, q]: [number, number]) => inClause.some((f) => f >= p && f < q);
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

const PAIRS: Record<string, string> = { "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉" };
const CLOSERS = new Set(Object.values(PAIRS));

/**
 * Spans inside quotation or title marks, found in one pass. A mark left open at the end of
 * its line closes nothing: quotes do not run across paragraphs, and a stray mark must not
 * swallow the rest of a text. Straight double quotes pair up in order within a line.
 */
export function quotedSpans(text: string): (at: number) => [number, number] | null {
  const spans: [number, number][] = [];
  const open: { mark: string; at: number }[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      open.length = 0;
      straight = -1;
    } else if (c in PAIRS) open.push({ mark: PAIRS[c], at: i });
    else if (CLOSERS.has(c)) {
      const k = open.map((o) => o.mark).lastIndexOf(c);
      if (k >= 0) {
        spans.push([open[k].at, i]);
        open.length = k;
      }
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  // Merge nested spans so that a binary search finds the outermost one.
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  // The span (opening and closing mark) that holds `at`, or null.
  return (at) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid][1] < at) lo = mid + 1;
      else if (merged[mid][0] >= at) hi = mid - 1;
      else return merged[mid]; // open < at <= close
    }
    return null;
  };
}

/** The items of a list sorted by `key` whose key lies in [from, to): two binary searches, not a scan. */
export function within<T>(sorted: readonly T[], from: number, to: number, key: (item: T) => number): T[] {
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(sorted[mid]) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(lowerBound(from), lowerBound(to));
}
