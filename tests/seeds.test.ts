import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeeds } from "../scripts/seeds.ts";
import { decodeSeed } from "../src/lib/decode.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeSeed", () => {
  it("decodeSeed(bytes) returns the text of a UTF-8 file, BOM kept", () => {
    expect(decodeSeed(enc("\uFEFF枣阳市\n"))).toBe("\uFEFF枣阳市\n");
  });
  it.each([
    ["empty", new Uint8Array(), /empty file/],
    ["white space", enc(" \n\n"), /only white space/],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /binary data/],
    ["GBK", new Uint8Array([0xd5, 0xe2, 0xca, 0xc7]), /not valid UTF-8/],
    ["control characters", enc("枣阳市\n\u0007新建"), /:2: control character U\+0007/],
  ])("decodeSeed rejects %s input with a clear message", (_, bytes, message) => {
    expect(() => decodeSeed(bytes, "seeds/x.txt")).toThrow(message);
  });
});

describe("readSeeds", () => {
  it("readSeeds(seeds) reads the bundled seed byte for byte with its YAML", () => {
    const [seed] = readSeeds("seeds");
    // SHA-256 of shared/seeds/2022/000_0821a5a1c81bcfcf.txt as handed over: the copy is exact.
    expect(seed.sha256).toBe("a149ec741f1539cc2113a9b9bb40d567131cddbd4c34e41c261ffc2a46d48581");
    expect(seed.text).toBe(readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8"));
    expect(seed.meta).toMatchObject({ city: "襄阳", year: 2022, editor: "二千", language: "zh-CN" });
  });

  it("readSeeds fails naming the file when the YAML is missing or wrong", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    mkdirSync(join(dir, "2023"));
    writeFileSync(join(dir, "2023", "a.txt"), "某某区\n新建桥梁6座。\n");
    expect(() => readSeeds(dir, dir)).toThrow("2023/a.txt: no metadata file 2023/a.yaml beside it");
    writeFileSync(join(dir, "2023", "a.yaml"), "title: 清单\ncity: 襄阳\nyear: 2024\n");
    expect(() => readSeeds(dir, dir)).toThrow(/year 2024 does not match its folder/);
    writeFileSync(join(dir, "2023", "a.yaml"), "city: 襄阳\nyear: 2023\n");
    expect(() => readSeeds(dir, dir)).toThrow(/2023\/a.yaml: title/);
  });
});
