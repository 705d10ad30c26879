import type { LedgerEntry, Part, Quantity, Target, Warning, DocumentStructure } from "./types.ts";
import { splitDocument, headlineOf } from "./structure.ts";
import { findQuantities } from "./quantities.ts";
import { judgeQuantity } from "./judge.ts";
import { categorize } from "./categories.ts";
import { clauseAround, phraseAround, sentenceAround } from "./segments.ts";
import { uniqueSlugs } from "./slug.ts";
import { labelOf } from "./label.ts";

export interface ExtractOptions {
  year?: number | null;
  /** The city the list belongs to, to tell the city's own figures from the unit's. */
  city?: string;
}

export interface Extraction {
  structure: DocumentStructure;
  slugs: string[];
  ledger: LedgerEntry[];
  targets: Target[];
  warnings: Warning[];
}

/**
 * Reads a list text into its structure, a ledger of every number and the targets. Pure: the
 * same text and options always give the same result, which the content-freshness test and
 * reproducible builds rely on.
 */
export function extractTargets(text: string, options: ExtractOptions = {}): Extraction {
  const structure = splitDocument(text);
  const slugs = uniqueSlugs(structure.units.map((u) => u.name));
  const ledger: LedgerEntry[] = [];
  const targets: Target[] = [];
  const warnings: Warning[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\n|\r/).length;
  const perUnit = new Map<number, number>();

  for (const part of structure.parts) {
    if (part.kind === "break") continue;
    const quantities = findQuantities(part.text, part.start);
    const judged = quantities.map((q) => ({ q, j: judgeQuantity(q, { text, part, city: options.city }) }));
    const unit = part.unit ?? -1;
    for (const { q, j } of judged) {
      ledger.push(j.target ? { quantity: q, unit, disposition: "target" } : { quantity: q, unit, disposition: "not-target", reason: j.reason, note: j.note });
      if (!j.target && j.reason === "unreadable") warnings.push({ line: lineOf(q.start), message: `cannot read the number ${q.text}` });
      if (!j.target && j.reason === "no-unit" && q.unit) warnings.push({ line: lineOf(q.start), message: `unknown unit after ${q.text}${text.slice(q.end, q.end + 4)}` });
    }
    if (part.kind !== "item") continue;
    const figures = judged.filter(({ j }) => j.target).map(({ q }) => q.numberStart);
    const thresholds = judged.filter(({ j }) => !j.target && j.reason === "threshold").map(({ q }) => q);
    const inSentence: Target[] = [];
    let sentenceStart = -1;
    for (const { q, j } of judged) {
      if (!j.target) continue;
      const [sStart] = sentenceAround(text, q.numberStart);
      if (sStart !== sentenceStart) {
        inSentence.length = 0;
        sentenceStart = sStart;
      }
      const target = buildTarget(text, part, q, j.scope, figures, thresholds, inSentence, {
        year: options.year ?? null,
        district: unit >= 0 ? structure.units[unit].name : "",
        slug: unit >= 0 ? slugs[unit] : "",
      });
      const n = (perUnit.get(unit) ?? 0) + 1;
      perUnit.set(unit, n);
      target.id = `${target.slug || "t"}-${n}`;
      inSentence.push(target);
      targets.push(target);
    }
  }

  structure.units.forEach((u, i) => {
    if (!structure.parts.some((p) => p.kind === "item" && p.unit === i)) {
      warnings.push({ line: lineOf(u.start), message: `unit header ${u.name} has no items under it` });
    }
  });
  for (const part of structure.parts) {
    const tag = /<\/?[a-zA-Z][^>]*>/.exec(part.text);
    if (tag) warnings.push({ line: lineOf(part.start + tag.index), message: `markup in the text: ${tag[0]} (kept as text)` });
  }
  return { structure, slugs, ledger, targets, warnings };
}

/** Categories whose repeated kind in one sentence names a subset (工业项目合同投资额 ⊂ 合同投资额). */
const SUBSET_CATEGORIES = new Set(["investment", "projects", "enterprises"]);

function buildTarget(
  text: string,
  part: Part,
  q: Quantity,
  scope: "unit" | "city",
  figures: readonly number[],
  thresholds: readonly Quantity[],
  earlierInSentence: readonly Target[],
  where: { year: number | null; district: string; slug: string },
): Target {
  const [pStart, pEnd] = phraseAround(text, q.numberStart, figures);
  const phrase = text.slice(pStart, pEnd);
  const [sStart] = sentenceAround(text, q.numberStart);
  const earlierClauses: string[] = [];
  for (let at = clauseAround(text, pStart)[0] - 1; at > sStart; ) {
    const [a] = clauseAround(text, at - 1);
    earlierClauses.push(text.slice(a, at));
    at = a - 1;
  }
  const [clauseStart, clauseEnd] = clauseAround(text, q.numberStart);
  const isPart = /^其中/.test(text.slice(clauseStart, clauseEnd));
  const parent = earlierInSentence[earlierInSentence.length - 1];
  // 其中…: a breakdown measures what its total measures (其中“一江两河”项目25万平方米).
  const within = isPart && parent && parent.base_unit === q.baseUnit ? parent.category : undefined;
  const { category, kind } = categorize(q.unit, q.baseUnit, [phrase, ...earlierClauses], within);
  // 亿元以上项目100个,5亿元以上项目15个: a second figure of the same kind is a subset.
  const sameKindBefore =
    SUBSET_CATEGORIES.has(category) &&
    earlierInSentence.some((t) => t.category === category && t.kind === kind && kind !== "other" && t.base_unit === q.baseUnit);
  const threshold = thresholds.find((t) => t.end <= q.numberStart && t.start >= pStart);
  let label = labelOf(phrase, q.start - pStart, q.end - pStart);
  // 实际到位资金271.5亿元,同比增长超过10%: a rate without a subject is the rate of the figure before it.
  if (category === "rate" && /^(?:同比|比上年)?(?:增长|增幅|增速|提高|下降)/.test(label) && parent) label = `${parent.label}${label}`;
  const itemHeadline = headlineOf(part.text);
  return {
    id: "",
    year: where.year,
    district: where.district,
    slug: where.slug,
    category,
    kind,
    label,
    value: q.value,
    value_max: q.valueMax ?? null,
    unit: q.unit,
    base_value: q.baseValue,
    base_unit: q.baseUnit,
    qualifier: q.qualifier,
    approx: q.approx,
    scope,
    role: isPart || sameKindBefore ? "component" : "total",
    threshold_base_value: threshold ? threshold.baseValue : null,
    threshold_base_unit: threshold ? threshold.baseUnit : null,
    quote: phrase,
    start: pStart,
    end: pEnd,
    number_start: q.start,
    number_end: q.end,
    item: itemHeadline,
  };
}
