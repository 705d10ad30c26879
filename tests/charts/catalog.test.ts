import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/charts/catalog.ts";
import { loadEdition } from "../../scripts/load-content.ts";

const { input } = loadEdition(2022);
const charts = buildCharts(input);
const chart = (id: string) => {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}; have ${charts.map((x) => x.id).join(", ")}`);
  return c;
};
const rows = (id: string) => chart(id).rows.map((r) => [r.district, r.value, r.unit, r.qualifier]);

describe("buildCharts(2022): which charts", () => {
  it("makes the investment kinds used by more than one unit, farmland, jobs, the further comparisons and the matrix", () => {
    expect(charts.map((c) => c.id).sort()).toEqual(
      ["investment-in-place", "investment-signed", "investment-total", "farmland", "jobs", "roads", "school-places", "old-communities", "projects", "enterprises", "growth", "matrix"].sort(),
    );
  });

  it("every chart has a headline, subtitle, description, notes and source", () => {
    for (const c of charts) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.subtitle, c.id).toMatch(/单位|项数/);
      expect(c.description.length, c.id).toBeGreaterThan(20);
      expect(c.notes.length, c.id).toBeGreaterThan(0);
      expect(c.source, c.id).toMatch(/襄阳2022年/);
    }
  });
});

describe("buildCharts(2022): chart data", () => {
  it("investment kinds are never mixed in one ranking; each is sorted by value, largest first", () => {
    expect(rows("investment-signed")).toEqual([
      ["东津新区(经开区)", 580, "亿元", "="],
      ["樊城区", 446.3, "亿元", "="],
      ["宜城市", 400, "亿元", "="],
    ]);
    expect(rows("investment-in-place")).toEqual([
      ["枣阳市", 450, "亿元", "≥"],
      ["东津新区(经开区)", 271.5, "亿元", "="],
      ["保康县", 191.4, "亿元", "="],
    ]);
    expect(rows("investment-total")).toEqual([
      ["东津新区(经开区)", 409.2, "亿元", "="],
      ["南漳县", 50, "亿元", "="],
    ]);
    for (const c of charts.filter((x) => x.id.startsWith("investment-"))) {
      expect(new Set(c.rows.map((r) => r.kind)).size, c.id).toBe(1);
    }
  });

  it("the remaining investment kinds are listed beside the charts, with unit and figure", () => {
    const items = chart("investment-signed").aside?.items ?? [];
    expect(items).toContainEqual(expect.stringMatching(/^枣阳市：研发经费投入 >10亿元/));
    expect(items).toContainEqual(expect.stringMatching(/^保康县：固定资产投资 191亿元/));
    expect(items).toContainEqual(expect.stringMatching(/^樊城区：签约（合同）投资额（分项） 245\.9亿元/));
  });

  it("farmland ranks high-standard farmland and shows land consolidation apart", () => {
    expect(rows("farmland")).toEqual([
      ["枣阳市", 14.45, "万亩", "="],
      ["宜城市", 7.58, "万亩", "="],
    ]);
    expect(chart("farmland").aside).toEqual({ title: "国土综合整治（另列）", items: [expect.stringMatching(/^宜城市：8\.2万亩/)] });
  });

  it("jobs: only 樊城区 set a new-jobs figure, the headline says so, and every other unit is listed", () => {
    const jobs = chart("jobs");
    expect(jobs.title).toBe("12个单位中只有樊城区设定了城镇新增就业目标：≥6,000人");
    expect(jobs.rows[0]).toMatchObject({ district: "樊城区", value: 6000, qualifier: "≥" });
    expect(jobs.rows.slice(1).every((r) => r.value === null && r.figure === "未设目标")).toBe(true);
    expect(jobs.aside?.items).toHaveLength(11);
    expect(jobs.description).toMatch(/就业培训目标：樊城区2,000人，不计入新增就业/);
  });

  it("roads are grouped by kind of work, each kind sorted by value", () => {
    expect(chart("roads").rows.map((r) => [r.district, r.kind, r.value])).toEqual([
      ["枣阳市", "新建改建", 310],
      ["南漳县", "新建改建", 40],
      ["谷城县", "新建改建", 20],
      ["枣阳市", "提档升级", 160],
      ["谷城县", "提档升级", 120],
      ["南漳县", "提档升级", 30],
      ["樊城区", "提档升级", 22],
      ["谷城县", "路网连通延伸", 90],
      ["南漳县", "路网连通延伸", 80],
    ]);
  });

  it("school places, old communities, ≥1亿元 projects to attract, new above-scale enterprises", () => {
    expect(rows("school-places")).toEqual([["枣阳市", 1470, "个", "="], ["谷城县", 1000, "个", "="], ["樊城区", 500, "个", "="]]);
    expect(rows("old-communities")).toEqual([["枣阳市", 66, "个", "="], ["樊城区", 60, "个", "="], ["襄城区", 26, "个", "="]]);
    expect(rows("projects")).toEqual([
      ["枣阳市", 110, "个", "="], ["宜城市", 100, "个", "="], ["襄州区", 90, "个", "="], ["樊城区", 30, "个", "="], ["襄城区", 20, "个", "="],
    ]);
    expect(rows("enterprises")).toEqual([["老河口市", 41, "家", "="], ["宜城市", 15, "家", "="], ["谷城县", 15, "家", "≥"], ["襄城区", 10, "家", "≥"]]);
  });

  it("growth rates are in %, one row per rate", () => {
    const growth = chart("growth");
    expect(growth.rows).toHaveLength(8);
    expect(growth.rows.every((r) => r.unit === "%")).toBe(true);
    expect(growth.rows[0]).toMatchObject({ district: "南漳县", value: 15 });
  });

  it("the matrix has a cell for every unit and category, counting the unit's own targets", () => {
    const matrix = chart("matrix");
    const cell = (d: string, label: string) => matrix.rows.find((r) => r.district === d && r.label === label)?.value;
    expect(cell("樊城区", "就业")).toBe(2);
    expect(cell("枣阳市", "就业")).toBe(0);
    expect(cell("高新区", "投资")).toBe(0); // 襄阳GDP is the city's, not 高新区's
    expect(new Set(matrix.rows.map((r) => r.district)).size).toBe(12);
  });

  it("every value links to the marked sentence on its unit page", () => {
    for (const c of charts.filter((x) => x.id !== "matrix")) {
      for (const r of c.rows.filter((x) => x.value !== null)) expect(r.href, `${c.id} ${r.district}`).toBe(`/2022/${r.slug}/#${r.id}`);
    }
  });
});
