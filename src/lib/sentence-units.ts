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

const SUFFIX = "(?:经济技术开发区|经济开发区|高新区|经开区|开发区|新区|自治县|自治州|县|区|市|旗|镇|乡|街道)";
/** A place-like name at a clause head: 2–10 characters ending in an administrative suffix. */
const NAME = new RegExp(`[\\u4e00-\\u9fff]{1,9}?${SUFFIX}`, "y");
/** Words that may open a clause before the unit's name; at a paragraph's start, its list numbering too. */
const OPENER = /[ \t\u3000]*(?:其中|另外|此外|同时|而|在)?/y;
const PARAGRAPH_OPENER = /(?:\s|#+\s*|\*\*|__|[-*+]\s+|[一二三四五六七八九十]+[、.．]|\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)])*(?:\*\*|__)?/y;
/** What follows a unit that states its own goals: X县提出的目标是…, Y市要…, Z区力争…. */
const STATES = /^(?:提出|要|将|力争|计划|确保|争取|的目标|目标|今年|明确|表示|：|:)/;
/** An unknown name must look like one: a short name of a county-level place, no verb or function word in it. */
const UNKNOWN_NAME = /^[\u4e00-\u9fff]{2,4}(?:县|区|旗|新区|开发区|高新区|经开区|镇|乡)$/;
const NOT_IN_NAME = /[各全省为是的在和与及获批建设施推进加快实现完成开展我本该谋划城市]/;
/** Words that name a kind of area, not one place, though the gazetteer lists some of them (城区, 市辖区). */
const GENERIC = /^(?:城区|新城区|老城区|主城区|中心城区|市辖区|郊区|矿区|市中区|市区|县城|城镇|社区|辖区|园区|景区|片区|省市|县区|县市区|各县|各区|各市|开发区|高新区|新区|[一二两三四五六七八九十]{1,2}(?:区|县|市))$/;
// (A numeral and a suffix alone, 三区 of 三区三线 or 两县, counts areas; real places named with a numeral have more: 十堰市.)
/** Where a clause may begin. */
const CLAUSE_START = /[。！？!?；;，,：:\n|｜]/;
const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[。！？!?；;，,\n]/;

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
 * and it is not a generic word (全市, 城区). One that states goals owns its sentence, one that is
 * only a clause's subject its clause, each until the next one named.
 */
export function findSentenceUnits(text: string, from: number, to: number, options: SentenceUnitOptions): SentenceUnit[] {
  const found: SentenceUnit[] = [];
  const cityNames = options.city ? new Set([options.city, `${options.city.replace(/市$/, "")}市`, options.city.replace(/市$/, "")]) : new Set<string>();
  for (let i = from; i < to; i++) {
    if (i > from && !CLAUSE_START.test(text[i - 1])) continue;
    let at = i;
    if (i === from) {
      PARAGRAPH_OPENER.lastIndex = i;
      PARAGRAPH_OPENER.exec(text);
      at = PARAGRAPH_OPENER.lastIndex;
    }
    OPENER.lastIndex = at;
    OPENER.exec(text);
    at = OPENER.lastIndex;
    const unit = nameAt(text, at, to, options, cityNames, at > i);
    if (!unit) continue;
    // A unit that states its goals (提出, 要, 力争 …) owns its sentence; one merely named as the
    // clause's subject (龙港区率先实现…, 花溪区…辖区内) owns only its clause.
    const bound = unit.states ? SENTENCE_END : CLAUSE_END;
    let end = unit.end;
    // 1.枣阳市：… — a paragraph headed by a unit's name and a colon is that unit's, whole.
    const labelsParagraph = i === from && /^(?:\*\*|__)?[：:]/.test(text.slice(unit.end, unit.end + 3));
    if (labelsParagraph) end = to;
    else while (end < to && !bound.test(text[end])) end++;
    const previous = found[found.length - 1];
    if (previous && previous.ownsUntil > at) previous.ownsUntil = at;
    found.push({ ...unit, ownsUntil: end });
  }
  return found;
}

function nameAt(
  text: string,
  at: number,
  to: number,
  options: SentenceUnitOptions,
  cityNames: ReadonlySet<string>,
  afterOpener: boolean,
): { name: string; start: number; end: number; states: boolean } | null {
  // Try the shortest name first, then longer ones (枣阳市 before 枣阳市高新区 …).
  for (let len = 2; len <= 10 && at + len <= to; len++) {
    const name = text.slice(at, at + len);
    NAME.lastIndex = 0;
    const m = NAME.exec(name);
    if (!m || m[0].length !== len) continue;
    if (cityNames.has(name)) return null; // the city speaking of itself
    if (GENERIC.test(name)) continue;
    const rest = text.slice(at + len, at + len + 6);
    if (/^[、和及与]/.test(rest)) return null; // 云岩区、南明区各建成1个: figures shared by several units
    const level = options.gazetteer.levelOf(name);
    // After 其中 a town the gazetteer knows is named as a part of the whole (其中武安镇新建幼儿园2所).
    const known = options.known.has(name) || level === "county" || level === "city" || (afterOpener && level === "town");
    const likely = UNKNOWN_NAME.test(name) && !NOT_IN_NAME.test(name.slice(0, -1));
    const states = STATES.test(rest);
    if (known || (likely && states)) return { name, start: at, end: at + len, states };
  }
  return null;
}
