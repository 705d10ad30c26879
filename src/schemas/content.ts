import { z } from "zod";
import { promisesSchema, targetSchema } from "../lib/target-schema.ts";

export { promisesSchema, targetSchema };

/** A day as YYYY-MM-DD; Astro's YAML reads an unquoted date as a Date. */
const isoDay = z.union([z.string(), z.date()]).transform((d) => (typeof d === "string" ? d : d.toISOString().slice(0, 10)));

const correctionShown = z.object({
  district: z.string(),
  quote: z.string(),
  action: z.enum(["correct", "drop"]),
  set: z.record(z.string(), z.unknown()).optional(),
  /** YAML reads an unquoted date as a Date; both are accepted and shown as YYYY-MM-DD. */
  date: z.union([z.string(), z.date()]).transform((d) => (typeof d === "string" ? d : d.toISOString().slice(0, 10))),
  reason: z.string(),
  target: z.string(),
  before: z.record(z.string(), z.unknown()),
});

/** A text of an edition, as edition.md and each text's file name it. */
const textRefSchema = z.object({
  /** URL segment of the text's page (/<year>/texts/<slug>/) and its file name. */
  slug: z.string(),
  kind: z.enum(["list", "report"]),
  title: z.string(),
  seed: z.string(),
  seed_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** True for the text the edition's places, rankings and charts are read from. */
  primary: z.boolean(),
});

const warningSchema = z.object({ line: z.number().int(), message: z.string(), zh: z.string() });

/** content/<year>/texts/<slug>.json: a work report whole, its paragraphs, targets and results. */
export const textSchema = textRefSchema.extend({
  year: z.number().int(),
  city: z.string(),
  publisher: z.string().nullable(),
  source_url: z.string().nullable(),
  published: z.string().nullable(),
  characters: z.number().int(),
  summary: z.record(z.string(), z.unknown()),
  warnings: z.array(warningSchema),
  /** The text's parts in order (headings, paragraphs, preamble …), as written, with offsets. */
  paragraphs: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
  targets: z.array(targetSchema),
  /** Figures the text reports as done (its review of the year before), records like the targets'. */
  results: z.array(targetSchema),
});

/** content/<year>/units/<slug>.md frontmatter. */
export const unitSchema = z.object({
  year: z.number().int(),
  /** Header as written; empty for a text without unit headers. */
  name: z.string(),
  slug: z.string(),
  /** Position in the text, from 1. */
  order: z.number().int().positive(),
  /** The unit's paragraphs, with their offsets in the seed. */
  items: z.array(z.object({ headline: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
  targets: z.array(targetSchema),
  corrections: z.array(correctionShown),
});

/** content/<year>/edition.md frontmatter; the body is the text's preamble. */
export const editionSchema = z.object({
  year: z.number().int(),
  title: z.string(),
  city: z.string(),
  language: z.string(),
  editor: z.string().nullable(),
  publisher: z.string().nullable(),
  source_url: z.string().nullable(),
  original_name: z.string().nullable(),
  /** When the text was published and when the data was last changed, YYYY-MM-DD, if known. */
  published: isoDay.nullable(),
  updated: isoDay.nullable(),
  /** Path of the seed text in the repository, and its SHA-256. */
  seed: z.string(),
  seed_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  seed_characters: z.number().int(),
  units: z.array(z.object({ name: z.string(), slug: z.string(), targets: z.number().int() })),
  target_count: z.number().int(),
  number_count: z.number().int(),
  /** The text's opening paragraphs, before the first unit, as written. */
  preamble: z.array(z.string()),
  /** Closing credit lines of the text (编辑者 …), as written. */
  footer: z.array(z.string()),
  /** What reading the text found: numbers, targets, results, units, sections by role. */
  summary: z.object({
    characters: z.number().int(),
    numbers: z.number().int(),
    targets: z.number().int(),
    results: z.number().int(),
    places: z.number().int(),
    planYear: z.number().int().nullable(),
    sections: z.record(z.string(), z.number().int()),
    outside: z.number().int(),
    owners: z.record(z.string(), z.number().int()),
  }),
  warnings: z.array(warningSchema),
  corrections: z.array(correctionShown),
  /** Every text of the year (the list, the work report), the primary first: the one read above. */
  texts: z.array(textRefSchema),
});

/** content/<year>/ledger.json: every number read, with what was made of it. */
export const ledgerSchema = z.object({
  year: z.number().int(),
  entries: z.array(
    z.object({
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      value: z.number().nullable(),
      unit: z.string(),
      district: z.string(),
      /** Every place that owns the figure (several when it holds for each of them). */
      owners: z.array(z.string()),
      /** Id of the rule that gave its owners (src/lib/owner-rules.ts). */
      owner_rule: z.string(),
      part: z.string(),
      /** The clause the number stands in, exactly as in the text, and where it starts. */
      context: z.string(),
      context_start: z.number().int(),
      /** Role of the section the number stands in (review, plan, unit …). */
      role: z.string(),
      disposition: z.enum(["target", "not-target"]),
      reason: z.string().nullable(),
      /** Id of the rule that decided (src/lib/judge-rules.ts), or part-<kind>. */
      rule: z.string(),
      note: z.string().nullable(),
      target: z.string().nullable(),
    }),
  ),
});

export type TargetEntry = z.infer<typeof targetSchema>;
export type UnitEntry = z.infer<typeof unitSchema>;
export type EditionEntry = z.infer<typeof editionSchema>;
export type TextEntry = z.infer<typeof textSchema>;
export type TextRefEntry = z.infer<typeof textRefSchema>;
export type LedgerEntryRow = z.infer<typeof ledgerSchema>["entries"][number];
