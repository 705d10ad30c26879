/** A run of an item's text: plain, a marked target figure, or an excluded number. */
export interface Segment {
  text: string;
  /** Target id when this run is a marked figure. */
  mark?: string;
  /** Anchor id when this run is a number that was not counted (n-<offset>). */
  excluded?: string;
  /** True inside the item's headline (its first sentence). */
  headline: boolean;
}

/** A sentence of an item and its runs; `targets` says whether a target figure stands in it. */
export interface SentenceSegments {
  targets: boolean;
  segments: Segment[];
}

export interface Span {
  id: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;]/;

/**
 * Cuts an item's text into sentences, and each sentence into runs, so the page can mark each
 * target's figure, highlight the sentence it stands in when it is linked to, and set the
 * headline apart. Offsets are the seed's; `itemStart` is where the item begins in it.
 */
export function segmentItem(
  text: string,
  itemStart: number,
  headlineLength: number,
  marks: readonly Span[],
  excluded: readonly Span[] = [],
): SentenceSegments[] {
  const local = (spans: readonly Span[]) =>
    spans
      .map((m) => ({ id: m.id, start: m.start - itemStart, end: m.end - itemStart }))
      .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const marked = local(marks);
  const other = local(excluded).filter((e) => !marked.some((m) => e.start < m.end && m.start < e.end));
  const sentenceCuts = [0];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i])) sentenceCuts.push(i + 1);
  sentenceCuts.push(text.length);
  // A figure never straddles a sentence: drop a cut that would split one.
  const cutsOk = [...new Set(sentenceCuts)].filter((c) => ![...marked, ...other].some((m) => m.start < c && c < m.end)).sort((a, b) => a - b);

  const sentences: SentenceSegments[] = [];
  for (let s = 0; s < cutsOk.length - 1; s++) {
    const [from, to] = [cutsOk[s], cutsOk[s + 1]];
    if (from === to) continue;
    const cuts = new Set([from, to, Math.min(Math.max(headlineLength, from), to)]);
    for (const m of [...marked, ...other]) {
      if (m.start >= from && m.end <= to) {
        cuts.add(m.start);
        cuts.add(m.end);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === b) continue;
      const mark = marked.find((m) => m.start <= a && b <= m.end);
      const ex = mark ? undefined : other.find((m) => m.start <= a && b <= m.end);
      segments.push({ text: text.slice(a, b), headline: b <= headlineLength, ...(mark ? { mark: mark.id } : {}), ...(ex ? { excluded: ex.id } : {}) });
    }
    sentences.push({ targets: segments.some((x) => x.mark), segments });
  }
  return sentences;
}

/** The anchor id of a number that was not counted, from its offset in the seed. */
export const excludedId = (start: number) => `n-${start}`;
