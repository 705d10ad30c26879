import type { Qualifier, Quantity } from "./types.ts";
import { CHINESE_NUMERAL_CHARS, parseChineseNumber, toHalfWidth } from "./zh-number.ts";
import { isClassifier, matchScale, matchUnit } from "./units.ts";

/** Words before a number that bound it: 超过50家 is > 50. Longest first. */
const PRE_QUALIFIERS: readonly [string, Qualifier][] = [
  ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"], ["不超过", "≤"], ["不高于", "≤"], ["不多于", "≤"],
  ["至少", "≥"], ["最少", "≥"], ["最多", "≤"], ["超过", ">"], ["突破", ">"], ["高于", ">"],
  ["大于", ">"], ["多于", ">"], ["低于", "<"], ["少于", "<"], ["小于", "<"], ["不到", "<"],
  ["约", "≈"], ["近", "≈"], ["逾", ">"],
];

/** Words after the unit that bound the number: 450亿元以上 is ≥ 450 亿元. */
const POST_QUALIFIERS: readonly [string, Qualifier][] = [
  ["以上", "≥"], ["及以上", "≥"], ["以内", "≤"], ["之内", "≤"], ["以下", "≤"], ["左右", "≈"],
];

const RANGE_SEPARATOR = /^[—–\-~～至到]{1,2}/;
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");

/**
 * Finds every number in `text` (a part of the source starting at `offset`) and reads its
 * scale, unit, range and qualifiers. Judging whether it is a target happens elsewhere; this
 * only reads. Chinese numerals are kept when they count something or are at least 2 —
 * a lone 一 in 统一 or 一网通办 is a word, not a number.
 */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const s = toHalfWidth(text);
  const found: Quantity[] = [];
  let i = 0;
  while (i < s.length) {
    const q = readAt(s, i, text, offset);
    if (q) {
      if (isCountedChinese(q)) found.push(q);
      i = q.numeral === "arabic" || isCountedChinese(q) ? q.end - offset : q.numberEnd - offset;
    } else i++;
  }
  return found;
}

function readAt(s: string, i: number, original: string, offset: number): Quantity | null {
  const prev = s[i - 1] ?? "";
  let numeral: Quantity["numeral"];
  let raw: string;
  if (/\d/.test(s[i]) && !/[\d.]/.test(prev)) {
    ARABIC.lastIndex = i;
    raw = ARABIC.exec(s)![0];
    numeral = "arabic";
  } else if (CHINESE_NUMERAL_CHARS.includes(s[i]) && !CHINESE_NUMERAL_CHARS.includes(prev)) {
    CHINESE.lastIndex = i;
    raw = CHINESE.exec(s)![0];
    numeral = "chinese";
    // 亿元 with no digit before it reads as one 亿元 (产值亿元以上企业).
    if (/^(?:亿|万|千万)$/.test(raw) && s[i + raw.length] === "元" && !/\d/.test(prev)) {
      numeral = "implicit";
    }
  } else return null;

  let value: number;
  let cursor = i + raw.length;
  if (numeral === "implicit") value = 1;
  else if (numeral === "chinese") {
    const parsed = readChineseRun(raw);
    if (!parsed) return null;
    value = parsed.value;
    cursor = i + parsed.length;
    raw = raw.slice(0, parsed.length);
  } else value = Number(raw.replace(/,/g, ""));
  const numberEnd = cursor;

  let valueMax: number | undefined;
  const range = RANGE_SEPARATOR.exec(s.slice(cursor));
  if (range) {
    const rest = cursor + range[0].length;
    ARABIC.lastIndex = rest;
    const second = numeral === "arabic" ? ARABIC.exec(s) : null;
    if (second && second.index === rest) {
      valueMax = Number(second[0].replace(/,/g, ""));
      cursor = rest + second[0].length;
    }
  }

  let approx = false;
  if (/^[余多]/.test(s.slice(cursor)) && numeral !== "implicit") {
    approx = true;
    cursor++;
  }
  // A unit is tried before a scale so that 千米 and 千瓦 stay units, not 千 × 米.
  let scale = numeral === "implicit" ? matchScale(raw) : null;
  let unit = matchUnit(s.slice(cursor));
  if (!unit && numeral === "arabic") {
    scale = matchScale(s.slice(cursor));
    if (scale) {
      cursor += scale.text.length;
      if (!approx && /^[余多]/.test(s.slice(cursor))) {
        approx = true;
        cursor++;
      }
      unit = matchUnit(s.slice(cursor));
    }
  }
  if (unit) cursor += unit.unit.length;

  let qualifier: Qualifier = valueMax !== undefined ? "range" : approx ? ">" : "=";
  const post = POST_QUALIFIERS.find(([w]) => s.startsWith(w, cursor));
  if (post && valueMax === undefined) {
    qualifier = post[1];
    cursor += post[0].length;
  }
  let start = i;
  const pre = PRE_QUALIFIERS.find(([w]) => s.slice(0, i).endsWith(w));
  if (pre && qualifier === "=") {
    qualifier = pre[1];
    start = i - pre[0].length;
  }

  const factor = (scale?.factor ?? 1) * (unit?.factor ?? 1);
  const unitText = (scale?.text ?? "") + (unit?.unit ?? "");
  return {
    start: offset + start,
    end: offset + cursor,
    text: original.slice(start, cursor),
    numberStart: offset + i,
    numberEnd: offset + numberEnd,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: unitText,
    baseValue: Number((value * factor).toPrecision(12)),
    baseUnit: unit ? (unit.base === "％" ? "%" : unit.base) : "",
    qualifier,
    approx,
    numeral,
  };
}

/**
 * The longest readable prefix of a run of Chinese numeral characters (二十 of 二十大). Whether a
 * lone 一 counts is decided later, from the classifier after it (isCountedChinese).
 */
function readChineseRun(run: string): { value: number; length: number } | null {
  for (let len = run.length; len > 0; len--) {
    const value = parseChineseNumber(run.slice(0, len));
    if (!Number.isNaN(value)) return { value, length: len };
  }
  return null;
}

/** Whether a Chinese-numeral quantity is worth recording (see findQuantities). */
export function isCountedChinese(q: Quantity): boolean {
  if (q.numeral !== "chinese") return true;
  return q.value >= 2 || isClassifier(q.unit);
}
