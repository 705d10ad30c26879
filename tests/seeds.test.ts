import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeeds } from "../scripts/seeds.ts";
import { decodeSeed } from "../src/lib/decode.ts";

const enc = (s: string) => new TextEncoder().encode(s);

/** A seeds folder with 2023/a.txt and `yaml` beside it, after `edit` ran in it; returns what readSeeds throws. */
function refusalOf(yaml: string, edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  mkdirSync(join(dir, "2023"));
  writeFileSync(join(dir, "2023", "a.txt"), "某某区\n新建桥梁6座。\n");
  writeFileSync(join(dir, "2023", "a.yaml"), yaml);
  edit(dir);
  try {
    readSeeds(dir, dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("readSeeds accepted the folder");
}

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

describe("readSeeds: the YAML beside a seed is strict, and every refusal names the file", () => {
  const GOOD = `title: 清单
city: 襄阳
year: 2023
corrections:
  - district: 某某区
    quote: 新建桥梁6座
    action: correct
    set: { value: 7 }
    date: 2026-11-27
    reason: 原文笔误。
`;
  const refusal = (yaml: string) => refusalOf(yaml);

  it("accepts the well-formed YAML these cases start from", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    mkdirSync(join(dir, "2023"));
    writeFileSync(join(dir, "2023", "a.txt"), "某某区\n新建桥梁6座。\n");
    writeFileSync(join(dir, "2023", "a.yaml"), GOOD);
    expect(readSeeds(dir, dir)[0]!.meta.corrections[0]!.set).toEqual({ value: 7 });
  });

  it("a misspelt `corections:` fails naming the key, the file and line, and suggesting `corrections`", () => {
    expect(refusal(GOOD.replace("corrections:", "corections:"))).toMatch(/^2023\/a\.yaml:4: unknown key `corections` \(did you mean `corrections`\?\)/);
  });

  it("`set: {valeu: 5}` fails naming `valeu` and suggesting `value`", () => {
    expect(refusal(GOOD.replace("{ value: 7 }", "{ valeu: 5 }"))).toMatch(
      /^2023\/a\.yaml:8: corrections\.0\.set: unknown key `valeu` \(did you mean `value`\?\); expected one of `value`, `unit`/,
    );
  });

  it("an unknown key in a correction fails naming it; one far from every known key gets no hint", () => {
    expect(refusal(GOOD.replace("    reason:", "    reviewer: 李明\n    reason:"))).toMatch(/^2023\/a\.yaml:10: corrections\.0: unknown key `reviewer`; expected one of `district`/);
  });

  it("a correction's kind and category must be ones the reader uses", () => {
    expect(refusal(GOOD.replace("{ value: 7 }", "{ kind: signd }"))).toMatch(
      /^2023\/a\.yaml:8: corrections\.0\.set\.kind: unknown value "signd" \(did you mean "signed"\?\); expected one of the reader's KINDS/,
    );
    expect(refusal(GOOD.replace("{ value: 7 }", "{ category: bridges }"))).toMatch(/corrections\.0\.set\.category: unknown value "bridges"; expected one of the reader's CATEGORIES/);
  });

  it("source_url accepts only http: and https: addresses", () => {
    expect(refusal(`${GOOD}source_url: "javascript:alert(1)"\n`)).toMatch(/^2023\/a\.yaml:\d+: source_url: expected an http: or https: URL/);
    expect(refusal(`${GOOD}source_url: "file:///etc/passwd"\n`)).toMatch(/source_url: expected an http: or https: URL/);
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    mkdirSync(join(dir, "2023"));
    writeFileSync(join(dir, "2023", "a.txt"), "某某区\n新建桥梁6座。\n");
    writeFileSync(join(dir, "2023", "a.yaml"), `${GOOD}source_url: https://www.xiangyang.gov.cn/a.html\n`);
    expect(readSeeds(dir, dir)[0]!.meta.source_url).toBe("https://www.xiangyang.gov.cn/a.html");
  });

  it.each([
    ["malformed YAML", "title: 清单\ncity: [襄阳\nyear: 2023\n", /^2023\/a\.yaml:3: not valid YAML: /],
    ["a duplicate key", "title: 清单\ncity: 襄阳\ncity: 武汉\nyear: 2023\n", /^2023\/a\.yaml:3: duplicate key `city`; expected each key once/],
    [
      "an alias bomb",
      `title: 清单\ncity: 襄阳\nyear: 2023\nunits: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      /^2023\/a\.yaml: too many YAML aliases \(more than 20 resolved\)/,
    ],
    ["a list instead of a mapping", "- title\n- city\n", /^2023\/a\.yaml: expected a mapping \(key: value\), found a list/],
    ["an alias whose anchor is not set", "title: 清单\ncity: *city\nyear: 2023\n", /^2023\/a\.yaml:2: alias \*city refers to no anchor; expected &city set before it \(or plain text, quoted\)$/],
  ])("%s fails naming the file (and line)", (_, yaml, message) => {
    expect(refusal(yaml)).toMatch(message);
  });

  it("a folder where the YAML should be, or where a text should be, is named", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    mkdirSync(join(dir, "2023"));
    writeFileSync(join(dir, "2023", "a.txt"), "某某区\n新建桥梁6座。\n");
    mkdirSync(join(dir, "2023", "a.yaml"));
    expect(() => readSeeds(dir, dir)).toThrow("2023/a.yaml: not a file; expected a YAML file");
    rmSync(join(dir, "2023", "a.yaml"), { recursive: true });
    writeFileSync(join(dir, "2023", "a.yaml"), "title: 清单\ncity: 襄阳\nyear: 2023\n");
    mkdirSync(join(dir, "2023", "b.txt"));
    expect(() => readSeeds(dir, dir)).toThrow("2023/b.txt: not a file; expected a UTF-8 text");
  });
});

describe("readSeeds: links, stray folders and two texts of one kind for one year are refused by name", () => {
  const TEXT = "某某区\n新建桥梁6座。\n";
  const YAML = "title: 清单\ncity: 襄阳\nyear: 2023\n";
  const refusal = (edit: (dir: string) => void) => refusalOf(YAML, edit);

  it("a seed text that is a symbolic link is refused with its path and target, never read", () => {
    const outside = join(mkdtempSync(join(tmpdir(), "outside-")), "passwd.txt");
    writeFileSync(outside, "root:x:0:0:root:/root:/bin/bash\n");
    const message = refusal((dir) => {
      rmSync(join(dir, "2023", "a.txt"));
      symlinkSync(outside, join(dir, "2023", "a.txt"));
    });
    expect(message).toBe(`2023/a.txt: a symbolic link (to ${outside}); expected the text itself, as received`);
  });

  it("a YAML file or a year folder that is a symbolic link is refused with its path", () => {
    expect(
      refusal((dir) => {
        const real = join(dir, "elsewhere.yaml");
        writeFileSync(real, YAML);
        rmSync(join(dir, "2023", "a.yaml"));
        symlinkSync(real, join(dir, "2023", "a.yaml"));
      }),
    ).toMatch(/^2023\/a\.yaml: a symbolic link \(to .*elsewhere\.yaml\); expected the file itself/);
    expect(
      refusal((dir) => {
        renameSync(join(dir, "2023"), join(dir, "real-2023"));
        symlinkSync(join(dir, "real-2023"), join(dir, "2023"));
      }),
    ).toMatch(/^2023: a symbolic link \(to .*real-2023\); expected a folder of seeds/);
  });

  it("a folder whose name is not a year (20x2) is refused, not skipped", () => {
    expect(refusal((dir) => mkdirSync(join(dir, "20x2")))).toBe("20x2/: not a year; expected folders named by a four-digit year, such as 2023/");
  });

  it("two lists for one year are refused naming both files", () => {
    expect(
      refusal((dir) => {
        writeFileSync(join(dir, "2023", "b.txt"), TEXT);
        writeFileSync(join(dir, "2023", "b.yaml"), YAML);
      }),
    ).toBe("2023/a.txt and 2023/b.txt: two texts of kind list for 2023; expected at most one list and one report per year (set kind: report in the report's YAML)");
  });

  it("a list and a report of one year are read together, the report's kind from its YAML", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    mkdirSync(join(dir, "2023"));
    writeFileSync(join(dir, "2023", "a.txt"), TEXT);
    writeFileSync(join(dir, "2023", "a.yaml"), YAML);
    writeFileSync(join(dir, "2023", "b.txt"), "一、2022年工作回顾\n地区生产总值增长5%。\n");
    writeFileSync(join(dir, "2023", "b.yaml"), `${YAML}kind: report\n`);
    expect(readSeeds(dir, dir).map((s) => [s.path, s.meta.kind])).toEqual([["2023/a.txt", "list"], ["2023/b.txt", "report"]]);
    writeFileSync(join(dir, "2023", "b.yaml"), `${YAML}kind: review\n`);
    expect(() => readSeeds(dir, dir)).toThrow(/2023\/b\.yaml.*kind/);
  });
});
