import { getCollection, getEntry } from "astro:content";
import type { EditionEntry, LedgerEntryRow, TargetEntry, UnitEntry } from "../schemas/content.ts";

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

/** Route parameters of every page that exists once per edition (/<year>/…). */
export async function editionPaths(): Promise<{ params: { year: string } }[]> {
  return (await getEditions()).map((e) => ({ params: { year: String(e.year) } }));
}
