/** A run of an item's text: plain, or a figure marked with the id of its target. */
export interface Segment {
  text: string;
  /** Target id when this run is a marked figure. */
  mark?: string;
  /** True inside the item's headline (its first sentence). */
  headline: boolean;
}

/**
 * Cuts an item's text into runs so the page can mark each target's figure and set the
 * headline apart. Offsets are the seed's; `itemStart` is where the item begins in it.
 */
export function segmentItem(
  text: string,
  itemStart: number,
  headlineLength: number,
  marks: readonly { id: string; start: number; end: number }[],
): Segment[] {
  const cuts = new Set([0, text.length, Math.min(headlineLength, text.length)]);
  const local = marks
    .map((m) => ({ id: m.id, start: m.start - itemStart, end: m.end - itemStart }))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  for (const m of local) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const mark = local.find((m) => m.start <= a && b <= m.end);
    segments.push({ text: text.slice(a, b), headline: b <= headlineLength, ...(mark ? { mark: mark.id } : {}) });
  }
  return segments;
}
