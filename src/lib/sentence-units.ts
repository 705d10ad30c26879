import type { Gazetteer } from "./gazetteer.ts";

/** A unit named at the head of a sentence or clause, and the stretch of text it owns. */
export interface SentenceUnit {
  name: string;
  /** Offsets of the name as written. */
  start: number;
  end: number;
  /** The figures between these offsets belong to the unit. */
  ownsUntil: number;
}

const SUFFIX = "(?:经济技术开发区|经济开发区|高新区|经开区|开发区|新区|自治县|自治州|县|区|市|旗)";
/** A place-like name at a clause head: 2–10 characters ending in an administrative suffix. */
const NAME = new RegExp(`[\\u4e00-\\u9fff]{1,9}?${SUFFIX}`, "y");
/** Words that may open a clause before the unit's name. */
const OPENER = /(?:其中|另外|此外|同时|而|在)?/y;
/** What follows a unit that states its own goals: X县提出的目标是…, Y市要…, Z区力争…. */
const STATES = /^(?:提出|要|将|力争|计划|确保|争取|的目标|目标|今年|全年|明确|表示|着力|重点|：|:)/;
/** Generic names that end like places but name none (全市, 城区, 中心城区, 各县市区). */
const GENERIC = /^(?:全|我|本|各|该|市|县|城|郊|社|景|小|片|园|主城|新城|老城|中心城|市区|县城|城镇|农村|社区|辖区|园区|示范|试验|保税|功能|核心|重点|贫困|民族|边境|革命老|欠发达|沿海|山|库|灾|牧|林|矿)/;
/** Where a clause may begin. */
const CLAUSE_START = /[。！？!?；;，,：:\n]/;
const SENTENCE_END = /[。！？!?\n]/;

export interface SentenceUnitOptions {
  gazetteer: Gazetteer;
  /** Names already known to be units (headers, the YAML's units:). */
  known: ReadonlySet<string>;
  /** The city the text belongs to: its own name is the city, not a unit. */
  city?: string;
}

/**
 * Units named at the head of a sentence or clause in [from, to): X县提出的目标是：GDP增速15%…；
 * Y市新开工项目不低于120个. A name counts when a header or the YAML names it, when the
 * gazetteer knows it as a county or city, or when words of intent follow it (提出, 要, 力争 …)
 * and it is not a generic word (全市, 城区). Each owns its sentence until the next one named.
 */
export function findSentenceUnits(text: string, from: number, to: number, options: SentenceUnitOptions): SentenceUnit[] {
  const found: SentenceUnit[] = [];
  const cityNames = options.city ? new Set([options.city, `${options.city.replace(/市$/, "")}市`, options.city.replace(/市$/, "")]) : new Set<string>();
  for (let i = from; i < to; i++) {
    if (i > from && !CLAUSE_START.test(text[i - 1])) continue;
    OPENER.lastIndex = i;
    OPENER.exec(text);
    const at = OPENER.lastIndex;
    const unit = nameAt(text, at, to, options, cityNames);
    if (!unit) continue;
    let end = unit.end;
    while (end < to && !SENTENCE_END.test(text[end])) end++;
    const previous = found[found.length - 1];
    if (previous && previous.ownsUntil > at) previous.ownsUntil = at;
    found.push({ ...unit, ownsUntil: end });
  }
  return found;
}

function nameAt(text: string, at: number, to: number, options: SentenceUnitOptions, cityNames: ReadonlySet<string>): { name: string; start: number; end: number } | null {
  // Try the shortest name first, then longer ones (枣阳市 before 枣阳市高新区 …).
  for (let len = 2; len <= 10 && at + len <= to; len++) {
    const name = text.slice(at, at + len);
    NAME.lastIndex = 0;
    const m = NAME.exec(name);
    if (!m || m[0].length !== len) continue;
    if (cityNames.has(name)) return null; // the city speaking of itself
    const rest = text.slice(at + len, at + len + 6);
    const level = options.gazetteer.levelOf(name);
    const known = options.known.has(name) || level === "county" || level === "city";
    if (known || (!GENERIC.test(name) && STATES.test(rest))) return { name, start: at, end: at + len };
  }
  return null;
}
