import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEdition } from "../../src/charts/catalog.ts";
import { CHART_SPECS } from "../../src/charts/specs/index.ts";
import { findingsOf } from "../../src/data/findings.ts";
import { loadEdition } from "../../scripts/load-content.ts";
import { scopeRulesOf } from "../../src/data/scope-rules.ts";

const { input } = loadEdition(2022);
const { charts, facts } = buildEdition(input);
const chart = (id: string) => {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}; have ${charts.map((x) => x.id).join(", ")}`);
  return c;
};
const rows = (id: string) => chart(id).rows.map((r) => [r.district, r.value, r.unit, r.figure]);

describe("buildEdition(2022): which charts and facts", () => {
  it("ranks only measures two or more places set: two investment kinds, farmland, and the further comparisons", () => {
    expect(charts.filter((c) => c.form !== "fact").map((c) => c.id)).toEqual([
      "investment-in-place", "investment-in-place-growth", "investment-signed", "farmland", "school-places", "old-communities", "projects", "enterprises",
      "enterprises-industry", "roads-build", "roads-connect", "roads-upgrade", "matrix",
    ]);
  });

  it("every bar of a ranking has the same kind and the same scope words (工业, 重点, 改造 …) as the others", () => {
    const rankings = charts.filter((c) => c.form === "ranking");
    expect(rankings.length).toBeGreaterThan(5);
    for (const c of rankings) {
      const category = input.targets.find((t) => t.id === c.rows[0].id)!.category;
      expect(new Set(c.rows.map((r) => r.kind)).size, c.id).toBe(1);
      expect(new Set(c.rows.map((r) => scopeRulesOf(r.label, category).map((x) => x.id).join("+"))).size, `${c.id}: ${c.rows.map((r) => r.label).join(" / ")}`).toBe(1);
      expect(new Set(c.rows.map((r) => r.unit)).size, c.id).toBe(1);
    }
  });

  it("projects of every sort are not ranked with 工业, 战略性新兴产业 or 重点 projects, which are listed beside them", () => {
    expect(rows("projects").map((r) => r[0])).toEqual(["宜城市", "襄城区"]);
    expect(chart("projects").aside?.items).toEqual(["枣阳市：引进亿元以上工业项目 110个", "襄州区：引进亿元以上重点投资项目 90个", "樊城区：引进投资亿元以上战略性新兴产业项目 30个"]);
    expect(rows("enterprises").map((r) => r[0])).toEqual(["老河口市", "宜城市"]);
    expect(rows("enterprises-industry").map((r) => r[0])).toEqual(["谷城县", "襄城区"]);
  });

  it("every ranking says how many places it compares and how many set nothing", () => {
    // 谷城县 set the growth of funds in place, not an amount: another measure, listed apart.
    expect(chart("investment-in-place").coverage).toBe("12个地方中3个写明这一目标，1个写的口径不同（另列），8个没有写明。");
    expect(chart("projects").coverage).toBe("12个地方中2个写明这一目标，3个写的口径不同（另列），7个没有写明。");
    for (const c of charts.filter((x) => x.form === "ranking")) {
      const [, all, compared] = /^(\d+)个地方中(\d+)个写明/.exec(c.coverage ?? "") ?? [];
      expect(Number(all), c.id).toBe(input.units.length);
      expect(Number(compared), c.id).toBe(new Set(c.rows.map((r) => r.district)).size);
    }
  });

  it("a measure only one place set is a fact, not a one-bar chart: jobs (樊城区), R&D, funds secured …", () => {
    expect(facts.find((f) => f.what === "城镇新增就业")).toMatchObject({ placement: "lead", district: "樊城区", figure: "6000人以上", text: "12个地方中只有樊城区写明城镇新增就业目标：6000人以上" });
    // 南漳县 alone set growth rates of fixed-asset and tech-upgrade investment: facts too.
    expect(facts.filter((f) => f.placement === "more").map((f) => [f.district, f.figure])).toEqual([
      ["枣阳市", "超过10亿元"], ["南漳县", "15%"], ["南漳县", "10亿元以上"], ["南漳县", "12%"], ["保康县", "191亿元"], ["襄城区", "27.5亿元"],
    ]);
  });

  it("each fact has a card to embed and export, jobs first: its page, embed and files come with it like a chart's", () => {
    expect(facts[0].what).toBe("城镇新增就业");
    const cards = charts.filter((c) => c.form === "fact");
    expect(cards.map((c) => c.id)).toEqual(facts.map((f) => f.card));
    const jobs = chart(facts[0].card);
    expect(jobs).toMatchObject({ title: facts[0].text, placement: "lead", coverage: "12个地方中1个写明这一目标，11个没有写明。" });
    expect(jobs.svg(304, (p) => p)).toContain(">6000人以上</text>");
  });

  it("sums of project lists (总投资, 年度计划投资) are never ranked; a rate is ranked only with the same rate, apart from the amounts", () => {
    expect(charts.some((c) => /total|annual-plan|rate/.test(c.id))).toBe(false);
    expect(charts.filter((c) => /growth/.test(c.id)).map((c) => [c.id, c.placement, c.title])).toEqual([
      ["investment-in-place-growth", "more", "保康县、谷城县、东津新区（经开区）的实际到位资金增幅目标并列最高：10%以上、10%、超过10%"],
    ]);
  });

  it("every chart has a headline, subtitle, description, notes and source, and its figures in newspaper style", () => {
    for (const c of charts) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.subtitle, c.id).toMatch(/单位|项数/);
      expect(c.description.length, c.id).toBeGreaterThan(20);
      expect(c.notes.length, c.id).toBeGreaterThan(0);
      expect(c.source, c.id).toMatch(/襄阳2022年/);
      for (const text of [c.title, c.subtitle, c.description, ...c.rows.map((r) => r.figure)]) {
        expect(text, c.id).not.toMatch(/[≥≤>]|\d,\d{3}/);
      }
    }
  });

  it("one file per chart: each spec's file names its id and no other source file does", () => {
    const files = readdirSync("src/charts/specs").filter((f) => f !== "index.ts");
    expect(files).toHaveLength(CHART_SPECS.length);
    for (const spec of CHART_SPECS) expect(files).toContain(`${spec.id}.ts`);
    const others = ["src/data/findings.ts", "src/data/charts.ts", "src/pages/[year]/index.astro", "src/charts/catalog.ts", "src/charts/ranking.ts"];
    for (const f of others) {
      const text = readFileSync(f, "utf8");
      for (const spec of CHART_SPECS) expect(text, `${f} names ${spec.id}`).not.toMatch(new RegExp(`["'\`]${spec.id}[-"'\`]`));
    }
  });
});

