import { csvWithBom } from "./csv.ts";
import type { TargetEntry } from "../schemas/content.ts";
import { TARGET_FIELDS, type Target } from "../lib/target-schema.ts";
import { formatFigure } from "./format.ts";
import { categoryLabel, kindLabel, measureLabel } from "./labels.ts";

/** The fields DESIGN.md's data contract promises first, in its order. */
const LEADING = [
  "year", "district", "slug", "category", "kind", "label", "value", "unit", "base_value", "base_unit",
  "qualifier", "quote", "start", "end",
] as const satisfies readonly (keyof Target)[];

/** Columns the downloads add for readers: the figure as a newspaper writes it, names in Chinese. */
const READABLE = ["figure", "category_name", "kind_name", "measure_name"] as const;

/**
 * Columns of targets.json and targets.csv, in order: the contract's leading fields, then every
 * other field of the target schema in its order (so a field added to the schema reaches the
 * files), then the readable columns.
 */
export const CONTRACT_FIELDS: readonly (keyof Target | (typeof READABLE)[number])[] = [...LEADING, ...TARGET_FIELDS.filter((f) => !(LEADING as readonly string[]).includes(f)), ...READABLE];

/**
 * The qualifier as the downloads write it: words, not signs, so that no spreadsheet program
 * reads a cell as a formula (a lone "=" starts one in some), and a reader can guess each.
 */
export const QUALIFIER_CODES = { "=": "exact", "≥": "at-least", ">": "more-than", "≤": "at-most", "<": "less-than", "≈": "about", range: "range" } as const;

/** Targets as contract records with a fixed key order, so the files diff cleanly year to year. */
export function contractRecords(targets: readonly TargetEntry[]): Record<string, unknown>[] {
  return targets.map((t) => {
    const extra: Record<string, unknown> = {
      qualifier: QUALIFIER_CODES[t.qualifier],
      figure: formatFigure(t),
      category_name: categoryLabel(t.category),
      kind_name: kindLabel(t.category, t.kind),
      measure_name: measureLabel(t.measure),
    };
    return Object.fromEntries(CONTRACT_FIELDS.map((f) => [f, f in extra ? extra[f] : t[f as keyof TargetEntry]]));
  });
}

/** JSON text of the records. */
export const contractJson = (targets: readonly TargetEntry[]) => `${JSON.stringify(contractRecords(targets), null, 2)}\n`;

/** CSV text with a UTF-8 byte-order mark: spreadsheet programs read Chinese right only with it. */
export const contractCsv = (targets: readonly TargetEntry[]) => csvWithBom(contractRecords(targets), CONTRACT_FIELDS);
