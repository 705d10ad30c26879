import type { Gazetteer } from "./gazetteer.ts";
import type { Quantity } from "./types.ts";
import type { OwnerRuleId } from "./owner-rules.ts";
import {
  AREA_WORDS, CITY_ZONES, CLAUSE_OPENERS, FACILITY_EVENT, GENERIC_PLACES, INSTITUTION_WORDS, INTENT_WORDS, NOT_NAME_WORDS,
  PLACE_SUFFIX, PRODUCT_WORDS, SUPPORT_VERBS, WHOLE_TEXT, ZONE_SUFFIXES,
} from "./lexicon.ts";

/** A place named in a sentence: its name (the full name for a short form) and where it is written. */
export interface NamedPlace {
  name: string;
  start: number;
  end: number;
}

/** Who owns a figure: one place, several (a figure that holds for each), or none (the whole text). */
export interface Ownership {
  places: NamedPlace[];
  rule: OwnerRuleId;
  /** Every place of the list the owner was paired from (镇平县和方城县分别…): names to leave out of a label. */
  listed?: NamedPlace[];
}

export interface OwnerOptions {
  gazetteer: Gazetteer;
  /** Names already known to be places (headers, the YAML's units:). */
  known: ReadonlySet<string>;
  /** The city or province the text speaks for: its own name is the whole text, never a place in it. */
  city?: string;
}

export interface OwnerReading {
  /** The owner of each figure, keyed by its numberStart. */
  owners: Map<number, Ownership>;
  /** Every place named at the head of a sentence, clause or list, owner of a figure or not. */
  named: NamedPlace[];
}

const SENTENCE_END = /[。！？!?\n]/;
/** Marks after which a clause begins (the place heading it is its subject). */
const CLAUSE_MARK = /[，,；;：:|｜]/;
const OPENER = new RegExp(`^(?:${CLAUSE_OPENERS})+`);
const SUPPORT = new RegExp(`^(?:${SUPPORT_VERBS})`);
const SUFFIX_AT_END = new RegExp(`(?:${PLACE_SUFFIX})$`);
const ZONE_AT_END = new RegExp(`(?:${ZONE_SUFFIXES.join("|")})$`);
const INTENT = new RegExp(`^(?:${INTENT_WORDS})`);
const PRODUCT_AFTER = new RegExp(`^(?:${PRODUCT_WORDS}|${INSTITUTION_WORDS})`);
/** Characters a name of a place never holds: verbs and function words (谋划实施市, 各县). */
const NOT_IN_NAME = /[各全省为是的在和与及获批建设施推进加快实现完成开展我本该谋划城市个项家所座条新增引进发展打造培育力争确保要将把对以从向于]/;
/** A name the gazetteer does not know must be short and end like a county-level place. */
const UNKNOWN_NAME = /^[\u4e00-\u9fff]{2,4}(?:县|区|旗|市|镇|乡)$/;
/** What joins the names of a list of places. */
const LIST_JOIN = /^(?:、|和|及|与|以及)/;
/** Zones a report names generically, which a list beside real places makes places too. */
const LISTED_ZONE = /^(?:开发区|高新区|经开区|工业园区|产业园区|园区|新区|保税区|综合保税区)$/;
/** A verb that states what a member's figure does (技工贸总收入突破|700亿元). */
const PREDICATE_BEFORE = /(?:突破|达到|达|增长|超过|实现|完成|新增|引进|建成|提高到|提升到|控制在|稳定在)$/;
/** A count right after a list (等10个城市新区, 3处国家湿地公园) counts the list: the whole text's. */
const LIST_COUNT = /^(?:等)?\s*[\d零一二两三四五六七八九十百]+\s*(?:个|处|家|所|座|条|项|地|县|区|市)/;

interface Head {
  at: number;
  kind: "sentence" | "clause" | "member" | "paren";
  /** Where a member's or a bracket's reach ends. */
  limit: number;
}

