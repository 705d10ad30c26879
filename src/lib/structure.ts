import type { DocumentStructure, Part, PartKind, Place } from "./types.ts";
import { lineNumberer, splitLines, type Line } from "./lines.ts";
import { readHeading, type Heading } from "./headings.ts";
import { findUnitHeaders, type HeadingLine } from "./unit-headers.ts";
import { buildOutline, inferPlanYear } from "./outline.ts";
import { chinaGazetteer, type Gazetteer } from "./gazetteer.ts";

/** Lines that close a web article: editor credits, share widgets, source notes. */
const FOOTER_LINE =
  /^(?:(?:编辑者|责任编辑|责编|编辑|审核|审校|校对|来源|作者|记者|通讯员|原标题|供稿|监制|出品)\s*[:：\s|丨]|分享到|分享|扫码|【[^】]*】)/;
/** A credit line is short: a paragraph that opens with 记者了解到 is news, not a credit. */
const FOOTER_MAX = 40;

/** Markdown decoration and list numbering that may wrap a line: **一、枣阳市**, ## 1. 宜城市. */
const DECORATION_START = /^(?:#{1,6}\s*|\*\*|__|[-*+]\s+)*(?:[一二三四五六七八九十]+、|\d+[.、]\s*|[(（][一二三四五六七八九十\d]+[)）]\s*)?(?:\*\*|__)?/;
/** Removes Markdown emphasis and list numbering around a line. Linear: no regex anchored at $. */
export function stripDecoration(line: string): string {
  const s = line.replace(DECORATION_START, "").trimEnd();
  return (s.endsWith("**") || s.endsWith("__") ? s.slice(0, -2) : s).trim();
}

export function isFooterLine(line: string): boolean {
  const s = stripDecoration(line);
  return s.length <= FOOTER_MAX && FOOTER_LINE.test(s);
}

export interface StructureOptions {
  /** Place names the seed's YAML lists (units:), accepted as headers on their own. */
  places?: readonly string[];
  /** The year the plan is for, when the YAML knows it. */
  planYear?: number | null;
  gazetteer?: Gazetteer;
}

/** Offset just past a leading YAML front-matter block (---\n…\n---), or 0. */
function frontMatterEnd(lines: Line[], offset: number): number {
  const first = lines.findIndex((l) => l.start >= offset);
  if (first < 0 || lines[first].content.trim() !== "---") return 0;
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].content.trim() === "---") return lines[i].start + lines[i].content.length;
  }
  return 0; // an unclosed block is ordinary text
}

/**
 * Splits a text into front matter, preamble, headings, unit headers, items and footer, and
 * reads its outline. Lossless: the parts' texts, joined in order, are the input exactly.
 * There is a preamble only before a series of unit headers; a text without headings is one
 * section of role "text" whose paragraphs are items of no unit.
 */
