import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";

/** Reads one real sentence as the list of a unit named 某某区, in 襄阳. */
function read(sentence: string) {
  const text = `某某区\n${sentence}\n`;
  const r = extractTargets(text, { year: 2022, city: "襄阳" });
  const figure = (start: number, end: number) => text.slice(start, end);
  return {
    targets: r.targets.map((t) => ({ figure: figure(t.number_start, t.number_end), value: t.value, unit: t.unit, qualifier: t.qualifier, category: t.category, kind: t.kind, measure: t.measure, scope: t.scope, role: t.role, value_max: t.value_max })),
    others: r.ledger.filter((e) => e.disposition === "not-target").map((e) => ({ text: e.quantity.text, reason: e.reason })),
    warnings: r.warnings,
  };
}

describe("extractTargets reads targets from real sentences of the 2022 list", () => {
  it("引进亿元以上工业项目110个: 110 个 is the target, 亿元 is a threshold", () => {
    const r = read("力争引进亿元以上工业项目110个,实际到位资金450亿元以上。");
    expect(r.targets).toMatchObject([
      { value: 110, unit: "个", qualifier: "=", category: "projects", kind: "attract" },
      { value: 450, unit: "亿元", qualifier: "≥", category: "investment", kind: "in-place" },
    ]);
    expect(r.others).toEqual([{ text: "亿元以上", reason: "threshold" }]);
  });

  it("qualifiers: 突破 is >, 以上 is ≥, 不低于 is ≥, 以内 is ≤, 高于 is >", () => {
    expect(read("高新技术企业突破50家").targets[0]).toMatchObject({ value: 50, qualifier: ">" });
    expect(read("争项争资总量不低于10亿元").targets[0]).toMatchObject({ value: 10, qualifier: "≥", kind: "secured" });
    expect(read("城镇登记失业率控制在5%以内").targets[0]).toMatchObject({ value: 5, unit: "%", qualifier: "≤", category: "jobs", kind: "unemployment", measure: "share" });
    expect(read("评价指数高于68%").targets[0]).toMatchObject({ value: 68, qualifier: ">" });
    expect(read("招商引资实际到位资金271.5亿元,同比增长超过10%。").targets[1]).toMatchObject({ value: 10, qualifier: ">", category: "investment", kind: "in-place", measure: "growth" });
  });

  it("ranges and approximations: 1—2家 is a range, 10余条 is more than 10", () => {
    expect(read("争取引进头部企业或瞪羚企业1—2家").targets[0]).toMatchObject({ value: 1, value_max: 2, qualifier: "range", category: "enterprises" });
    expect(read("实施建设路、西环四路等10余条新改建道路工程").targets[0]).toMatchObject({ value: 10, unit: "条", qualifier: ">", category: "roads" });
  });

  it("units and scales: 万亩, 亿斤, 万头, 万人, 万平方米, 座, 公里", () => {
    const r = read("完成高标准农田建设任务14.45万亩,力争粮食总产量达到25亿斤以上,生猪出栏120万头。解决16.2万人饮水难题。新增城市绿地30万平方米。新改建农村户厕1764座。新改建农村公路310公里。");
    expect(r.targets.map((t) => [t.value, t.unit, t.category])).toEqual([
      [14.45, "万亩", "farmland"],
      [25, "亿斤", "agriculture"],
      [120, "万头", "agriculture"],
      [16.2, "万人", "water"],
      [30, "万平方米", "parks"],
      [1764, "座", "sanitation"],
      [310, "公里", "roads"],
    ]);
  });

  it("growth rates are about what they grow: 技改投资同比增长15% is investment measured as growth", () => {
    const r = read("技改投资同比增长15%。固定资产投资增幅达到12%的目标。2022年实际到位资金增速10%以上。");
    expect(r.targets.map((t) => [t.value, t.qualifier, t.category, t.kind, t.measure])).toEqual([
      [15, "=", "investment", "tech-upgrade", "growth"],
      [12, "=", "investment", "fixed-asset", "growth"],
      [10, "≥", "investment", "in-place", "growth"],
    ]);
  });

  it("a growth rate without a subject takes the figure before it as subject: 实际到位资金…同比增长超过10%", () => {
    const { targets } = extractTargets("某某区\n招商引资实际到位资金271.5亿元,同比增长超过10%。\n");
    expect(targets.map((t) => t.label)).toEqual(["招商引资实际到位资金", "招商引资实际到位资金同比增长"]);
  });

  it("Chinese numerals that count are read: 新增学位一千个", () => {
    expect(read("新增学位一千个").targets[0]).toMatchObject({ value: 1000, unit: "个", category: "education", kind: "school-places" });
  });

  it("investment kinds: signed, in place, fixed-asset, completed, total, annual plan, R&D, secured", () => {
    const kinds = (s: string) => read(s).targets.map((t) => t.kind);
    expect(kinds("签约投资额400亿元")).toEqual(["signed"]);
    expect(kinds("全年完成招商引资项目合同投资额580亿元,招商引资实际到位资金271.5亿元")).toEqual(["signed", "in-place"]);
    expect(kinds("确保全年完成固定资产投资191亿元")).toEqual(["fixed-asset"]);
    expect(kinds("获批省市级重点项目13个以上,完成投资27.5亿元。")).toEqual(["key", "completed"]);
    expect(kinds("申报省市级重点项目8个,总投资409.2亿元,年度计划投资42.2亿元")).toEqual(["key", "total", "annual-plan"]);
    expect(kinds("全市研发经费投入突破10亿元")).toEqual(["rd"]);
    // The kind of 191.4亿元 comes from the clause before it.
    expect(kinds("2022年实际到位资金增速10%以上,力争完成191.4亿元目标任务。")).toEqual(["in-place", "in-place"]);
  });

  it("farmland: 高标准农田 apart from 国土综合整治; jobs: 城镇新增就业 apart from 培训", () => {
    expect(read("新建高标准农田7.58万亩,开展8.2万亩全域国土综合整治项目。").targets.map((t) => t.kind)).toEqual(["high-standard", "consolidation"]);
    expect(read("全年城镇新增就业6000人以上,城镇登记失业率控制在5%以内,就业创业培训2000人。").targets.map((t) => [t.value, t.category, t.kind, t.measure])).toEqual([
      [6000, "jobs", "new-urban", "amount"],
      [5, "jobs", "unemployment", "share"],
      [2000, "jobs", "training", "amount"],
    ]);
  });

  it("a breakdown after 其中 is a component of its total", () => {
    const r = read("新改建农村公路310公里,其中提档升级160公里。");
    expect(r.targets.map((t) => [t.value, t.kind, t.role])).toEqual([
      [310, "build", "total"],
      [160, "upgrade", "component"],
    ]);
  });

  it("a figure said of the whole city is marked scope city: 助力襄阳GDP冲刺6000亿元", () => {
    const r = read("持续巩固在全国169家国家级高新区中的地位,助力襄阳GDP冲刺6000亿元。");
    expect(r.targets).toMatchObject([{ value: 6000, unit: "亿元", scope: "city" }]);
    expect(r.others).toEqual([{ text: "169家", reason: "context" }]);
  });
});

