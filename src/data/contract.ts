import { csvWithBom } from "./csv.ts";
import type { TargetEntry } from "../schemas/content.ts";

/** Columns of targets.json and targets.csv, in order; the first fourteen are the contract's. */
export const CONTRACT_FIELDS = [
  "year", "district", "slug", "category", "kind", "label", "value", "unit", "base_value", "base_unit",
  "qualifier", "quote", "start", "end",
  "id", "value_max", "approx", "scope", "role", "threshold_base_value", "threshold_base_unit",
  "number_start", "number_end", "item", "rule", "category_rule", "kind_rule",
] as const;

/** Targets as contract records with a fixed key order, so the files diff cleanly year to year. */
export function contractRecords(targets: readonly TargetEntry[]): Record<string, unknown>[] {
  return targets.map((t) => Object.fromEntries(CONTRACT_FIELDS.map((f) => [f, t[f]])));
}

/** JSON text of the records. */
export const contractJson = (targets: readonly TargetEntry[]) => `${JSON.stringify(contractRecords(targets), null, 2)}\n`;

/** CSV text with a UTF-8 byte-order mark: spreadsheet programs read Chinese right only with it. */
export const contractCsv = (targets: readonly TargetEntry[]) => csvWithBom(contractRecords(targets), CONTRACT_FIELDS);
