/**
 * The follow-up as pages and downloads show it, from the committed content: links to both
 * sentences, the finding's counts, promises.csv's flat rows, and the rows the two charts draw.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { promisesSchema } from "../../src/lib/target-schema.ts";
import { editionSchema, textSchema, type EditionEntry } from "../../src/schemas/content.ts";
import { byText, followUpFinding, promiseViews, statusCounts } from "../../src/data/promises.ts";
import { PROMISE_COLUMNS, promiseRows, promisesCsv, promisesJson } from "../../src/data/promise-records.ts";
import { completionRows, growthRows } from "../../src/charts/follow-up-chart.ts";

const edition = (year: number): EditionEntry => editionSchema.parse(parse(readFileSync(`content/${year}/edition.md`, "utf8").split(/^---$/m)[1]!));
const editions = [edition(2023), edition(2022)];
const promises = promisesSchema.parse(JSON.parse(readFileSync("content/2022/promises.json", "utf8")));
const report23 = textSchema.parse(JSON.parse(readFileSync("content/2023/texts/xiangyang-gongzuo-baogao.json", "utf8")));
const paragraphStart = (_y: number, _s: string, at: number) => report23.paragraphs.findLast((p) => p.start <= at)!.start;
const views = promiseViews(promises, editions, paragraphStart);
const byQuote = (quote: string) => views.find((v) => v.target.quote === quote)!;

describe("promiseViews(promises, editions)", () => {
  it("links a report's target and its result to the reports' pages, a list's target to its place's text", () => {
    expect(byQuote("地区生产总值同比增长8%以上")).toMatchObject({
      status: "missed",
      targetHref: expect.stringMatching(/^\/2022\/texts\/xiangyang-gongzuo-baogao\/#n-\d+$/),
      resultHref: expect.stringMatching(/^\/2023\/texts\/xiangyang-gongzuo-baogao\/#n-\d+$/),
    });
    const list = views.find((v) => v.from.kind === "list" && v.target.district === "枣阳市")!;
    expect(list.targetHref).toBe(`/2022/zaoyang/text/#${list.target.id}`);
    expect(new Set(views.map((v) => v.key)).size).toBe(views.length);
  });

  it("links words-only answers to the paragraph that holds them", () => {
    const words = views.filter((v) => v.rule === "follow-words-only");
    for (const v of words) expect(v.evidenceHref).toBe(`/2023/texts/xiangyang-gongzuo-baogao/#p-${paragraphStart(2023, "", v.evidence!.start)}`);
  });

  it("refuses a promise whose text no edition names", () => {
    const stray = { ...promises, items: [{ ...promises.items[0]!, from: "seeds/1999/x.txt" }] };
    expect(() => promiseViews(stray, editions, paragraphStart)).toThrow("promises: no edition names the text seeds/1999/x.txt");
  });
});

describe("the finding", () => {
  it("speaks of the report's own targets first, with counts that add up", () => {
    const groups = byText(views);
    expect(groups.map((g) => [g.text.kind, g.views.length])).toEqual([["report", 92], ["list", 126]]);
    const c = statusCounts(groups[0]!.views);
    expect(c.met + c.missed + c.unclear + c["not-reported"]).toBe(92);
    expect(followUpFinding(groups[0]!.views, 2022, "政府工作报告").headline).toBe(`2022年政府工作报告的92项目标：${c.met}项完成，${c.missed}项未完成，${c["not-reported"]}项次年报告未再提及`);
  });
});

describe("promises.csv and promises.json", () => {
  it("one flat row per target, every column named, target and result side by side", () => {
    const rows = promiseRows(promises);
    expect(rows).toHaveLength(promises.items.length);
    expect(Object.keys(rows[0]!)).toEqual([...PROMISE_COLUMNS]);
    const gdp = rows.find((r) => r.target_quote === "地区生产总值同比增长8%以上")!;
    expect(gdp).toMatchObject({ status: "missed", status_name: "未完成", target_qualifier: "at-least", target_figure: "8%以上", result_figure: "5.4%", result_year: 2022 });
    const silent = rows.find((r) => r.status === "not-reported")!;
    expect(silent.result_quote).toBeNull();
    const csv = promisesCsv(promises);
    expect(csv.startsWith("\uFEFFstatus,status_name,rule,target_text,")).toBe(true);
    expect(csv.trim().split("\n")).toHaveLength(promises.items.length + 1);
  });

  it("a quote that would start a formula is written as text", () => {
    const hostile = { ...promises, items: [{ ...promises.items[0]!, target: { ...promises.items[0]!.target, quote: "=HYPERLINK(\"http://x\")" } }] };
    expect(promisesCsv(hostile)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it("JSON carries target and result as targets.json's records", () => {
    const json = JSON.parse(promisesJson(promises));
    expect(json).toMatchObject({ year: 2022, next_year: 2023 });
    expect(json.items[0].target).toHaveProperty("figure");
    expect(json.items[0].target.qualifier).toMatch(/^[a-z-]+$/);
  });
});

describe("the follow-up charts' rows", () => {
  it("growth rates: the judged pairs in %, signs kept, GDP missed at 5.4 against 8", () => {
    const rows = growthRows(views);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.every((r) => r.result && r.unit === "%" && (r.result.status === "met" || r.result.status === "missed"))).toBe(true);
    expect(rows.find((r) => r.label.includes("地区生产总值"))!.result).toMatchObject({ plotted: 5.4, plottedTarget: 8, status: "missed" });
  });

  it("amounts: the result as a share of a floor target, never of a ceiling", () => {
    const rows = completionRows(views);
    expect(rows.length).toBeGreaterThan(5);
    const loans = rows.find((r) => r.quote === "全年新增贷款400亿元以上")!;
    expect(loans.result).toMatchObject({ plotted: 103.6, plottedTarget: 100, status: "met" });
    expect(rows.every((r) => r.qualifier !== "≤" && r.qualifier !== "<")).toBe(true);
  });
});
