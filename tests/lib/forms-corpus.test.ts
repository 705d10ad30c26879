import { readFileSync } from "node:fs";
import { readCorpus } from "../helpers/corpus.ts";
import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";

/**
 * False targets and missed figures of the corpus, checked by hand (tests/fixtures/corpus/forms.json):
 * units inside indicators' names, counts of the report's parts, baselines, grades, thresholds,
 * ordinals, bare scale words, targets for a later year. Each entry names its figure, what it is
 * and, for a figure that is no target, the rule that must say so.
 */
interface Entry {
  file: string;
  quote: string;
  figure: string;
  disposition: "target" | "not-target";
  rule?: string;
  value?: number;
  unit?: string;
  qualifier?: string;
  category?: string;
  measure?: string;
  year?: number;
  why: string;
}

const entries: Entry[] = JSON.parse(readFileSync("tests/fixtures/corpus/forms.json", "utf8"));
const reading = readCorpus;

describe("false-target and missed forms in the corpus, checked by hand", () => {
  it("the table has at least 20 entries", () => expect(entries.length).toBeGreaterThanOrEqual(20));

  it.each(entries.map((e) => [`${e.file.split("/").pop()} ${e.figure} in ${e.quote.slice(0, 24)}`, e] as const))("%s", (_, e) => {
    const { text, r } = reading(e.file);
    const at = text.indexOf(e.quote);
    expect(at, "quote not found").toBeGreaterThanOrEqual(0);
    const entry = r.ledger.find((x) => x.quantity.numberStart >= at && x.quantity.numberStart < at + e.quote.length && x.quantity.text.trim() === e.figure);
    expect(entry, `${e.figure} not read: ${e.why}`).toBeDefined();
    expect(entry!.disposition, e.why).toBe(e.disposition);
    if (e.rule) expect(entry!.rule, e.why).toBe(e.rule);
    if (e.disposition !== "target") return;
    const t = r.targets.find((x) => x.number_start === entry!.quantity.start)!;
    const want = { value: e.value, unit: e.unit, qualifier: e.qualifier, category: e.category, measure: e.measure, year: e.year };
    for (const [k, v] of Object.entries(want)) if (v !== undefined) expect(t[k as keyof typeof t], `${k}: ${e.why}`).toBe(v);
  });
});

/** The forms as the issue met them, in sentences of the kind (not in the corpus). */
describe("false-target and missed forms in sentences of the kind", () => {
  const read = (text: string, city?: string) => extractTargets(text, { city });
  const entry = (text: string, figure: string, city?: string) => read(text, city).ledger.find((e) => e.quantity.text.trim() === figure || e.quantity.text.endsWith(figure));

  it("万元生产总值用水量下降16%: the figure is 16%, 万元 names the indicator", () => {
    const r = read("二、2023年工作安排\n万元生产总值用水量下降16%。\n");
    expect(r.targets.map((t) => [t.value, t.unit, t.measure])).toEqual([[16, "%", "reduction"]]);
    expect(r.ledger.find((e) => e.quantity.text === "万元")?.rule).toBe("per-unit-indicator");
  });

  it("亿元生产总值安全生产事故死亡率 and a table's unit cell | 亿元 | are no figures", () => {
    expect(read("亿元生产总值安全生产事故死亡率下降10%。").targets.map((t) => t.value)).toEqual([10]);
    const table = read("| 指标 | 单位 | 目标 |\n| --- | --- | --- |\n| 地区生产总值 | 亿元 | 3000 |\n");
    expect(table.ledger.find((e) => e.quantity.text === "亿元")?.disposition).toBe("not-target");
  });

  it("重点抓好十个方面工作 counts the report's parts; 市委九届九次、十次全会 are ordinals; 30万吨级航道 is a grade", () => {
    expect(entry("今年要重点抓好十个方面工作。", "十个")?.rule).toBe("outline-count");
    expect(entry("认真贯彻市委九届九次、十次全会精神。", "十次")?.reason).toBe("ordinal");
    expect(entry("开工建设30万吨级航道。", "30万吨")?.rule).toBe("grade");
  });

  it("由每人每月165元提高至330元: 165 is the baseline; 超10亿美元或50亿元重大产业项目5个以上: only 5 is a target", () => {
    expect(entry("城乡低保标准由每人每月165元提高至330元。", "165元")?.rule).toBe("baseline");
    const r = read("引进超10亿美元或50亿元重大产业项目5个以上。");
    expect(r.targets.map((t) => [t.value, t.unit])).toEqual([[5, "个"]]);
  });

  it("先期开复项目305个 is where things stand; 过去三年平均增速在8.5%左右 is the past", () => {
    expect(entry("全年实施重点项目500个，先期开复项目305个。", "305个")?.rule).toBe("state-now");
    expect(entry("今年目标是增长7%，过去三年平均增速在8.5%左右。", "8.5%左右")?.reason).toBe("result");
  });

  it("超千亿元, 万亩以上, 千亿级 are read: a target above 1000亿元, a threshold, a grade", () => {
    expect(read("力争工业总产值超千亿元。").targets.map((t) => [t.value, t.unit, t.qualifier, t.base_value])).toEqual([[1000, "亿元", ">", 1e11]]);
    expect(entry("建设万亩以上示范基地5个。", "万亩以上")?.rule).toBe("threshold");
    expect(entry("打造千亿级产业集群。", "千亿")?.rule).toBe("grade");
  });

  it("quoted goals are targets (郑州的目标为“增长15%”, 预期目标为“保8%、争9%”); a quoted name is not (“541010工程”)", () => {
    expect(read("郑州的目标为“增长15%”。").targets.map((t) => [t.value, t.unit])).toEqual([[15, "%"]]);
    expect(read("经济增长预期目标为“保8%、争9%”。").targets.map((t) => t.value)).toEqual([8, 9]);
    expect(read("实施“541010工程”，打造“三个100%”示范区。").targets).toEqual([]);
  });

  it("到2021年… gives that target the year 2021, not the report's", () => {
    const r = extractTargets("二、2019年工作安排\n到2021年，全市森林覆盖率达到45%。今年新增就业5万人。\n");
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[45, 2021], [5, 2019]]);
  });
});
