import type { SeedMeta } from "../schemas/seed-meta.ts";
import { extractTargets, type Extraction } from "../lib/extract.ts";
import type { Part, Target } from "../lib/types.ts";
import { applyCorrections, type AppliedCorrection } from "./corrections.ts";
import { headlineOf } from "../lib/structure.ts";
import { clauseAround } from "../lib/segments.ts";
import { markdownChunks } from "./markdown.ts";
import { WHOLE_TEXT_SLUG } from "../lib/slug.ts";
import type { TextRef } from "./edition-texts.ts";
import { basename } from "node:path";

/** A seed as ingest hands it over: its text, its metadata and where it came from. */
export interface Seed {
  /** Path relative to the project (or to where SEEDS_DIR is), used in messages. */
  path: string;
  /**
   * Path recorded in the edition (and so in its data/edition.json and an archive's manifest):
   * seeds/<year>/<name>.txt, the text's place in the repository, wherever SEEDS_DIR pointed.
   */
  recorded: string;
  text: string;
  meta: SeedMeta;
  sha256: string;
}

/** One file ingest writes: its path under content/ and its text, in pieces to write in turn. */
export interface ContentFile {
  path: string;
  chunks(): Iterable<string>;
}

/**
 * One seed read for content/: the reading, the corrections applied, and the files, made one at a
 * time as they are written, so a large text never holds all its content in memory at once. Each
 * step groups once (targets by place, paragraphs by unit, ledger entries by part), so the work
 * grows with the text, not with the text times its units.
 */
export function readForContent(
  seed: Seed,
  texts: readonly TextRef[] = [],
): { extraction: Extraction; targets: Target[]; corrections: AppliedCorrection[]; files: () => Generator<ContentFile> } {
  const { meta, text } = seed;
  const extraction = extractTargets(text, { year: meta.year, city: meta.city, places: meta.units });
  const { targets, applied } = applyCorrections(extraction.targets, meta.corrections, seed.path.replace(/\.txt$/, ".yaml"));
  return { extraction, targets, corrections: applied, files: () => editionFiles(seed, extraction, targets, applied, texts) };
}

/** The edition's files, read from its primary text; `texts` names every text of the year. */
function* editionFiles(seed: Seed, extraction: Extraction, targets: Target[], applied: AppliedCorrection[], texts: readonly TextRef[]): Generator<ContentFile> {
  const { meta, text } = seed;
  const { structure, slugs } = extraction;
  const year = meta.year;
  const partsOf = (kind: string) => structure.parts.filter((p) => p.kind === kind);
  const paragraphs = structure.parts.filter((p) => p.kind === "item" || p.kind === "heading");

  // Figures of the whole text (a text without places, or a report's city figures beside the
  // counties it names) are one more entry, the unnamed unit: never left out of the pages.
  const whole = structure.places.length === 0 || targets.some((t) => t.district === "");
  const units = [
    ...structure.places.map((u, i) => ({ name: u.name, slug: slugs[i]!, index: i })),
    ...(whole ? [{ name: "", slug: WHOLE_TEXT_SLUG, index: -1 }] : []),
  ];
  const targetsOf = groupBy(targets, (t) => t.district);
  const correctionsOf = groupBy(applied, (c) => c.district);
  const itemsOf = unitItems(paragraphs, units, targets);

  const unitSummaries: { name: string; slug: string; targets: number }[] = [];
  for (const [order, u] of units.entries()) {
    const own = targetsOf.get(u.name) ?? [];
    const items = itemsOf.get(u.index) ?? [];
    const frontmatter = {
      year,
      name: u.name,
      slug: u.slug,
      order: order + 1,
      items: items.map((p) => ({ headline: headlineOf(p.text), start: p.start, end: p.end, text: p.text })),
      targets: own,
      corrections: correctionsOf.get(u.name) ?? [],
    };
    unitSummaries.push({ name: u.name, slug: u.slug, targets: own.length });
    yield { path: `${year}/units/${u.slug}.md`, chunks: () => markdownChunks(frontmatter, items.map((p) => p.text)) };
  }

  const edition = {
    year,
    title: meta.title,
    city: meta.city,
    language: meta.language,
    editor: meta.editor,
    publisher: meta.publisher,
    source_url: meta.source_url,
    published: meta.published,
    updated: meta.updated,
    original_name: meta.original_name,
    seed: seed.recorded,
    seed_sha256: seed.sha256,
    seed_characters: text.length,
    units: unitSummaries,
    target_count: targets.length,
    number_count: extraction.ledger.length,
    preamble: partsOf("preamble").map((p) => p.text),
    footer: partsOf("footer").map((p) => p.text),
    summary: extraction.summary,
    warnings: extraction.warnings,
    corrections: applied,
    // Every text of the year, the primary first; a list alone leaves this one entry long.
    texts: texts.length ? texts : [{ slug: basename(seed.recorded).replace(/\.txt$/, ""), kind: meta.kind, title: meta.title, seed: seed.recorded, seed_sha256: seed.sha256, primary: true }],
  };
  yield { path: `${year}/edition.md`, chunks: () => markdownChunks(edition, partsOf("preamble").map((p) => p.text)) };
  yield { path: `${year}/ledger.json`, chunks: () => ledgerChunks(year, text, extraction, targets) };
  // The text itself, so the site offers it for download and each edition's archive holds it.
  yield { path: `${year}/source.txt`, chunks: () => [text] };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The paragraphs of each unit, by unit index: those under its header, and a paragraph under no
 * header whose figures a unit named in a sentence owns. Paragraphs and targets are both in text
 * order, so one walk over each finds every target's paragraph.
 */
function unitItems(paragraphs: readonly Part[], units: readonly { name: string; index: number }[], targets: readonly Target[]): Map<number, Part[]> {
  const indexOf = new Map(units.map((u) => [u.name, u.index] as const));
  const claimed = new Map<Part, Set<number>>();
  const byStart = [...targets].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const t of byStart) {
    while (k < paragraphs.length && paragraphs[k]!.end <= t.start) k++;
    const p = paragraphs[k];
    if (!p || p.start > t.start || p.place !== undefined) continue;
    const unit = indexOf.get(t.district);
    if (unit === undefined || unit === -1) continue;
    (claimed.get(p) ?? claimed.set(p, new Set()).get(p)!).add(unit);
  }
  const items = new Map<number, Part[]>();
  const whole = units.some((u) => u.index === -1);
  for (const p of paragraphs) {
    const owners = p.place !== undefined ? [p.place] : [...(claimed.get(p) ?? [])];
    // The unnamed unit (index -1), when there is one, holds every paragraph under no header.
    if (p.place === undefined && whole) owners.push(-1);
    for (const u of new Set(owners)) (items.get(u) ?? items.set(u, []).get(u)!).push(p);
  }
  return items;
}