describe("buildEdition(2022): chart data", () => {
  it("investment kinds are never mixed in one ranking; each is sorted by value, largest first", () => {
    expect(rows("investment-signed")).toEqual([
      ["东津新区(经开区)", 580, "亿元", "580亿元"],
      ["樊城区", 446.3, "亿元", "446.3亿元"],
      ["宜城市", 400, "亿元", "400亿元"],
    ]);
    expect(rows("investment-in-place")).toEqual([
      ["枣阳市", 450, "亿元", "450亿元以上"],
      ["东津新区(经开区)", 271.5, "亿元", "271.5亿元"],
      ["保康县", 191.4, "亿元", "191.4亿元"],
    ]);
  });

  it("farmland ranks high-standard farmland and lists land consolidation beside it", () => {
    expect(rows("farmland")).toEqual([
      ["枣阳市", 14.45, "万亩", "14.45万亩"],
      ["宜城市", 7.58, "万亩", "7.58万亩"],
    ]);
    expect(chart("farmland").aside?.items).toEqual(["宜城市：开展全域国土综合整治项目 8.2万亩"]);
  });

  it("roads: one ranking per kind of work, in kilometres; an upgrade (改造) is not ranked with new roads", () => {
    expect(rows("roads-build")).toEqual([
      ["枣阳市", 310, "公里", "310公里"],
      ["谷城县", 20, "公里", "20公里"],
    ]);
    expect(chart("roads-build").aside?.items).toEqual(["南漳县：完成县乡道改造 40公里"]);
  });

  it("the matrix links every filled cell to that place's targets of that category", () => {
    const m = chart("matrix");
    expect(m.crossTable!.rows[0].counts[0]).toEqual({ n: 2, href: "/2022/zaoyang/#category-investment" });
    expect(m.svg("wide", (p) => p)).toContain('href="/2022/zaoyang/#category-investment"');
  });

  it("bars are the one link to a figure's sentence; the value beside a bar is plain text", () => {
    const svg = chart("investment-signed").svg("wide", (p) => p);
    expect(svg.match(/<a /g)).toHaveLength(3);
    expect(svg).toMatch(/<text[^>]*>580亿元<\/text>/);
    expect(svg).not.toMatch(/<a [^>]*>\s*<text/);
  });
});

describe("findingsOf(2022): the edition page opens with what the targets show", () => {
  const f = findingsOf({ year: 2022, city: "襄阳", places: 12, targets: 126 }, { charts, facts });
  it("the headline states the first ranking's finding; the lead adds the other lead findings and the jobs fact", () => {
    expect(f.headline).toBe("枣阳市的实际到位资金目标最高：450亿元以上");
    expect(f.lead).toEqual([
      "襄阳12个县（市、区）和开发区列出2022年奋进清单，共写明126项量化目标。",
      "东津新区（经开区）的签约（合同）投资额目标最高：580亿元。",
      "2个地方设定高标准农田建设目标，枣阳市最多：14.45万亩。",
      "12个地方中只有樊城区写明城镇新增就业目标：6000人以上。",
    ]);
    expect(f.keyFigures.map((k) => k.value)).toEqual(["126项", "450亿元以上", "580亿元", "14.45万亩", "6000人以上"]);
  });
});
