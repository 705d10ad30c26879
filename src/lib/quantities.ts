import type { Qualifier, Quantity } from "./types.ts";
import { CHINESE_NUMERAL_CHARS, parseChineseNumber, toHalfWidth } from "./zh-number.ts";
import { matchScale, matchUnit } from "./units.ts";

/** Words before a number that bound it: 超过50家 is > 50. Longest first. */
const PRE_QUALIFIERS: readonly [string, Qualifier][] = [
  ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"], ["不超过", "≤"], ["不高于", "≤"], ["不多于", "≤"],
  ["至少", "≥"], ["最少", "≥"], ["最多", "≤"], ["超过", ">"], ["突破", ">"], ["高于", ">"],
  ["大于", ">"], ["多于", ">"], ["低于", "<"], ["少于", "<"], ["小于", "<"], ["不到", "<"],
  ["约", "≈"], ["近", "≈"], ["逾", ">"], ["超", ">"],
];

/** Words that end in a qualifier's character without being one: 签约1个, 最近3年, 赶超5家. */
const NOT_QUALIFIER = /^(?:[签节公条制相预契邀合履违婚大]约|[最附接靠临]近|[赶]超)/;

/** Words after the unit that bound the number: 450亿元以上 is ≥ 450 亿元. Longest first. */
const POST_QUALIFIERS: readonly [string, Qualifier][] = [
  ["及以上", "≥"], ["以上", "≥"], ["以内", "≤"], ["之内", "≤"], ["以下", "≤"], ["左右", "≈"],
];

/** A run of scale characters alone: 千亿, 百亿, 万亿, 万, 千, 百. */
const BARE_SCALE = /^(?:[千百十]?(?:万亿|亿|万)|千|百)$/;
/** Words before a bare scale that make it a bound: 超千亿元, 近千列, 突破万亿元. */
const BARE_PRE = /(?:超过|超|突破|近|逾|约|达到|达|上)$/;

/** Whether a bare scale word is a number here: bounded before or after, or a grade (千亿级). */
function bareScaleCounts(s: string, i: number, raw: string): boolean {
  const at = i + raw.length;
  const unit = matchUnit(s, at);
  if (s[at] === "级") return true;
  if (!unit) return false;
  const after = at + unit.unit.length;
  return BARE_PRE.test(s.slice(Math.max(0, i - 2), i)) || POST_QUALIFIERS.some(([w]) => s.startsWith(w, after)) || s[after] === "级";
}

const RANGE_SEPARATOR = /[—–\-~～至到]{1,2}/y;
/** Digits with thousands separators and decimals; a second point (13.0.3, a typo) is kept, to be flagged. */
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)*/y;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");
/** A minus sign is a sign only where no number or unit stands before it (增长-13.8%, not 6%-7%). */
const SIGN_BEFORE = /[\u4e00-\u9fff:：,，;；(（\s]/;
/** Runs of white space that typesetting puts between a number and its unit (602.3 亿元). */
const SPACES = /[ \u00a0\u3000]*/y;

/**
 * Finds every number in `text` (a part of the source starting at `offset`) and reads its
 * scale, unit, range and qualifiers. Judging whether it is a target happens elsewhere; this
 * only reads. Chinese numerals are kept when they count something or are at least 2 —
 * a lone 一 in 统一 or 一网通办 is a word, not a number. Linear in the text's length: every
 * look-around is anchored at an offset, nothing re-slices the rest of the text.
 */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const s = toHalfWidth(text);
  const found: Quantity[] = [];
  let i = 0;
  while (i < s.length) {
    const q = readAt(s, i, text, offset);
    if (q) {
      const counted = isCountedChinese(q);
      if (counted) found.push(q);
      i = q.numeral === "arabic" || counted ? Math.max(q.end - offset, i + 1) : q.numberEnd - offset;
    } else i++;
  }
  return found;
}

function readArabic(s: string, at: number): string | null {
  ARABIC.lastIndex = at;
  const m = ARABIC.exec(s);
  return m && m.index === at ? m[0] : null;
}

function skipSpaces(s: string, at: number): number {
  SPACES.lastIndex = at;
  SPACES.exec(s);
  return SPACES.lastIndex;
}

