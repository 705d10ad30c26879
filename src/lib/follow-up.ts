import type { Target } from "./types.ts";
import type { Extraction } from "./extract.ts";
import type { FollowRuleId, FollowStatus } from "./follow-rules.ts";
import { indicatorWords, isGeneral, likeness, sameness } from "./indicator-words.ts";
import { clauseAround, sentenceAround } from "./segments.ts";

/** A target of year N and what the next year's texts report of it. */
export interface FollowUp {
  target: Target;
  /** The result matched to the target, a record as the reader writes it; null when none is. */
  result: Target | null;
  status: FollowStatus;
  rule: FollowRuleId;
  /** When the next report answers in words only: its sentence and where it stands. */
  evidence: { quote: string; start: number; end: number } | null;
  /** Which of the next year's texts the result or the words stand in (its index in `next`). */
  source: number | null;
}

/** A text of year N+1 and its reading. */
export interface NextText {
  text: string;
  reading: Extraction;
}

/** Classifiers that count firms alike (新增限上企业30家, …80户). */
const FIRMS = new Set(["家", "户", "个"]);
/** Kinds where less is the aim: a rate of unemployment, prices, energy per unit of output. */
const LESS_IS_BETTER = new Set(["unemployment", "prices", "intensity"]);
/** Words of a review that say a target was reached without a figure. */
const DONE_IN_WORDS = /(?:超额|全面|圆满|顺利|如期)?完成(?:了)?(?:全年|年度|省定|既定|预期)?(?:目标|任务)|目标(?:任务)?(?:全面|圆满|如期)?(?:完成|实现)|实现预期目标/;
/** How close a result must come to a 左右 target: half a point for rates, 3% of an amount. */
const ABOUT_RATE = 0.5;
const ABOUT_SHARE = 0.03;
/**
 * Kinds specific enough that a target and a result of one, in one unit, are the same indicator
 * whatever their words (粮食产量 and 粮食…总产): broad kinds (产值, 总投资, 新建) are not.
 */
const SPECIFIC_KINDS = new Set([
  "gdp", "fixed-asset", "in-place", "signed", "foreign", "rd", "tech-upgrade", "revenue", "consumption", "prices", "urbanisation",
  "trade-total", "exports", "imports", "high-standard", "grain", "vegetables", "pigs", "new-urban", "unemployment", "reemployment",
  "above-scale", "high-tech", "tech-sme", "specialised", "school-places", "kindergartens", "childcare", "old-communities",
  "shanty-towns", "rental", "dilapidated", "pocket-parks", "afforestation", "toilets", "drinking-water", "buses", "intensity",
]);

/**
 * Follows each target of year `year` into the texts of the next year: the result with the same
 * owner, about the same thing and measured the same way, the same indicator by its words (or
 * the same specific kind in the same unit), the closest by words; at most one per target. Its
 * status is judged by the qualifier the target states. Pure and linear in targets × results.
 */
export function followUp(targets: readonly Target[], next: readonly NextText[], year: number, text?: string): FollowUp[] {
  const first = joined(targets, next, year, new Map(), text);
  // A result joined to targets of different figures goes to the one its sentence speaks of; the
  // others are followed again without it. Still shared after that: none is judged by it.
  const taken = new Map<Target, Set<string>>();
  for (const group of sharedResults(first)) {
    const winner = closestInContext(group, next);
    for (const f of group) if (f !== winner && winner) taken.set(f.target, new Set([resultKey(f)]));
  }
  if (taken.size === 0) return markShared(first);
  const again = new Map(joined([...taken.keys()], next, year, taken, text).map((f) => [f.target, f]));
  return markShared(first.map((f) => again.get(f.target) ?? f));
}

const resultKey = (f: FollowUp) => `${f.source}:${f.result!.number_start}`;

/** Groups of judged follow-ups that share one result but not one figure (新增学位4.8万个, 3.2万个 → 9万个). */
function sharedResults(follow: readonly FollowUp[]): FollowUp[][] {
  const byResult = new Map<string, FollowUp[]>();
  for (const f of follow) {
    if (!f.result || (f.status !== "met" && f.status !== "missed")) continue;
    byResult.set(resultKey(f), [...(byResult.get(resultKey(f)) ?? []), f]);
  }
  // A target stated twice (the same figure in the summary and in its section) is one target.
  return [...byResult.values()].filter((g) => new Set(g.map((f) => `${f.target.base_value} ${f.target.base_unit}`)).size > 1);
}

