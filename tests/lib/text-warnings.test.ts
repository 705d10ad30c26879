import { describe, expect, it } from "vitest";
import { textWarnings } from "../../src/lib/text-warnings.ts";

describe("textWarnings(text)", () => {
  it("names bidi overrides and isolates with their line", () => {
    expect(textWarnings("南漳县\n新建桥梁\u202E6座\u202C。\n新增\u2067就业\u2069\u20679000人\u2069。\n")).toEqual([
      { line: 2, message: "bidi control characters (U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING): the line may show in another order than it reads" },
      { line: 3, message: "bidi control characters (U+2067 RIGHT-TO-LEFT ISOLATE ×2, U+2069 POP DIRECTIONAL ISOLATE ×2): the line may show in another order than it reads" },
    ]);
  });

  it("names zero-width and invisible characters with their line, apart from bidi ones", () => {
    expect(textWarnings("新增\u200B就业9000人\u202A。\n亿元以上\u00AD项目\uFEFF12个")).toEqual([
      { line: 1, message: "bidi control characters (U+202A LEFT-TO-RIGHT EMBEDDING): the line may show in another order than it reads" },
      { line: 1, message: "invisible characters (U+200B ZERO WIDTH SPACE): words or numbers may not match what is shown" },
      {
        line: 2,
        message: "invisible characters (U+00AD SOFT HYPHEN, U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark inside the text)): words or numbers may not match what is shown",
      },
    ]);
  });

  it("says nothing of a plain text, nor of the byte-order mark that starts a file", () => {
    expect(textWarnings("\uFEFF南漳县\r\n力争引进亿元以上工业项目12个。\n")).toEqual([]);
    expect(textWarnings("")).toEqual([]);
  });
});
