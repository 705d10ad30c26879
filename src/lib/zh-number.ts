/** Value of each Chinese digit character, including the informal 两 and the zero forms. */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Small multipliers inside one 万-section. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Section multipliers: 万 and 亿 scale everything before them. */
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Reads a Chinese numeral (一千二百万, 十九, 两万, 二〇二二) or an Arabic number with an
 * optional 万/亿 scale (3.5万, 1.2亿). Returns NaN when the text is not a number we can read,
 * like d3-array's number(), so that callers decide how to report it.
 */
export function parseChineseNumber(text: string): number {
  const s = text.trim();
  if (s === "") return NaN;
  const arabic = /^(\d+(?:\.\d+)?)(万亿|亿|万|千万|百万|千)?$/.exec(toHalfWidth(s));
  if (arabic) return scaleArabic(Number(arabic[1]), arabic[2]);
  if (![...s].every((c) => CHINESE_NUMERAL_CHARS.includes(c))) return NaN;
  // Digit-by-digit years and codes such as 二〇二二 have no unit characters at all.
  if (/[〇零]/.test(s) && [...s].every((c) => c in DIGITS)) {
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  return parseWithUnits(s);
}

function scaleArabic(n: number, scale: string | undefined): number {
  const factor = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千万: 1e7, 百万: 1e6, 千: 1e3 }[scale ?? ""] ?? 1;
  // Round away binary noise (14.45 × 1e4 = 144499.99…) at a precision far below any count.
  return Number((n * factor).toPrecision(12));
}

function parseWithUnits(s: string): number {
  let total = 0; // completed 亿 and 万 sections
  let section = 0; // value of the current section below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return NaN; // two digits in a row: 三五
      digit = DIGITS[c];
      if (digit === 0) digit = null;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c];
      if (unit >= lastSmall) return NaN; // 百千 is not a number
      // A bare 十 means 一十 (十九 = 19); a bare 百 or 千 is not written in counts.
      section += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      digit = null;
      lastSmall = unit;
    } else {
      const big = BIG_UNITS[c];
      const sectionValue = section + (digit ?? 0);
      if (sectionValue === 0 && total === 0) return NaN; // 万 alone
      if (big === 1e8) total = (total + sectionValue) * big;
      else total += sectionValue * big;
      section = 0;
      digit = null;
      lastSmall = Infinity;
    }
  }
  const value = total + section + (digit ?? 0);
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Folds full-width digits, point, percent and minus (２０２２, ６．５％, －３) into ASCII, one
 * character for one, so offsets in the folded text are offsets in the original.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．％－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
