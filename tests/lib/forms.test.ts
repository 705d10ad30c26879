import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";

const targetsOf = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    district: t.district,
    measure: t.measure,
    figure: text.slice(t.number_start, t.number_end),
    value: t.value,
    value_max: t.value_max,
    unit: t.unit,
    qualifier: t.qualifier,
    category: t.category,
    kind: t.kind,
    label: t.label,
  }));

describe("extractTargets attributes figures to a unit named at the head of a sentence or clause", () => {
  // A news report of the kind that lists what each county set itself.
  const news = "今年，各县市区纷纷亮出目标。枣阳市提出的目标是：GDP增速15%，固定资产投资增速28%；宜城市力争新开工项目不低于120个。全市GDP增长10%。";

  it("X市提出的目标是…；Y市…: each figure belongs to the unit that states it, the city's own to no unit", () => {
    expect(targetsOf(news).map((t) => [t.district, t.value, t.label])).toEqual([
      ["枣阳市", 15, "GDP增速"],
      ["枣阳市", 28, "固定资产投资增速"],
      ["宜城市", 120, "新开工项目"],
      ["", 10, "全市GDP增长"],
    ]);
    expect(extractTargets(news).structure.places.map((u) => [u.name, u.evidence])).toEqual([["枣阳市", "sentence"], ["宜城市", "sentence"]]);
  });

  it("其中Y镇…: a town named after 其中 owns its clause", () => {
    const t = targetsOf("南漳县表示，今年要新建桥梁六座。其中武安镇新建幼儿园2所。");
    expect(t.map((x) => [x.district, x.figure])).toEqual([["南漳县", "六座"], ["武安镇", "2所"]]);
  });

  it("a unit that is only a clause's subject owns its clause, not the sentence (龙港区率先…，全市城镇化率…)", () => {
    const t = targetsOf("二、2016年工作安排\n龙港区率先实现全域城镇化，全市城镇化率达到60%以上。\n");
    expect(t.map((x) => [x.district, x.value])).toEqual([["", 60]]);
  });

  it("places listed together with 各 (云岩区、南明区各建成1个) each own the figure", () => {
    expect(targetsOf("云岩区、南明区各建成1个中心绿化广场。").map((x) => [x.district, x.value])).toEqual([["云岩区", 1], ["南明区", 1]]);
  });

  it("generic words that end like places are not units: 全市, 城区, 各县市区", () => {
    const r = extractTargets("全市新增就业5万人。城区新建公园3个。各县市区要完成改造任务100个。");
    expect(r.structure.places).toEqual([]);
  });
});

