/**
 * What a section of a text does, which decides how its figures are read: a review reports
 * results (never targets), a plan and a 实事 list set targets, a unit's list sets that unit's
 * targets, a glossary explains words.
 */
export type SectionRole =
  | "opening" // before the first heading of an outlined text
  | "review" // last year's (or the last five years') results
  | "plan" // this year's targets and tasks
  | "practical" // a list of 实事 / practical projects
  | "units" // a section whose sub-sections are units
  | "unit" // one unit's list
  | "glossary" // notes on words and terms
  | "appendix" // after the report: tables, lists and notes whose headings say nothing more
  | "text" // a text without headings: each sentence is read on its own
  | "unknown"; // headings that say nothing and a body that is neither clearly past nor future

export interface SectionRule {
  id: string;
  role: SectionRole;
  /** Why the rule holds, for the ledger and the methodology page. */
  reason: string;
  /** Tested on the heading's title. */
  match: RegExp;
  example: string;
  counterExample: string;
  /**
   * A weak rule names the role only for a top-level section: inside a review, 主要经济指标完成
   * 计划 or 坚持…发展要求 are words of the review, not the start of a plan.
   */
  weak?: boolean;
}

/**
 * Roles from a heading's words. First match wins: a review of a plan's completion
 * (目标任务完成情况) is a review, a 实事 list's completion report too.
 */
export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: "section-review",
    role: "review",
    reason: "the heading announces a review of work done",
    match: /回顾|成就|工作成绩|取得的成[绩效]|完成情况|执行情况|工作总结|过去[一二两三四五]年|[一二两三四五]年来|本届政府工作$|去年工作/,
    example: "2022年工作回顾",
    counterExample: "2023年工作安排",
  },
  {
    id: "section-glossary",
    role: "glossary",
    reason: "the heading announces notes on terms",
    match: /名词解释|用语说明|名词注释|^注释$|^注$|释义|^附注|^说明$|术语/,
    example: "部分用语说明",
    counterExample: "关于“九五”计划的说明和安排",
  },
  {
    id: "section-practical",
    role: "practical",
    reason: "the heading announces a list of practical projects (实事)",
    match: /实事|惠民工程|民生工程|为民办|民生项目/,
    example: "2018年江门市十件民生实事",
    counterExample: "保障和改善民生",
  },
  {
    id: "section-plan",
    role: "plan",
    reason: "the heading announces the year's tasks or targets",
    match: /安排|部署|打算|重点工作|工作重点|主要工作|今后|展望|奋斗目标|预期目标|主要任务|工作任务|目标任务|今年|明年/,
    example: "2024年主要工作",
    counterExample: "着力稳住经济大盘",
  },
  {
    id: "section-plan-words",
    role: "plan",
    reason: "the heading speaks of goals or tasks",
    match: /任务|目标|要求|思路|举措|计划|奋斗/,
    example: "“九五”计划和2010年远景目标的制定",
    counterExample: "着力稳住经济大盘",
    weak: true,
  },
];

/** A year written in a heading: 2022, 2013 年, 二〇二四. */
/** The years of a five-year plan a title names (“十二五” → 2011–2015), or null. */
export function periodIn(title: string): [number, number] | null {
  const m = /“?(十[一二三四五六七八九]?|[七八九])五”?(?:时期|期间|规划|计划|的五年|五年)/.exec(title) ?? /“(十[一二三四五六七八九]?|[七八九])五”/.exec(title);
  if (!m) return null;
  const n = m[1] === "十" ? 10 : m[1].length === 2 ? 10 + "一二三四五六七八九".indexOf(m[1][1]) + 1 : "一二三四五六七八九".indexOf(m[1]) + 1;
  // From the third plan (1966–1970) on, each ran five years: the tenth 2001–2005, the twelfth 2011–2015.
  const start = n >= 3 ? 1966 + (n - 3) * 5 : 1953 + (n - 1) * 5;
  return [start, start + 4];
}

export function yearIn(title: string): number | null {
  const arabic = /((?:19|20)\d{2})\s*(?:年|——|—|－)/.exec(title);
  if (arabic) return Number(arabic[1]);
  const digits = "〇一二三四五六七八九";
  const chinese = /[二][〇零][〇零一二三四五六七八九]{2}/.exec(title);
  if (!chinese) return null;
  return Number([...chinese[0]].map((c) => (c === "零" ? 0 : digits.indexOf(c))).join(""));
}

/**
 * The role a heading's own words give, and the id of the rule that gave it. `nested` is true
 * inside a section whose role is known: there only strong rules speak.
 */
export function roleOfTitle(title: string, planYear: number | null, nested = false): { role: SectionRole; rule: string } | null {
  const rule = SECTION_RULES.find((r) => r.match.test(title) && !(nested && r.weak));
  if (rule) return { role: rule.role, rule: rule.id };
  // 实干二〇二四 / 奋斗二〇二五: a heading that names a year is about that year, unless it names
  // the document or its occasion (2023年政府工作报告, 2018年1月16日在…大会上).
  // “十二五”——创新创业、稳中求进的五年: a five-year plan's period that ended before the plan's year.
  const period = periodIn(title);
  if (period && planYear !== null && period[1] < planYear) return { role: "review", rule: "section-past-period" };
  const year = yearIn(title);
  if (year !== null && planYear !== null && !/报告|讲话|会议|大会|\d+月\d+日/.test(title)) {
    return year < planYear ? { role: "review", rule: "section-past-year" } : { role: "plan", rule: "section-plan-year" };
  }
  return null;
}

/** Words of a body that reports results, and of one that sets tasks; counted, not matched once. */
const PAST_BODY = /一年来|过去一年|过去的一年|[两三四五]年来|过去[两三四五]年|去年|(?<![比较同])上年(?!增长|下降)|了[，,。；;、]|已经|累计|圆满完成|顺利完成|如期完成/g;
const FUTURE_BODY = /今年|明年|力争|确保|争取|预期目标|将(?!近)|要(?![求素点是])|必须|着力|加快|推进/g;

/**
 * The role a body's own words suggest when its heading says nothing: mostly past tense and
 * results is a review, mostly tasks is a plan; a mixture stays unknown (each sentence is then
 * read on its own).
 */
export function roleOfBody(body: string): SectionRole | null {
  const past = body.match(PAST_BODY)?.length ?? 0;
  const future = body.match(FUTURE_BODY)?.length ?? 0;
  if (past >= 3 && past > future) return "review";
  if (future >= 3 && future > 2 * past) return "plan";
  return null;
}
