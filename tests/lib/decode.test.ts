import { describe, expect, it } from "vitest";
import { decodeSeed } from "../../src/lib/decode.ts";

const TEXT = "南漳县\n力争引进亿元以上工业项目12个,实际到位资金30亿元以上。\n";
const utf16be = (s: string) => Buffer.from(Buffer.from(s, "utf16le").swap16());

describe("decodeSeed(bytes, name) on UTF-16", () => {
  it.each([
    ["little-endian with a byte-order mark", Buffer.from(`\uFEFF${TEXT}`, "utf16le"), "LE, byte-order mark"],
    ["big-endian with a byte-order mark", utf16be(`\uFEFF${TEXT}`), "BE, byte-order mark"],
    ["little-endian without a mark (a NUL in every other byte)", Buffer.from(TEXT, "utf16le"), "LE, no byte-order mark"],
    ["big-endian without a mark", utf16be(TEXT), "BE, no byte-order mark"],
  ])("names %s text as UTF-16 and says how to convert it, instead of calling it binary", (_, bytes, form) => {
    expect(() => decodeSeed(bytes, "seeds/2023/a.txt")).toThrow(
      `seeds/2023/a.txt: UTF-16 text (${form}): convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8`,
    );
  });

  it("still calls bytes binary when NULs fall on both sides, or pair with control bytes", () => {
    expect(() => decodeSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "x.png")).toThrow("x.png: binary data (NUL byte)");
    expect(() => decodeSeed(new Uint8Array([0x41, 0, 0x01, 0]), "x.bin")).toThrow("x.bin: binary data (NUL byte)");
  });
});

describe("decodeSeed(bytes, name) on deceptive but valid UTF-8", () => {
  it("returns bidi controls and zero-width characters in the text, for the caller to warn about", () => {
    const text = "南漳县\n新建\u202E桥梁6座\u202C。新增\u200B就业9000人。\n";
    expect(decodeSeed(new TextEncoder().encode(text))).toBe(text);
  });

  it("still refuses C0 control characters, naming the line", () => {
    expect(() => decodeSeed(new TextEncoder().encode("南漳县\n新建\u001B[31m桥梁6座。\n"), "a.txt")).toThrow("a.txt:2: control character U+001B, expected text");
  });
});
