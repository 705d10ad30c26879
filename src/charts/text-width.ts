/**
 * Width of a label in pixels at a font size. Plot measures text as Latin; Chinese characters
 * are about one em wide, so margins computed here keep 东津新区(经开区) from being clipped.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c)) em += 1; // CJK and full-width
    else if (/[0-9]/.test(c)) em += 0.58;
    else if (/[()（）.,:;!|il'’ ]/.test(c)) em += 0.35;
    else if (/[A-Z%≥≤—]/.test(c)) em += 0.7;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}

/** Width of the widest line of a multi-line label. */
export const blockWidth = (text: string, fontSize: number) => Math.max(0, ...text.split("\n").map((l) => textWidth(l, fontSize)));

/** Administrative suffixes a unit's name may break before, longest first. */
const SUFFIX = /(?:经济技术开发区|经济开发区|开发区|高新区|新区)$/;

/** One natural break of a name: before a bracketed alias, else before its suffix. */
function splitOnce(line: string): string[] {
  const bracket = line.search(/[(（]/);
  if (bracket > 0) return [line.slice(0, bracket), line.slice(bracket)];
  const suffix = SUFFIX.exec(line);
  return suffix && suffix.index > 0 ? [line.slice(0, suffix.index), suffix[0]] : [line];
}

/**
 * Breaks a label into lines of at most `maxChars` characters, preferring the natural breaks
 * of unit names (东津新区 / (经开区), 鱼梁洲 / 经济开发区) over cutting mid-word.
 */
export function wrapLabel(label: string, maxChars: number): string {
  const fit = (line: string): string[] => {
    if ([...line].length <= maxChars) return [line];
    const parts = splitOnce(line);
    if (parts.length > 1) return parts.flatMap(fit);
    const chars = [...line];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += maxChars) lines.push(chars.slice(i, i + maxChars).join(""));
    return lines;
  };
  return label.split("\n").flatMap(fit).join("\n");
}
