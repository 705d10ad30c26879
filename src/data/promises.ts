import type { EditionEntry, TargetEntry, TextRefEntry } from "../schemas/content.ts";
import type { Promises } from "../lib/target-schema.ts";
import { paths } from "./paths.ts";

/** Status words as readers see them: never a colour alone. */
export const STATUS_NAMES = { met: "完成", missed: "未完成", unclear: "无法判断", "not-reported": "未再提及" } as const;
export type Status = keyof typeof STATUS_NAMES;
/** The order statuses are counted and tabled in: what happened first, silence last. */
export const STATUS_ORDER: readonly Status[] = ["met", "missed", "unclear", "not-reported"];

/** One target of year N with what the next year's report said of it, and every link a page needs. */
export interface PromiseView {
  /** Unique within the edition: the text's slug and the target's id. */
  key: string;
  target: TargetEntry;
  result: TargetEntry | null;
  status: Status;
  rule: string;
  evidence: { quote: string; start: number; end: number } | null;
  /** The text of year N the target stands in. */
  from: TextRefEntry;
  /** The report of year N+1 the result (or the words) stand in, or null. */
  source: TextRefEntry | null;
  /** Site paths of the target's sentence, the result's and the words'. */
  targetHref: string;
  resultHref: string | null;
  evidenceHref: string | null;
}

/** A text of an edition by its seed path, with the edition it belongs to. */
function textBySeed(editions: readonly EditionEntry[], seed: string): { edition: EditionEntry; text: TextRefEntry } {
  for (const edition of editions) {
    const text = edition.texts.find((t) => t.seed === seed);
    if (text) return { edition, text };
  }
  throw new Error(`promises: no edition names the text ${seed}`);
}

/**
 * The follow-up of one edition as pages show it: each promise with links to its sentences. A
 * target of the edition's list links to its place's text page, as everywhere; a report's target
 * and every result link to the report's own page, where each figure is marked.
 */
export function promiseViews(promises: Promises, editions: readonly EditionEntry[], paragraphStart: (year: number, text: string, at: number) => number): PromiseView[] {
  return promises.items.map((p) => {
    const from = textBySeed(editions, p.from);
    const source = p.source === null ? null : textBySeed(editions, p.source);
    const t = p.target;
    const targetHref = from.text.kind === "list" && from.text.primary
      ? paths.target(promises.year, t.slug, t.id)
      : paths.textFigure(promises.year, from.text.slug, t.number_start);
    const resultHref = p.result && source ? paths.textFigure(source.edition.year, source.text.slug, p.result.number_start) : null;
    const evidenceHref = p.evidence && source
      ? paths.textParagraph(source.edition.year, source.text.slug, paragraphStart(source.edition.year, source.text.slug, p.evidence.start))
      : null;
    return {
      key: `${from.text.slug}-${t.id}`,
      target: t,
      result: p.result,
      status: p.status,
      rule: p.rule,
      evidence: p.evidence,
      from: from.text,
      source: source?.text ?? null,
      targetHref,
      resultHref,
      evidenceHref,
    };
  });
}

/**
 * The follow-up in groups, one per text of year N, reports first: a city's report reviews its
 * own targets, while a list's targets are the places' own and seldom reviewed by the city.
 */
export function byText(views: readonly PromiseView[]): { text: PromiseView["from"]; views: PromiseView[] }[] {
  const groups = new Map<string, { text: PromiseView["from"]; views: PromiseView[] }>();
  for (const v of views) {
    const g = groups.get(v.from.seed) ?? groups.set(v.from.seed, { text: v.from, views: [] }).get(v.from.seed)!;
    g.views.push(v);
  }
  return [...groups.values()].sort((a, b) => Number(b.text.kind === "report") - Number(a.text.kind === "report"));
}

/** Counts by status, in STATUS_ORDER, every status present. */
export function statusCounts(views: readonly { status: Status }[]): Record<Status, number> {
  const counts = { met: 0, missed: 0, unclear: 0, "not-reported": 0 } as Record<Status, number>;
  for (const v of views) counts[v.status] += 1;
  return counts;
}

/**
 * The finding a follow-up opens with: of the targets the next report could answer (those set
 * for the year), how many it shows met, missed, and how many it never mentions again.
 */
export function followUpFinding(views: readonly PromiseView[], year: number, document: string): { headline: string; lead: string } {
  const c = statusCounts(views);
  const n = views.length;
  const headline = `${year}年${document}的${n}项目标：${c.met}项完成，${c.missed}项未完成，${c["not-reported"]}项次年报告未再提及`;
  const lead = `对照${year + 1}年政府工作报告对${year}年的回顾，逐项核对${year}年写明的${n}项量化目标：报告给出的结果达到目标的${c.met}项，未达到的${c.missed}项；${c.unclear}项无法判断（报告只用文字说明，或换了计量方式、口径，或目标年份更晚）；${c["not-reported"]}项报告没有再提。`;
  return { headline, lead };
}
