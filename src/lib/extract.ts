import type { LedgerEntry, Place, Quantity, SectionRole, Target, Warning, DocumentStructure } from "./types.ts";
import { splitDocument, headlineOf } from "./structure.ts";
import { findQuantities } from "./quantities.ts";
import { judgeFigure } from "./judge.ts";
import { clauseAround, quotedSpans, sentenceAround } from "./segments.ts";
import { uniqueSlugs } from "./slug.ts";
import { lineNumberer } from "./lines.ts";
import { figureContext } from "./figure-context.ts";
import { readRespectively, type RespectivelyShare } from "./respectively.ts";
import { readOwners, type NamedPlace, type Ownership } from "./owners.ts";
import { chinaGazetteer, type Gazetteer } from "./gazetteer.ts";
import type { TimeCues } from "./modality.ts";
import { summarize, type Summary } from "./summary.ts";
import { asWritten } from "./as-written.ts";
import { buildTarget } from "./build-target.ts";
import { inferCity } from "./infer-city.ts";
import { readingText } from "./normalize.ts";
import { textWarnings } from "./text-warnings.ts";
import { TableReader, cellQuantities, cellsOf, subjectOfHeader } from "./table-cells.ts";
import { doubtsOf } from "./doubts.ts";
import { periodIn, yearIn } from "./section-rules.ts";

export interface ExtractOptions {
  /** The year the targets are for (the YAML's year); read from the headings when absent. */
  year?: number | null;
  /** The city the list belongs to, to tell the city's own figures from the unit's. */
  city?: string;
  /** Place names the YAML lists (units:), accepted wherever they head a line or sentence. */
  places?: readonly string[];
  gazetteer?: Gazetteer;
}

export interface Extraction {
  structure: DocumentStructure;
  slugs: string[];
  ledger: LedgerEntry[];
  targets: Target[];
  /**
   * The figures judged results, as records like the targets' (what they are about, how they
   * measure, their owner, quote and offsets), `year` the year they report (null for a span of
   * years: 五年来, 累计). A follow-up reads them against the year before's targets.
   */
  results: Target[];
  warnings: Warning[];
  summary: Summary;
}

/** Parts whose numbers are context by their place alone. */
const CONTEXT_PARTS = new Set(["frontmatter", "preamble", "footer", "header"]);

/**
 * Reads a text into its outline, a ledger of every number and the targets. Pure: the same
 * text and options always give the same result, which the content-freshness test and
 * reproducible builds rely on. Linear in the text's length. The text is read in its folded,
 * simplified form (readingText); what readers see (quotes, labels, names, parts) is the text
 * as written, at the same offsets.
 */
export function extractTargets(text: string, options: ExtractOptions = {}): Extraction {
  const reading = readingText(text);
  const r = readFolded(reading, options);
  // Characters that change what a line shows (bidi overrides, zero-width spaces) are said aloud.
  for (const w of textWarnings(text)) {
    r.warnings.push({ ...w, zh: /bidi/.test(w.message) ? "这一行有改变文字方向的控制字符：显示的顺序可能与实际不同" : "这一行有不可见字符：显示的文字或数字可能与实际不同" });
  }
  r.warnings.sort((a, b) => a.line - b.line);
  return reading === text ? r : asWritten(r, text, reading);
}

