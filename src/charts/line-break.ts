import { UNITS } from "../lib/units.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNIT_ALT = [...UNITS.map((u) => u.unit)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
/** A figure with its unit and qualifier (超过10亿元, 450亿元以上, 1—2家, 6%): never split across lines. */
const FIGURE = new RegExp(`(?:超过|不到|约)?-?\\d[\\d.,]*(?:[—–\\-~～至]\\d[\\d.,]*)?(?:万亿|亿|万|千)?(?:余|多)?(?:${UNIT_ALT})?(?:以上|以内|左右)?`, "gu");
/** A threshold written without a number (亿元以上项目): one word, as a reader says it. */
const SCALE_WORD = /(?:万亿|亿|万)(?:元|美元|亩)(?:以上|以下|以内)?/u;
/** A short bracketed aside (（合同）, （经开区）) stays whole. */
const BRACKETED = /[（(][^（）()]{1,6}[）)]/u;
/**
 * A place's name: a few characters before 市, 县 or 区, with its bracketed alias. Matching a
 * character or two too many (只有樊城区) only keeps those together as well, which is harmless.
 */
const PLACE = /[\u4e00-\u9fff]{1,4}?(?:新区|市|县|区)(?:[（(][^（）()]{1,6}[）)])?/u;
/** Characters a line may not start with (Chinese line-breaking rules, 避头尾). */
const NO_START = /^[，。、；：！？）」』”’》%‰·…—]/;
/** Characters a line may not end with. */
const NO_END = /[（「『“‘《]$/;

const words = new Intl.Segmenter("zh", { granularity: "word" });
/** Particles that stand alone between words; any other two single characters in a row are one word the dictionary lacks (签约, 写明, 到位). */
const PARTICLE = /^[的了和与及中在为是对把被或等]$/u;
const single = (s: string) => /^[\u4e00-\u9fff]$/u.test(s) && !PARTICLE.test(s);

/**
 * Cuts a text into the units a line break may fall between: words (Intl.Segmenter's Chinese
 * dictionary), with a place's name, a figure and its unit, a threshold (亿元以上) and a short
 * bracketed aside each kept whole; a closing mark joins what it closes, an opening mark what
 * it opens. Names in `keep` (the publication's, the places') are never broken either.
 */
export function breakUnits(text: string, keep: readonly string[] = []): string[] {
  const names = [...keep].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRe);
  const whole = new RegExp([...names, FIGURE.source, SCALE_WORD.source, BRACKETED.source, PLACE.source].join("|"), "gu");
  const units: string[] = [];
  let at = 0;
  const free = (s: string) => {
    const segs = [...words.segment(s)].map((w) => w.segment);
    for (let i = 0; i < segs.length; i++) {
      if (single(segs[i]) && i + 1 < segs.length && single(segs[i + 1])) units.push(segs[i] + segs[++i]);
      else units.push(segs[i]);
    }
  };
  for (const m of text.matchAll(whole)) {
    if (m[0] === "") continue;
    free(text.slice(at, m.index));
    units.push(m[0]);
    at = m.index! + m[0].length;
  }
  free(text.slice(at));
  const joined: string[] = [];
  for (const u of units) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && (NO_START.test(u) || NO_END.test(prev) || (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(u)))) joined[joined.length - 1] = prev + u;
    else joined.push(u);
  }
  return joined;
}

/** Whether a break unit is (or holds) a figure with its unit, to be kept on one line by a page (.fig). */
export const isFigure = (unit: string) => /\d/.test(unit);

/**
 * A text cut into runs, each figure with its unit (450亿元以上) marked, so a page can keep it
 * on one line (.fig is white-space: nowrap) while the words around it wrap freely.
 */
export function figureRuns(text: string): { text: string; figure: boolean }[] {
  const runs: { text: string; figure: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (m[0] === "" || !/\d/.test(m[0])) continue;
    if (m.index! > at) runs.push({ text: text.slice(at, m.index), figure: false });
    runs.push({ text: m[0], figure: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), figure: false });
  return runs;
}

/** Lines of at most `width` pixels, broken only between break units (see breakUnits). */
export function wrapText(text: string, width: number, measure: (s: string) => number, keep: readonly string[] = []): string[] {
  const lines: string[] = [];
  let line = "";
  for (const u of breakUnits(text, keep)) {
    if (line && measure(line + u) > width) {
      lines.push(line);
      line = "";
    }
    line += u;
  }
  if (line) lines.push(line);
  return lines;
}
