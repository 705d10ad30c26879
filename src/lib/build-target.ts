import type { Category, Quantity, Target } from "./types.ts";
import { categorize, saysNothing } from "./categories.ts";
import { clauseAround, phraseAround, sentenceAround, within } from "./segments.ts";
import { labelOf, TRAILING_FILLER } from "./label.ts";
import { CHANGE_BASIS, WHOLE_TEXT } from "./lexicon.ts";
import type { RespectivelyShare } from "./respectively.ts";

/** Categories whose repeated kind in one sentence names a subset (工业项目合同投资额 ⊂ 合同投资额). */
const SUBSET_CATEGORIES = new Set<Category>(["investment", "projects", "enterprises"]);

export interface Where {
  year: number | null;
  district: string;
  slug: string;
  scope: "unit" | "city";
  rule: string;
  ownerRule: string;
  /** The owners' names as the sentence writes them (a list of places), left out of the label. */
  ownerWords: readonly string[];
}

/**
 * A target record from a judged figure: its phrase and quote, label, category and kind, role
 * (a component after 其中 or of a larger count in its sentence), threshold and scope.
 */
export function buildTarget(
  text: string,
  headline: string,
  q: Quantity,
  figures: readonly number[],
  thresholds: readonly Quantity[],
  earlierInSentence: readonly Target[],
  share: RespectivelyShare | null,
  where: Where,
): Target {
  const [clauseStart, clauseEnd] = clauseAround(text, q.numberStart);
  // A 分别 figure's phrase is its whole clause: subject and figure stand apart in it.
  const [pStart, pEnd] = share ? [clauseStart, clauseEnd] : phraseAround(text, q.numberStart, figures);
  const phrase = text.slice(pStart, pEnd);
  const [sStart] = sentenceAround(text, q.numberStart);
  const earlierClauses: string[] = [];
  for (let at = clauseAround(text, pStart)[0] - 1; at > sStart; ) {
    const [a] = clauseAround(text, at - 1);
    earlierClauses.push(text.slice(a, at));
    at = a - 1;
  }
  const isPart = /^其中/.test(text.slice(clauseStart, clauseEnd));
  const parent = earlierInSentence[earlierInSentence.length - 1];
  // 其中…: a breakdown measures what its total measures (其中“一江两河”项目25万平方米).
  const parentCategory = isPart && parent && parent.base_unit === q.baseUnit ? parent.category : undefined;
  // The places that own the figure are who, not what: 开原市、昌图县各21个 counts what 21 counts.
  const bare = withoutOwners(phrase, where.ownerWords);
  const ownWords = share ? `${share.subject}${share.verb}` : bare;
  const figureText = share ? "" : q.text;
  const c = categorize(q.unit, q.baseUnit, ownWords, figureText, earlierClauses, parentCategory, text.slice(clauseStart, clauseEnd));
  // 其中工业投资450亿元: a breakdown that names no kind of its own measures its total's kind.
  if (parentCategory && c.kindRule === null && (c.kind === "other" || c.categoryRule === "money-investment") && c.category === parentCategory) {
    c.kind = parent.kind;
    c.kindRule = "within";
  }
  // 亿元以上项目100个,5亿元以上项目15个: a second figure of the same kind is a subset.
  const sameKindBefore =
    SUBSET_CATEGORIES.has(c.category) &&
    earlierInSentence.some((t) => t.category === c.category && t.kind === c.kind && c.kind !== "other" && t.base_unit === q.baseUnit);
  const threshold = within(thresholds, pStart, q.numberStart, (t) => t.start).find((t) => t.end <= q.numberStart);
  const figureAt = bare.indexOf(q.text);
  let label = share ? `${share.subject}${share.verb}`.replace(TRAILING_FILLER, "") : figureAt >= 0 ? labelOf(bare, figureAt, figureAt + q.text.length) : labelOf(phrase, q.start - pStart, q.end - pStart);
  // 宜城市力争新开工项目: the unit heading the sentence is the target's district, not its label.
  if (where.district && label.startsWith(where.district)) {
    const rest = label.slice(where.district.length);
    label = labelOf(rest, rest.length, rest.length) || label;
  }
  // 实际到位资金271.5亿元,同比增长超过10%: a rate without a subject is the rate of the figure before it.
  if (!share && c.measure !== "amount" && new RegExp(`^(?:${CHANGE_BASIS})?(?:增长|增幅|增速|提高|下降)`).test(label) && parent) {
    label = parent.label.endsWith(label) ? parent.label : `${parent.label}${label}`;
    if (where.ownerWords.length) label = label.replace(WHOLE_TEXT_PREFIX, "");
  }
  // 州直新建高标准农田100万亩、塔城地区32万亩, （州直增长7.5%）: a figure of one of several places
  // that names nothing but its place and verb says what the figure before it says.
  const said = earlierInSentence.findLast((t) => t.label !== "" && t.base_unit === q.baseUnit) ?? earlierInSentence.findLast((t) => t.label !== "");
  const ofPlaces = where.ownerWords.length > 0;
  if (!share && said && (label === "" || (ofPlaces && saysNothing(label, "")))) {
    label = said.label.replace(WHOLE_TEXT_PREFIX, "");
    if (c.category === "other" || c.category === said.category) Object.assign(c, { category: said.category, kind: said.kind, measure: c.measure, categoryRule: "inherited", kindRule: null });
  }
  return {
    id: "",
    year: horizonYear(text.slice(sStart, q.numberStart), where.year),
    district: where.district,
    slug: where.slug,
    category: c.category,
    kind: c.kind,
    measure: c.measure,
    label,
    value: q.value,
    value_max: q.valueMax ?? null,
    unit: q.unit,
    base_value: q.baseValue,
    base_unit: q.baseUnit,
    qualifier: share?.qualifier ?? q.qualifier,
    approx: q.approx,
    scope: where.scope,
    role: isPart || sameKindBefore ? "component" : "total",
    threshold_base_value: threshold ? threshold.baseValue : null,
    threshold_base_unit: threshold ? threshold.baseUnit : null,
    quote: phrase,
    start: pStart,
    end: pEnd,
    number_start: q.start,
    number_end: q.end,
    item: headline,
    rule: where.rule,
    category_rule: c.categoryRule,
    kind_rule: c.kindRule,
    owner_rule: where.ownerRule,
  };
}