/**
 * Reads which place owns each figure of the sentences in [from, to), as a reader of Chinese
 * does: a place heading a sentence is the topic of every clause after it, until the sentence
 * ends or another place, the city itself or a word for the whole (全市) takes over; a place
 * heading a clause, a list member or a bracket owns that stretch; a list of places owns its
 * figures in order after 分别, or each figure for each place (各, 均, or a figure said of them
 * together). A place followed by a product or an institution (五常大米, 澧县人民医院) is a name,
 * not a subject. Linear in the length of the text read.
 */
export function readOwners(text: string, from: number, to: number, figures: readonly Quantity[], options: OwnerOptions): OwnerReading {
  const owners = new Map<number, Ownership>();
  const named: NamedPlace[] = [];
  const measured = figures.filter((q) => q.baseUnit !== "" && q.numberStart >= from && q.numberStart < to);
  const label = labelOf(text, from, to, options);
  if (label) named.push(label);
  let s = from;
  while (s < to) {
    let e = s;
    while (e < to && !SENTENCE_END.test(text[e])) e++;
    readSentence(text, s, Math.min(e + 1, to), measured.filter((q) => q.numberStart >= s && q.numberStart < e), options, owners, named, label);
    s = e + 1;
  }
  return { owners, named };
}

function readSentence(
  text: string,
  from: number,
  to: number,
  figures: readonly Quantity[],
  options: OwnerOptions,
  owners: Map<number, Ownership>,
  named: NamedPlace[],
  label: NamedPlace | null,
): void {
  const cityNames = cityNamesOf(options.city);
  // Spans that own a stretch of their own (a member, a bracket, a list, an object of 支持) …
  const local: { from: number; to: number; own: (q: Quantity) => Ownership | null }[] = [];
  // … and topics, each owning what follows it until the next.
  const topics: { at: number; own: Ownership }[] = label ? [{ at: from, own: { places: [label], rule: "owner-label" } }] : [];
  let consumed = from; // a list's own members are not heads of their own
  let parallel = false; // the clause or bracket began with a place: its members may too

  for (const head of headsOf(text, from, to)) {
    if (head.at < consumed) continue;
    if (head.kind !== "member") parallel = false;
    let at = head.at;
    while (at < to && /[ \t\u3000*#]/.test(text[at])) at++;
    if (head.kind === "sentence") at = skipNumbering(text, at, to);
    const rest = text.slice(at, Math.min(to, at + 40));
    const opener = head.kind === "member" ? null : OPENER.exec(rest);
    const support = head.kind === "member" ? null : SUPPORT.exec(rest.slice(opener?.[0].length ?? 0));
    const start = at + (opener?.[0].length ?? 0) + (support?.[0].length ?? 0);
    const clauseEnd = endOfClause(text, start, head.limit);
    const list = readPlaceList(text, start, clauseEnd, options, cityNames, opener !== null, parallel || head.kind === "clause" && topics.some((t) => t.own.places.length > 0));
    if (!list) {
      if (head.kind !== "member" && isWholeAt(text, start, to, cityNames)) {
        // 全市新增…, 襄阳市…: the rest is the whole text's, until a place takes over again.
        const whole: Ownership = { places: [], rule: "owner-whole" };
        if (head.kind === "paren") local.push({ from: start, to: head.limit, own: () => whole });
        else topics.push({ at: start, own: whole });
      }
      continue;
    }
    consumed = list.end;
    const after = text.slice(list.end, clauseEnd);
    const firstFigure = figures.find((q) => q.numberStart >= list.end && q.numberStart < clauseEnd);
    const beforeFigure = text.slice(list.end, firstFigure ? firstFigure.numberStart : clauseEnd);
    // 永年区永洋赛迪冶金备件、峰峰矿区…等11个项目: places that head an enumeration of named things own nothing.
    const enumerated = [...beforeFigure.matchAll(/[、和及与]/g)].some((m) => placeAt(text, list.end + m.index + 1, clauseEnd, options, cityNames, false) !== null);
    if (enumerated && !LIST_COUNT.test(after)) continue;
    // 海城市等基础较好的区、市: places given as examples of a kind own nothing themselves.
    if (/^等/.test(after) && !LIST_COUNT.test(after)) continue;
    // 延吉市朝阳川镇仲坪村等16个村: a count after 等 counts what is listed, wherever it stands.
    if (firstFigure && /等\s*$/.test(beforeFigure)) {
      local.push({ from: start, to: clauseEnd, own: () => ({ places: [], rule: "owner-list-total" }) });
      continue;
    }
    named.push(...list.places);
    if (list.places.length === 1) {
      const places = list.places;
      if (head.kind === "member") {
        // 州直新建高标准农田100万亩、塔城地区32万亩: a member that is a place and its figure; outside
        // such a run, one that states its own predicate (、常德经开区技工贸总收入突破700亿元).
        const ownsFigure = parallel ? /^[^等]{0,12}?[\d零一二两三四五六七八九十]/.test(after) : firstFigure !== undefined && PREDICATE_BEFORE.test(beforeFigure);
        if (!ownsFigure) continue;
        local.push({ from: start, to: head.limit, own: () => ({ places, rule: "owner-member" }) });
      } else if (support) local.push({ from: start, to: clauseEnd, own: () => ({ places, rule: "owner-object" }) });
      else if (head.kind === "paren") local.push({ from: start, to: head.limit, own: () => ({ places, rule: "owner-paren" }) });
      else if (FACILITY_EVENT.test(after)) {
        // 丛台区邯郸进出口商品展销中心开业运营: the clause is about a facility in the place, the sentence goes on without it.
        local.push({ from: start, to: clauseEnd, own: () => ({ places, rule: head.kind === "sentence" ? "owner-subject" : "owner-clause" }) });
        topics.push({ at: clauseEnd, own: { places: [], rule: "owner-none" } });
      } else topics.push({ at: start, own: { places, rule: head.kind === "sentence" ? "owner-subject" : "owner-clause" } });
      parallel = !support;
      continue;
    }
    // Several places: their figures in this clause, in order, each, or as a count of them.
    if (head.kind === "member" && !parallel) continue;
    const count = after.match(LIST_COUNT);
    if (count) {
      // 枣阳市、宜城市、老河口市三个县级市的…均为12%: the count names the list; a figure after it with 均 or 各 holds for each.
      const rest = after.slice(count[0].length);
      const later = figures.some((q) => q.numberStart >= list.end + count[0].length && q.numberStart < clauseEnd);
      const forEach = later && /均|各/.test(rest);
      local.push({ from: start, to: clauseEnd, own: () => (forEach ? { places: list.places, rule: "owner-each" } : { places: [], rule: "owner-list-total" }) });
      continue;
    }
    const inClause = figures.filter((q) => q.numberStart >= list.end && q.numberStart < clauseEnd);
    const respectively = after.indexOf("分别");
    const each = after.search(/各|均/);
    if (respectively >= 0 && (each < 0 || respectively < each)) {
      const paired = inClause.filter((q) => q.numberStart >= list.end + respectively);
      if (paired.length === list.places.length) {
        local.push({ from: start, to: clauseEnd, own: (q) => {
          const k = paired.indexOf(q);
          return k >= 0 ? { places: [list.places[k]], rule: "owner-respectively", listed: list.places } : null;
        } });
      } else if (paired.length === 1) {
        local.push({ from: start, to: clauseEnd, own: () => ({ places: list.places, rule: "owner-each" }) });
      } else {
        // Figures and places that do not pair up one to one: the sentence says whose they are, we cannot.
        local.push({ from: start, to: clauseEnd, own: () => ({ places: [], rule: "owner-unpaired", listed: list.places }) });
      }
      continue;
    }
    if (each < 0 && inClause.length > 1) {
      // 塔城市、阿勒泰市空气质量优良率达98.9%、100%: as many figures as places pair in order, as after 分别.
      const paired = inClause.length === list.places.length;
      local.push({ from: start, to: clauseEnd, own: (q) => {
        const k = inClause.indexOf(q);
        return paired && k >= 0 ? { places: [list.places[k]], rule: "owner-respectively", listed: list.places } : { places: [], rule: "owner-unpaired", listed: list.places };
      } });
      continue;
    }
    local.push({ from: start, to: clauseEnd, own: () => ({ places: list.places, rule: each >= 0 ? "owner-each" : "owner-shared" }) });
  }

  // 建成威宁自治县、赫章县各1个: places named anywhere in a clause, then 各, each own what follows.
  for (const m of text.slice(from, to).matchAll(/各(?![类级项地部界族种个])/g)) {
    const at = from + m.index;
    const places = placesEndingAt(text, at, from, options, cityNames);
    if (places.length < 2 || local.some((l) => at >= l.from && at < l.to)) continue;
    named.push(...places);
    local.push({ from: at, to: endOfClause(text, at, to), own: () => ({ places, rule: "owner-each" }) });
  }

  for (const q of figures) {
    const own = local.findLast((l) => q.numberStart >= l.from && q.numberStart < l.to && l.own(q) !== null)?.own(q);
    owners.set(q.numberStart, own ?? topics.findLast((t) => t.at <= q.numberStart)?.own ?? { places: [], rule: "owner-none" });
  }
}

/** The places listed right before `end` (…威宁自治县、赫章县|各), read back to the clause's start. */
function placesEndingAt(text: string, end: number, floor: number, options: OwnerOptions, cityNames: ReadonlySet<string>): NamedPlace[] {
  let start = end;
  while (start > floor && start > end - 60 && !/[，,；;：:。！？!?\n]/.test(text[start - 1])) start--;
  const members = text.slice(start, end).split(/[、和及与]/);
  const places: NamedPlace[] = [];
  let at = end;
  for (let k = members.length - 1; k >= 0; k--) {
    const member = members[k];
    at -= member.length;
    // The first member may carry a verb before the place (建成威宁自治县): its longest place-shaped tail.
    let found: NamedPlace | null = null;
    const cuts = k === 0 ? member.length - 1 : 1;
    for (let cut = 0; cut < cuts && !found; cut++) {
      const p = placeAt(text, at + cut, at + member.length, options, cityNames, false, true);
      if (p && p.place.end === at + member.length) found = p.place;
    }
    // 濮阳县、范县、开发区、工业园区各…: the city's own zones, named generically, in a list of places.
    if (!found && LISTED_ZONE.test(member)) found = { name: member, start: at, end: at + member.length };
    if (!found) break;
    places.unshift(found);
    at -= 1; // the joining mark
  }
  return places.some((p) => !LISTED_ZONE.test(p.name)) ? places : [];
}

/** List numbering and Markdown at a paragraph's start: 1. 一、 （一） ** #. */
const NUMBERING = /(?:\s|#+\s*|\*\*|__|[-*+]\s+|[一二三四五六七八九十]+[、.．]|\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]是)*(?:\*\*|__)?/y;
function skipNumbering(text: string, at: number, to: number): number {
  NUMBERING.lastIndex = at;
  NUMBERING.exec(text);
  return Math.min(NUMBERING.lastIndex, to);
}

/** 1.枣阳市：…: a paragraph headed by a place and a colon is that place's, whole. */
function labelOf(text: string, from: number, to: number, options: OwnerOptions): NamedPlace | null {
  const at = skipNumbering(text, from, to);
  const list = readPlaceList(text, at, Math.min(to, at + 20), options, cityNamesOf(options.city), false);
  if (!list || list.places.length !== 1) return null;
  return /^(?:\*\*|__)?[：:]/.test(text.slice(list.end, list.end + 3)) ? list.places[0] : null;
}

/** Where clauses, list members and bracketed asides begin in [from, to). */
function headsOf(text: string, from: number, to: number): Head[] {
  const heads: Head[] = [{ at: from, kind: "sentence", limit: to }];
  const parens: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "（" || c === "(") {
      parens.push(heads.length);
      heads.push({ at: i + 1, kind: "paren", limit: closingOf(text, i, to) });
    } else if (c === "）" || c === ")") parens.pop();
    else if (CLAUSE_MARK.test(c)) heads.push({ at: i + 1, kind: parens.length ? "member" : "clause", limit: parens.length ? heads[parens[parens.length - 1]].limit : to });
    else if (c === "、") heads.push({ at: i + 1, kind: "member", limit: memberEnd(text, i + 1, to) });
  }
  return heads;
}

function closingOf(text: string, open: number, to: number): number {
  for (let i = open + 1; i < to && i < open + 400; i++) if (text[i] === "）" || text[i] === ")") return i;
  return to;
}

/** A list member reaches to the next 、 or the end of its clause. */
function memberEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && !/[、，,；;：:。！？!?\n）)]/.test(text[i])) i++;
  return i;
}