/**
 * The one of a group whose words (its label and its paragraph's headline) the result's sentence
 * and the one before it share most (我们全力做优做强建筑业。实现总产值428.8亿元 speaks of
 * 建筑业总产值, not of 农业's 总产值); null on a tie.
 */
function closestInContext(group: readonly FollowUp[], next: readonly NextText[]): FollowUp | null {
  const f0 = group[0]!;
  const text = next[f0.source!]!.text;
  const [a, b] = sentenceAround(text, f0.result!.number_start);
  const [p] = sentenceAround(text, Math.max(0, a - 2));
  const context = indicatorWords(text.slice(Math.min(p, a), b));
  const scored = group.map((f) => ({ f, n: [...indicatorWords(`${f.target.label} ${f.target.item}`)].filter((w) => context.has(w)).length }));
  const best = Math.max(...scored.map((s) => s.n));
  const top = scored.filter((s) => s.n === best);
  return top.length === 1 ? top[0]!.f : null;
}

function markShared(follow: FollowUp[]): FollowUp[] {
  const shared = new Set(sharedResults(follow).flat());
  return follow.map((f) => (shared.has(f) ? { ...f, status: "unclear", rule: "follow-result-shared" } : f));
}

/**
 * The words of a figure's label, and, when the label names nothing specific (总产值, 总投资), the
 * words of what comes just before it: the clause before in its sentence, or the sentence before
 * in its paragraph (我们全力做优做强建筑业。实现总产值428.8亿元 is 建筑业's output).
 */
function wordsInContext(t: Target, words: ReadonlySet<string>, text: string | undefined): ReadonlySet<string> {
  if (!text || [...words].some((w) => !isGeneral(w))) return words;
  const [sentenceStart] = sentenceAround(text, t.number_start);
  const [clauseStart] = clauseAround(text, t.number_start);
  const before = text.slice(Math.max(contextStart(text, sentenceStart, clauseStart), clauseStart - CONTEXT_CHARS), clauseStart);
  return new Set([...words, ...indicatorWords(before)]);
}
/** How far back the words of a thin label's context reach. */
const CONTEXT_CHARS = 40;

/** Where the words before a clause start: the clause before in its sentence, else the sentence before in its paragraph. */
function contextStart(text: string, sentenceStart: number, clauseStart: number): number {
  if (clauseStart > sentenceStart + 1) return clauseAround(text, clauseStart - 2)[0];
  const paragraphStarts = sentenceStart < 2 || text[sentenceStart - 1] === "\n";
  return paragraphStarts ? sentenceStart : sentenceAround(text, sentenceStart - 2)[0];
}

