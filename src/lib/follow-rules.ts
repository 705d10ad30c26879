/**
 * How a target of year N is followed into the texts of year N+1, one entry per way, with an
 * example pair (a target's sentence and the next year's review) and the status it must give.
 * The id is written on every follow-up (`rule`); tests/lib/follow-up.test.ts walks the entries.
 */
export type FollowStatus = "met" | "missed" | "not-reported" | "unclear";

export interface FollowRule {
  id: string;
  note: string;
  /** The same in Chinese, for the methodology page. */
  zh: string;
  /** A few words of Chinese for a table's column (同一指标). */
  short: string;
  example: { target: string; report: string; status: FollowStatus };
}

export const FOLLOW_RULES = [
  {
    id: "follow-same-indicator",
    short: "同一指标",
    note: "a result of the same owner, about the same thing, measured the same way, named in the same words (or names that mean the same: GDP ~ 地区生产总值)",
    zh: "同一归属、同一指标（名称相同或同义，如GDP与地区生产总值）、同一计量方式的结果",
    example: { target: "二、2022年工作安排\n地区生产总值增长8%以上。粮食产量保持在95亿斤左右。\n", report: "一、2022年工作回顾\n全市生产总值增长5.4%。粮食生产再获丰收、总产达93.87亿斤。\n", status: "missed" },
  },
  {
    id: "follow-same-kind",
    short: "同类指标",
    note: "a result of the same owner and the same specific kind (外资, 高标准农田, 城镇新增就业), measured in the same unit, in words partly alike and of the same scope, or named by its kind alone (…、外资85.3亿美元)",
    zh: "同一归属、同一具体类别（如利用外资）、同一计量单位、说法部分相同且口径一致，或只以类别简称的结果",
    example: { target: "二、2016年工作安排\n实际利用外资80亿美元以上。\n", report: "一、2016年工作回顾\n实际利用内资4100亿元、外资85.3亿美元。\n", status: "met" },
  },
  {
    id: "follow-measure-changed",
    short: "计量方式不同",
    note: "the next report speaks of the same indicator but measures it another way (an amount for a growth rate): not compared",
    zh: "次年报告提到同一指标，但计量方式不同（如以总量回应增速目标），无法比较",
    example: { target: "二、2022年工作安排\n社会消费品零售总额增长10%。\n", report: "一、2022年工作回顾\n社会消费品零售总额达到2000亿元。\n", status: "unclear" },
  },
  {
    id: "follow-indicator-changed",
    short: "口径不同",
    note: "the next report's figure is half like the target's indicator, its name or base changed (市级以上 against 省级以上): not compared",
    zh: "次年报告的指标与目标只部分相同，名称或口径有变（如市级以上与省级以上），不作比较",
    example: { target: "二、2022年工作安排\n新增市级以上示范合作社和家庭农场100家。\n", report: "一、2022年工作回顾\n新增省级以上示范农民专业合作社和家庭农场45家。\n", status: "unclear" },
  },
  {
    id: "follow-result-shared",
    short: "一个结果对应多项目标",
    note: "one result of the next report answers two or more targets of different figures (新增学位4.8万个 and 新增学位3.2万个 against 新增学位9万个): it counts what the targets split, so neither is judged",
    zh: "次年报告的一个结果同时对应几项数值不同的目标（如两项“新增学位”目标对应一个“新增学位9万个”），它统计的范围与每项目标不同，不作判断",
    example: { target: "二、2017年工作安排\n建成公办幼儿园160所，新增学位4.8万个；新建和改扩建中小学60所，新增学位3.2万个。\n", report: "一、2017年工作回顾\n新增学位9万个。\n", status: "unclear" },
  },
  {
    id: "follow-scale-differs",
    short: "数量级不同",
    note: "the next report's amount of the same indicator is five times the target or more, or a fifth or less (420亿元 against 5147.3亿元): it likely counts another scope (a zone, a part, several years), so it is not judged",
    zh: "次年报告同一指标的数量是目标的5倍以上或五分之一以下（如目标420亿元、结果5147.3亿元），很可能统计范围不同（某个园区、某一部分或多年累计），不作判断",
    example: { target: "二、2017年工作安排\n推进桂湾金融先导区建设，全年完成固定资产投资420亿元以上。\n", report: "一、2017年工作回顾\n全年完成固定资产投资5147.3亿元。\n", status: "unclear" },
  },
  {
    id: "follow-words-only",
    short: "只有文字说明",
    note: "the next report says in words only that the target was reached (完成年度目标任务), with no figure",
    zh: "次年报告只用文字说明完成情况（如“完成年度目标任务”），没有数字",
    example: { target: "二、2022年工作安排\n城镇新增就业7.8万人以上。\n", report: "一、2022年工作回顾\n城镇新增就业超额完成全年目标任务。\n", status: "unclear" },
  },
  {
    id: "follow-later-year",
    short: "目标年份更晚",
    note: "the target is set for a later year (到2025年…): the next report cannot tell yet",
    zh: "目标年份晚于次年报告所回顾的年份（如“到2025年”），尚无法判断",
    example: { target: "二、2022年工作安排\n到2025年，森林覆盖率达到45%。\n", report: "一、2022年工作回顾\n森林覆盖率达到43%。\n", status: "unclear" },
  },
  {
    id: "follow-none",
    short: "未找到",
    note: "no figure and no word of the next report answers the target: it is not mentioned again",
    zh: "次年报告既无数字也无文字回应这一目标：未再提及",
    example: { target: "二、2022年工作安排\n新建口袋公园50个。\n", report: "一、2022年工作回顾\n地区生产总值增长5.4%。\n", status: "not-reported" },
  },
] as const satisfies readonly FollowRule[];

export type FollowRuleId = (typeof FOLLOW_RULES)[number]["id"];

/**
 * How a result is judged against its target, by the qualifier the target's words state; the
 * methodology page shows these. "Better" is more for most indicators and less for those where
 * less is the aim (失业率, 物价涨幅, 能耗强度).
 */
export const QUALIFIER_JUDGEMENTS = [
  { qualifier: "=", words: "写明一个数（如新增就业6万人）", zh: "结果达到或好于这个数即为完成" },
  { qualifier: "≥", words: "以上、不低于", zh: "结果不低于这个数即为完成" },
  { qualifier: ">", words: "超过、突破", zh: "结果高于这个数即为完成，恰好相等不算" },
  { qualifier: "≤", words: "以内、不超过", zh: "结果不高于这个数即为完成" },
  { qualifier: "<", words: "低于、少于", zh: "结果低于这个数即为完成" },
  { qualifier: "≈", words: "左右", zh: "结果在这个数上下一定幅度内（比率0.5个百分点，数量3%）或好于它，即为完成" },
  { qualifier: "range", words: "区间（如6%—6.5%）", zh: "结果达到区间的下限（以少为好的指标：不超过上限）即为完成" },
] as const;
