import { UNITS } from "../lib/units.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNIT_ALT = [...UNITS.map((u) => u.unit)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
/** A figure with its unit and qualifier (超过10亿元, 450亿元以上, 1—2家, 6%): never split across lines. */
const FIGURE = new RegExp(`(?:超过|不到|约)?-?\\d[\\d.,]*(?:[—–\\-~～至]\\d[\\d.,]*)?(?:万亿|亿|万|千)?(?:余|多)?(?:${UNIT_ALT})?(?:以上|以内|左右)?`, "gu");
/** Characters a line may not start with (Chinese line-breaking rules, 避头尾). */
const NO_START = /^[，。、；：！？）」』”’》%‰·…—]/;
/** Characters a line may not end with. */
const NO_END = /[（「『“‘《]$/;

/**
 * Cuts a text into the units a line break may fall between: a figure with its unit is one, a
 * closing mark joins what it closes, an opening mark what it opens; other characters stand alone.
 */
export function breakUnits(text: string, keep: readonly string[] = []): string[] {
  const units: string[] = [];
  let at = 0;
  // Names to keep whole (the publication's, the places') join the figures as unbreakable runs.
  const names = [...keep].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRe);
  const pattern = names.length ? new RegExp(`${names.join("|")}|${FIGURE.source}`, "gu") : FIGURE;
  for (const m of text.matchAll(pattern)) {
    if (m[0] === "") continue;
    for (const c of text.slice(at, m.index)) units.push(c);
    units.push(m[0]);
    at = m.index! + m[0].length;
  }
  for (const c of text.slice(at)) units.push(c);
  const joined: string[] = [];
  for (const u of units) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && (NO_START.test(u) || NO_END.test(prev) || /[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(u))) joined[joined.length - 1] = prev + u;
    else joined.push(u);
  }
  return joined;
}

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
