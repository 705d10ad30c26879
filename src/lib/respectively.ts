import type { Qualifier, Quantity } from "./types.ts";
import { within } from "./segments.ts";

export interface RespectivelyShare {
  /** The subject this figure belongs to (一般公共预算收入 of 一般公共预算收入、…分别增长6%、7%). */
  subject: string;
  /** What is said of each subject (增长, 达到, 较年初增长). */
  verb: string;
  /** The qualifier written once after the last figure and meant for every one (…12%以上). */
  qualifier: Qualifier | null;
}

/** Words that open a clause without being part of its first subject. */
const LEAD = /^(?:力争|确保|争取|预计|全年|全市|全省|全县|全区|今年|其中|主要预期目标是|预期目标是|实现|使|推动)+/;

/**
 * Reads a 分别 clause: X、Y、Z分别增长6%、15%、12%以上 gives each figure its own subject, and
 * the 以上 written once to all three. Returns a share per figure (keyed by its numberStart), or
 * an empty map when subjects and figures do not pair up one to one. `figures` are sorted.
 */
export function readRespectively(text: string, clauseStart: number, clauseEnd: number, figures: readonly Quantity[]): Map<number, RespectivelyShare> {
  const shares = new Map<number, RespectivelyShare>();
  const clause = text.slice(clauseStart, clauseEnd);
  const at = clause.indexOf("分别");
  if (at < 0) return readImplicit(text, clauseStart, clauseEnd, figures);
  const after = within(figures, clauseStart + at, clauseEnd, (q) => q.start).filter((q) => q.end <= clauseEnd);
  if (after.length < 2) return shares;
  const verb = text.slice(clauseStart + at + 2, after[0].start).trim();
  return paired(clause.slice(0, at), verb, after);
}

/** A verb said of each subject of a list, with the comparison it is made against (同比下降, 比上年增长). */
const LIST_VERB = /(?:同比|比上年|较上年|比去年)?(?:增长|增加|下降|降低|减少|提高|达到|突破|超过)$/;

/**
 * The same pairing without the word 分别: PM10、PM2.5年均浓度同比下降13.7%、10.2% pairs as many
 * subjects as figures, in order, when the figures stand side by side (joined by 、 only) right after
 * the verb. 新增就业5万人、4万人 (one subject, two figures) pairs nothing.
 */
function readImplicit(text: string, clauseStart: number, clauseEnd: number, figures: readonly Quantity[]): Map<number, RespectivelyShare> {
  const inClause = within(figures, clauseStart, clauseEnd, (q) => q.start).filter((q) => q.end <= clauseEnd);
  if (inClause.length < 2 || !inClause.slice(1).every((q, i) => text.slice(inClause[i].end, q.start) === "、")) return new Map();
  const head = text.slice(clauseStart, inClause[0].start);
  const verb = head.match(LIST_VERB)?.[0];
  if (!verb) return new Map();
  return paired(head.slice(0, head.length - verb.length), verb, inClause);
}

/** Subjects written before the verb, paired in order with the figures after it; none when the counts differ. */
function paired(before: string, verb: string, after: readonly Quantity[]): Map<number, RespectivelyShare> {
  const shares = new Map<number, RespectivelyShare>();
  const subjects = sharedHead(
    before
      .replace(LEAD, "")
      .split(/[、和及与]/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    after.length,
  );
  if (subjects.length !== after.length) return shares;
  const last = after[after.length - 1];
  const shared = after.slice(0, -1).every((q) => q.qualifier === "=") && ["≥", "≤", "≈"].includes(last.qualifier) && /(?:以上|以内|以下|左右)$/.test(last.text);
  after.forEach((q, i) => shares.set(q.numberStart, { subject: subjects[i], verb, qualifier: shared ? last.qualifier : null }));
  return shares;
}

/** 城乡 names two subjects: 城乡居民人均可支配收入分别增长8%、10% is of 城镇 and of 农村 residents. */
const PAIRED = /^城乡/;

/**
 * Short subjects that share the head noun of the last one: 城镇、农村居民人均可支配收入 →
 * 城镇居民人均可支配收入 and 农村居民人均可支配收入; 第一、二、三产业 → 第一产业, 二产业, 三产业.
 * The head is the last subject past a modifier as long as the one before it (一、二、三产 → 一产); only subjects of
 * one or two characters are short enough to lack their own (二氧化硫、氨氮 are whole names).
 */
function sharedHead(subjects: readonly string[], figures: number): string[] {
  if (subjects.length === 1 && figures === 2 && PAIRED.test(subjects[0])) {
    const head = subjects[0].replace(PAIRED, "");
    return [`城镇${head}`, `农村${head}`];
  }
  if (subjects.length < 2) return [...subjects];
  const last = subjects[subjects.length - 1];
  const earlier = subjects.slice(0, -1);
  const modifier = earlier[earlier.length - 1].length;
  if (!earlier.every((s) => s.length <= 2) || last.length <= modifier) return [...subjects];
  const head = last.slice(modifier);
  return [...earlier.map((s) => s + head), last];
}