describe("extractTargets reads the forms figures take", () => {
  it("a 分别 list gives each figure its subject and the 以上 written once (陕西, 2014)", () => {
    const t = targetsOf("二、2014年工作安排\n规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、15%、12%以上。\n");
    expect(t.map((x) => [x.label, x.value, x.qualifier])).toEqual([
      ["规模以上工业增加值增长", 6, "≥"],
      ["固定资产投资增长", 15, "≥"],
      ["社会消费品零售总额增长", 12, "≥"],
    ]);
  });

  it("subjects and figures paired in order without 分别, when the figures stand side by side (成都, 2018)", () => {
    const t = targetsOf("二、2014年工作安排\nPM10、PM2.5年均浓度下降5%、4%。\n");
    expect(t.map((x) => [x.label, x.value, x.measure])).toEqual([
      ["PM10下降", 5, "reduction"],
      ["PM2.5年均浓度下降", 4, "reduction"],
    ]);
    // One subject and two figures pair nothing: each figure keeps the clause's words.
    expect(targetsOf("二、2014年工作安排\n城镇新增就业5万人、4万人。\n").map((x) => x.label)).not.toContain("城镇新增就业5万人");
  });

  it("a result's year: 2017年与2013年相比 is a change over four years, no one year's; 2013年…以来 names no year of the figure", () => {
    const text = "一、2017年工作回顾\n空气优良天数是2013年实行新标准以来最长，PM2.5年均浓度同比下降10.2%。2017年与2013年相比，PM2.5浓度下降42.3%。\n二、2018年工作安排\n全年GDP增长7%。\n";
    const years = extractTargets(text).results.map((r) => [text.slice(r.number_start, r.number_end), r.year]);
    expect(years).toEqual([["10.2%", 2017], ["42.3%", null]]);
  });

  it("a quoted clause that ends on its figure is a goal: 南阳高新区的目标是“规上工业增加值增长10%”; a quoted name is not", () => {
    const t = targetsOf("二、2024年工作安排\n南阳高新区的目标是“规上工业增加值增长10%”。郑州的目标为“增长15%”。打造“541010工程”。\n");
    expect(t.map((x) => [x.district, x.figure, x.label])).toEqual([
      ["南阳高新区", "10%", "规上工业增加值增长"],
      ["郑州市", "15%", "增长"],
    ]);
  });

  it("places paired by 和…分别 stay out of each figure's label; 则 is no part of a label", () => {
    const t = targetsOf("二、2024年工作安排\n镇平县和方城县分别新建高标准农田6万亩、8.5万亩。社旗县将实施重点项目45个；唐河县则计划完成投资180亿元。\n");
    expect(t.map((x) => [x.district, x.figure, x.label])).toEqual([
      ["镇平县", "6万亩", "新建高标准农田"],
      ["方城县", "8.5万亩", "新建高标准农田"],
      ["社旗县", "45个", "实施重点项目"],
      ["唐河县", "180亿元", "完成投资"],
    ]);
  });

  it("a table's bare figures take the unit its header gives (固定资产投资（亿元）); a header without one gives none", () => {
    const table = "二、2024年工作安排\n\n| 县区 | 固定资产投资（亿元） | 新增就业（人） | 排名 |\n| --- | --- | --- | --- |\n| 桐柏县 | 95 | 4200以上 | 3 |\n| 淅川县 | 110 | 5100 | 1 |\n";
    const t = extractTargets(table).targets.map((x) => [x.district, x.value, x.unit, x.qualifier, x.label, x.category]);
    expect(t).toEqual([
      ["桐柏县", 95, "亿元", "=", "固定资产投资", "investment"],
      ["桐柏县", 4200, "人", "≥", "新增就业", "jobs"],
      ["淅川县", 110, "亿元", "=", "固定资产投资", "investment"],
      ["淅川县", 5100, "人", "=", "新增就业", "jobs"],
    ]);
  });

  it("a news report of counties' goals: a count naming the list, 均 for each, a brackets alias, 而…则 and 力争 out of labels", () => {
    const t = targetsOf(
      "二、2024年工作安排\n襄州区提出，今年GDP增速力争达到10%。而南漳县则将新建高标准农田3万亩。枣阳市、宜城市、老河口市三个县级市的固定资产投资增速目标均为12%。东津新区（经开区）新建学校十二所。\n",
    );
    expect(t.map((x) => [x.district, x.figure, x.label])).toEqual([
      ["襄州区", "10%", "GDP增速"],
      ["南漳县", "3万亩", "新建高标准农田"],
      ["枣阳市", "12%", "固定资产投资增速"],
      ["宜城市", "12%", "固定资产投资增速"],
      ["老河口市", "12%", "固定资产投资增速"],
      ["东津新区", "十二所", "新建学校"],
    ]);
  });

  it("how far a target is above last year's is no target of its own (比上年增加2000人); 比上年增长8% of an amount is", () => {
    const t = targetsOf("二、2024年工作安排\n樊城区计划新增城镇就业1.2万人，比上年增加2000人。保康县GDP增速目标为8.5%，比去年提高0.5个百分点。实现地区生产总值500亿元，比上年增长8%。\n");
    expect(t.map((x) => x.figure)).toEqual(["1.2万人", "8.5%", "500亿元", "8%"]);
  });

  it("a negative growth keeps its sign and its label has no dash: 年均增长-13.8% (葫芦岛, 2016)", () => {
    expect(targetsOf("工业增加值年均增长-13.8%。")[0]).toMatchObject({ value: -13.8, unit: "%", label: "工业增加值年均增长", category: "economy", kind: "value-added", measure: "growth" });
  });

  it("亿美元 is read with its currency and never as 元: 实际利用外资25亿美元", () => {
    expect(targetsOf("年内，全市实际利用外资25亿美元。")[0]).toMatchObject({ value: 25, unit: "亿美元", category: "investment", kind: "foreign" });
    expect(extractTargets("实际利用外资25亿美元。").targets[0]).toMatchObject({ base_value: 2.5e9, base_unit: "美元" });
  });

  it("a range written with the unit twice is one range: 经济增长6%-6.5%, 6%—6.5%", () => {
    for (const s of ["经济增长6%-6.5%。", "经济增长6%—6.5%。", "经济增长6％～6.5％。"]) {
      expect(targetsOf(s)).toEqual([expect.objectContaining({ value: 6, value_max: 6.5, unit: "%", qualifier: "range" })]);
    }
  });

  it("full-width digits, point and percent read as their ASCII forms: 增长６．５％", () => {
    expect(targetsOf("地区生产总值增长６．５％。")[0]).toMatchObject({ value: 6.5, unit: "%", category: "economy", kind: "gdp", measure: "growth" });
  });

  it("Chinese numerals counting what a clause delivers are read: 新建桥梁六座, 新增学位一千个", () => {
    expect(targetsOf("新建桥梁六座，新增学位一千个。").map((x) => [x.value, x.unit, x.category])).toEqual([
      [6, "座", "roads"],
      [1000, "个", "education"],
    ]);
  });

  it("jobs and investment in other words: 新增城镇就业岗位4万个, 6万名失业人员实现就业, 完成城乡建设投入60亿元", () => {
    const t = targetsOf("新增城镇就业1.9万人，新增城镇就业岗位4万个，6万名失业人员实现就业，完成城乡建设投入60亿元。");
    expect(t.map((x) => [x.category, x.kind])).toEqual([
      ["jobs", "new-urban"],
      ["jobs", "positions"],
      ["jobs", "reemployment"],
      ["investment", "completed"],
    ]);
  });

  it("a 实事 list item takes its category from its own phrase, not the item before it", () => {
    const t = targetsOf("新建幼儿园10所、为老年人安装燃气报警器1000台、新增公交车50辆。");
    expect(t.map((x) => [x.value, x.category])).toEqual([
      [10, "education"],
      [1000, "safety"],
      [50, "transport"],
    ]);
  });

  it("a phrase that says nothing borrows its subject from the clause before: 其中提档升级160公里", () => {
    expect(targetsOf("新改建农村公路310公里，其中提档升级160公里。").map((x) => [x.category, x.kind])).toEqual([
      ["roads", "build"],
      ["roads", "upgrade"],
    ]);
  });

  it("a number that cannot be read whole is flagged, not cut: 二十五六个, 13.0.3%", () => {
    const r = extractTargets("新增学位二十五六个，增长13.0.3%。");
    expect(r.targets).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(["cannot read the number 二十五六个", "cannot read the number 13.0.3%"]);
  });
});

