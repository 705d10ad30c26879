import type { HeadingStyle } from "./headings.ts";
import { roleOfBody, roleOfTitle, SECTION_RULES, yearIn, type SectionRole } from "./section-rules.ts";
import type { Section } from "./types.ts";
import { PLAN_TIME_WORDS } from "./lexicon.ts";

export interface OutlineHeading {
  start: number;
  end: number;
  style: HeadingStyle;
  title: string;
  /** Accepted as a unit header (see unit-headers.ts). */
  unit: boolean;
}

/** Heading styles without numbering: bold, plain and dash-led lines. */
const UNMARKED: ReadonlySet<HeadingStyle> = new Set(["bold", "plain", "dash", "bracket", "bullet"]);

/** Roles a sub-section takes from its parent when its own heading says nothing. */
const INHERITED: ReadonlySet<SectionRole> = new Set(["review", "plan", "practical", "unit", "glossary", "appendix"]);
/** The first sentence of a body that reports a plan done: “十五”计划确定的目标和任务全面完成. */
const PLAN_DONE = /^[\s*]*[^。！？]*?(?:计划|规划)[^。！？]{0,12}?(?:目标|任务)[^。！？]{0,10}?(?:全面|胜利|圆满|顺利|基本|超额)完成/;

/**
 * The year a text's plan is for, from its headings: the year after a reviewed year
 * (2022年工作回顾 → 2023), else the earliest year a plan heading names, else the latest year
 * any heading names.
 */
export function inferPlanYear(titles: readonly string[]): number | null {
  const review = SECTION_RULES.find((r) => r.role === "review")!.match;
  const plan = SECTION_RULES.find((r) => r.role === "plan" && !r.weak)!.match;
  const years = (pick: (t: string) => boolean) => titles.filter(pick).map(yearIn).filter((y): y is number => y !== null);
  const reviewed = years((t) => review.test(t));
  if (reviewed.length) return Math.max(...reviewed) + 1;
  const planned = years((t) => plan.test(t));
  if (planned.length) return Math.min(...planned);
  const any = years(() => true);
  return any.length ? Math.max(...any) : null;
}

/** Whether a heading names the plan's time: 今年, 今后, 明年, or a year not before the plan's. */
function namesPlanTime(title: string, planYear: number | null): boolean {
  if (PLAN_TIME_WORDS.test(title)) return true;
  const year = yearIn(title);
  return year !== null && planYear !== null && year >= planYear;
}

/**
 * The outline of a text: a section for the whole text (index 0) and one per heading, nested by
 * rank. A style's rank is the order of its first appearance. Each section's role comes from
 * its heading's words, else its parent's role, else the words of its body.
 */
export function buildOutline(text: string, headings: readonly OutlineHeading[], planYear: number | null): Section[] {
  // A style's rank is the order of its first appearance; an appendix is ranked first and outlined
  // anew below it, so its numbered items (一、…) do not rank with the report's own sections.
  const main = new Map<HeadingStyle, number>();
  const inAppendix = new Map<HeadingStyle, number>();
  let appendixStarted = false;
  const levels = headings.map((h) => {
    if (h.style === "appendix") {
      appendixStarted = true;
      inAppendix.clear();
      return 1;
    }
    const ranks = appendixStarted ? inAppendix : main;
    if (!ranks.has(h.style)) ranks.set(h.style, ranks.size + 1 + (appendixStarted ? 1 : 0));
    // **今后五年的目标任务** … 2022年工作安排: an unmarked line that names a part of the report
    // (a plan, a review) stands level with the report's other unmarked part titles, whatever
    // style it first appeared in.
    if (UNMARKED.has(h.style) && SECTION_RULES.some((r) => !r.weak && r.role !== "glossary" && r.match.test(h.title))) {
      const top = Math.min(...[...ranks].filter(([style]) => UNMARKED.has(style)).map(([, rank]) => rank));
      return Math.min(top, ranks.get(h.style)!);
    }
    return ranks.get(h.style)!;
  });
  const root: Section = {
    level: 0,
    title: "",
    start: 0,
    end: text.length,
    headingStart: 0,
    headingEnd: 0,
    role: headings.length ? "opening" : "text",
    numbered: false,
    roleRule: "none",
    parent: -1,
  };
  const sections: Section[] = [root];
  const open: number[] = [0];
  for (const [k, h] of headings.entries()) {
    const level = levels[k];
    while (sections[open[open.length - 1]].level >= level) sections[open.pop()!].end = h.start;
    const parent = open[open.length - 1];
    const numbered = !UNMARKED.has(h.style) && !["h1", "h2", "h3", "h4", "h5", "h6"].includes(h.style);
    sections.push({ level, title: h.title, start: h.start, end: text.length, headingStart: h.start, headingEnd: h.end, role: "unknown", numbered, roleRule: "none", parent });
    open.push(sections.length - 1);
  }
  sections.forEach((s, i) => {
    if (i === 0) return;
    const h = headings[i - 1];
    const parent = sections[s.parent];
    let own = h.unit ? { role: "unit" as const, rule: "section-unit-header" } : roleOfTitle(s.title, planYear, INHERITED.has(parent.role));
    if (!own && h.style === "appendix") own = { role: "appendix" as const, rule: "section-appendix" };
    // “十五”计划…: a plan heading over a body that opens by reporting the plan done is a review.
    if (own?.role === "plan" && PLAN_DONE.test(text.slice(s.headingEnd, Math.min(s.end, s.headingEnd + 200)))) own = { role: "review", rule: "body-plan-done" };
    // Inside a review, a heading that says 实事 or 任务 still reports the past; only one that
    // names the plan's time (今年, 今后, the plan's year) or a glossary leaves the review.
    if (own && parent.role === "review" && own.role !== "glossary" && own.role !== "review" && !namesPlanTime(s.title, planYear)) own = null;
    if (own) [s.role, s.roleRule] = [own.role, own.rule];
    else if (INHERITED.has(parent.role)) [s.role, s.roleRule] = [parent.role, "inherited"];
    else {
      // Only the section's own words count: its sub-sections speak for themselves.
      const firstChild = sections.find((c, k) => k > i && c.parent === i);
      const body = roleOfBody(text.slice(s.headingEnd, firstChild ? firstChild.start : s.end));
      if (body) [s.role, s.roleRule] = [body, "body-words"];
    }
  });
  // A section holding units, whose own heading said nothing, is the list of units.
  for (const s of sections) {
    if (s.role === "unit" && s.parent > 0 && sections[s.parent].role === "unknown") {
      sections[s.parent].role = "units";
      sections[s.parent].roleRule = "holds-units";
    }
  }
  return sections;
}
