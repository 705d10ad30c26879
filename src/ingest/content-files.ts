import { unified } from "unified";
import remarkStringify from "remark-stringify";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, RootContent } from "mdast";
import { stringify as toYaml } from "yaml";
import type { SeedMeta } from "../schemas/seed-meta.ts";
import { extractTargets, type Extraction } from "../lib/extract.ts";
import { applyCorrections, type AppliedCorrection } from "./corrections.ts";
import { headlineOf } from "../lib/structure.ts";
import { clauseAround } from "../lib/segments.ts";

/** A seed as ingest hands it over: its text, its metadata and where it came from. */
export interface Seed {
  /** Path relative to the project, used in messages and recorded in the edition. */
  path: string;
  text: string;
  meta: SeedMeta;
  sha256: string;
}

const markdown = unified().use(remarkStringify, { bullet: "-" }).use(remarkFrontmatter, ["yaml"]);

/** Markdown through mdast, so that markup in the source text comes out escaped, as text. */
function toMarkdown(frontmatter: object, paragraphs: readonly string[]): string {
  const children: RootContent[] = [
    { type: "yaml", value: toYaml(frontmatter, { lineWidth: 0 }).trimEnd() },
    ...paragraphs.map((p): RootContent => ({ type: "paragraph", children: [{ type: "text", value: p }] })),
  ];
  const tree: Root = { type: "root", children };
  return markdown.stringify(tree);
}

/**
 * Every file ingest writes for one seed, as path → contents: the edition entry, one entry per
 * unit and the ledger. Pure, so the freshness test can compare it with what is committed.
 */
export function contentFiles(seed: Seed): { files: Map<string, string>; extraction: Extraction; corrections: AppliedCorrection[] } {
  const { meta, text } = seed;
  const extraction = extractTargets(text, { year: meta.year, city: meta.city, places: meta.units });
  const { targets, applied } = applyCorrections(extraction.targets, meta.corrections, seed.path.replace(/\.txt$/, ".yaml"));
  const { structure, slugs } = extraction;
  const year = meta.year;
  const files = new Map<string, string>();
  const partsOf = (kind: string) => structure.parts.filter((p) => p.kind === kind);
  const paragraphs = structure.parts.filter((p) => p.kind === "item" || p.kind === "heading");

  // A text without unit headers still gets one entry, for the unnamed unit.
  const units = structure.places.length
    ? structure.places.map((u, i) => ({ name: u.name, slug: slugs[i], index: i }))
    : [{ name: "", slug: "text", index: -1 }];

  const unitSummaries = units.map((u, order) => {
    const own = targets.filter((t) => t.district === u.name);
    // A unit named in a sentence owns the paragraphs its targets stand in.
    const items = paragraphs.filter((p) => (p.place ?? -1) === u.index || (p.place === undefined && own.some((t) => t.start >= p.start && t.start < p.end)));
    const file = `${year}/units/${u.slug}.md`;
    const frontmatter = {
      year,
      name: u.name,
      slug: u.slug,
      order: order + 1,
      items: items.map((p) => ({ headline: headlineOf(p.text), start: p.start, end: p.end, text: p.text })),
      targets: own,
      corrections: applied.filter((c) => c.district === u.name),
    };
    files.set(file, toMarkdown(frontmatter, items.map((p) => p.text)));
    return { name: u.name, slug: u.slug, targets: own.length };
  });

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
    seed: seed.path,
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
  };
  files.set(`${year}/edition.md`, toMarkdown(edition, partsOf("preamble").map((p) => p.text)));
  // The text itself, so the site offers it for download and each edition's archive holds it.
  files.set(`${year}/source.txt`, text);

  const targetAt = new Map(targets.map((t) => [t.number_start, t.id] as const));
  const parts = structure.parts;
  let k = 0;
  // Ledger entries come in text order, so one walk over the parts finds each entry's part.
  const ledger = extraction.ledger.map((e) => {
    while (k < parts.length - 1 && parts[k].end <= e.quantity.start) k++;
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
  });
  files.set(`${year}/ledger.json`, `${JSON.stringify({ year, entries: ledger }, null, 2)}\n`);
  return { files, extraction, corrections: applied };
}

/** The clause a number stands in, for the methodology page: the number shown in its words. */
function contextOf(text: string, at: number): { context: string; context_start: number } {
  const [a, b] = clauseAround(text, at);
  return { context: text.slice(a, b), context_start: a };
}