describe("extractTargets tells results from targets", () => {
  it("a review's figures are results, the plan's the same words are targets (陕西, 2014)", () => {
    const text = "一、2013年工作回顾\n全年完成固定资产投资1.58万亿元，增长20%。\n二、2014年工作安排\n全年完成固定资产投资1.97万亿元，增长20%。\n";
    const r = extractTargets(text);
    expect(r.targets.map((t) => t.value)).toEqual([1.97, 20]);
    expect(r.ledger.filter((e) => e.reason === "result").map((e) => [e.quantity.value, e.rule])).toEqual([
      [1.58, "result-in-review"],
      [20, "result-in-review"],
    ]);
  });

  it("a sentence of the past outside a review is a result: 去年…, 一年来…, 2013年… (with the plan's year known)", () => {
    const r = extractTargets("一年来，全市新增城镇就业1.9万人。去年完成投资100亿元。2013年全市完成投资90亿元。今年力争完成投资120亿元。", { year: 2014 });
    expect(r.targets.map((t) => t.value)).toEqual([120]);
    expect(r.ledger.filter((e) => e.reason === "result")).toHaveLength(3);
  });

  it("比去年压减10% in a plan is a target: 去年 after 比 is the base, not the time", () => {
    const r = extractTargets("二、2019年工作安排\n市本级一般性支出比去年压减10%。\n");
    expect(r.targets.map((t) => t.value)).toEqual([10]);
  });
});

describe("extractTargets says its doubts aloud", () => {
  it("a work report with no plan section, and numbers outside any judged section, are warnings", () => {
    const text = "2023年政府工作报告\n一、2022年工作回顾\n全年新增就业5万人。\n各位代表\n新建学校1所，新建公园2个，新增绿地3万平方米，新建道路4公里，改造小区5个，新建桥梁6座，新建停车场7个，新建公厕8座，新增学位9000个，新增床位100张。\n";
    const messages = extractTargets(text).warnings.map((w) => w.message);
    expect(messages).toContain("a work report with no plan section found: targets were read from sentences alone");
    expect(messages.some((m) => /numbers stand outside any section whose role is known/.test(m))).toBe(true);
  });

  it("a lone unit header is read as a unit only when the gazetteer knows it, with a warning", () => {
    const r = extractTargets("导语。\n**一、枣阳市**\n新建桥梁6座。\n");
    expect(r.structure.places.map((u) => u.name)).toEqual(["枣阳市"]);
    expect(r.warnings.map((w) => w.message)).toContain("only one header names a unit here: 枣阳市; read as a unit because the gazetteer knows it");
    expect(r.structure.parts.find((p) => p.text === "导语。")!.kind).toBe("item");
  });

  it("a target without a category is a warning naming it", () => {
    const r = extractTargets("二、2023年工作安排\n引进青年志愿者4000名。\n");
    expect(r.warnings.map((w) => w.message)).toContain("no category for 引进青年志愿者 (4000名): counted as other");
  });
});

