import { pinyin } from "pinyin-pro";

import { ADMIN_SUFFIXES, ZONE_SUFFIXES } from "./lexicon.ts";

/** Suffixes dropped from a place's name before romanising, longest first: 枣阳市 → zaoyang. */
const SUFFIXES = [...ZONE_SUFFIXES, ...ADMIN_SUFFIXES].sort((a, b) => b.length - a.length);

/** URL slug in toneless pinyin; keeps two characters at least so 高新区 → gaoxin, not "". */
export function slugify(name: string): string {
  let core = name.replace(/[(（][^()（）]*[)）]/g, "").trim();
  for (const suffix of SUFFIXES) {
    if (core.endsWith(suffix) && core.length - suffix.length >= 2) {
      core = core.slice(0, -suffix.length);
      break;
    }
  }
  const syllables = pinyin(core, { toneType: "none", type: "array", nonZh: "consecutive" });
  return syllables
    .join("")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The URL segment of the unnamed unit: the figures of the whole text (全文), whose slug is empty. */
export const WHOLE_TEXT_SLUG = "text";

/** Path segments the site itself uses under /<year>/. */
export const RESERVED = ["charts", "embed", "data", "methodology", "text", "texts", "follow-up"];

/** Slugs for a list of names, made unique by a numeric suffix in order of appearance. */
export function uniqueSlugs(names: readonly string[]): string[] {
  // Names the site uses for its own pages under /<year>/ are never a unit's slug.
  const seen = new Map<string, number>(RESERVED.map((r) => [r, 1]));
  return names.map((name) => {
    const base = slugify(name) || "unit";
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
