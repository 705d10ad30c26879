import type { DocumentStructure, LedgerEntry, Target, Warning } from "./types.ts";
import { UNJUDGED_ROLES } from "./summary.ts";

interface DoubtInput {
  text: string;
  structure: DocumentStructure;
  ledger: readonly LedgerEntry[];
  targets: readonly Target[];
  lineOf: (offset: number) => number;
  /** Places named at the head of a sentence, clause or list, whether or not they own a figure. */
  named?: readonly string[];
}

/** Share of numbers outside judged sections above which the outline is in doubt. */
const OUTSIDE_LIMIT = 0.2;

/**
 * Everything about a reading that an editor must look at: numbers that could not be read,
 * units we do not know, markup, a doubtful structure (a lone unit header, many numbers
 * outside any judged section, a work report without a plan), units without targets and
 * targets without a category. Each names its line; none stops the reading.
 */
export function doubtsOf({ text, structure, ledger, targets, lineOf, named = [] }: DoubtInput): Warning[] {
  const warnings: Warning[] = [];
  const at = (offset: number, message: string, zh: string) => warnings.push({ line: lineOf(offset), message, zh });

  for (const e of ledger) {
    const q = e.quantity;
    if (e.reason === "unreadable") at(q.start, `cannot read the number ${q.text}`, `无法读取数字“${q.text}”`);
    if (e.reason === "no-unit" && q.unit) at(q.start, `unknown unit after ${q.text}${text.slice(q.end, q.end + 4)}`, `“${q.text}${text.slice(q.end, q.end + 4)}”中的计量单位无法识别`);
  }
  for (const d of structure.doubts) at(d.at, d.message, d.zh);
  structure.places.forEach((u, i) => {
    if (u.evidence !== "header") return;
    if (!structure.parts.some((p) => (p.kind === "item" || p.kind === "heading") && p.place === i)) at(u.start, `unit header ${u.name} has no items under it`, `“${u.name}”标题下没有内容`);
    else if (!targets.some((t) => t.district === u.name)) at(u.start, `unit ${u.name} has no targets`, `“${u.name}”的清单中没有读出量化目标`);
  });
  for (const part of structure.parts) {
    const tag = /<\/?[a-zA-Z][^>]*>/.exec(part.text);
    if (tag) at(part.start + tag.index, `markup in the text: ${tag[0]} (kept as text)`, `原文中有网页标记“${tag[0]}”，已作为文字保留`);
  }

  const judged = ledger.filter((e) => !e.rule.startsWith("part-"));
  const outside = judged.filter((e) => UNJUDGED_ROLES.has(e.role)).length;
  if (judged.length >= 10 && outside / judged.length > OUTSIDE_LIMIT) {
    at(0, `${outside} of ${judged.length} numbers stand outside any section whose role is known (review, plan, units …): each was judged by its own sentence only`, `${judged.length}个数字中有${outside}个不在能判断性质的章节（回顾、安排、各地清单等）中，只能按所在句子判断`);
  }
  const roles = new Set(structure.sections.map((s) => s.role));
  const isReport = roles.has("review") || /政府工作报告/.test(text.slice(0, 2000));
  if (isReport && !roles.has("plan") && !roles.has("practical") && !roles.has("unit")) {
    at(0, "a work report with no plan section found: targets were read from sentences alone", "这是一份工作报告，但没有找到工作安排部分：目标只能按句子判断");
  }
  // A text that names places but gives none a figure has lost its owners, or has none to give.
  if (named.length >= 2 && targets.length > 0 && !targets.some((t) => t.district !== "")) {
    const shown = named.slice(0, 5).join("、") + (named.length > 5 ? "…" : "");
    at(0, `the text names ${named.length} places (${shown}) at the head of sentences but gives none of them a target: every figure is read as the whole text's; check whose they are`, `文中在句首提到${named.length}个地方（${shown}），但没有一个目标归属于它们：所有数字都按全文计；请核对归属`);
  }
  for (const t of targets) {
    if (t.category_rule === "no-category") at(t.number_start, `no category for ${t.label || t.quote} (${t.value}${t.unit}): counted as other`, `“${t.label || t.quote}”（${t.value}${t.unit}）无法归类，计入“其他”`);
  }
  return warnings.sort((a, b) => a.line - b.line);
}