/** Ledger entries per piece of ledger.json: small enough to keep memory flat on any text. */
const LEDGER_CHUNK = 2000;

/**
 * ledger.json, byte for byte as `JSON.stringify({ year, entries }, null, 2)` writes it, in pieces:
 * every number read, with its part, its clause and what was decided.
 */
function* ledgerChunks(year: number, text: string, extraction: Extraction, targets: readonly Target[]): Generator<string> {
  const { structure } = extraction;
  const targetAt = new Map(targets.map((t) => [t.number_start, t.id] as const));
  const parts = structure.parts;
  let k = 0;
  // Ledger entries come in text order, so one walk over the parts finds each entry's part.
  const entry = (e: Extraction["ledger"][number]) => {
    while (k < parts.length - 1 && parts[k]!.end <= e.quantity.start) k++;
    return {
      text: e.quantity.text,
      start: e.quantity.start,
      end: e.quantity.end,
      value: Number.isNaN(e.quantity.value) ? null : e.quantity.value,
      unit: e.quantity.unit,
      district: e.owners[0] ?? "",
      owners: e.owners,
      owner_rule: e.ownerRule,
      part: parts[k]?.kind ?? "",
      ...contextOf(text, e.quantity.start),
      role: e.role,
      disposition: e.disposition,
      reason: e.reason ?? null,
      rule: e.rule,
      note: e.note ?? null,
      target: targetAt.get(e.quantity.start) ?? null,
    };
  };
  const ledger = extraction.ledger;
  if (ledger.length === 0) {
    yield `${JSON.stringify({ year: year, entries: [] }, null, 2)}\n`;
    return;
  }
  yield `{\n  "year": ${JSON.stringify(year)},\n  "entries": [\n`;
  for (let from = 0; from < ledger.length; from += LEDGER_CHUNK) {
    const piece = ledger.slice(from, from + LEDGER_CHUNK).map((e, i) => {
      const json = JSON.stringify(entry(e), null, 2).replace(/\n/g, "\n    ");
      return `    ${json}${from + i < ledger.length - 1 ? "," : ""}\n`;
    });
    yield piece.join("");
  }
  yield "  ]\n}\n";
}

/** Every file ingest writes for one seed, as path → contents (for tests and benches; ingest streams). */
export function contentFiles(seed: Seed): { files: Map<string, string>; extraction: Extraction; corrections: AppliedCorrection[] } {
  const read = readForContent(seed);
  const files = new Map<string, string>();
  for (const f of read.files()) files.set(f.path, [...f.chunks()].join(""));
  return { files, extraction: read.extraction, corrections: read.corrections };
}

/** The clause a number stands in, for the methodology page: the number shown in its words. */
function contextOf(text: string, at: number): { context: string; context_start: number } {
  const [a, b] = clauseAround(text, at);
  return { context: text.slice(a, b), context_start: a };
}
