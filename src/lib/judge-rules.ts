import type { NonTargetReason } from "./types.ts";
import type { FigureContext } from "./figure-context.ts";
import { isClassifier } from "./units.ts";
import { CJK, DELIVERY_VERBS, LIST_VERBS } from "./lexicon.ts";

/**
 * A rule that decides a figure is not a target. Rules are tried in order; the first that
 * holds decides, and its id goes into the ledger, so a wrongly read figure leads to its rule
 * in one look-up. `example` is a small text where the rule must decide some figure and
 * `counterExample` one where it must decide none (tests/lib/rules.test.ts walks them all).
 */
export interface JudgeRule {
  id: string;
  reason: NonTargetReason;
  /** What the rule says, in English, for the ledger and extract output. */
  note: string;
  test: (f: FigureContext) => boolean;
  example: string;
  counterExample: string;
  /** The city the examples are read for, when the rule needs one. */
  city?: string;
}

/** A rule that decides a figure is a target, and whose target it is. */
export interface TargetRule {
  id: string;
  note: string;
  scope: "unit" | "city";
  test: (f: FigureContext) => boolean;
  example: string;
  counterExample: string;
  city?: string;
}

const DELIVERY_BEFORE = new RegExp(`(?:${DELIVERY_VERBS})$`);
const DELIVERY_IN = new RegExp(`(?:${DELIVERY_VERBS})`);
const LIST_VERB_BEFORE = new RegExp(`(?:${LIST_VERBS})$`);
/** Words that mean the figure is the goal itself, not a threshold on what is counted. */
const GOAL_NOUN = /^(?:目标|任务|水平|规模|左右)/;
/** 各建一所, 每县建设一家: one for each, a count. */
const EACH_BEFORE = /[各每][\u4e00-\u9fff]{0,3}$/;
const PLAN_ROLES = new Set(["plan", "practical", "unit", "units"]);
/** Words before a number that bound it (超千亿元 reads as a figure, 千亿元 alone is a word). */
const PRE_QUALIFIED = /(?:超过|超|突破|近|逾|约|达到|达|不低于|不少于|高于|力争|实现|完成)$/;
/** 十个方面工作, 三大任务: what a count of the report's own parts is followed by. */
const OUTLINE_AFTER = /^(?:个)?(?:方面|大|项|件|条)?(?:重点)?(?:工作|任务|方面|举措|措施|部分|大事|重点)(?:[，,。；;：:]|$)/;
/** 先期, 现有, 目前: words of the present state right before a figure. */
const PRESENT_BEFORE = new RegExp(`(?:先期|现有|目前|当前|现已|现状)[\u4e00-\u9fff]{0,6}$`);
/** 投资过500万元技改项目400个, 超10亿美元或50亿元重大产业项目5个: a size, then what is counted. */
const THRESHOLD_BEFORE_COUNT = /^(?:(?:或|和|及|、)\d+(?:\.\d+)?(?:万|亿)?(?:美元|元))?(?:以上|及以上)?的?[\u4e00-\u9fff]{1,10}?\d+(?:\.\d+)?[个家项所座条批户]/;
/** A past time at the head of the figure's own clause: 过去三年, 去年, 上年, 2021年. */
const PAST_IN_CLAUSE = /(?:过去(?:的)?[一二两三四五\d]+年|[一二两三四五]年来|(?<![比较同与])去年|(?<![比较同与])上年|(?<![比较同与])上一年|“十[一二三四五]五”(?:期间|时期)?)[^，,；;。]*$/;

