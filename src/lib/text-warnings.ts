/**
 * Characters that are valid UTF-8 but make a text show something other than what it holds:
 * bidi controls, which reorder what follows them on screen ("Trojan Source"), and invisible
 * characters, which split a word or a number without showing (新增\u200B就业 no longer matches
 * 新增就业). decodeSeed accepts them; this names each kind once per line, so the caller can
 * warn an editor where to look. A byte-order mark at the very start is the file's, not the text's.
 */

const NAMES: Record<number, string> = {
  0x061c: "ARABIC LETTER MARK",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x00ad: "SOFT HYPHEN",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x2060: "WORD JOINER",
  0x2061: "FUNCTION APPLICATION",
  0x2062: "INVISIBLE TIMES",
  0x2063: "INVISIBLE SEPARATOR",
  0x2064: "INVISIBLE PLUS",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (byte-order mark inside the text)",
  0xffa0: "HALFWIDTH HANGUL FILLER",
};

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DECEPTIVE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u034F\u115F\u1160\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]/g;

export interface TextWarning {
  /** 1-based line of the text, as in the ingest's seed:line messages. */
  line: number;
  message: string;
}

/** One warning per line for its bidi controls and one for its invisible characters, in line order. */
export function textWarnings(text: string): TextWarning[] {
  const warnings: TextWarning[] = [];
  text.split("\n").forEach((content, i) => {
    const found = new Map<number, number>(); // code point → how many times on this line
    for (const m of content.matchAll(DECEPTIVE)) {
      if (i === 0 && m.index === 0 && m[0] === "\uFEFF") continue; // the file's byte-order mark
      const cp = m[0].codePointAt(0)!;
      found.set(cp, (found.get(cp) ?? 0) + 1);
    }
    const list = (bidi: boolean) =>
      [...found]
        .filter(([cp]) => BIDI.test(String.fromCodePoint(cp)) === bidi)
        .map(([cp, n]) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")} ${NAMES[cp]}${n > 1 ? ` ×${n}` : ""}`);
    const bidi = list(true);
    const invisible = list(false);
    if (bidi.length) warnings.push({ line: i + 1, message: `bidi control characters (${bidi.join(", ")}): the line may show in another order than it reads` });
    if (invisible.length) warnings.push({ line: i + 1, message: `invisible characters (${invisible.join(", ")}): words or numbers may not match what is shown` });
  });
  return warnings;
}
