import type { Category } from "./types.ts";

type Rule = readonly [RegExp, string];

/**
 * Kinds of money figure. Each measures something different (signed ≠ in place ≠ spent), so
 * charts never add or rank them together. First match wins; the figure's own phrase is tried
 * before the clauses before it (力争完成191.4亿元目标任务 takes 到位 from the clause before).
 */
export const INVESTMENT_KINDS: readonly Rule[] = [
  [/争项争资|争资|向上争取|争取.{0,6}资金/, "secured"],
  [/研发/, "rd"],
  [/技改投资/, "tech-upgrade"],
  [/固定资产投资/, "fixed-asset"],
  [/到位/, "in-place"],
  [/签约|合同|协议/, "signed"],
  [/计划投资|年度投资/, "annual-plan"],
  [/总投资/, "total"],
  [/完成投资|投资完成/, "completed"],
];

/** Money that is output or income, not investment. */
const OUTPUT_MONEY: Rule = [/GDP|生产总值|经济总量|产值|营业收入|收入|营收|税收|销售额/, "output"];

/** Categories of counts and measures, each with its kinds; first match wins, so order matters. */
const CATEGORY_RULES: readonly { category: Category; match: RegExp; units?: RegExp; kinds: readonly Rule[] }[] = [
  {
    category: "farmland",
    match: /农田|耕地|国土综合整治|土地整治|国土整治/,
    units: /亩|公顷/,
    kinds: [[/高标准农田/, "high-standard"], [/整治/, "consolidation"]],
  },
  // A length in 公里 said of anything road-like is a road, before 农村 can claim it.
  { category: "roads", match: /路|道|桥/, units: /公里/, kinds: [] },
  {
    category: "jobs",
    match: /就业|培训|招工|用工/,
    units: /人/,
    kinds: [[/培训/, "training"], [/城镇新增就业|新增就业/, "new-urban"]],
  },
  {
    category: "enterprises",
    match: /企业|公司|头部|瞪羚|规上|进规|市场主体/,
    units: /家|个|户/,
    kinds: [
      [/规上|进规|规模以上/, "above-scale"],
      [/高新技术企业/, "high-tech"],
      [/科技型中小企业/, "tech-sme"],
      [/专精特新|小巨人/, "specialised"],
      [/500强|上市公司|头部|瞪羚|100强/, "leading"],
      [/产值/, "by-output"],
    ],
  },
  {
    category: "education",
    match: /学位|学校|幼儿园|教育|中学|小学|学前|职教|校舍/,
    kinds: [[/学位/, "school-places"], [/幼儿园/, "kindergartens"], [/学校|中学|小学/, "schools"], [/项目/, "projects"]],
  },
  {
    category: "health",
    match: /急救|医院|卫生院|卫生室|医疗|养老|诊所|健康/,
    kinds: [[/急救/, "emergency"], [/养老/, "elderly-care"], [/医院|卫生院|诊所|卫生室/, "clinics"]],
  },
  {
    category: "parks",
    match: /公园|绿地|绿化|园林|植物/,
    kinds: [[/口袋公园/, "pocket-parks"], [/绿地|绿化/, "green-space"], [/公园|园区/, "parks"]],
  },
  {
    category: "housing",
    match: /老旧小区|棚户区|保障房|保障性住房|安置房|住房/,
    kinds: [[/老旧小区/, "old-communities"], [/棚户区/, "shanty-towns"]],
  },
  {
    category: "roads",
    match: /公路|道路|路网|县乡道|桥梁|大桥|候车亭|背街小巷|街巷|路面/,
    kinds: [
      [/背街小巷|街巷/, "alleys"],
      [/桥/, "bridges"],
      [/候车亭/, "shelters"],
      [/提档升级|升级/, "upgrade"],
      [/连通|延伸/, "connect"],
      [/新改建|新建|改建|建设|改造/, "build"],
    ],
  },
  { category: "water", match: /饮水|供水|水厂|水利|灌溉/, kinds: [[/饮水/, "drinking-water"]] },
  { category: "sanitation", match: /户厕|厕所|垃圾|污水|环卫/, kinds: [[/户厕|厕所/, "toilets"]] },
  {
    category: "culture",
    match: /文化|文体|体育|演出|讲堂|图书馆|博物馆|景区/,
    kinds: [[/体育/, "sports"], [/讲堂/, "lectures"], [/演出/, "performances"]],
  },
  {
    category: "governance",
    match: /事项|审批|信访|矛盾|案件|积案|行业|一业一证|窗口|网办|政务/,
    kinds: [[/信访|积案|矛盾/, "petitions"], [/事项|审批|一业一证|行业/, "services"]],
  },
  {
    category: "agriculture",
    match: /粮食|蔬菜|生猪|出栏|种植|养殖|农业|乡村|农村|村/,
    kinds: [[/粮食/, "grain"], [/蔬菜/, "vegetables"], [/生猪|出栏/, "pigs"], [/乡村|村/, "villages"]],
  },
  {
    category: "projects",
    match: /项目|工程/,
    kinds: [
      [/技改/, "tech-upgrade"],
      [/引进|招商|签约/, "attract"],
      [/新开工|开工/, "start"],
      [/竣工|投产|建成/, "complete"],
      [/重点项目/, "key"],
    ],
  },
];

