import { unified } from "unified";
import remarkStringify from "remark-stringify";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, RootContent } from "mdast";
import { stringify as toYaml } from "yaml";
import type { SeedMeta } from "../schemas/seed-meta.ts";
import { extractTargets, type Extraction } from "./extract.ts";
import { applyCorrections, type AppliedCorrection } from "./corrections.ts";
import { headlineOf } from "./structure.ts";

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
  const extraction = extractTargets(text, { year: meta.year, city: meta.city });
  const { targets, applied } = applyCorrections(extraction.targets, meta.corrections, seed.path.replace(/\.txt$/, ".yaml"));
  const { structure, slugs } = extraction;
  const year = meta.year;
  const files = new Map<string, string>();
  const partsOf = (kind: string, unit?: number) =>
    structure.parts.filter((p) => p.kind === kind && (unit === undefined || p.unit === unit));

  // A text without unit headers still gets one entry, for the unnamed unit.
  const units = structure.units.length
    ? structure.units.map((u, i) => ({ name: u.name, slug: slugs[i], index: i }))
    : [{ name: "", slug: "text", index: -1 }];

  const unitSummaries = units.map((u, order) => {
    const items = partsOf("item").filter((p) => (p.unit ?? -1) === u.index);
    const own = targets.filter((t) => t.district === u.name);
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
    original_name: meta.original_name,
    seed: seed.path,
    seed_sha256: seed.sha256,
    seed_characters: text.length,
    units: unitSummaries,
    target_count: targets.length,
    number_count: extraction.ledger.length,
    preamble: partsOf("preamble").map((p) => p.text),
    footer: partsOf("footer").map((p) => p.text),
    warnings: extraction.warnings,
    corrections: applied,
  };
  files.set(`${year}/edition.md`, toMarkdown(edition, partsOf("preamble").map((p) => p.text)));

  const ledger = extraction.ledger.map((e) => ({
    text: e.quantity.text,
    start: e.quantity.start,
    end: e.quantity.end,
    value: Number.isNaN(e.quantity.value) ? null : e.quantity.value,
    unit: e.quantity.unit,
    district: e.unit >= 0 ? structure.units[e.unit].name : "",
    part: structure.parts.find((p) => p.start <= e.quantity.start && e.quantity.start < p.end)?.kind ?? "",
    disposition: e.disposition,
    reason: e.reason ?? null,
    note: e.note ?? null,
    target: targets.find((t) => t.number_start === e.quantity.start)?.id ?? null,
  }));
  files.set(`${year}/ledger.json`, `${JSON.stringify({ year, entries: ledger }, null, 2)}\n`);
  return { files, extraction, corrections: applied };
}
