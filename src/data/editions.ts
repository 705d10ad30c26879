import { getCollection, getEntry } from "astro:content";
import type { EditionEntry, LedgerEntryRow, TargetEntry, TextEntry, UnitEntry } from "../schemas/content.ts";
import type { Promises } from "../lib/target-schema.ts";
import { promiseViews, type PromiseView } from "./promises.ts";

/** Every edition, newest first. */
export async function getEditions(): Promise<EditionEntry[]> {
  const entries = await getCollection("editions");
  return entries.map((e) => e.data).sort((a, b) => b.year - a.year);
}

export async function getEdition(year: number): Promise<{ edition: EditionEntry; preamble: string }> {
  const entry = await getEntry("editions", String(year));
  if (!entry) throw new Error(`no edition ${year} in content/`);
  return { edition: entry.data, preamble: entry.body ?? "" };
}

/** The units of one edition, in the order of the text. */
export async function getUnits(year: number): Promise<UnitEntry[]> {
  const entries = await getCollection("units", (e) => e.data.year === year);
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Every unit of every edition, for links across years. */
export async function getAllUnits(): Promise<UnitEntry[]> {
  return (await getCollection("units")).map((e) => e.data);
}

/** All targets of one edition, in reading order: the data contract's rows. */
export async function getTargets(year: number): Promise<TargetEntry[]> {
  return (await getUnits(year)).flatMap((u) => u.targets);
}

export async function getLedger(year: number): Promise<LedgerEntryRow[]> {
  const entry = await getEntry("ledgers", String(year));
  return entry?.data.entries ?? [];
}

/** Every work report written whole (content/<year>/texts/), for their pages. */
export async function getTexts(): Promise<TextEntry[]> {
  return (await getCollection("texts")).map((e) => e.data).sort((a, b) => a.year - b.year || a.slug.localeCompare(b.slug));
}

export async function getText(year: number, slug: string): Promise<TextEntry | undefined> {
  return (await getEntry("texts", `${year}/${slug}`))?.data;
}

export async function getPromises(year: number): Promise<Promises | undefined> {
  return (await getEntry("promises", String(year)))?.data;
}

/** Route parameters of the pages and files that exist once per edition with a follow-up. */
export async function followUpPaths(): Promise<{ params: { year: string } }[]> {
  const pages = [];
  for (const e of await getEditions()) if (await getPromises(e.year)) pages.push({ params: { year: String(e.year) } });
  return pages;
}

/**
 * The follow-up of an edition's targets as pages show it, each with its links; undefined when
 * the next year's report is not among the seeds.
 */
export async function getFollowUp(year: number): Promise<PromiseView[] | undefined> {
  const promises = await getPromises(year);
  if (!promises) return undefined;
  const texts = await getTexts();
  const paragraphStart = (y: number, slug: string, at: number) => {
    const text = texts.find((t) => t.year === y && t.slug === slug);
    return text?.paragraphs.findLast((p) => p.start <= at)?.start ?? 0;
  };
  return promiseViews(promises, await getEditions(), paragraphStart);
}

/** Route parameters of every page that exists once per edition (/<year>/…). */
export async function editionPaths(): Promise<{ params: { year: string } }[]> {
  return (await getEditions()).map((e) => ({ params: { year: String(e.year) } }));
}