export function splitDocument(text: string, options: StructureOptions = {}): DocumentStructure {
  const parts: Part[] = [];
  let offset = 0;
  if (text.startsWith("\uFEFF")) offset = 1;
  const lines = splitLines(text);
  const fmEnd = frontMatterEnd(lines, offset);
  const bodyFrom = Math.max(offset, fmEnd);

  const body = lines.filter((l) => l.start + l.content.length > bodyFrom && l.content.trim() !== "");
  // The footer is the run of credit lines at the very end.
  let footerFrom = body.length;
  while (footerFrom > 0 && isFooterLine(body[footerFrom - 1].content)) footerFrom--;

  const headingOf: (Heading | null)[] = body.map((l, i) => (i < footerFrom ? readHeading(l.content) : null));
  const headingRows = body.map((l, i) => ({ l, i, h: headingOf[i] })).filter((r): r is { l: Line; i: number; h: Heading } => r.h !== null);
  const headingLines: HeadingLine[] = headingRows.map(({ l, i, h }) => ({
    start: Math.max(l.start, bodyFrom),
    end: l.start + l.content.length,
    style: h.style,
    title: h.title,
    hasBody: h.hasBody,
    // Anything under it but a heading of its own style (the next unit) is its content.
    hasItems: i + 1 < footerFrom && (headingOf[i + 1] === null || headingOf[i + 1]!.hasBody || headingOf[i + 1]!.style !== h.style),
  }));
  const evidence = findUnitHeaders(headingLines, options.places ?? [], options.gazetteer ?? chinaGazetteer());
  const unitRows = new Set(evidence.accepted.map((k) => headingRows[k].i));

  const planYear = options.planYear ?? inferPlanYear(headingLines.map((h) => h.title)) ?? occasionYear(text.slice(0, 600));
  const sections = buildOutline(
    text,
    headingLines.map((h, k) => ({ start: h.start, end: h.end, style: h.style, title: h.title, unit: unitRows.has(headingRows[k].i) })),
    planYear,
  );

  const sectionAt = new Map(sections.map((s, k) => [s.headingStart, k] as const).filter(([, k]) => k > 0));
  const places: Place[] = [];
  const push = (kind: PartKind, start: number, end: number, extra: Pick<Part, "place" | "section"> = {}) => {
    if (end <= start) return;
    parts.push({ kind, start, end, text: text.slice(start, end), ...extra });
  };
  if (offset === 1) push("break", 0, 1); // byte-order mark
  if (fmEnd > offset) push("frontmatter", offset, fmEnd);

  let cursor = bodyFrom;
  let section = 0;
  let unit = -1;
  const sectionUnit = new Map<number, number>();
  const headersOf = new Map<string, { unit: number; at: number[] }>(); // unit name → its index, and the offsets of its headers
  let seenUnit = false;
  body.forEach((line, i) => {
    const start = Math.max(line.start, bodyFrom);
    const end = line.start + line.content.length;
    push("break", cursor, start);
    cursor = end;
    if (i >= footerFrom) return push("footer", start, end);
    if (headingOf[i]) {
      section = sectionAt.get(start) ?? section;
      unit = unitOfSection(section);
    }
    if (unitRows.has(i)) {
      // A name that heads a second section is the same place: its sections are joined, and said.
      const name = sections[section].title;
      const seen = headersOf.get(name);
      if (seen) seen.at.push(start);
      else {
        places.push({ name, start, end, evidence: "header" });
        headersOf.set(name, { unit: places.length - 1, at: [start] });
      }
      unit = headersOf.get(name)!.unit;
      sectionUnit.set(section, unit);
      seenUnit = true;
      return push("header", start, end, { place: unit, section });
    }
    // Before a series of units, text in no section of its own introduces the list.
    const preamble = evidence.series && !seenUnit && ["opening", "unknown"].includes(sections[section].role);
    const kind: PartKind = preamble ? "preamble" : headingOf[i] && !headingOf[i]!.hasBody ? "heading" : "item";
    push(kind, start, end, kind === "preamble" ? { section } : unit >= 0 ? { place: unit, section } : { section });
  });
  push("break", cursor, text.length);

  function unitOfSection(k: number): number {
    for (let s = k; s > 0; s = sections[s].parent) {
      if (sectionUnit.has(s)) return sectionUnit.get(s)!;
    }
    return -1;
  }
  return { parts, places, sections, planYear, doubts: [...evidence.doubts, ...repeatedHeaders(text, headersOf)] };
}

/**
 * The year of the occasion a report was given at (2016年1月12日在…会议上, a title's date): a
 * government's report is given early in the year whose plan it sets.
 */
function occasionYear(opening: string): number | null {
  const m = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(opening);
  return m ? Number(m[1]) : null;
}

/** One doubt per unit name that heads more than one section, at its second header. */
function repeatedHeaders(text: string, headersOf: Map<string, { at: number[] }>): DocumentStructure["doubts"] {
  const repeated = [...headersOf].map(([name, { at }]) => [name, at] as const).filter(([, at]) => at.length > 1);
  if (repeated.length === 0) return [];
  const lineOf = lineNumberer(text);
  return repeated.map(([name, at]) => {
    const shown = at.slice(0, 5).map(lineOf);
    const more = at.length > shown.length ? " …" : "";
    return {
      at: at[1]!,
      message: `unit ${name} heads ${at.length} sections (lines ${shown.join(", ")}${more}): joined into one unit`,
      zh: `“${name}”是${at.length}个章节的标题（第${shown.join("、")}${more}行），已合并为一个地方`,
    };
  });
}

/** The headline of an item: its first sentence, without the closing stop. */
export function headlineOf(itemText: string): string {
  const stop = itemText.search(/[。!！?？;；]/);
  const plain = stripDecoration(stop < 0 ? itemText : itemText.slice(0, stop));
  return plain.replace(/\*\*|__/g, "").trim();
}