/** Each target's result, by words, owner and measure; `without` names results a target may not take. */
function joined(targets: readonly Target[], next: readonly NextText[], year: number, without: ReadonlyMap<Target, ReadonlySet<string>> = new Map(), text?: string): FollowUp[] {
  const results = next.flatMap((n, source) =>
    n.reading.results
      .filter((r) => r.year === year)
      .map((r) => {
        const words = indicatorWords(r.label);
        return { r, source, words, context: wordsInContext(r, words, n.text), lists: /、.*(?:共|等|合计|总计)$/.test(r.label), review: roleAt(n, r.number_start) === "review" };
      }),
  );
  const sentences = reviewSentences(next);
  return targets.map((target): FollowUp => {
    const none = { target, result: null, evidence: null, source: null };
    if (target.year !== null && target.year > year) return { ...none, status: "unclear", rule: "follow-later-year" };
    const owner = ownerOf(target);
    const words = indicatorWords(target.label);
    const context = wordsInContext(target, words, text);
    // A target that names the things it counts (A、B等123个项目) is a set, not the kind as a whole.
    const names = /、.*等/.test(target.label);
    let best: { r: Target; source: number; score: number; same: boolean } | null = null;
    let changed: { r: Target; source: number; score: number; rule: FollowRuleId } | null = null;
    const barred = without.get(target);
    for (const c of results) {
      if (barred?.has(`${c.source}:${c.r.number_start}`)) continue;
      if (ownerOf(c.r) !== owner || c.r.category !== target.category || c.r.role !== target.role) continue;
      // A label that names nothing specific is read with the words just before it.
      const [tw, rw] = context !== words || c.context !== c.words ? [context, c.context] : [words, c.words];
      const alike = likeness(tw, rw);
      const same = sameness(tw, rw, c.lists, names);
      // The same thing measured (category and kind): two specific kinds that differ are two things.
      const kindsDiffer = (target.kind !== c.r.kind && target.kind !== "other" && c.r.kind !== "other") || stagesDiffer(target.label, c.r.label);
      const sameKind = target.kind === c.r.kind && SPECIFIC_KINDS.has(target.kind);
      if (same === "other" && !(sameKind && c.words.size <= 1 && c.r.label.length <= 4)) continue;
      const sameUnit = target.base_unit === c.r.base_unit || (FIRMS.has(target.base_unit) && FIRMS.has(c.r.base_unit) && target.category === "enterprises");
      // 固定资产投资增长6% against 下降0.8%: a fall is a growth below zero, the same measure.
      const sameMeasure = (target.measure === c.r.measure || isChange(target.measure) && isChange(c.r.measure)) && sameUnit;
      // A review's figure is the year's account; one elsewhere in the report is kept only when nothing better speaks.
      const score = alike + (same === "same" ? 1 : 0) + (sameKind ? 0.4 : 0) + (c.review ? 0.2 : 0) + (sameMeasure ? 2 : 0);
      // The same indicator by its words, or the same specific kind in words partly alike (大学生 and 高校毕业生 aside).
      // An elliptical member names only its kind (实际利用内资4100亿元、外资85.3亿美元: 外资).
      const elliptical = c.words.size <= 1 && c.r.label.length <= 4;
      const matches = sameMeasure && !kindsDiffer && (same === "same" || (sameKind && (same === "alike" || elliptical)));
      if (!matches) {
        // The same indicator measured another way, or its name, base or kind changed (市级以上 against 省级以上): not guessed.
        const rule = sameMeasure ? "follow-indicator-changed" : "follow-measure-changed";
        if (!changed || score > changed.score) changed = { r: c.r, source: c.source, score, rule };
        continue;
      }
      if (!best || score > best.score) best = { r: c.r, source: c.source, score, same: same === "same" };
    }
    if (best) {
      if (scaleDiffers(target, best.r)) return { target, result: best.r, status: "unclear", rule: "follow-scale-differs", evidence: null, source: best.source };
      return { target, result: best.r, status: judge(target, best.r), rule: best.same ? "follow-same-indicator" : "follow-same-kind", evidence: null, source: best.source };
    }
    if (changed) return { target, result: changed.r, status: "unclear", rule: changed.rule, evidence: null, source: changed.source };
    const said = inWords(words, sentences, owner);
    if (said) return { ...none, status: "unclear", rule: "follow-words-only", evidence: said.evidence, source: said.source };
    return { ...none, status: "not-reported", rule: "follow-none" };
  });
}

const isChange = (m: string) => m === "growth" || m === "reduction";

/** How far apart a year's amount and its target may lie before they are taken for two scopes. */
const SCALE_LIMIT = 5;
/**
 * 全年完成固定资产投资420亿元以上 (one zone's) against the city's 5147.3亿元: an amount five times
 * its target or a fifth of it is another scope (a zone, a part, five years), not a result.
 */
function scaleDiffers(target: Target, result: Target): boolean {
  if (target.measure !== "amount" || result.measure !== "amount" || target.base_value <= 0 || result.base_value <= 0) return false;
  const ratio = result.base_value / target.base_value;
  return ratio >= SCALE_LIMIT || ratio <= 1 / SCALE_LIMIT;
}

/** The same result as a change the other way: 下降0.8% is 增长-0.8%, bounds turned round. */
function negated(r: Target): Target {
  const flip: Record<string, Target["qualifier"]> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">" };
  const max = r.value_max;
  return {
    ...r,
    measure: r.measure === "growth" ? "reduction" : "growth",
    value: max !== null ? -max : -r.value,
    value_max: max !== null ? -r.value : null,
    base_value: -(max !== null && r.value ? (max * r.base_value) / r.value : r.base_value),
    qualifier: flip[r.qualifier] ?? r.qualifier,
  };
}

