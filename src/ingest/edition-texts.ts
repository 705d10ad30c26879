import { basename } from "node:path";
import type { Extraction } from "../lib/extract.ts";
import { followUp } from "../lib/follow-up.ts";
import { slugify } from "../lib/slug.ts";
import type { Promises, Target } from "../lib/target-schema.ts";
import { readForContent, type ContentFile, type Seed } from "./content-files.ts";

/**
 * The texts of one year: the places' list and the government's work report, each read. The
 * edition's pages (places, rankings, charts) come from its primary text, the list when there is
 * one; a report is also written whole (content/<year>/texts/<slug>.json), so its targets and
 * results can be shown and linked, and it is what a follow-up reads for results.
 */
export interface TextReading {
  seed: Seed;
  /** URL segment of the text's page: its file name (xiangyang-gongzuo-baogao). */
  slug: string;
  primary: boolean;
  extraction: Extraction;
  /** The targets with the YAML's corrections applied. */
  targets: Target[];
}

/** What an edition says about each of its texts (edition.md's `texts`). */
export interface TextRef {
  slug: string;
  kind: "list" | "report";
  title: string;
  seed: string;
  seed_sha256: string;
  primary: boolean;
}

/** The year's seeds in reading order, the primary first: the list, else the report. */
export function editionTexts(seeds: readonly Seed[]): { seed: Seed; slug: string; primary: boolean }[] {
  const ordered = [...seeds].sort((a, b) => (a.meta.kind === b.meta.kind ? 0 : a.meta.kind === "list" ? -1 : 1));
  const used = new Set<string>();
  return ordered.map((seed, i) => {
    const name = basename(seed.recorded).replace(/\.txt$/, "");
    // A file name that is not a URL segment (报告.txt) is written in pinyin; two alike get the kind.
    let slug = /^[a-z0-9][a-z0-9-]*$/.test(name) ? name : slugify(name) || seed.meta.kind;
    if (used.has(slug)) slug = `${slug}-${seed.meta.kind}`;
    used.add(slug);
    return { seed, slug, primary: i === 0 };
  });
}

export const textRef = (r: Pick<TextReading, "seed" | "slug" | "primary">): TextRef => ({
  slug: r.slug,
  kind: r.seed.meta.kind,
  title: r.seed.meta.title,
  seed: r.seed.recorded,
  seed_sha256: r.seed.sha256,
  primary: r.primary,
});

/**
 * A report's own files: texts/<slug>.json (its paragraphs, targets and results, for its page)
 * and, when it is not the edition's primary text (whose copy is source.txt), texts/<slug>.txt.
 */
export function* reportFiles(r: TextReading): Generator<ContentFile> {
  const { seed, extraction } = r;
  const year = seed.meta.year;
  const paragraphs = extraction.structure.parts
    .filter((p) => p.kind !== "break" && p.kind !== "frontmatter")
    .map((p) => ({ kind: p.kind, start: p.start, end: p.end, text: p.text }));
  const text = {
    ...textRef(r),
    year,
    city: seed.meta.city,
    publisher: seed.meta.publisher,
    source_url: seed.meta.source_url,
    published: seed.meta.published,
    characters: seed.text.length,
    summary: extraction.summary,
    warnings: extraction.warnings,
    paragraphs,
    targets: r.targets,
    results: extraction.results,
  };
  yield { path: `${year}/texts/${r.slug}.json`, chunks: () => [`${JSON.stringify(text, null, 2)}\n`] };
  if (!r.primary) yield { path: `${year}/texts/${r.slug}.txt`, chunks: () => [seed.text] };
}

/**
 * content/<N>/promises.json: every target of year N's texts followed into the reports of year
 * N+1 (only a report reviews the year before; a list of N+1 sets new targets). Null when year
 * N+1 has no report.
 */
export function promisesFile(year: number, texts: readonly TextReading[], next: readonly TextReading[]): ContentFile | null {
  const reports = next.filter((n) => n.seed.meta.kind === "report");
  if (reports.length === 0 || texts.length === 0) return null;
  const items = texts.flatMap((t) =>
    followUp(t.targets, reports.map((n) => ({ text: n.seed.text, reading: n.extraction })), year, t.seed.text).map((f) => ({
      target: f.target,
      result: f.result,
      status: f.status,
      rule: f.rule,
      evidence: f.evidence,
      source: f.source === null ? null : reports[f.source]!.seed.recorded,
      from: t.seed.recorded,
    })),
  );
  const promises: Promises = { year, next_year: year + 1, sources: reports.map((n) => n.seed.recorded), items };
  return { path: `${year}/promises.json`, chunks: () => [`${JSON.stringify(promises, null, 2)}\n`] };
}

function byYear(seeds: readonly Seed[]): Map<number, Seed[]> {
  const years = new Map<number, Seed[]>();
  for (const s of seeds) years.set(s.meta.year, [...(years.get(s.meta.year) ?? []), s]);
  return new Map([...years].sort(([a], [b]) => a - b));
}

/**
 * Every file of content/ for a set of seeds, year by year: the edition's files from its primary
 * text, each report whole, then each year's targets followed into the next year's report.
 * `read` hears of each text once it is read (ingest prints its warnings and counts).
 */
export function* contentOfSeeds(seeds: readonly Seed[], read: (r: TextReading) => void = () => {}): Generator<ContentFile> {
  const readings = new Map<number, TextReading[]>();
  for (const [year, yearSeeds] of byYear(seeds)) {
    const texts = editionTexts(yearSeeds);
    const refs = texts.map(textRef);
    const done: TextReading[] = [];
    for (const { seed, slug, primary } of texts) {
      const content = readForContent(seed, refs);
      const reading = { seed, slug, primary, extraction: content.extraction, targets: content.targets };
      if (primary) yield* content.files();
      if (seed.meta.kind === "report") yield* reportFiles(reading);
      done.push(reading);
      read(reading);
    }
    readings.set(year, done);
  }
  for (const [year, done] of readings) {
    const file = promisesFile(year, done, readings.get(year + 1) ?? []);
    if (file) yield file;
  }
}
