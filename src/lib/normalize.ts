import * as OpenCC from "opencc-js/t2cn";
import { toHalfWidth } from "./zh-number.ts";

/** Traditional characters (億元, 萬畝, 區, 縣) as simplified ones, Taiwan and Hong Kong variants included. */
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/**
 * The text the reader reads: the same text with full-width digits, points and percent signs
 * folded to ASCII and traditional characters to simplified (as mirror sites and Hong Kong or
 * Taiwan reposts write them), one character for one, so every offset still points into the
 * text as written. Quotes, labels and names shown to readers are sliced from that text.
 */
export function readingText(text: string): string {
  const simplified = toSimplified(text);
  if (simplified.length === text.length) return toHalfWidth(simplified);
  // A phrase converted to a different length would shift every offset: convert per character.
  let out = "";
  for (const c of text) {
    const s = toSimplified(c);
    out += s.length === c.length ? s : c;
  }
  return toHalfWidth(out);
}
