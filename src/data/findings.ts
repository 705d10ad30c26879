import type { ChartOutput } from "../charts/types.ts";
import { paths } from "./paths.ts";
import { displayName } from "./place-name.ts";

export interface KeyFigure {
  /** The figure, newspaper style: 580亿元, 126项. */
  value: string;
  /** What it is, in a short phrase. */
  label: string;
  /** Site path where it is explained. */
  href: string;
}

export interface Findings {
  /** The edition page's headline: what the targets show. */
  headline: string;
  /** Sentences of the lead, each a finding. */
  lead: string[];
  keyFigures: KeyFigure[];
}

interface EditionFacts {
  year: number;
  city: string;
  places: number;
  targets: number;
  /** What the text is called after its year (奋进清单, 政府工作报告). */
  document?: string;
}

/**
 * What an edition's targets show, computed from its charts and facts: the headline is the
 * first ranking of the lead (who set the largest investment target), the lead adds the other
 * lead findings (farmland, jobs), and the key figures are the numbers behind them.
 */
export function findingsOf(e: EditionFacts, out: ChartOutput): Findings {
  const lead = out.charts.filter((c) => c.placement === "lead" && c.form === "ranking");
  const leadFacts = out.facts.filter((f) => f.placement === "lead");
  // One place (or a text without unit headers, one unnamed unit): nothing to compare it with.
  const several = e.places > 1;
  const doc = e.document ?? "奋进清单";
  const opening = several
    ? `${e.city}${e.places}个县（市、区）和开发区列出${e.year}年${doc}，共写明${e.targets}项量化目标。`
    : `${e.city}${e.year}年${doc}共写明${e.targets}项量化目标。`;
  const headline = lead[0]?.title ?? (several ? leadFacts[0]?.text : undefined) ?? `${e.city}${e.year}年${doc}：${several ? `${e.places}个地方` : ""}写明${e.targets}项量化目标`;
  // One place: its main targets in one sentence, not one "原文写明…" sentence each.
  const sentences = several || lead.length
    ? [...lead.slice(1).map((c) => c.title), ...leadFacts.map((f) => f.text)].map((s) => `${s}。`)
    : leadFacts.length
      ? [`主要目标：${leadFacts.map((f) => `${f.what}${f.figure}`).join("，")}。`]
      : [];
  const keyFigures: KeyFigure[] = [
    { value: `${e.targets}项`, label: several ? `量化目标，来自${e.places}个地方的清单` : "量化目标", href: paths.methodology(e.year) },
    ...lead.map((c) => ({ value: c.rows[0].figure, label: `${c.rows[0].place}：${c.rows[0].kind === c.rows[0].label ? c.rows[0].kind : c.rows[0].label}`, href: paths.chart(e.year, c.id) })),
    ...leadFacts.map((f) => ({ value: f.figure, label: several ? `${displayName(f.district)}：${f.what}（只有这一地写明）` : f.district ? `${displayName(f.district)}：${f.what}` : f.what, href: f.href })),
  ].slice(0, 5);
  return { headline, lead: [opening, ...sentences], keyFigures };
}
