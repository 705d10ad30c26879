import type { LedgerEntry, SectionRole, Target, Unit, Warning, DocumentStructure } from "./types.ts";
import { splitDocument, headlineOf } from "./structure.ts";
import { findQuantities } from "./quantities.ts";
import { judgeFigure } from "./judge.ts";
import { clauseAround, quotedSpans, sentenceAround, within } from "./segments.ts";
import { uniqueSlugs } from "./slug.ts";
import { lineNumberer } from "./lines.ts";
import { figureContext } from "./figure-context.ts";
import { readRespectively, type RespectivelyShare } from "./respectively.ts";
import { findSentenceUnits, type SentenceUnit } from "./sentence-units.ts";
import { chinaGazetteer, type Gazetteer } from "./gazetteer.ts";
import type { TimeCues } from "./modality.ts";
import { summarize, type Summary } from "./summary.ts";
import { asWritten } from "./as-written.ts";
import { buildTarget } from "./build-target.ts";
import { inferCity } from "./infer-city.ts";
import { readingText } from "./normalize.ts";
import { textWarnings } from "./text-warnings.ts";
import { TableReader, cellsOf } from "./table-cells.ts";
import { doubtsOf } from "./doubts.ts";

export interface ExtractOptions {
  /** The year the targets are for (the YAML's year); read from the headings when absent. */
  year?: number | null;
  /** The city the list belongs to, to tell the city's own figures from the unit's. */
  city?: string;
  /** Unit names the YAML lists, accepted as units wherever they head a line or sentence. */
  units?: readonly string[];
  gazetteer?: Gazetteer;
}

export interface Extraction {
  structure: DocumentStructure;
  slugs: string[];
  ledger: LedgerEntry[];
  targets: Target[];
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
  const structure = splitDocument(text, { units: options.units, planYear: options.year ?? null, gazetteer });
  const { sections } = structure;
  const city = options.city ?? inferCity(text, gazetteer);
  const isQuoted = quotedSpans(text);
  const lineOf = lineNumberer(text);
  const cues = new Map<number, TimeCues>();
  const ledger: LedgerEntry[] = [];
  const targets: Target[] = [];
  const perUnit = new Map<number, number>();
  const knownUnits = new Set([...structure.units.map((u) => u.name), ...(options.units ?? [])]);
  const unitIndex = new Map(structure.units.map((u, i) => [u.name, i] as const));
  let slugs = uniqueSlugs(structure.units.map((u) => u.name));
  const tables = new TableReader();

  for (const part of structure.parts) {
    if (part.kind === "break") continue;
    const header = tables.row(part.text);
    const role: SectionRole = sections[part.section ?? 0].role;
    const quantities = findQuantities(part.text, part.start);
    if (CONTEXT_PARTS.has(part.kind)) {
      for (const q of quantities) {
        const unit = part.unit ?? -1;
        ledger.push({ quantity: q, unit, disposition: "not-target", reason: part.kind as LedgerEntry["reason"], note: `in the ${part.kind}, not in a list of targets`, rule: `part-${part.kind}`, role });
      }
      continue;
    }
    // Figures of a part outside any unit's list belong to a unit named at the head of their sentence.
    const named = part.unit === undefined ? findSentenceUnits(text, part.start, part.end, { gazetteer, known: knownUnits, city }) : [];
    // A unit named in a sentence joins the units only when it owns a target.
    const unitAt = (at: number, target: boolean): number => {
      if (part.unit !== undefined) return part.unit;
      const owner = within(named, named.length ? named[0].start : 0, at + 1, (n) => n.start).findLast((n) => at < n.ownsUntil);
      if (!owner) return -1;
      return target ? sentenceUnitIndex(owner) : (unitIndex.get(owner.name) ?? -1);
    };
    const judged = quantities.map((q) => {
      // An unnumbered heading over lines of its own is a title; a run of short lines is a list.
      const own = sections[part.section ?? 0];
      const inTitle = part.kind === "heading" && !own.numbered && text.slice(own.headingEnd, own.end).trim() !== "";
      const f = figureContext(q, { text, part, role, inTitle, isQuoted, planYear: structure.planYear, city, cues });
      const j = judgeFigure(f);
      return { q, j, unit: unitAt(q.numberStart, j.target) };
    });
    for (const { q, j, unit } of judged) {
      ledger.push(
        j.target
          ? { quantity: q, unit, disposition: "target", rule: j.rule, note: j.note, role }
          : { quantity: q, unit, disposition: "not-target", reason: j.reason, note: j.note, rule: j.rule, role },
      );
    }
    const figures = judged.filter(({ j }) => j.target).map(({ q }) => q.numberStart);
    const thresholds = judged.filter(({ j }) => !j.target && j.reason === "threshold").map(({ q }) => q);
    const targetQuantities = judged.filter(({ j }) => j.target).map(({ q }) => q);
    const shares = new Map<number, Map<number, RespectivelyShare>>();
    const headline = headlineOf(part.text);
    const inSentence: Target[] = [];
    let sentenceStart = -1;
    for (const { q, j, unit } of judged) {
      if (!j.target) continue;
      const [sStart] = sentenceAround(text, q.numberStart);
      if (sStart !== sentenceStart) {
        inSentence.length = 0;
        sentenceStart = sStart;
      }
      const [cStart, cEnd] = clauseAround(text, q.numberStart);
      if (!shares.has(cStart)) shares.set(cStart, readRespectively(text, cStart, cEnd, targetQuantities));
      // A figure in a table's cell is named by its column's header (新增就业 for 5000人).
      const column = header ? cellsOf(part.text).findIndex((c) => part.start + c.start <= q.numberStart && q.numberStart < part.start + c.end) : -1;
      const share = column >= 0 && header![column] ? { subject: header![column], verb: "", qualifier: null } : shares.get(cStart)!.get(q.numberStart) ?? null;
      const target = buildTarget(text, headline, q, figures, thresholds, inSentence, share, {
        year: options.year ?? structure.planYear ?? null,
        district: unit >= 0 ? structure.units[unit].name : "",
        slug: unit >= 0 ? slugs[unit] : "",
        scope: j.scope,
        rule: j.rule,
      });
      const n = (perUnit.get(unit) ?? 0) + 1;
      perUnit.set(unit, n);
      target.id = `${target.slug || "t"}-${n}`;
      inSentence.push(target);
      targets.push(target);
    }
  }

  function sentenceUnitIndex(owner: SentenceUnit): number {
    const existing = unitIndex.get(owner.name);
    if (existing !== undefined) return existing;
    const unit: Unit = { name: owner.name, start: owner.start, end: owner.end, evidence: "sentence" };
    structure.units.push(unit);
    unitIndex.set(owner.name, structure.units.length - 1);
    slugs = uniqueSlugs(structure.units.map((u) => u.name));
    return structure.units.length - 1;
  }

  const warnings = doubtsOf({ text, structure, ledger, targets, lineOf });
  return { structure, slugs, ledger, targets, warnings, summary: summarize(text, structure, ledger, targets) };
}