describe("extractTargets reads what means the same as the same", () => {
  it("a text in traditional characters gives the simplified text's targets, quoted as written", async () => {
    const { readFileSync } = await import("node:fs");
    const { Converter } = await import("opencc-js/cn2t");
    const seed = readFileSync("seeds/2022/xiangyang-fenjin-qingdan.txt", "utf8");
    const traditional = Converter({ from: "cn", to: "hk" })(seed);
    expect(traditional).not.toBe(seed);
    const a = extractTargets(seed, { year: 2022, city: "襄阳" });
    const b = extractTargets(traditional, { year: 2022, city: "襄陽" });
    expect(b.targets.map((t) => [t.value, t.unit, t.category, t.kind, t.qualifier])).toEqual(a.targets.map((t) => [t.value, t.unit, t.category, t.kind, t.qualifier]));
    expect(b.structure.places.map((u) => u.name)).toContain("東津新區(經開區)");
    for (const t of b.targets) expect(traditional.slice(t.start, t.end)).toBe(t.quote);
    expect(b.targets[1]).toMatchObject({ label: "實際到位資金", quote: "實際到位資金450億元以上" });
    expect(b.structure.parts.map((p) => p.text).join("")).toBe(traditional);
  });

  it("full-width digits read as ASCII ones, and a full-width year leaves the label as the ASCII one does", () => {
    const ascii = extractTargets("2022年新增城镇就业5000人。").targets[0];
    const wide = extractTargets("２０２２年新增城镇就业５０００人。").targets[0];
    expect([wide.value, wide.unit, wide.label]).toEqual([ascii.value, ascii.unit, ascii.label]);
    expect(wide.label).toBe("新增城镇就业");
  });

  it("bidi overrides and invisible characters in the text are warnings with their line", () => {
    const r = extractTargets("新增就业5000人。\n新建学校\u202E3\u202C所。\n");
    expect(r.warnings.map((w) => w.line)).toContain(2);
    expect(r.warnings.find((w) => w.line === 2)!.zh).toMatch(/文字方向/);
  });
});

describe("extractTargets reads lists in other layouts", () => {
  it("a Markdown table: the place in the first cell, each figure named by its column's header", () => {
    const t = targetsOf("| 地区 | 新增就业 | 固定资产投资增速 |\n| --- | --- | --- |\n| 枣阳市 | 5000人 | 10% |\n| 宜城市 | 4000人 | 12% |\n");
    expect(t.map((x) => [x.district, x.value, x.category, x.label])).toEqual([
      ["枣阳市", 5000, "jobs", "新增就业"],
      ["枣阳市", 10, "investment", "固定资产投资增速"],
      ["宜城市", 4000, "jobs", "新增就业"],
      ["宜城市", 12, "investment", "固定资产投资增速"],
    ]);
  });

  it("places as labels in one paragraph: 枣阳市：…；宜城市：…", () => {
    const t = targetsOf("枣阳市：新增就业5000人，新建学校3所；宜城市：新增就业4000人，新建桥梁六座。");
    expect(t.map((x) => [x.district, x.value, x.label])).toEqual([
      ["枣阳市", 5000, "新增就业"],
      ["枣阳市", 3, "新建学校"],
      ["宜城市", 4000, "新增就业"],
      ["宜城市", 6, "新建桥梁"],
    ]);
  });

  it("headers over bullet lists, and a numbered 实事 list under a title whose count is not a target", () => {
    expect(targetsOf("枣阳市\n- 新增就业5000人\n- 新建学校3所\n宜城市\n- 新增就业4000人\n").map((x) => [x.district, x.label])).toEqual([
      ["枣阳市", "新增就业"],
      ["枣阳市", "新建学校"],
      ["宜城市", "新增就业"],
    ]);
    const r = extractTargets("2023年市政府十件民生实事\n一、新建改扩建幼儿园12所，新增学前教育学位3600个。\n二、改造城镇老旧小区85个，惠及居民2.1万户。\n");
    expect(r.targets.map((x) => [x.value, x.category, x.label])).toEqual([
      [12, "education", "新建改扩建幼儿园"],
      [3600, "education", "新增学前教育学位"],
      [85, "housing", "改造城镇老旧小区"],
      [2.1, "housing", "惠及居民"],
    ]);
    expect(r.ledger.find((e) => e.quantity.text === "十件")?.rule).toBe("title");
  });

  it("a news report: counties named in sentences, last year's figures as results, a paragraph opening with 记者 is not a credit", () => {
    const r = extractTargets("城固县提出，今年地区生产总值增长7%，新开工项目不低于60个。去年，全市完成固定资产投资850亿元，同比增长9.2%。\n记者了解到，南郑区计划新建学校3所。\n");
    expect(r.targets.map((x) => [x.district, x.value])).toEqual([["城固县", 7], ["城固县", 60], ["南郑区", 3]]);
    expect(r.ledger.filter((e) => e.reason === "result").map((e) => e.quantity.value)).toEqual([850, 9.2]);
  });
});