describe("extractTargets leaves out names, ordinals, dates and codes", () => {
  it.each([
    ["为深入贯彻落实党的十九届六中全会精神", "十九届", "ordinal"],
    ["以优异成绩迎接党的二十大胜利召开", "二十", "name"],
    ["打造制造业、农业、服务业“7+5+2”产业链集群", "7", "quoted"],
    ["推进316国道东段改造", "316", "no-unit"],
    ["加快推进G207西移、S217改建等项目建设", "207", "code"],
    ["选取荣华路与卧龙路交叉口、605地质工程局等地址", "605", "no-unit"],
    ["在创建国家4A级旅游景区基础上", "4", "code"],
    ["引进世界500强、中国500强及上市公司5个", "500", "rank"],
    ["全面落实《襄阳古城保护与发展三年提升计划(2021-2023年)》", "2021-2023", "quoted"],
    ["完成庞公学校建设,9月投入使用。", "9", "date"],
    ["深入推动“擦亮小城镇”三年行动。", "三", "date"],
    ["全力打造工业强县、农业特县五张名片", "五张", "set-phrase"],
    ["发挥7个产业链链长作用", "7个", "means"],
    ["加快牧原200万头生猪屠宰、G316河谷汉江公路大桥等重大项目建设", "200万头", "name"],
    ["持续推进第三批109个村“两基”补短板", "三批", "ordinal"],
    ["5支驻外招商分队驻点招商", "5支", "means"],
    ["力争再复制推广一批制度创新典型案例", "一批", "article"],
    ["推进全县313个(投资500万元以上)重点项目建设", "500万元以上", "threshold"],
  ])("%s: %s is not a target (%s)", (sentence, text, reason) => {
    const r = read(sentence);
    expect(r.others).toContainEqual({ text, reason });
    expect(r.targets.map((t) => t.figure)).not.toContain(text);
  });

  it("the footer's 编辑者:二千 is a name, not a target", () => {
    const r = extractTargets("某某区\n新建桥梁6座。\n编辑者:二千\n分享到:\n");
    expect(r.targets).toHaveLength(1);
    expect(r.ledger.find((e) => e.quantity.text === "二千")).toMatchObject({ disposition: "not-target", reason: "footer" });
  });
});