function endOfClause(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !/[，,；;：:。！？!?\n]/.test(text[i])) i++;
  return i;
}

function cityNamesOf(city: string | undefined): Set<string> {
  if (!city) return new Set();
  const short = city.replace(/(?:市|省|自治区|自治州|地区|盟)$/, "");
  return new Set([city, short, `${short}市`, `${short}州`, `${short}省`]);
}

/** 全市…, 襄阳市…: a clause about the whole text. The city's own zones (襄阳高新区) are places. */
function isWholeAt(text: string, at: number, to: number, cityNames: ReadonlySet<string>): boolean {
  const rest = text.slice(at, Math.min(to, at + 12));
  if (WHOLE_TEXT.test(rest)) return true;
  // 濮阳县 in 濮阳市's report is a county of it, not the city.
  const own = [...cityNames].filter((name) => rest.startsWith(name) && !/^[县区旗镇乡]/.test(rest.slice(name.length)));
  // 襄阳高新区, 襄阳市高新区: the city's zones are places in it.
  return own.length > 0 && !own.some((name) => zoneAt(rest, name.length) !== "");
}

/** The zone suffix right after a city's name (襄阳高新区 → 高新区), or "". */
function zoneAt(rest: string, at: number): string {
  const m = new RegExp(`^(?:${ZONE_SUFFIXES.join("|")})`).exec(rest.slice(at));
  return m ? m[0] : "";
}

