import { z } from "zod";
import { CATEGORIES, KINDS } from "../lib/category-rules.ts";
import { oneOf } from "./one-of.ts";
import { strictObject } from "./strict-object.ts";

// Every object here is strict: a key the schema does not know (a misspelt `corections:` or
// `set: {valeu: 5}`) is an error naming it, never silently dropped with what it carried.

/** One editorial correction to a target read from the text, applied by ingest. */
export const correctionSchema = strictObject({
  /** The unit's header as written (empty for a text without headers). */
  district: z.string(),
  /** The exact source substring the target's figure stands in; must still be in the text. */
  quote: z.string().min(1),
  /** What to do: change fields of the target, or drop it. */
  action: z.enum(["correct", "drop"]),
  /** Fields to set when correcting (value, unit, category, kind, qualifier, label). */
  set: strictObject({
    value: z.number().optional(),
    unit: z.string().optional(),
    base_value: z.number().optional(),
    base_unit: z.string().optional(),
    category: oneOf(CATEGORIES, "the reader's CATEGORIES (src/lib/category-rules.ts)").optional(),
    kind: oneOf(KINDS, "the reader's KINDS (src/lib/category-rules.ts)").optional(),
    qualifier: z.enum(["=", "≥", ">", "≤", "<", "≈", "range"]).optional(),
    label: z.string().optional(),
    scope: z.enum(["unit", "city"]).optional(),
  }).optional(),
  /** When the correction was made, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Why, in words a reader understands; shown on the unit and methodology pages. */
  reason: z.string().min(1),
});

/** The YAML file beside a seed text: what the text says about itself, and corrections. */
export const seedMetaSchema = strictObject({
  /** Title, in the text's own words. */
  title: z.string().min(1),
  /**
   * What the text is: `list`, the places' list of targets (the edition's pages, rankings and
   * charts are read from it), or `report`, the government's work report of the year (its targets
   * are followed into the next year's report, and a report reviews the year before). A year holds
   * at most one of each; a year with a report alone is an edition read from the report.
   */
  kind: z.enum(["list", "report"]).default("list"),
  /** City whose units set the targets (襄阳); its own figures are told from the units'. */
  city: z.string().min(1),
  /** Year the targets are for; also the edition's URL segment. */
  year: z.number().int().min(1949).max(2200),
  /** BCP 47 language tag of the text. */
  language: z.string().default("zh-CN"),
  /** Editor as credited in the text (编辑者 line), or null. */
  editor: z.string().nullable().default(null),
  /** Publisher as named by the text, or null. */
  publisher: z.string().nullable().default(null),
  /** Address of the original, when the text gives it; only http: and https: (never javascript:). */
  source_url: z
    .url({ protocol: /^https?$/, error: "expected an http: or https: URL" })
    .nullable()
    .default(null),
  /** Names of the text's units, when an editor lists them: accepted as units wherever they head a line. */
  units: z.array(z.string().min(1)).default([]),
  /** File name the seed had when it was received. */
  original_name: z.string().nullable().default(null),
  /** When the text was published, YYYY-MM-DD, when it says so; shown to readers. */
  published: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable().default(null),
  /** When this edition's data was last changed (ingest, a correction), YYYY-MM-DD; shown to readers. */
  updated: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable().default(null),
  corrections: z.array(correctionSchema).default([]),
});

export type SeedMeta = z.infer<typeof seedMetaSchema>;
export type Correction = z.infer<typeof correctionSchema>;
