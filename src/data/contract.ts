import { csvWithBom } from "./csv.ts";
import type { TargetEntry } from "../schemas/content.ts";
import { TARGET_FIELDS, type Target } from "../lib/target-schema.ts";

/** The fields DESIGN.md's data contract promises first, in its order. */
const LEADING = [
  "year", "district", "slug", "category", "kind", "label", "value", "unit", "base_value", "base_unit",
  "qualifier", "quote", "start", "end",
] as const satisfies readonly (keyof Target)[];

/**
 * Columns of targets.json and targets.csv, in order: the contract's leading fields, then every
 * other field of the target schema in its order, so a field added to the schema reaches the files.
 */
export const CONTRACT_FIELDS: readonly (keyof Target)[] = [...LEADING, ...TARGET_FIELDS.filter((f) => !(LEADING as readonly string[]).includes(f))];

/** Targets as contract records with a fixed key order, so the files diff cleanly year to year. */
export function contractRecords(targets: readonly TargetEntry[]): Record<string, unknown>[] {
  return targets.map((t) => Object.fromEntries(CONTRACT_FIELDS.map((f) => [f, t[f]])));
}

/** JSON text of the records. */
export const contractJson = (targets: readonly TargetEntry[]) => `${JSON.stringify(contractRecords(targets), null, 2)}\n`;

/** CSV text with a UTF-8 byte-order mark: spreadsheet programs read Chinese right only with it. */
export const contractCsv = (targets: readonly TargetEntry[]) => csvWithBom(contractRecords(targets), CONTRACT_FIELDS);