function readFolded(text: string, options: ExtractOptions): Extraction {
  const gazetteer = options.gazetteer ?? chinaGazetteer();
  const structure = splitDocument(text, { places: options.places, planYear: options.year ?? null, gazetteer });
  const { sections, places } = structure;
  const city = options.city ?? inferCity(text, gazetteer);
  const isQuoted = quotedSpans(text);
  const lineOf = lineNumberer(text);
  const cues = new Map<number, TimeCues>();
  const ledger: LedgerEntry[] = [];
  const targets: Target[] = [];
  const results: Target[] = [];
  const perPlace = new Map<number, number>();
  const knownPlaces = new Set([...places.map((u) => u.name), ...(options.places ?? [])]);
  const placeIndex = new Map(places.map((u, i) => [u.name, i] as const));
  let slugs = uniqueSlugs(places.map((u) => u.name));
  const tables = new TableReader();
  const named = new Set<string>();

  for (const part of structure.parts) {
    if (part.kind === "break") continue;
    const header = tables.row(part.text);
    const role: SectionRole = sections[part.section ?? 0].role;
    // A bare number under a header that gives its unit (固定资产投资（亿元）) is that many of the unit.
    const cells = header ? new Map(cellQuantities(part.text, part.start, header, findQuantities).map((q) => [q.numberStart, q])) : new Map<number, Quantity>();
    const quantities = [...findQuantities(part.text, part.start).filter((q) => !cells.has(q.numberStart)), ...cells.values()].sort((a, b) => a.start - b.start);
    if (CONTEXT_PARTS.has(part.kind)) {
      const owners = part.place === undefined ? [] : [places[part.place].name];
      for (const q of quantities) {
        ledger.push({ quantity: q, owners: [...owners], ownerRule: owners.length ? "owner-header" : "owner-none", disposition: "not-target", reason: part.kind as LedgerEntry["reason"], note: `in the ${part.kind}, not in a list of targets`, rule: `part-${part.kind}`, role });
      }
      continue;
    }
    // A part under a place's header is that place's; elsewhere the sentence says whose each figure is.
    const reading = part.place === undefined ? readOwners(text, part.start, part.end, quantities, { gazetteer, known: knownPlaces, city }) : null;
    const namedHere = reading?.named ?? [];
    const ownershipOf = (q: { numberStart: number }): Ownership =>
      part.place !== undefined
        ? { places: [{ name: places[part.place].name, start: places[part.place].start, end: places[part.place].end }], rule: "owner-header" }
        : (reading!.owners.get(q.numberStart) ?? { places: [], rule: "owner-none" });
    const judged = quantities.map((q) => {
      // An unnumbered heading over lines of its own is a title; a run of short lines is a list.
      const own = sections[part.section ?? 0];
      const inTitle = part.kind === "heading" && !own.numbered && text.slice(own.headingEnd, own.end).trim() !== "";
      const f = figureContext(q, { text, part, role, inTitle, isQuoted, planYear: structure.planYear, city, cues });
      return { q, j: judgeFigure(f), owner: ownershipOf(q) };
    });
    // Places named in a clause that sets a target: had none of them a figure, owners were lost.
    for (const p of namedHere) {
      const [, b] = clauseAround(text, p.end);
      if (judged.some(({ q, j }) => j.target && q.numberStart >= p.end && q.numberStart < b)) named.add(p.name);
    }
    for (const { q, j, owner } of judged) {
      const owners = owner.places.map((p) => p.name);
      ledger.push(
        j.target
          ? { quantity: q, owners, ownerRule: owner.rule, disposition: "target", rule: j.rule, note: j.note, role }
          : { quantity: q, owners, ownerRule: owner.rule, disposition: "not-target", reason: j.reason, note: j.note, rule: j.rule, role },
      );
    }
    const figures = judged.filter(({ j }) => j.target).map(({ q }) => q.numberStart);
    const thresholds = judged.filter(({ j }) => !j.target && j.reason === "threshold").map(({ q }) => q);
    const targetShares = sharesByClause(text, judged.filter(({ j }) => j.target).map(({ q }) => q));
    const headline = headlineOf(part.text);
    const inSentence: Target[] = [];
    let sentenceStart = -1;
    for (const { q, j, owner } of judged) {
      if (!j.target) continue;
      const [sStart] = sentenceAround(text, q.numberStart);
      if (sStart !== sentenceStart) {
        inSentence.length = 0;
        sentenceStart = sStart;
      }
      const [cStart, cEnd] = clauseAround(text, q.numberStart);
      // A figure in a table's cell is named by its column's header (新增就业 for 5000人).
      const column = header ? cellsOf(part.text).findIndex((c) => part.start + c.start <= q.numberStart && q.numberStart < part.start + c.end) : -1;
      // Places paired with figures by 分别 are owners, not subjects: the subject is what follows them.
      const byPlace = owner.rule === "owner-respectively" || owner.rule === "owner-each";
      const share = column >= 0 && header![column] ? { subject: subjectOfHeader(header![column]), verb: "", qualifier: null } : byPlace ? null : targetShares(cStart, cEnd).get(q.numberStart) ?? null;
      const ownerWords = owner.rule === "owner-header" ? [] : [...new Set(ownerListWords(text, owner))];
      // A figure that holds for each of several places is a target of each.
      const indices = owner.places.length ? owner.places.map((p) => placeIndexOf(p)) : [-1];
      for (const index of indices) {
        const target = buildTarget(text, headline, q, figures, thresholds, inSentence, share, {
          year: horizonOf(sections, part.section ?? 0, options.year ?? structure.planYear ?? null),
          district: index >= 0 ? places[index].name : "",
          slug: index >= 0 ? slugs[index] : "",
          scope: j.scope,
          rule: j.rule,
          ownerRule: owner.rule,
          ownerWords,
        });
        const n = (perPlace.get(index) ?? 0) + 1;
        perPlace.set(index, n);
        target.id = `${target.slug || "t"}-${n}`;
        targets.push(target);
      }
      inSentence.push(targets[targets.length - 1]);
    }
    // Results, read as the targets are, for a follow-up to compare with the year before's targets.
    const reported = judged.filter(({ j }) => !j.target && j.reason === "result");
    const resultFigures = reported.map(({ q }) => q.numberStart);
    const resultShares = sharesByClause(text, reported.map(({ q }) => q));
    const planYear = options.year ?? structure.planYear ?? null;
    const resultsInSentence: Target[] = [];
    let resultSentence = -1;
    for (const { q, j, owner } of reported) {
      const [sStart] = sentenceAround(text, q.numberStart);
      if (sStart !== resultSentence) {
        resultsInSentence.length = 0;
        resultSentence = sStart;
      }
      const [cStart, cEnd] = clauseAround(text, q.numberStart);
      const share = resultShares(cStart, cEnd).get(q.numberStart) ?? null;
      const ownerWords = owner.rule === "owner-header" ? [] : [...new Set(ownerListWords(text, owner))];
      for (const p of owner.places.length ? owner.places : [null]) {
        const record = buildTarget(text, headline, q, resultFigures, thresholds, resultsInSentence, share, {
          year: reportedYear(text.slice(sStart, q.numberStart), planYear, paragraphHead(text, sStart)),
          district: p?.name ?? "",
          slug: p ? (slugs[placeIndex.get(p.name) ?? -1] ?? "") : "",
          scope: "unit",
          rule: j.rule,
          ownerRule: owner.rule,
          ownerWords,
        });
        record.id = `r-${results.length + 1}`;
        results.push(record);
      }
      resultsInSentence.push(results[results.length - 1]);
    }
  }

  /** A place named in a sentence joins the places when it owns a target. */
  function placeIndexOf(p: NamedPlace): number {
    const existing = placeIndex.get(p.name);
    if (existing !== undefined) return existing;
    const place: Place = { name: p.name, start: p.start, end: p.end, evidence: "sentence" };
    places.push(place);
    placeIndex.set(p.name, places.length - 1);
    slugs = uniqueSlugs(places.map((u) => u.name));
    return places.length - 1;
  }

  const warnings = doubtsOf({ text, structure, ledger, targets, lineOf, named: [...named] });
  return { structure, slugs, ledger, targets, results, warnings, summary: summarize(text, structure, ledger, targets) };
}