function readAt(s: string, i: number, original: string, offset: number): Quantity | null {
  const prev = s[i - 1] ?? "";
  let numeral: Quantity["numeral"];
  let raw: string;
  let sign = 1;
  let first = i; // where the number's characters begin, sign included
  if (/\d/.test(s[i]) && !/[\d.]/.test(prev)) {
    raw = readArabic(s, i)!;
    numeral = "arabic";
    if (prev === "-" && (i < 2 || SIGN_BEFORE.test(s[i - 2]))) {
      sign = -1;
      first = i - 1;
    }
  } else if (CHINESE_NUMERAL_CHARS.includes(s[i]) && (prev === "" || !CHINESE_NUMERAL_CHARS.includes(prev))) {
    CHINESE.lastIndex = i;
    raw = CHINESE.exec(s)![0];
    numeral = "chinese";
    // 亿元 with no digit before it reads as one 亿元 (产值亿元以上企业).
    if (/^(?:亿|万|千万)$/.test(raw) && s[i + raw.length] === "元" && !/\d/.test(prev)) {
      numeral = "implicit";
    }
    // 超千亿元, 万亩以上, 千亿级, 近千列: a bare scale word counts when a bound or a grade makes it one.
    else if (BARE_SCALE.test(raw) && !/\d/.test(prev) && bareScaleCounts(s, i, raw)) numeral = "implicit";
  } else return null;

  let value: number;
  let cursor = i + raw.length;
  let implicitScale: { text: string; factor: number } | null = null;
  if (numeral === "implicit") {
    // 千亿元 is 1000 亿元 as a newspaper writes it; 亿元 is 1 亿元; 近千列 is 1000 列.
    const lead = /^[千百十](?=万|亿)/.exec(raw)?.[0];
    value = lead ? { 千: 1000, 百: 100, 十: 10 }[lead]! : raw === "千" ? 1000 : raw === "百" ? 100 : 1;
    const rest = lead ? raw.slice(1) : raw;
    implicitScale = rest === "千" || rest === "百" ? null : matchScale(rest);
    cursor = i + raw.length;
  }
  else if (numeral === "chinese") {
    const parsed = readChineseRun(raw);
    if (!parsed) return null;
    value = parsed.value;
    cursor = i + parsed.length;
    // 二十五六个: a run we cannot read whole, counting something, is flagged, never cut to 25.
    if (parsed.length < raw.length && matchUnit(s, i + raw.length)) {
      value = NaN;
      cursor = i + raw.length;
    } else raw = raw.slice(0, parsed.length);
  } else value = sign * Number(raw.replace(/,/g, "")); // NaN for 13.0.3: unreadable, and said so
  const numberEnd = cursor;

  let valueMax: number | undefined;
  const rangeEnd = readRangeEnd(s, cursor, numeral);
  if (rangeEnd) [valueMax, cursor] = rangeEnd;

  let approx = false;
  if ((s[cursor] === "余" || s[cursor] === "多") && numeral !== "implicit") {
    approx = true;
    cursor++;
  }
  // A unit is tried before a scale so that 千米 and 千瓦 stay units, not 千 × 米.
  let scale = numeral === "implicit" ? implicitScale : null;
  const unitAt = numeral === "arabic" ? skipSpaces(s, cursor) : cursor;
  let unit = matchUnit(s, unitAt);
  if (unit) cursor = unitAt;
  if (!unit && numeral === "arabic") {
    scale = matchScale(s, unitAt);
    if (scale) {
      cursor = unitAt + scale.text.length;
      if (!approx && (s[cursor] === "余" || s[cursor] === "多")) {
        approx = true;
        cursor++;
      }
      unit = matchUnit(s, cursor);
    }
  }
  if (unit) cursor += unit.unit.length;
  const unitText = (scale?.text ?? "") + (unit?.unit ?? "");

  // 6%-6.5%, 5万—8万人: a range whose ends each carry the unit.
  if (valueMax === undefined && numeral === "arabic" && unitText) {
    const second = readUnitRangeEnd(s, cursor, unitText);
    if (second) [valueMax, cursor] = second;
  }

  let qualifier: Qualifier = valueMax !== undefined ? "range" : approx ? ">" : "=";
  const post = POST_QUALIFIERS.find(([w]) => s.startsWith(w, cursor));
  if (post && valueMax === undefined) {
    qualifier = post[1];
    cursor += post[0].length;
  }
  let start = first;
  const pre = PRE_QUALIFIERS.find(([w]) => s.startsWith(w, first - w.length) && !NOT_QUALIFIER.test(s.slice(Math.max(0, first - w.length - 1), first)));
  if (pre && qualifier === "=") {
    qualifier = pre[1];
    start = first - pre[0].length;
  }

  const factor = (scale?.factor ?? 1) * (unit?.factor ?? 1);
  return {
    start: offset + start,
    end: offset + cursor,
    text: original.slice(start, cursor),
    numberStart: offset + first,
    numberEnd: offset + numberEnd,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: unitText,
    baseValue: Number((value * factor).toPrecision(12)),
    baseUnit: unit ? unit.base : "",
    qualifier,
    approx,
    numeral,
  };
}

/** 1—2家: the upper end of a range written right after the first number. */
function readRangeEnd(s: string, at: number, numeral: Quantity["numeral"]): [number, number] | null {
  if (numeral !== "arabic") return null;
  RANGE_SEPARATOR.lastIndex = at;
  const sep = RANGE_SEPARATOR.exec(s);
  if (!sep) return null;
  const second = readArabic(s, RANGE_SEPARATOR.lastIndex);
  return second ? [Number(second.replace(/,/g, "")), RANGE_SEPARATOR.lastIndex + second.length] : null;
}

/** 6%-6.5%: the second end of a range repeats the unit; anything else is two figures. */
function readUnitRangeEnd(s: string, at: number, unitText: string): [number, number] | null {
  RANGE_SEPARATOR.lastIndex = at;
  const sep = RANGE_SEPARATOR.exec(s);
  if (!sep) return null;
  const from = RANGE_SEPARATOR.lastIndex;
  const second = readArabic(s, from);
  if (!second || !s.startsWith(unitText, from + second.length)) return null;
  return [Number(second.replace(/,/g, "")), from + second.length + unitText.length];
}

/**
 * The longest readable prefix of a run of Chinese numeral characters (二十 of 二十大). Whether a
 * lone 一 counts is decided later, from the classifier after it (isCountedChinese).
 */
function readChineseRun(run: string): { value: number; length: number } | null {
  // Runs longer than any real numeral are cut first, so a hostile run costs linear time.
  for (let len = Math.min(run.length, 16); len > 0; len--) {
    const value = parseChineseNumber(run.slice(0, len));
    if (!Number.isNaN(value)) return { value, length: len };
  }
  return null;
}

/** Whether a Chinese-numeral quantity is worth recording (see findQuantities). */
export function isCountedChinese(q: Quantity): boolean {
  if (q.numeral !== "chinese") return true;
  return q.value >= 2 || q.unit !== "";
}