/** A phrase that opens with a verb of delivery names its own action. */
const OWN_VERB = /^(?:力争|确保|全年|年内|计划)*(?:新增|新建|新改建|改建|改造|完成|引进|实施|建设|建成|开展|培育|增加|开工|签约|创建|打造)/;

/** Kinds of rate: what the percentage measures. */
const RATE_KINDS: readonly Rule[] = [
  [/增长|增幅|增速|涨幅|提高/, "growth"],
  [/缩减|下降|降低|减少|压缩/, "reduction"],
  [/失业率/, "unemployment"],
  [/指数/, "index"],
  [/率|比例|占比|覆盖|入驻/, "share"],
];

const firstKind = (rules: readonly Rule[], ...texts: string[]) => {
  for (const t of texts) for (const [re, kind] of rules) if (re.test(t)) return kind;
  return null;
};

/**
 * Category and kind of a target from its unit and the words around it. `texts` are the
 * figure's own phrase first, then the clauses before it in its sentence, nearest first: a
 * figure whose phrase says too little (提档升级120公里) takes its subject from them.
 * `within` forces the category (a breakdown after 其中 measures what its total measures).
 */
export function categorize(unit: string, baseUnit: string, texts: readonly string[], within?: Category): { category: Category; kind: string } {
  const [phrase] = texts;
  if (baseUnit === "%" || baseUnit === "个百分点") {
    return { category: "rate", kind: firstKind(RATE_KINDS, phrase) ?? "other" };
  }
  if (baseUnit === "元" && (!within || within === "investment" || within === "other")) {
    if (OUTPUT_MONEY[0].test(phrase)) return { category: "other", kind: OUTPUT_MONEY[1] };
    const kind = firstKind(INVESTMENT_KINDS, ...texts);
    if (kind || /投资|资金/.test(phrase)) return { category: "investment", kind: kind ?? "other" };
    return { category: "other", kind: "money" };
  }
  for (const [i, text] of texts.entries()) {
    for (const rule of CATEGORY_RULES) {
      if (within ? rule.category !== within : rule.match.test(text) === false) continue;
      if (rule.units && !rule.units.test(unit)) continue;
      const kinds = CATEGORY_RULES.filter((r) => r.category === rule.category).flatMap((r) => r.kinds);
      // A phrase with its own verb (新增城镇住房保障家庭5000户) says what it is; only an
      // elliptical one (…,5亿元以上项目15个) borrows its kind from the clauses before it.
      const from = i === 0 && OWN_VERB.test(phrase) ? [phrase] : texts;
      return { category: rule.category, kind: firstKind(kinds, ...from) ?? "other" };
    }
  }
  return { category: within ?? "other", kind: "other" };
}