/**
 * Places named in a row at `at`: 枣阳市, or 桃源县、鼎城区和澧县. A short form (襄州、枣阳) counts
 * only in a list or before words of intent. Null when no place stands there.
 */
function readPlaceList(
  text: string,
  at: number,
  limit: number,
  options: OwnerOptions,
  cityNames: ReadonlySet<string>,
  afterOpener: boolean,
  parallel = false,
): { places: NamedPlace[]; end: number } | null {
  const places: NamedPlace[] = [];
  let i = at;
  for (;;) {
    const p = placeAt(text, i, limit, options, cityNames, afterOpener, parallel);
    if (!p) break;
    places.push(p.place);
    i = p.place.end;
    const join = LIST_JOIN.exec(text.slice(i, i + 2));
    if (!join) break;
    const next = placeAt(text, i + join[0].length, limit, options, cityNames, afterOpener, true);
    if (!next) break;
    i += join[0].length;
  }
  if (places.length === 0) return null;
  const after = text.slice(i, i + 8);
  // 无棣、沾化、惠民、北海四个光伏风电产业园: an enumeration that goes on past the places lists things, not owners.
  if (LIST_JOIN.test(after)) return null;
  // Short forms stand for places only before 分别, 各 or words of intent (襄州、枣阳分别突破900亿元).
  // In a run of clauses each headed by a place (…，谷城突破800亿元), a short form heads its clause too.
  const short = places.some((p) => p.name !== text.slice(p.start, p.end));
  if (short && !INTENT.test(after) && !/^(?:分别|各|均)/.test(after) && !(parallel && /^[\u4e00-\u9fff]/.test(after))) return null;
  // 五常大米, 澧县人民医院: the place names a product or an institution.
  if (places.length === 1 && PRODUCT_AFTER.test(after)) return null;
  return { places, end: i };
}