export const JUDGE_RULES: readonly JudgeRule[] = [
  {
    id: "dotted-date",
    reason: "date",
    note: "a date written with points (2022.12.28)",
    test: (f) => /^(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}$/.test(f.text.slice(f.q.numberStart, f.q.numberEnd)),
    example: "【2022.12.28】，全市召开大会。",
    counterExample: "增长13.0.3%。",
  },
  {
    id: "unreadable",
    reason: "unreadable",
    note: "could not read the number",
    test: (f) => Number.isNaN(f.q.value),
    example: "新增学位【二十五六个】。",
    counterExample: "新增学位二十五个。",
  },
  {
    id: "quoted",
    reason: "quoted",
    note: "inside quotation or title marks: a name or slogan",
    test: (f) => f.quoted && !isQuotedGoal(f),
    example: "打造制造业、农业、服务业“【7】+5+2”产业链集群。",
    counterExample: "郑州的目标为“增长15%”。",
  },
  {
    id: "code",
    reason: "code",
    note: "joined to Latin letters: a code (G207, 4A级)",
    test: (f) => /[A-Za-z]$/.test(f.before) || /^[A-Za-z]/.test(f.text.slice(f.q.numberEnd, f.q.numberEnd + 1)),
    example: "加快推进G【207】西移项目建设。",
    counterExample: "新建公路207公里。",
  },
  {
    id: "grade",
    reason: "name",
    note: "a grade or class (30万吨级航道, 千亿级产业集群): it names a kind, not an amount",
    test: (f) => /^级/.test(f.text.slice(f.q.end, f.q.end + 1)),
    example: "建设【30万吨】级航道。",
    counterExample: "港口吞吐量达到30万吨。",
  },
  {
    id: "per-unit-indicator",
    reason: "name",
    note: "a unit word inside an indicator's name (万元生产总值用水量, 亿元GDP死亡率), or a table's unit cell",
    test: (f) => f.q.numeral === "implicit" && f.q.qualifier === "=" && !PRE_QUALIFIED.test(f.before),
    example: "【万元】生产总值用水量下降16%。",
    counterExample: "实施投资亿元以上项目50个。",
  },
  {
    id: "date",
    reason: "date",
    note: "a date or period",
    test: (f) => f.q.unit === "" && /^\s*(?:年|月|日|号|时|周岁)/.test(f.text.slice(f.q.end, f.q.end + 4)),
    example: "庞公学校【9】月投入使用。",
    counterExample: "新建学校9所。",
  },
  {
    id: "ordinal",
    reason: "ordinal",
    note: "an ordinal (第…, 届, 次全会)",
    test: (f) =>
      /第$/.test(f.before) ||
      f.q.unit === "届" ||
      (f.q.unit === "次" && /^[、和及与]?[零〇一二两三四五六七八九十\d]*次?(?:全会|会议|党代会|代表大会)/.test(f.after)) ||
      (f.q.unit === "期" && f.q.numeral === "chinese"), // 地铁1号线三期: a phase
    example: "推动市第【十四次】党代会各项工作落实落地。开通运营地铁1号线三期。",
    counterExample: "开展文化惠民演出活动30场。",
  },
  {
    id: "list-number",
    reason: "ordinal",
    note: "numbers a heading or a list member (二、 1. 三是)",
    test: (f) =>
      f.q.unit === "" &&
      (/^(?:是|要|则)/.test(f.after) || (/^(?:\s|\*\*|#+\s*|[（(])*$/.test(f.text.slice(f.part.start, f.q.numberStart)) && /^[、.．）)]/.test(f.after))),
    example: "一是加强领导，【二】是完善机制。\n1.新增城镇就业5万人。\n",
    counterExample: "新增城镇就业5万人。",
  },
  {
    id: "rank",
    reason: "rank",
    note: "a ranking (500强, 前10名)",
    test: (f) => (/^强/.test(f.after) && f.q.unit === "") || (/前$/.test(f.before) && f.q.unit === "名"),
    example: "引进世界【500】强企业。",
    counterExample: "引进企业500家。",
  },
  {
    id: "name-numeral",
    reason: "name",
    note: "part of a name (二十大, 十大)",
    test: (f) => f.q.numeral === "chinese" && f.q.unit === "" && /^大/.test(f.after),
    example: "以优异成绩迎接党的【二十】大胜利召开。",
    counterExample: "新建学校二十所。",
  },
  {
    id: "no-unit",
    reason: "no-unit",
    note: "a bare number with no unit of measure: part of a name or code (316国道)",
    test: (f) => f.q.baseUnit === "",
    example: "推进【316】国道东段改造。",
    counterExample: "新改建农村公路316公里。",
  },
  {
    id: "article",
    reason: "article",
    note: "一 + classifier is an article (一批, 一个)",
    test: (f) => f.q.numeral === "chinese" && f.q.value === 1 && isClassifier(f.q.unit) && !EACH_BEFORE.test(f.clauseBefore),
    example: "化解【一批】长期积累的信访案件，建成一个中心。",
    counterExample: "每个县各建设一家平价医院。",
  },
  {
    id: "named-list",
    reason: "name",
    note: "part of a project's name in a list closed by 等",
    test: (f) => isInNamedList(f.clauseBefore, f.clauseAfter),
    example: "加快中力电动叉车老河口基地、牧原【200万头】生猪屠宰、G316河谷汉江公路大桥等重大项目建设。",
    counterExample: "加快生猪、牛羊等产业发展，生猪出栏120万头。",
  },
  {
    id: "outline-count",
    reason: "outline",
    note: "counts the report's own parts (重点抓好十个方面工作)",
    test: (f) => isClassifier(f.q.unit) && OUTLINE_AFTER.test(f.clauseAfter),
    example: "今年重点抓好以下【十个】方面工作。",
    counterExample: "今年新建十个社区服务中心。",
  },
  {
    id: "threshold",
    reason: "threshold",
    note: "a threshold on what is counted (亿元以上项目), not an amount",
    test: (f) => isThreshold(f),
    example: "力争引进【亿元以上】工业项目110个。深入谋划推进15个投资超百亿元项目，突出抓好35个投资过50亿元的扛鼎项目。",
    counterExample: "实际到位资金450亿元以上。全年投资超过100亿元。",
  },
  {
    id: "threshold-before-count",
    reason: "threshold",
    note: "a size that qualifies what a count after it counts (投资过500万元技改项目400个)",
    test: (f) => !isClassifier(f.q.unit) && THRESHOLD_BEFORE_COUNT.test(f.clauseAfter),
    example: "培育年产值【500万元】企业100家。",
    counterExample: "完成技改投资500万元，新建项目4个。",
  },
  {
    id: "state-now",
    reason: "context",
    note: "where things stand now (先期开复项目305个, 现有企业), not where they are to go",
    test: (f) => PRESENT_BEFORE.test(f.clauseBefore),
    example: "全年计划实施重点项目500个，先期开复项目【305个】。",
    counterExample: "全年计划实施重点项目500个，新开工项目305个。",
  },
  {
    id: "baseline",
    reason: "baseline",
    note: "the level a figure rises from (从…提高到…): the target is the new level",
    test: (f) => /[从由][^，,；;。从由]*$/.test(f.clauseBefore) && /^[^，,；;。]*?(?:提高|增加|提升|扩大|降低|下降|缩小|减少|调整|增长|上调)(?:到|至)/.test(f.clauseAfter),
    example: "基础养老金最低标准从每人每月【120元】提高到130元。城乡低保标准由每人每月165元提高至330元。",
    counterExample: "基础养老金最低标准提高到每人每月130元。",
  },
  {
    id: "change-on-last-year",
    reason: "context",
    note: "how much a target is above last year's (新增城镇就业1.2万人，比上年增加2000人; 8.5%，比去年提高0.5个百分点): the target is the figure before it",
    test: (f) => CHANGE_ON_LAST_YEAR.test(f.clauseBefore.trim()) && sameMeasureBefore(f),
    example: "樊城区计划新增城镇就业1.2万人，比上年增加【2000人】。保康县GDP增速目标为8.5%，比去年提高0.5个百分点。",
    counterExample: "实现地区生产总值500亿元，比上年增长8%。",
  },
  {
    id: "national-context",
    reason: "context",
    note: "a national or provincial count given as context",
    test: (f) => /(?:全国|全球|世界|中国|国家)$/.test(f.before),
    example: "持续巩固在全国【169家】国家级高新区中的地位。",
    counterExample: "培育国家级高新技术企业169家。",
  },
  {
    id: "means-resources",
    reason: "means",
    note: "resources put to use (发挥…作用), not a target",
    test: (f) => /发挥/.test(f.clauseBefore) && /作用/.test(f.clauseAfter),
    example: "发挥【7个】产业链链长、7个驻外招商站作用，力争新签约项目145个以上。",
    counterExample: "新建7个驻外招商站。",
  },
  {
    id: "means-subject",
    reason: "means",
    note: "a count that opens its clause as its subject: the means, not the goal",
    test: (f) =>
      f.clauseBefore.trim() === "" && isClassifier(f.q.unit) && f.clauseAfter.length >= 6 && !/(?:项目|工程|建设|改造)$/.test(f.clauseAfter),
    example: "谋划一批企业，【5支】驻外招商分队驻点招商。",
    counterExample: "力争新增5支驻外招商分队。",
  },
  {
    id: "site-count",
    reason: "site",
    note: "counts the sites chosen, not what is delivered",
    test: (f) => /^(?:地址|地点|选址|位置|点位)/.test(f.after),
    example: "选取电务路口、钻石大道西口【5处】地址。",
    counterExample: "新建口袋公园5处。",
  },
  {
    id: "set-phrase",
    reason: "set-phrase",
    note: "a small Chinese numeral in a set phrase (五张名片)",
    test: (f) =>
      f.q.numeral === "chinese" && f.q.value < 10 && isClassifier(f.q.unit) &&
      !DELIVERY_BEFORE.test(f.clauseBefore) && !EACH_BEFORE.test(f.clauseBefore) && !isPostNominalCount(f) && !isListTotal(f),
    example: "打造工业强县、农业特县【五张】名片。",
    counterExample: "新建桥梁六座。推进南山伴行、百里丹霞、车师古道、北部沙漠四条旅游风景道建设。在新区和老区各建一所幼儿园。森林覆盖率提高一个百分点。",
  },
  {
    id: "title",
    reason: "title",
    note: "in a title line: it names what the section lists, the section's own lines set the targets",
    test: (f) => f.inTitle,
    example: "2023年市政府【十件】民生实事\n一、新建幼儿园12所。\n二、改造老旧小区85个。\n",
    counterExample: "2023年民生实事\n一、新建幼儿园12所。\n",
  },
  {
    id: "glossary",
    reason: "glossary",
    note: "in a glossary: a figure that explains a term",
    test: (f) => f.role === "glossary",
    example: "二、2023年工作安排\n新增学位1000个。\n部分用语说明\n1.十百千万工程\n培育【10家】百亿级企业。\n",
    counterExample: "二、2023年工作安排\n培育10家百亿级企业。\n",
  },
  {
    id: "appendix",
    reason: "appendix",
    note: "in an appendix after the report whose headings name no plan or 实事: a table or a note, not a target",
    test: (f) => f.role === "appendix",
    example: "二、2023年工作安排\n新增学位1000个。\n附件：有关数据\n全市常住人口【420万人】。\n",
    counterExample: "二、2023年工作安排\n新增学位1000个。\n附件：2023年民生实事\n新建幼儿园12所。\n",
  },
  {
    id: "share-of-target",
    reason: "context",
    note: "how much of a target was done (完成年度目标的124%, 为计划的98%): a share of the target, not a measure of its own",
    test: (f) => f.q.baseUnit === "%" && /(?:完成|达到|占|为)(?:年度|全年|年初)?(?:目标|计划|任务)(?:任务)?的$/.test(f.clauseBefore),
    example: "一、2023年工作回顾\n城镇新增就业6.2万人，完成年度目标的【124%】。\n",
    counterExample: "一、2023年工作回顾\n城镇新增就业6.2万人，增长12.4%。\n",
  },
  {
    id: "result-in-review",
    reason: "result",
    note: "in the review of past work: a result, not a target",
    test: (f) => f.role === "review" && !(f.time.forward && !f.time.past),
    example: "一、2013年工作回顾\n全年完成固定资产投资【1.58万亿元】。\n二、2014年工作安排\n全年完成投资1.97万亿元。\n",
    counterExample: "二、2014年工作安排\n全年完成投资1.97万亿元。\n",
  },
  {
    id: "result-past-clause",
    reason: "result",
    note: "the figure's own clause speaks of the past (过去三年平均增速在8.5%左右), whatever the sentence aims at",
    test: (f) => PAST_IN_CLAUSE.test(f.clauseBefore),
    example: "过去三年平均增速在【8.5%左右】，今年目标为7%。",
    counterExample: "今年目标为7%，力争高于过去三年平均水平。",
  },
  {
    id: "result-past-words",
    reason: "result",
    note: "the sentence speaks of the past (去年, 已, 累计, 了, a past year): a result",
    test: (f) => f.time.past !== null && f.time.future === null && (f.time.pastIsTime || !PLAN_ROLES.has(f.role)),
    example: "全市已建成学校【12所】。今年力争新建学校6所。",
    counterExample: "二、2023年工作安排\n今年力争新增城镇就业6万人。我们确定了12类158件民生实事。\n",
  },
  {
    id: "result-estimate",
    reason: "result",
    note: "an estimate of the year just ended (预计全年…), not a target",
    test: (f) => f.time.estimate !== null && f.time.future === null && !PLAN_ROLES.has(f.role),
    example: "预计全年GDP增长【4%】。",
    counterExample: "力争全年GDP增长5%。",
  },
];

export const TARGET_RULES: readonly TargetRule[] = [
  {
    id: "target-city",
    note: "the city's own figure, cited in a unit's list",
    scope: "city",
    test: (f) => isCityFigure(f.clauseBefore, f.city),
    example: "襄阳高新区\n助力襄阳GDP冲刺【6000亿元】。\n",
    counterExample: "襄阳高新区\n助力本区GDP冲刺600亿元。\n",
    city: "襄阳",
  },
  {
    id: "target-in-plan",
    note: "in the plan, a 实事 list or a unit's list",
    scope: "unit",
    test: (f) => PLAN_ROLES.has(f.role),
    example: "二、2014年工作安排\n全年完成投资【1.97万亿元】。\n",
    counterExample: "新增城镇就业6万人。",
  },
  {
    id: "target-future-words",
    note: "the sentence sets a goal (力争, 确保, 目标, 今年)",
    scope: "unit",
    test: (f) => f.time.future !== null,
    example: "今年力争新增城镇就业【6万人】。",
    counterExample: "新增城镇就业6万人。",
  },
  {
    id: "target-default",
    note: "a figure of a text without review or plan sections, with no word of the past",
    scope: "unit",
    test: () => true,
    example: "新增城镇就业【6万人】。",
    counterExample: "今年力争新增城镇就业6万人。",
  },
];

/**
 * A member of an enumeration closed by 等 whose figure follows a name rather than a verb:
 * 加快中力电动叉车老河口基地、牧原200万头生猪屠宰、…等重大项目建设.
 */
function isInNamedList(clauseBefore: string, clauseAfter: string): boolean {
  const deng = clauseAfter.search(/等[^\d零一二两三四五六七八九十]/);
  if (deng < 0) return false;
  const lastComma = clauseBefore.lastIndexOf("、");
  if (lastComma < 0 && !clauseAfter.slice(0, deng).includes("、")) return false;
  const member = clauseBefore.slice(lastComma + 1);
  return CJK.test(member.slice(-1)) && !LIST_VERB_BEFORE.test(member);
}

/** 亿元以上工业项目, (投资500万元以上)重点项目, 10万元以上的村: the figure qualifies a noun. */
function isThreshold(f: FigureContext): boolean {
  const { q } = f;
  const rest = f.clauseAfter;
  // 投资超百亿元项目, 过亿元企业: a bound written before the money, then what is counted.
  // 投资过50亿元、过100亿元的重大工业项目: a chain of such bounds, then what is counted.
  const boundBefore = (q.qualifier === ">" && /^(?:超|过|超过)/.test(q.text)) || /(?:超|过)$/.test(f.before);
  // …超200亿元的“六补六提”100项民生实事项目: a count of its own after it makes the money the set's total.
  const counted = /\d+(?:\.\d+)?\s*[个项家所座条批户]/.test(rest.split(/[、，,；;。]/)[0]);
  if (boundBefore && !counted && /^[^，,；;。]{0,20}?(?:项目|企业|工程|园区|产业|集群)/.test(rest)) return true;
  const bounded = q.qualifier === "≥" || q.qualifier === "≤" || q.numeral === "implicit";
  if (!bounded || !/[以之]上|[以之]下|以内/.test(q.text + rest.slice(0, 2))) return false;
  const next = rest.replace(/^[)）]?的?/, "");
  return CJK.test(next.charAt(0)) && !/^[并和与及或且]/.test(next) && !GOAL_NOUN.test(next);
}

/** 新建桥梁六座: a count written after its noun, closing the phrase, in a clause that delivers. */
function isPostNominalCount(f: FigureContext): boolean {
  return isClassifier(f.q.unit) && /^(?:[、，,。；;]|$|等|以上)/.test(f.clauseAfter) && DELIVERY_IN.test(f.clauseBefore);
}

/** 南山伴行、百里丹霞…四条旅游风景道建设: a small numeral that totals the list before it, of things to build. */
function isListTotal(f: FigureContext): boolean {
  return f.clauseBefore.includes("、") && /^[\u4e00-\u9fff]{1,10}?(?:建设|工程|项目|改造)/.test(f.clauseAfter);
}

/** 助力襄阳GDP冲刺6000亿元: the city's name (not a place inside it, 襄阳(宜城)) names the subject. */
function isCityFigure(clauseBefore: string, city: string | undefined): boolean {
  if (!city) return false;
  const short = city.replace(/市$/, "");
  const at = clauseBefore.lastIndexOf(short);
  if (at < 0) return false;
  return !/^[市]?[(（籍]/.test(clauseBefore.slice(at + short.length));
}

/** A clause that opens on last year and says by how much: 比上年增加, 比去年提高, 较上年多. */
const CHANGE_ON_LAST_YEAR = /^(?:比上年|比去年|较上年|较去年|比上一年)(?:增加|提高|多|减少|提升|下降|降低|扩大)$/;

/** The sentence before the clause holds a figure the change is of: 人 before 人, a rate before 个百分点. */
function sameMeasureBefore(f: FigureContext): boolean {
  const before = f.text.slice(f.sentenceStart, f.clauseStart);
  if (f.q.baseUnit === "个百分点") return /\d\s*[%％]/.test(before);
  if (!f.q.baseUnit || f.q.baseUnit === "%") return false;
  const unit = f.q.baseUnit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\d\\s*(?:万|亿|千|百)?${unit}`).test(before);
}

/**
 * 郑州的目标为“增长15%”, 预期目标为“保8%、争9%”, 目标是“规上工业增加值增长10%”: a quoted figure
 * that is a goal, not a name. The quote holds the figure with a measure and nothing but verbs of
 * aim around it, or is one short clause that ends on it: a subject, a verb of change, the figure.
 */
function isQuotedGoal(f: FigureContext): boolean {
  if (f.q.baseUnit === "") return false;
  const rest = f.quotation.replace(/\d+(?:\.\d+)?\s*(?:[%‰]|万|亿|元|个百分点)*/g, "").replace(/[、，,\s]/g, "");
  if (/^(?:(?:增长|增幅|增速|保|争|力争|确保|达到|达|突破|超过|实现|下降|降低|控制在|左右|以上|以内|约|年均)+)?$/.test(rest)) return true;
  const at = f.quotation.indexOf(f.q.text);
  if (at < 0) return false;
  const [before, after] = [f.quotation.slice(0, at), f.quotation.slice(at + f.q.text.length)];
  return /^[\u4e00-\u9fffA-Za-z0-9.]{0,16}?(?:增长|增速|达到|达|突破|超过|下降|降低|控制在|新增|完成|提高)$/.test(before) && /^(?:以上|以内|左右)?$/.test(after);
}
