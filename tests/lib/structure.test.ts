import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headlineOf, splitDocument } from "../../src/lib/structure.ts";
import { unitNameOf } from "../../src/lib/unit-headers.ts";
import { readHeading } from "../../src/lib/headings.ts";

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
    expect(splitDocument(seed).places.map((u) => u.name)).toEqual([
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
    expect(splitDocument(text).places.map((u) => u.name)).toEqual(["枣阳市"]);
  });

  it("splitDocument treats a YAML front-matter block and **bold** headers as text around the list", () => {
    const text = "---\ntitle: 奋进清单\n---\n导语。\n**一、枣阳市**\n新建桥梁6座。\n";
    const d = splitDocument(text);
    expect(join(text)).toBe(text);
    expect(d.parts[0].kind).toBe("frontmatter");
    expect(d.places.map((u) => u.name)).toEqual(["枣阳市"]);
  });

  it("splitDocument of a text without unit headers makes every paragraph an item of no unit", () => {
    const d = splitDocument("新建桥梁6座。\n新增学位一千个。\n");
    expect(d.places).toEqual([]);
    expect(d.parts.filter((p) => p.kind === "item")).toHaveLength(2);
  });
});

describe("unitNameOf, readHeading and headlineOf", () => {
  it.each(["枣阳市", "东津新区(经开区)", "鱼梁洲经济开发区", "高新区", "**襄城区**", "## 樊城区", "**一、枣阳市**"])(
    "readHeading(%s) is a heading whose title unitNameOf accepts",
    (line) => {
      const h = readHeading(line);
      expect(h).not.toBeNull();
      expect(unitNameOf(h!.title)).not.toBeNull();
    },
  );
  it.each(["自治州州长 金之镇", "市长李春田", "争创全省科技创新先进县(市、区)。", "2022年主要工作"])(
    "unitNameOf(%s) is null: a speaker, a sentence or a section title, not a unit's name",
    (title) => {
      expect(unitNameOf(title)).toBeNull();
    },
  );
  it.each(["三、坚定不移建好人民城市", "**（六）着力打造更加宜居韧性智慧城市**", "33.无证明城市", "市十六届人民政府工作回顾"])(
    "splitDocument: the lone section title %s, though it ends like a place, names no unit and makes no preamble",
    (line) => {
      const text = `各位代表：\n全年新增城镇就业5万人。\n${line}\n新建口袋公园12个。\n`;
      const d = splitDocument(text);
      expect(d.places).toEqual([]);
      expect(d.parts.filter((p) => p.kind === "preamble")).toEqual([]);
      expect(d.parts.filter((p) => p.kind === "item").map((p) => p.text)).toEqual(["各位代表：", "全年新增城镇就业5万人。", "新建口袋公园12个。"]);
    },
  );
  it.each(["编辑者:二千", "奋力办好民生实事。扩大就业水平;", "分享到:", "各位代表："])("readHeading(%s) is null: a credit, a sentence or a salutation", (line) => {
    expect(readHeading(line)).toBeNull();
  });
  it("readHeading reads numbering styles and a body after the title", () => {
    expect(readHeading("**一、2022年工作回顾**")).toMatchObject({ style: "cn", title: "2022年工作回顾", hasBody: false });
    expect(readHeading("（一）优化发展现代农业。 高度重视“三农”工作")).toMatchObject({ style: "paren-cn", title: "优化发展现代农业", hasBody: true });
    expect(readHeading("**（一）实体经济发展得到新提升。**工业经济再上新台阶")).toMatchObject({ style: "paren-cn", hasBody: true });
    expect(readHeading("33.无证明城市")).toMatchObject({ style: "arabic", title: "无证明城市" });
    expect(readHeading("——经济发展持续提速。")).toMatchObject({ style: "dash", title: "经济发展持续提速" });
    expect(readHeading("全年完成固定资产投资1.58万亿元，增长20%。")).toBeNull();
    expect(readHeading("1.58万亿元")).toBeNull();
  });
  it("readHeading reads a bracketed title (【宛城区】) and a bullet's (◆ 邓州市); a bullet item with its sentence is not one", () => {
    expect(readHeading("【宛城区】")).toMatchObject({ style: "bracket", title: "宛城区", hasBody: false });
    expect(readHeading("【宛城区】固定资产投资增长10%。")).toMatchObject({ style: "bracket", title: "宛城区", hasBody: true });
    expect(readHeading("◆ 邓州市")).toMatchObject({ style: "bullet", title: "邓州市" });
    expect(readHeading("◆ 新建学校3所。")).toBeNull();
  });
  it.each([
    ["【】", (n: string) => `【${n}】`],
    ["◆", (n: string) => `◆ ${n}`],
  ])("places under %s headers own their items", (_, header) => {
    const text = ["南阳市2024年各县市区重点工作目标", "", header("宛城区"), "1. 新建高标准农田2万亩。", "", header("卧龙区"), "1. 城镇新增就业5000人。", "", header("邓州市"), "1. 新增学位3000个。", ""].join("\n");
    const { places } = splitDocument(text);
    expect(places.map((p) => p.name)).toEqual(["宛城区", "卧龙区", "邓州市"]);
  });
  it("headlineOf(item) is its first sentence: 全力向实现全国百强再进位奋进", () => {
    expect(headlineOf("全力向实现全国百强再进位奋进。在“襄十随神”城市群……")).toBe("全力向实现全国百强再进位奋进");
    expect(headlineOf("**奋力抓好招商引资。**优化招商体制机制")).toBe("奋力抓好招商引资");
  });
});
