import { PLACE_SUFFIX } from "./lexicon.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { HeadingStyle } from "./headings.ts";

/** Administrative suffixes a unit's name ends with, longest first so 新区 wins over 区. */
const UNIT_SUFFIX = new RegExp(`(?:${PLACE_SUFFIX}|管委会)$`);
/** Offices and titles: 自治州州长 金之镇 is a speaker, not a place. */
const TITLE_WORD = /(?:长|书记|主任|代表|委员|主席|局|厅|办|委)$/;
/** Generic words that end like places but name none: 全市, 城区, 人民城市, 无废城市. */
const GENERIC_PLACE = /^(?:全|我|本|各|该|市|城|郊|社|景|小|片|园|主城|新城|老城|城市|市区|县城|城镇|农村|社区|辖区)(?:区|市|县)?$|城市$/;

/** The candidate unit name a heading's title gives (东津新区(经开区)), or null. */
export function unitNameOf(title: string): string | null {
  const name = title.trim();
  if (name.length < 2 || name.length > 24) return null;
  if (/[。,，;；:：!！?？、“”"《》\d%\s]/.test(name)) return null;
  const core = name.replace(/[(（][^()（）]*[)）]$/, "");
  if (core.length < 2 || !UNIT_SUFFIX.test(core)) return null;
  if (TITLE_WORD.test(core.replace(UNIT_SUFFIX, ""))) return null;
  return name;
}

/** Whether a name reads as a place when the gazetteer does not know it (城市 names do not). */
function looksGeneric(name: string): boolean {
  return GENERIC_PLACE.test(name.replace(/[(（][^()（）]*[)）]$/, ""));
}

export interface HeadingLine {
  start: number;
  end: number;
  style: HeadingStyle;
  title: string;
  /** Whether the line after it (the next non-empty one) is body text rather than a heading. */
  hasItems: boolean;
  /** A numbered heading with its body on the same line is a paragraph, never a unit. */
  hasBody: boolean;
}

export interface UnitEvidence {
  /** Indices (into the headings given) of the lines accepted as unit headers. */
  accepted: number[];
  /** Whether the units form a series (two or more of one shape): only then is there a preamble. */
  series: boolean;
  doubts: { at: number; message: string; zh: string }[];
}

/**
 * Which heading lines name units. A line counts as part of a consistent series (two or more
 * lines of one style naming places, each followed by items, and most lines of that style in
 * their stretch), or alone when the seed's YAML lists it or the gazetteer knows it as a county
 * or higher. One header-like line on its own is a doubt, said aloud.
 */
export function findUnitHeaders(headings: readonly HeadingLine[], known: readonly string[], gazetteer: Gazetteer): UnitEvidence {
  const listed = new Set(known);
  const isKnown = (name: string) => {
    const core = name.replace(/[(（][^()（）]*[)）]$/, "");
    if (listed.has(name) || listed.has(core)) return true;
    const level = gazetteer.levelOf(core);
    return level === "county" || level === "city";
  };
  const candidates = headings
    .map((h, i) => ({ h, i, name: h.hasBody ? null : unitNameOf(h.title) }))
    .filter((c): c is { h: HeadingLine; i: number; name: string } => c.name !== null);

  const accepted = new Set<number>();
  const doubts: UnitEvidence["doubts"] = [];
  let series = false;
  const styles = new Set(candidates.map((c) => c.h.style));
  for (const style of styles) {
    const members = candidates.filter((c) => c.h.style === style && (isKnown(c.name) || !looksGeneric(c.name)));
    // A member without items (a header left empty) joins a series, but cannot make one.
    if (members.filter((m) => m.h.hasItems).length < 2) continue;
    const first = members[0].i;
    const last = members[members.length - 1].i;
    const sameStyle = headings.filter((h, i) => h.style === style && i >= first && i <= last).length;
    const knownCount = members.filter((m) => isKnown(m.name) && m.h.hasItems).length;
    // A series is most of its stretch's headings, and either names a place we know or is long.
    if (members.length / sameStyle >= 0.6 && (knownCount >= 1 || members.length >= 3)) {
      for (const m of members) accepted.add(m.i);
      series = true;
    }
  }
  for (const c of candidates) {
    if (accepted.has(c.i)) continue;
    if (c.h.hasItems && isKnown(c.name)) {
      accepted.add(c.i);
      const why = listed.has(c.name) ? ["the YAML lists it", "元数据列出了它"] : ["the gazetteer knows it", "行政区划名录中有它"];
      doubts.push({
        at: c.h.start,
        message: `only one header names a unit here: ${c.name}; read as a unit because ${why[0]}`,
        zh: `只有一个标题是地方名称：“${c.name}”；因${why[1]}，按地方读取`,
      });
    }
  }
  return { accepted: [...accepted].sort((a, b) => a - b), series, doubts };
}
