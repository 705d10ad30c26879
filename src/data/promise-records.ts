import type { Promises } from "../lib/target-schema.ts";
import { contractRecords, QUALIFIER_CODES } from "./contract.ts";
import { csvWithBom } from "./csv.ts";
import { formatFigure } from "./format.ts";
import { STATUS_NAMES } from "./promises.ts";

type Item = Promises["items"][number];
type Record_ = Item["target"];

/** Fields of a target and of its result in promises.csv, each written twice with a prefix. */
const SIDE_FIELDS = ["district", "category", "kind", "measure", "label", "year", "value", "value_max", "unit", "base_value", "base_unit", "qualifier", "figure", "quote", "start", "end"] as const;

/** promises.csv's columns: the verdict, then the target, the result and the words, flat. */
export const PROMISE_COLUMNS = [
  "status",
  "status_name",
  "rule",
  "target_text",
  ...SIDE_FIELDS.map((f) => `target_${f}`),
  "result_text",
  ...SIDE_FIELDS.map((f) => `result_${f}`),
  "evidence_quote",
  "evidence_start",
  "evidence_end",
] as const;

function side(prefix: string, r: Record_ | null): Record<string, unknown> {
  const value = (f: (typeof SIDE_FIELDS)[number]): unknown => {
    if (!r) return null;
    if (f === "qualifier") return QUALIFIER_CODES[r.qualifier];
    if (f === "figure") return formatFigure(r);
    return r[f];
  };
  return Object.fromEntries(SIDE_FIELDS.map((f) => [`${prefix}_${f}`, value(f)]));
}

/** One flat row per target: a spreadsheet reader's promises. */
export function promiseRows(promises: Promises): Record<string, unknown>[] {
  return promises.items.map((p: Item) => ({
    status: p.status,
    status_name: STATUS_NAMES[p.status],
    rule: p.rule,
    target_text: p.from,
    ...side("target", p.target),
    result_text: p.result ? p.source : null,
    ...side("result", p.result),
    evidence_quote: p.evidence?.quote ?? null,
    evidence_start: p.evidence?.start ?? null,
    evidence_end: p.evidence?.end ?? null,
  }));
}

export const promisesCsv = (promises: Promises) => csvWithBom(promiseRows(promises), PROMISE_COLUMNS);

/** promises.json: target and result as the data contract writes records (targets.json's shape). */
export function promisesJson(promises: Promises): string {
  const record = (r: Record_ | null) => (r ? contractRecords([r])[0]! : null);
  const items = promises.items.map((p) => ({ status: p.status, rule: p.rule, from: p.from, source: p.source, target: record(p.target), result: record(p.result), evidence: p.evidence }));
  return `${JSON.stringify({ year: promises.year, next_year: promises.next_year, sources: promises.sources, items }, null, 2)}\n`;
}
