import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractTargets } from "../../src/lib/extract.ts";

/**
 * Properties the reader keeps for any text, not only the texts we have seen: it never throws,
 * loses nothing (its parts join back to the text), quotes the text exactly at the offsets it
 * gives, and puts every digit it meets in the ledger.
 */
const pieces = [
  "枣阳市", "新增就业", "5000人", "以上", "，", "。", "；", "\n", "一、", "（二）", "**", "#", "2022年工作回顾", "2023年工作安排",
  "亿元", "万亩", "%", "％", "１２", "－", "-13.8", "1—2家", "10余条", "“", "”", "《", "》", "分别增长", "6%、7%", "其中", "提出", "县", "区",
  "億元", "區", "\u202E", "\u200B", "<b>", "13.0.3", "二十五六个", "千", "万", " ", "\r\n", "---", "编辑者:", "分享到:",
];
const officialText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), officialText);

describe("extractTargets(text) for any text", () => {
  it("never throws, is lossless, and every quote and figure is the text at its offsets", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = extractTargets(text);
        expect(r.structure.parts.map((p) => p.text).join("")).toBe(text);
        for (const t of r.targets) {
          expect(text.slice(t.start, t.end)).toBe(t.quote);
          expect(t.number_start).toBeGreaterThanOrEqual(t.start);
          expect(t.number_end).toBeLessThanOrEqual(t.end);
        }
        for (const e of r.ledger) expect(text.slice(e.quantity.start, e.quantity.end)).toBe(e.quantity.text);
      }),
      { numRuns: 400 },
    );
  });

  it("puts every digit, ASCII or full-width, in the ledger", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = extractTargets(text);
        const spans = r.ledger.map((e) => [e.quantity.start, e.quantity.end] as const);
        for (const m of text.matchAll(/[0-9０-９]/g)) {
          expect(spans.some(([a, b]) => m.index! >= a && m.index! < b), `digit ${m[0]} at ${m.index} of ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same result for the same text twice (content files and builds depend on it)", () => {
    fc.assert(
      fc.property(officialText, (text) => {
        expect(JSON.stringify(extractTargets(text))).toBe(JSON.stringify(extractTargets(text)));
      }),
      { numRuns: 100 },
    );
  });
});