/** The stage of a project a label counts: begun, finished, signed, brought in or carried out. */
const STAGES: readonly [string, RegExp][] = [
  ["start", /新开工|开工/],
  ["finish", /竣工|投产|建成/],
  ["sign", /签约/],
  ["attract", /引进|落户|招引/],
  ["carry", /实施|推进/],
];
/** 竣工投产160个 against 实施269个: two stages of projects are two measures. */
function stagesDiffer(a: string, b: string): boolean {
  const stage = (s: string) => STAGES.find(([, re]) => re.test(s))?.[0];
  const [x, y] = [stage(a), stage(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** The place a figure belongs to for a follow-up: a figure cited of the city is the whole text's. */
const ownerOf = (t: Target) => (t.scope === "city" ? "" : t.district);

function roleAt(n: NextText, at: number): string {
  const sections = n.reading.structure.sections;
  let role = sections[0]?.role ?? "text";
  for (const s of sections) if (s.start <= at && at < s.end && s !== sections[0]) role = s.role;
  return role;
}

/**
 * Met or missed, by the rule the target's words state. A result written as a bound (超过10万人)
 * is a range of values: met when all of it meets the target, missed when none does, unclear between.
 */
export function judge(target: Target, reported: Target): FollowStatus {
  // A result stated as a fall, against a target stated as a growth (or the other way), changes sign.
  const result = isChange(target.measure) && isChange(reported.measure) && target.measure !== reported.measure ? negated(reported) : reported;
  const factor = target.value ? target.base_value / target.value : 1;
  const t = target.base_value;
  const tMax = target.value_max !== null ? target.value_max * factor : t;
  const rFactor = result.value ? result.base_value / result.value : 1;
  const [lo, hi] = interval(result, rFactor);
  const less = LESS_IS_BETTER.has(target.kind);
  const rate = ["%", "个百分点", "‰"].includes(target.base_unit);
  const meets = (r: number): boolean => {
    switch (target.qualifier) {
      case "≥": return r >= t;
      case ">": return r > t;
      case "≤": return r <= t;
      case "<": return r < t;
      case "≈": {
        const tolerance = rate ? ABOUT_RATE : Math.abs(t) * ABOUT_SHARE;
        return Math.abs(r - t) <= tolerance + 1e-9 || (less ? r < t : r > t);
      }
      case "range": return less ? r <= tMax : r >= t;
      default: return less ? r <= t : r >= t;
    }
  };
  const a = meets(lo);
  const b = meets(hi);
  return a && b ? "met" : !a && !b ? "missed" : "unclear";
}

function interval(r: Target, factor: number): [number, number] {
  const v = r.base_value;
  switch (r.qualifier) {
    case "≥":
    case ">": return [v, Number.POSITIVE_INFINITY];
    case "≤":
    case "<": return [Number.NEGATIVE_INFINITY, v];
    case "range": return [v, (r.value_max ?? r.value) * factor];
    default: return [v, v];
  }
}

interface ReviewSentence {
  source: number;
  start: number;
  end: number;
  quote: string;
  words: Set<string>;
}

/** Every sentence of the next texts' reviews, with its words, read once for all targets. */
function reviewSentences(next: readonly NextText[]): ReviewSentence[] {
  const out: ReviewSentence[] = [];
  for (const [source, n] of next.entries()) {
    for (const s of n.reading.structure.sections) {
      if (s.role !== "review") continue;
      let at = s.headingEnd;
      while (at < s.end) {
        const [a, b] = sentenceAround(n.text, at);
        if (b > a && DONE_IN_WORDS.test(n.text.slice(a, b))) out.push({ source, start: a, end: b, quote: n.text.slice(a, b), words: indicatorWords(n.text.slice(a, b)) });
        at = Math.max(b + 1, at + 1);
      }
    }
  }
  return out;
}

/**
 * A sentence of a review that names every word of the target's indicator and says it was done
 * in words (超额完成全年目标任务): the report answers, but not in numbers.
 */
function inWords(words: ReadonlySet<string>, sentences: readonly ReviewSentence[], owner: string): { evidence: FollowUp["evidence"]; source: number } | null {
  if (words.size === 0) return null;
  for (const s of sentences) {
    const saysAll = [...words].every((w) => s.words.has(w) || s.quote.includes(w));
    if (saysAll && (owner === "" || s.quote.includes(owner))) return { evidence: { quote: s.quote, start: s.start, end: s.end }, source: s.source };
  }
  return null;
}
