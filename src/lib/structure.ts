import type { DocumentStructure, Part, PartKind, Unit } from "./types.ts";

/** Administrative suffixes a unit header ends with, longest first so 新区 wins over 区. */
const UNIT_SUFFIX =
  /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区|示范区|试验区|保税区|管理区|管委会|园区|街道|自治县|自治州|市|县|区|旗|盟|州|镇|乡)$/;

/** Lines that close a web article: editor credits, share widgets, source notes. */
const FOOTER_LINE =
  /^(?:编辑者|责任编辑|责编|编辑|审核|审校|校对|来源|作者|记者|通讯员|分享到|分享|原标题|供稿|监制|出品|扫码|【[^】]*】)/;

/** Markdown decoration and list numbering that may wrap a header: **一、枣阳市**, ## 1. 宜城市. */
const DECORATION_START = /^(?:#{1,6}\s*|\*\*|__|[-*+]\s+)*(?:[一二三四五六七八九十]+、|\d+[.、]\s*|[(（][一二三四五六七八九十\d]+[)）]\s*)?(?:\*\*|__)?/;
const DECORATION_END = /(?:\*\*|__)?\s*$/;

/** Removes Markdown emphasis and list numbering around a short line. */
export function stripDecoration(line: string): string {
  return line.replace(DECORATION_START, "").replace(DECORATION_END, "").trim();
}

/**
 * Whether a line names a unit: short, no sentence punctuation, ending in an administrative
 * suffix, optionally followed by an alias in brackets (东津新区(经开区)).
 */
export function isUnitHeader(line: string): boolean {
  const name = stripDecoration(line);
  if (name.length < 2 || name.length > 24) return false;
  if (/[。,，;；:：!！?？、“”"《》\d%]/.test(name)) return false;
  const core = name.replace(/[(（][^()（）]*[)）]$/, "");
  return core.length >= 2 && UNIT_SUFFIX.test(core);
}

export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.test(stripDecoration(line));
}

interface Line {
  start: number;
  content: string;
  terminator: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    lines.push({ start: m.index, content: m[1], terminator: m[2] });
    if (m[2] === "") break;
  }
  return lines;
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
 * Splits a list text into preamble, unit headers, items and footer. Lossless: the parts'
 * texts, joined in order, are the input exactly. A text without unit headers yields items
 * that belong to no unit.
 */
export function splitDocument(text: string): DocumentStructure {
  const parts: Part[] = [];
  const units: Unit[] = [];
  const push = (kind: PartKind, start: number, end: number, unit?: number) => {
    if (end <= start) return;
    const part: Part = { kind, start, end, text: text.slice(start, end) };
    if (unit !== undefined) part.unit = unit;
    parts.push(part);
  };

  let offset = 0;
  if (text.startsWith("\uFEFF")) push("break", 0, (offset = 1)); // byte-order mark
  const lines = splitLines(text);
  const fmEnd = frontMatterEnd(lines, offset);
  if (fmEnd > 0) {
    push("frontmatter", offset, fmEnd);
    offset = fmEnd;
  }

  const body = lines.filter((l) => l.start + l.content.length > offset && l.content.trim() !== "");
  // The footer is the run of credit lines at the very end.
  let footerFrom = body.length;
  while (footerFrom > 0 && isFooterLine(body[footerFrom - 1].content)) footerFrom--;
  const hasHeaders = body.some((l, i) => i < footerFrom && isUnitHeader(l.content));

  let unit = -1;
  let cursor = offset;
  body.forEach((line, i) => {
    const start = Math.max(line.start, offset);
    const end = line.start + line.content.length;
    push("break", cursor, start);
    let kind: PartKind;
    if (i >= footerFrom) kind = "footer";
    else if (hasHeaders && isUnitHeader(line.content)) {
      kind = "header";
      units.push({ name: stripDecoration(line.content), start, end });
      unit = units.length - 1;
    } else if (hasHeaders && unit < 0) kind = "preamble";
    else kind = "item";
    push(kind, start, end, kind === "header" || kind === "item" ? unit : undefined);
    cursor = end;
  });
  push("break", cursor, text.length);
  return { parts, units };
}

/** The headline of an item: its first sentence, without the closing stop. */
export function headlineOf(itemText: string): string {
  const plain = stripDecoration(itemText);
  const m = /^[^。!！?？;；]*/.exec(plain);
  return (m ? m[0] : plain).replace(/\*\*|__/g, "").trim();
}