/** The place whose name starts at `at`, the longest that reads as one. */
function placeAt(
  text: string,
  at: number,
  limit: number,
  options: OwnerOptions,
  cityNames: ReadonlySet<string>,
  afterOpener: boolean,
  parallel = false,
): { place: NamedPlace } | null {
  const { gazetteer, known } = options;
  for (let len = Math.min(16, limit - at); len >= 2; len--) {
    const name = text.slice(at, at + len);
    if (!/^[\u4e00-\u9fff—-]+$/.test(name)) continue;
    if (cityNames.has(name)) return null; // the city speaking of itself
    const next = text.slice(at + len, at + len + 4);
    if (known.has(name) || AREA_WORDS.test(name)) return { place: { name, start: at, end: at + len } };
    // A short form: 襄州 for 襄州区, 枣阳 for 枣阳市 (襄州 ends like a place, 州, and is none).
    const full = len <= 4 && !gazetteer.levelOf(name) ? gazetteer.fullName(name) : null;
    // 新建 is a verb before it is 新建区's short form.
    if (full && NOT_NAME_WORDS.test(name)) continue;
    if (full) {
      if (!cityNames.has(full) && (/^(?:、|和|及|与|分别|各|均)/.test(next) || INTENT.test(next) || parallel)) return { place: { name: full, start: at, end: at + len } };
      continue;
    }
    if (!SUFFIX_AT_END.test(name)) continue;
    if (GENERIC_PLACES.test(name)) continue;
    const level = gazetteer.levelOf(name);
    if (level === "county" || level === "city") return { place: { name, start: at, end: at + len } };
    // After 其中 a town the gazetteer knows is named as a part of the whole (其中武安镇新建幼儿园2所).
    if (level === "town" && afterOpener && !CITY_ZONES.test(name)) return { place: { name, start: at, end: at + len } };
    if (CITY_ZONES.test(name)) {
      if (/^[\u4e00-\u9fff、和]/.test(next)) return { place: { name, start: at, end: at + len } };
      continue;
    }
    const zone = ZONE_AT_END.exec(name);
    if (zone) {
      const prefix = name.slice(0, -zone[0].length);
      if (isZonePrefix(prefix, gazetteer)) return { place: { name, start: at, end: at + len } };
      continue;
    }
    if (UNKNOWN_NAME.test(name) && !NOT_IN_NAME.test(name.slice(0, -1)) && !NOT_NAME_WORDS.test(name) && INTENT.test(next)) return { place: { name, start: at, end: at + len } };
  }
  return null;
}

/** 东津, 襄阳, 铁岭经济技术 …: what names a zone before its suffix. */
function isZonePrefix(prefix: string, gazetteer: Gazetteer): boolean {
  if (prefix.length < 2 || prefix.length > 10) return false;
  if (gazetteer.levelOf(prefix) || gazetteer.fullName(prefix)) return true;
  // A proper name and at most an industry's word: 冀南, 甘眉工业, 濮东产业.
  const core = prefix.replace(/(?:现代农业|农业|工业|产业|经济|高新技术|科技|物流|化工|综合|临空|临港|滨海|生态|文化|旅游|商贸|创业|创新|电商)+$/, "");
  return core.length >= 2 && core.length <= 4 && !NOT_IN_NAME.test(core) && !NOT_NAME_WORDS.test(prefix) && !GENERIC_PLACES.test(prefix + "区") && /^[\u4e00-\u9fff—-]+$/.test(prefix);
}
