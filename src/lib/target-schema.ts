import { z } from "zod";
import { CATEGORIES, KINDS, MEASURES } from "./category-rules.ts";

/**
 * The target record, the data contract's one record (README, "Data contract"): ingest writes it
 * into each place's frontmatter, targets.json and targets.csv hold it, and its TypeScript type
 * is inferred from this schema, so code, content and downloads cannot drift apart.
 */
export const qualifier = z.enum(["=", "≥", ">", "≤", "<", "≈", "range"]);

/** A target as ingest writes it into a unit's frontmatter (the data contract's record). */
export const targetSchema = z.object({
  /** Stable within an edition: <slug>-<n> in reading order; the anchor on the unit page. */
  id: z.string(),
  year: z.number().int().nullable(),
  /** The place that owns the figure: its header exactly as written, or its name as the sentence
   * writes it (a short form as its full name); empty for a figure of the whole text. */
  district: z.string(),
  slug: z.string(),
  /** What the figure is about (investment, farmland, jobs …); see src/lib/category-table.ts. */
  category: z.enum(CATEGORIES),
  /** Finer kind within the category; kinds are never summed or ranked together. */
  kind: z.enum(KINDS),
  /** How it is measured: an amount or count in its unit, a growth or reduction rate, a share, an index. */
  measure: z.enum(MEASURES),
  /** Words of the phrase around the figure, fillers dropped. */
  label: z.string(),
  /** The number as written (14.45 of 14.45万亩). */
  value: z.number(),
  /** Upper end of a range (1—2家), else null. */
  value_max: z.number().nullable(),
  /** Unit as written, scale included (亿元, 万亩, 人, %). */
  unit: z.string(),
  /** Value scaled out of 万/亿 (4.5e10 for 450亿元). */
  base_value: z.number(),
  /** Unit of base_value (元, 亩, 人, %). */
  base_unit: z.string(),
  /** =, ≥ (以上, 不低于), > (超过, 突破, 余), ≤ (以内), ≈, range. */
  qualifier,
  /** True for 10余条-style figures: the text gives a floor. */
  approx: z.boolean(),
  /** "city" for a figure said of the whole city (襄阳GDP), not of the unit. */
  scope: z.enum(["unit", "city"]),
  /** "component" for a part of another figure (其中…, or a subset in the same sentence). */
  role: z.enum(["total", "component"]),
  /** Threshold on what is counted (亿元以上项目 → 1e8 元), else null. */
  threshold_base_value: z.number().nullable(),
  threshold_base_unit: z.string().nullable(),
  /** The phrase the figure stands in, exactly as in the seed. */
  quote: z.string(),
  /** Offsets of the quote in the seed text (UTF-16 code units, end exclusive). */
  start: z.number().int(),
  end: z.number().int(),
  /** Offsets of the figure itself, qualifier words included. */
  number_start: z.number().int(),
  number_end: z.number().int(),
  /** Headline of the paragraph the target stands in. */
  item: z.string(),
  /** Id of the judging rule that made the figure a target (src/lib/judge-rules.ts). */
  rule: z.string(),
  /** Ids of the rules that gave its category and kind (src/lib/category-rules.ts). */
  category_rule: z.string(),
  kind_rule: z.string().nullable(),
  /** Id of the rule that gave its owner (src/lib/owner-rules.ts). */
  owner_rule: z.string(),
});


export type Target = z.infer<typeof targetSchema>;
export type Qualifier = z.infer<typeof qualifier>;
/** The contract's field names, in the order they are written (the CSV's columns). */
export const TARGET_FIELDS = Object.keys(targetSchema.shape) as (keyof Target)[];

/** A target of year N followed into the texts of year N+1 (src/lib/follow-up.ts): one promise. */
export const promiseSchema = z.object({
  /** The target, as the data contract writes it. */
  target: targetSchema,
  /** The result it is joined to, a record of the same shape (its `year` the year it reports), or null. */
  result: targetSchema.nullable(),
  /** met, missed, not-reported (the next report is silent) or unclear (words only, a measure that changed, a later year). */
  status: z.enum(["met", "missed", "not-reported", "unclear"]),
  /** Id of the follow rule that decided (src/lib/follow-rules.ts). */
  rule: z.string(),
  /** When the next report answers in words only: its sentence and offsets in that text. */
  evidence: z.object({ quote: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  /** The seed path of the text of year N+1 the result or the words stand in. */
  source: z.string().nullable(),
  /** The seed path of the text of year N the target stands in. */
  from: z.string(),
});

/** content/<year>/promises.json: every target of an edition followed into the next year's reports. */
export const promisesSchema = z.object({
  year: z.number().int(),
  /** The year whose texts were read for results. */
  next_year: z.number().int(),
  /** The texts of year N+1 read, as seed paths. */
  sources: z.array(z.string()),
  items: z.array(promiseSchema),
});

export type PromiseRecord = z.infer<typeof promiseSchema>;
export type Promises = z.infer<typeof promisesSchema>;
