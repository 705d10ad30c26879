import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headlineOf, isUnitHeader, splitDocument } from "../../src/lib/structure.ts";

const seed = readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8");
const join = (text: string) => splitDocument(text).parts.map((p) => p.text).join("");

describe("splitDocument", () => {
  it("splitDocument(seed) is lossless: its parts join back into the seed exactly", () => {
    expect(join(seed)).toBe(seed);
    const { parts } = splitDocument(seed);
    parts.forEach((p, i) => {
      expect(p.text).toBe(seed.slice(p.start, p.end));
      if (i > 0) expect(p.start).toBe(parts[i - 1].end);
    });
  });

  it("splitDocument(seed) finds the twelve unit headers in order", () => {
    expect(splitDocument(seed).units.map((u) => u.name)).toEqual([
      "枣阳市", "宜城市", "南漳县", "保康县", "谷城县", "老河口市",
      "襄州区", "襄城区", "樊城区", "高新区", "东津新区(经开区)", "鱼梁洲经济开发区",
    ]);
  });

  it("splitDocument(seed) puts the opening paragraphs in the preamble and 编辑者/分享到 in the footer", () => {
    const { parts } = splitDocument(seed);
    const of = (kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.text);
    expect(of("preamble")).toHaveLength(3);
    expect(of("preamble")[0]).toMatch(/^为深入贯彻落实党的十九届六中全会/);
    expect(of("footer")).toEqual(["编辑者:二千", "分享到:"]);
    expect(of("item")).toHaveLength(60);
  });

  it("splitDocument keeps every character of CRLF text, a BOM and blank lines", () => {
    const text = "\uFEFF导语。\r\n\r\n枣阳市\r\n新建桥梁6座。\r\n\r\n";
    expect(join(text)).toBe(text);
    expect(splitDocument(text).units.map((u) => u.name)).toEqual(["枣阳市"]);
  });

  it("splitDocument treats a YAML front-matter block and **bold** headers as text around the list", () => {
    const text = "---\ntitle: 奋进清单\n---\n导语。\n**一、枣阳市**\n新建桥梁6座。\n";
    const d = splitDocument(text);
    expect(join(text)).toBe(text);
    expect(d.parts[0].kind).toBe("frontmatter");
    expect(d.units.map((u) => u.name)).toEqual(["枣阳市"]);
  });

  it("splitDocument of a text without unit headers makes every paragraph an item of no unit", () => {
    const d = splitDocument("新建桥梁6座。\n新增学位一千个。\n");
    expect(d.units).toEqual([]);
    expect(d.parts.filter((p) => p.kind === "item")).toHaveLength(2);
  });
});

describe("isUnitHeader and headlineOf", () => {
  it.each(["枣阳市", "东津新区(经开区)", "鱼梁洲经济开发区", "高新区", "**襄城区**", "## 樊城区"])("isUnitHeader(%s) is true", (line) => {
    expect(isUnitHeader(line)).toBe(true);
  });
  it.each(["编辑者:二千", "奋力办好民生实事。扩大就业水平;", "争创全省科技创新先进县(市、区)。", "分享到:"])("isUnitHeader(%s) is false", (line) => {
    expect(isUnitHeader(line)).toBe(false);
  });
  it("headlineOf(item) is its first sentence: 全力向实现全国百强再进位奋进", () => {
    expect(headlineOf("全力向实现全国百强再进位奋进。在“襄十随神”城市群……")).toBe("全力向实现全国百强再进位奋进");
    expect(headlineOf("**奋力抓好招商引资。**优化招商体制机制")).toBe("奋力抓好招商引资");
  });
});