/**
 * The year a section's targets are for: the plan's, or the end of the years its heading (or a
 * parent's) looks ahead to (今后五年工作的总体安排 → the plan's year + 4, “十四五”时期 → 2025).
 */
function horizonOf(sections: DocumentStructure["sections"], k: number, planYear: number | null): number | null {
  if (planYear === null) return null;
  for (let s = k; s > 0; s = sections[s].parent) {
    const { title, role } = sections[s];
    if (role === "review") return planYear;
    // The nearest heading that names a year decides: 2016年工作建议 under “十三五”规划纲要说明及2016年….
    const named = yearIn(title);
    if (named !== null) return named > planYear ? named : planYear;
    if (/今后五年|未来五年|五年奋斗目标/.test(title)) return planYear + 4;
    const period = periodIn(title);
    if (period && period[1] > planYear && period[0] <= planYear + 1) return period[1];
  }
  return planYear;
}

/**
 * The year a result reports: a year its sentence names before it (2022年…), none for a span of
 * years (五年来, 累计, “十三五”期间, 年均), else the year before the plan's (a review of last year).
 */
function reportedYear(before: string, planYear: number | null, paragraph = ""): number | null {
  // 年均浓度 is the year's mean, not an average over years.
  if (SPAN.test(before)) return null;
  // 2017年与2013年相比…下降40%: a change over four years is no one year's result.
  const base = before.match(/(?:与|同|和|较|比)\s*((?:19|20)\d{2})\s*年(?:相比|比较|相较)?/);
  const baseAt = base ? base.index! + base[0].indexOf(base[1]) : -1;
  const years = [...before.matchAll(/((?:19|20)\d{2})\s*年(?!底前|前|[^，,。；;]*以来)/g)].filter((m) => m.index !== baseAt).map((m) => Number(m[1]));
  if (base && years.length && Number(base[1]) < years[years.length - 1] - 1) return null;
  if (years.length) return years[years.length - 1];
  // 五年来，我们…。推进…，改造老旧小区3802个: a paragraph that opens on a span of years speaks of it throughout.
  if (SPAN.test(paragraph)) return null;
  return planYear === null ? null : planYear - 1;
}

/** Words that make a figure the account of several years. */
const SPAN = /[两三四五]年来|过去[两三四五]年|五年间|累计|年均(?!浓度|值)|“十[一二三四五]五”(?:期间|时期|以来)|本届政府/;

/** The opening words of the paragraph a sentence stands in, up to its first comma or full stop. */
function paragraphHead(text: string, sentenceStart: number): string {
  const start = text.lastIndexOf("\n", sentenceStart - 1) + 1;
  if (start === sentenceStart) return "";
  return text.slice(start, sentenceStart).match(/^[^，,。；;]*/)![0];
}

/** Each clause's 分别 (or implicit) pairing of `figures`, read once per clause. */
function sharesByClause(text: string, figures: readonly Quantity[]): (clauseStart: number, clauseEnd: number) => Map<number, RespectivelyShare> {
  const read = new Map<number, Map<number, RespectivelyShare>>();
  return (clauseStart, clauseEnd) => {
    let shares = read.get(clauseStart);
    if (!shares) read.set(clauseStart, (shares = readRespectively(text, clauseStart, clauseEnd, figures)));
    return shares;
  };
}

/** The names an ownership's places are written as in the text, for leaving them out of labels. */
function ownerListWords(text: string, owner: Ownership): string[] {
  return (owner.listed ?? owner.places).map((p) => text.slice(p.start, p.end));
}

