import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";

// Expectations written by reading the 2022 text by hand, not copied from the program's output.
const text = readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8");
const { targets, ledger } = extractTargets(text, { year: 2022, city: "襄阳" });
const rows = (category: string) =>
  targets.filter((t) => t.category === category && t.measure === "amount").map((t) => [t.district, t.kind, t.value, t.unit, t.qualifier, t.role, t.scope]);

describe("the 2022 seed: investment, farmland and jobs targets", () => {
  it("every investment target, with its kind, value, unit and qualifier", () => {
    expect(rows("investment")).toEqual([
      ["枣阳市", "in-place", 450, "亿元", "≥", "total", "unit"],
      ["枣阳市", "rd", 10, "亿元", ">", "total", "unit"],
      ["宜城市", "signed", 400, "亿元", "=", "total", "unit"],
      ["南漳县", "total", 50, "亿元", "=", "total", "unit"],
      ["南漳县", "secured", 10, "亿元", "≥", "total", "unit"],
      ["保康县", "fixed-asset", 191, "亿元", "=", "total", "unit"],
      ["保康县", "in-place", 191.4, "亿元", "=", "total", "unit"],
      ["襄城区", "completed", 27.5, "亿元", "=", "total", "unit"],
      ["樊城区", "signed", 446.3, "亿元", "=", "total", "unit"],
      ["樊城区", "signed", 245.9, "亿元", "=", "component", "unit"], // 工业项目合同投资额, a subset
      ["东津新区(经开区)", "signed", 580, "亿元", "=", "total", "unit"],
      ["东津新区(经开区)", "in-place", 271.5, "亿元", "=", "total", "unit"],
      ["东津新区(经开区)", "total", 409.2, "亿元", "=", "total", "unit"],
      ["东津新区(经开区)", "annual-plan", 42.2, "亿元", "=", "total", "unit"],
    ]);
    expect(targets.find((t) => t.value === 450)).toMatchObject({ base_value: 4.5e10, base_unit: "元" });
  });

  it("every farmland target: high-standard farmland apart from land consolidation", () => {
    expect(rows("farmland")).toEqual([
      ["枣阳市", "high-standard", 14.45, "万亩", "=", "total", "unit"],
      ["宜城市", "high-standard", 7.58, "万亩", "=", "total", "unit"],
      ["宜城市", "consolidation", 8.2, "万亩", "=", "total", "unit"],
    ]);
    expect(targets.find((t) => t.value === 14.45)?.base_value).toBe(144500);
  });

  it("every jobs target: only 樊城区 sets new urban jobs; its training figure is apart", () => {
    expect(rows("jobs")).toEqual([
      ["樊城区", "new-urban", 6000, "人", "≥", "total", "unit"],
      ["樊城区", "training", 2000, "人", "=", "total", "unit"],
    ]);
  });

  it("every rate, with what it is about and how it measures: investment growth is investment, 失业率 is jobs", () => {
    expect(targets.filter((t) => t.measure !== "amount").map((t) => [t.district, t.category, t.kind, t.measure, t.value, t.qualifier])).toEqual([
      ["南漳县", "investment", "tech-upgrade", "growth", 15, "="], // 技改投资同比增长15%
      ["南漳县", "investment", "fixed-asset", "growth", 12, "="], // 固定资产投资增幅达到12%的目标
      ["保康县", "investment", "in-place", "growth", 10, "≥"], // 2022年实际到位资金增速10%以上
      ["保康县", "governance", "petitions", "index", 68, ">"], // 群众对解决矛盾纠纷成效评价指数高于68%
      ["保康县", "safety", "other", "index", 97, "≥"], // 群众安全感指数达到97%以上
      ["保康县", "governance", "services", "share", 100, "="], // 政务服务中心实现事项100%入驻
      ["谷城县", "investment", "signed", "growth", 10, "="], // 签约项目正式合同投资额增幅达到10%
      ["谷城县", "investment", "in-place", "growth", 10, "="], // 招商引资实际到位资金增幅达到10%
      ["谷城县", "investment", "signed", "growth", 10, "="], // 工业项目正式合同投资额增幅达到10%
      ["谷城县", "investment", "in-place", "growth", 10, "="], // 工业项目实际到位资金增幅达到10%
      ["老河口市", "economy", "income", "share", 75, "="], // 集体经济收入10万元以上的村占比达到75%
      ["樊城区", "governance", "services", "reduction", 20, "≥"], // 区级申请材料比全量材料缩减20%以上
      ["樊城区", "governance", "services", "reduction", 70, "≥"], // 办结时限较法定时限缩减70%以上
      ["樊城区", "governance", "services", "share", 90, "≥"], // 区级可网办事项比例达到90%以上
      ["樊城区", "governance", "petitions", "share", 100, "="], // 矛盾纠纷调解率100%
      ["樊城区", "governance", "petitions", "share", 95, "≥"], // 调解成功率达95%以上
      ["樊城区", "jobs", "unemployment", "share", 5, "≤"], // 城镇登记失业率控制在5%以内
      ["东津新区(经开区)", "investment", "in-place", "growth", 10, ">"], // 实际到位资金…同比增长超过10%
    ]);
  });

  it("襄阳GDP冲刺6000亿元 in 高新区 is the city's figure, not the unit's", () => {
    expect(targets.filter((t) => t.scope === "city").map((t) => [t.district, t.value, t.unit])).toEqual([["高新区", 6000, "亿元"]]);
  });
});

describe("the 2022 seed: the whole of it", () => {
  it("each unit's number of targets", () => {
    const count = (d: string) => targets.filter((t) => t.district === d).length;
    expect(
      ["枣阳市", "宜城市", "南漳县", "保康县", "谷城县", "老河口市", "襄州区", "襄城区", "樊城区", "高新区", "东津新区(经开区)", "鱼梁洲经济开发区"].map(count),
    ).toEqual([21, 8, 11, 11, 11, 8, 8, 9, 28, 1, 9, 1]);
  });

  it("every target's quote is the exact source substring at its offsets, and contains its figure", () => {
    for (const t of targets) {
      expect(text.slice(t.start, t.end)).toBe(t.quote);
      expect(t.number_start).toBeGreaterThanOrEqual(t.start);
      expect(t.number_end).toBeLessThanOrEqual(t.end);
    }
  });

  it("no name, ordinal, date or code is a target", () => {
    const figures = targets.map((t) => text.slice(t.number_start, t.number_end));
    for (const notTarget of ["316", "234", "207", "217", "605", "500", "100", "169家", "2022", "2021-2023", "4", "9", "二千", "7个", "五张", "200万头", "5支"]) {
      expect(figures).not.toContain(notTarget);
    }
    // 选取…5处地址 names where the five pocket parks go: the parks are the target, once.
    const site = ledger.find((e) => text.slice(e.quantity.end, e.quantity.end + 2) === "地址");
    expect(site).toMatchObject({ disposition: "not-target", reason: "site" });
  });

  it("the ledger holds every number found, each target once", () => {
    expect(ledger.filter((e) => e.disposition === "target")).toHaveLength(targets.length);
    expect(ledger.every((e) => e.disposition === "target" || e.reason)).toBe(true);
    // Every Arabic number in the text is in the ledger (Chinese numerals are judged by context).
    const arabic = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m.index);
    for (const at of arabic) expect(ledger.some((e) => e.quantity.start <= at && at < e.quantity.end)).toBe(true);
  });
});
