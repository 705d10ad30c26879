import type { NonTargetReason, Part, Quantity } from "./types.ts";
import { clauseAround, isQuoted } from "./segments.ts";
import { isClassifier } from "./units.ts";

export type Judgement =
  | { target: true; scope: "unit" | "city" }
  | { target: false; reason: NonTargetReason; note: string };

export interface JudgeContext {
  /** The whole source text; offsets in quantities index into it. */
  text: string;
  part: Part;
  /** The city the list belongs to (襄阳): a figure said of it is the city's, not the unit's. */
  city?: string;
}

/** Verbs that, right before a small Chinese numeral, make it a count to deliver (新建三所学校). */
const DELIVERY_VERB = /(?:新建|新增|建成|建设|完成|引进|开办|改造|培育|新改建|增加|达到|实现|打造|创建)$/;
/** Verbs and adverbs that may stand right before a counted figure in a list member. */
const LIST_VERB = /(?:新建|新增|建成|建设|完成|引进|开办|改造|培育|新改建|增加|达到|实现|打造|创建|实施|推进|加快|开展|启动|支持|推动|争取|力争|确保|全年|选取|以及|和|及|与|或)$/;
/** Words that mean the figure is the goal itself, not a threshold on what is counted. */
const GOAL_NOUN = /^(?:目标|任务|水平|规模|左右)/;
const CJK = /[\u4e00-\u9fff]/;

const not = (reason: NonTargetReason, note: string): Judgement => ({ target: false, reason, note });

/**
 * Decides whether a number read from the text is one of the unit's targets. The rules are
 * about how Chinese official prose uses numbers (dates, ordinals, names, thresholds), never
 * about one sentence; each rule that says "no" gives its reason for the ledger.
 */
export function judgeQuantity(q: Quantity, ctx: JudgeContext): Judgement {
  const { text, part } = ctx;
  if (part.kind !== "item") {
    return not(part.kind as NonTargetReason, `in the ${part.kind}, not in a unit's list`);
  }
  if (Number.isNaN(q.value)) return not("unreadable", `could not read the number ${q.text}`);
  if (isQuoted(text, q.numberStart, part.start)) return not("quoted", "inside quotation or title marks: a name or slogan");

  const after = text.slice(q.end, Math.min(part.end, q.end + 8));
  const before = text.slice(Math.max(part.start, q.numberStart - 8), q.numberStart);
  const [clauseStart, clauseEnd] = clauseAround(text, q.numberStart);
  const clauseBefore = text.slice(clauseStart, q.numberStart);
  const clauseAfter = text.slice(q.end, clauseEnd);

  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(text.slice(q.numberEnd, q.numberEnd + 1))) {
    return not("code", "joined to Latin letters: a code (G207, 4A级)");
  }
  if (q.unit === "" && /^(?:年|月|日|号|时|周岁)/.test(after)) return not("date", "a date or period");
  if (/第$/.test(before)) return not("ordinal", "an ordinal (第…)");
  if (q.unit === "届" || (q.unit === "次" && /^[、和及与]?[零〇一二两三四五六七八九十\d]*次?(?:全会|会议|党代会|代表大会)/.test(after))) {
    return not("ordinal", "an ordinal of a meeting or session");
  }
  if (/^强/.test(after) && q.unit === "") return not("rank", "a ranking (500强)");
  if (/前$/.test(before) && q.unit === "名") return not("rank", "a ranking (前10名)");
  if (q.numeral === "chinese" && q.unit === "" && /^大/.test(after)) return not("name", "part of a name (二十大, 十大)");
  if (q.baseUnit === "") {
    return not("no-unit", q.unit ? `no unit after ${q.text}` : "a bare number: part of a name or code (316国道)");
  }
  if (q.numeral === "chinese" && q.value === 1) return not("article", "一 + classifier is an article (一批, 一个)");
  if (isInNamedList(clauseBefore, clauseAfter)) return not("name", "part of a project's name in a list closed by 等");
  if (isThreshold(q, text.slice(q.end, clauseEnd))) {
    return not("threshold", "a threshold on what is counted (亿元以上项目), not an amount");
  }
  if (/(?:全国|全省|全球|世界|中国|国家)$/.test(before)) return not("context", "a national or provincial count given as context");
  if (/发挥/.test(clauseBefore) && /作用/.test(clauseAfter)) return not("means", "resources put to use (发挥…作用), not a target");
  if (clauseBefore.trim() === "" && isClassifier(q.unit) && isSubjectCount(clauseAfter)) {
    return not("means", "a count that opens its clause as its subject: the means, not the goal");
  }
  if (/^(?:地址|地点|选址|位置|点位)/.test(after)) return not("site", "counts the sites chosen, not what is delivered");
  if (q.numeral === "chinese" && q.value < 10 && !DELIVERY_VERB.test(clauseBefore)) {
    return not("set-phrase", "a small Chinese numeral in a set phrase (五张名片)");
  }
  return { target: true, scope: isCityFigure(clauseBefore, ctx.city) ? "city" : "unit" };
}

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
  return CJK.test(member.slice(-1)) && !LIST_VERB.test(member);
}

/** 亿元以上工业项目, (投资500万元以上)重点项目, 10万元以上的村: the figure qualifies a noun. */
function isThreshold(q: Quantity, rest: string): boolean {
  const bounded = q.qualifier === "≥" || q.qualifier === "≤" || q.numeral === "implicit";
  if (!bounded || !/[以之]上|[以之]下|以内/.test(q.text + rest.slice(0, 2))) return false;
  const next = rest.replace(/^[)）]?的?/, "");
  return CJK.test(next.charAt(0)) && !/^[并和与及或且]/.test(next) && !GOAL_NOUN.test(next);
}

/** A clause such as 5支驻外招商分队驻点招商: the counted noun then a verb phrase. */
function isSubjectCount(clauseAfter: string): boolean {
  return clauseAfter.length >= 6 && !/(?:项目|工程|建设|改造)$/.test(clauseAfter);
}

/** 助力襄阳GDP冲刺6000亿元: the city's name (not a place inside it, 襄阳(宜城)) names the subject. */
function isCityFigure(clauseBefore: string, city: string | undefined): boolean {
  if (!city) return false;
  const short = city.replace(/市$/, "");
  const at = clauseBefore.lastIndexOf(short);
  if (at < 0) return false;
  return !/^[市]?[(（籍]/.test(clauseBefore.slice(at + short.length));
}