/**
 * The year a figure is for: the plan's, unless its sentence sets a later horizon before it
 * (到2021年…, 2025年底前…, …，2020年运营里程达到…, 到“十四五”末…): that target belongs to that year.
 */
function horizonYear(before: string, planYear: number | null): number | null {
  let year: number | null = null;
  // 今后五年…力争经济总量突破8000亿元: the five years' goal, due at their end.
  if (planYear !== null && /今后五年|未来五年|五年内|五年后|本届政府任期/.test(before)) year = planYear + 4;
  // A later year at the head of a clause sets its horizon too: …，2020年运营里程达到500公里.
  for (const m of before.matchAll(/(?:到|至|在)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年(?:底|末)?(?:前|以前)|(?:^|[，,；;：:])\s*((?:19|20)\d{2})\s*年(?=[\u4e00-\u9fff])(?!以来|来|初|上半年|下半年|的|与|同|和|较|比)/g)) year = Number(m[1] ?? m[2] ?? m[3]);
  for (const m of before.matchAll(/(?:到|至)\s*“?(十[一二三四五六七八九]?)五”?(?:末|期末|时期末)/g)) {
    const n = m[1] === "十" ? 10 : 10 + "一二三四五六七八九".indexOf(m[1][1]) + 1;
    year = 1966 + (n - 3) * 5 + 4;
  }
  return year !== null && (planYear === null || year > planYear) ? year : planYear;
}

/** 全州地区生产总值增长 said of a place in brackets is 地区生产总值增长 there. */
const WHOLE_TEXT_PREFIX = new RegExp(WHOLE_TEXT.source.replace(/^\^\(\?:/, "^(?:"));

/** The phrase without the owners' names and the words that share a figure out (在云岩区、南明区各 → ""). */
function withoutOwners(phrase: string, owners: readonly string[]): string {
  if (owners.length === 0) return phrase;
  const names = [...owners].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const list = new RegExp(`(?:在|对|由)?(?:${names})(?:(?:、|和|及|与)(?:${names}))*(?:分别|各|均)?`, "g");
  return phrase.replace(list, "");
}