describe("extractTargets on bad and unusual input", () => {
  it("markup in the text is kept as text and reported as a warning", () => {
    const r = extractTargets("某某区\n新建<b>桥梁</b>6座。\n");
    expect(r.targets).toHaveLength(1);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("<b>"));
  });

  it("a header with no items is reported with its line", () => {
    const r = extractTargets("枣阳市\n新建桥梁6座。\n宜城市\n新建学校2所。\n南漳县\n");
    expect(r.warnings).toContainEqual({ line: 5, message: "unit header 南漳县 has no items under it", zh: "“南漳县”标题下没有内容" });
  });

  it("a scale with no unit we know is reported, not read as a target", () => {
    const r = extractTargets("某某区\n年发电量达到3万千卡时。\n");
    expect(r.targets).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ line: 2 });
    expect(r.warnings[0].message).toMatch(/unknown unit after 3万/);
  });

  it("a text without headers yields targets with an empty district", () => {
    const r = extractTargets("新增学位一千个,新建学校3所。\n");
    expect(r.targets.map((t) => [t.district, t.value])).toEqual([["", 1000], ["", 3]]);
  });

  it("full-width digits are read: 新建桥梁６座", () => {
    expect(extractTargets("某某区\n新建桥梁６座。\n").targets[0]).toMatchObject({ value: 6, unit: "座" });
  });
});

describe("extractTargets on a text of another kind: a government work report without unit headers", () => {
  const text = readFileSync("tests/fixtures/texts/work-report.txt", "utf8");
  const { targets, structure } = extractTargets(text, { year: 2023 });
  const row = (value: number) => {
    const t = targets.find((x) => x.value === value)!;
    return [t.district, t.unit, t.qualifier, t.category, t.kind, t.measure, t.role];
  };

  it("reads every figure as a target of no unit, with the title line and years left out", () => {
    expect(structure.places).toEqual([]);
    expect(targets.map((t) => t.value)).toEqual([6, 1.2, 5.5, 3, 50, 2.5, 1200, 450, 300, 1000, 120, 5000, 15, 20000]);
  });

  it("reads the expected-goals sentence: what each rate is about and how it measures", () => {
    expect(row(6)).toEqual(["", "%", "≈", "economy", "gdp", "growth", "total"]);
    expect(row(1.2)).toEqual(["", "万人", "≥", "jobs", "new-urban", "amount", "total"]);
    expect(row(5.5)).toEqual(["", "%", "≤", "jobs", "unemployment", "share", "total"]);
    expect(row(3)).toEqual(["", "%", "≈", "economy", "prices", "growth", "total"]);
    expect(row(2.5)).toEqual(["", "%", "=", "energy", "intensity", "reduction", "total"]);
  });

  it("keeps a breakdown after 其中 as a component, and does not lend a kind to a phrase with its own verb", () => {
    expect(row(450)).toEqual(["", "亿元", "=", "investment", "fixed-asset", "amount", "component"]);
    expect(row(5000)).toEqual(["", "户", "=", "housing", "other", "amount", "total"]);
    expect(row(20000)).toEqual(["", "个", "=", "education", "school-places", "amount", "total"]);
  });
});
