import { descending, groups } from "d3-array";
import type { TargetEntry } from "../schemas/content.ts";
import type { ChartInput, ChartOutput, ChartRow, ChartSpec, Fact, Placement } from "./types.ts";
import { barChartOptions } from "./bar-chart.ts";
import { renderSvg } from "./render.ts";
import { kindLabel } from "../data/labels.ts";
import { formatFigure } from "../data/format.ts";
import { paths } from "../data/paths.ts";
import { displayName } from "../data/place-name.ts";
import { measureKey, measureOf, scopeOf } from "../data/measure-key.ts";
import { SCOPE_RULES } from "../data/scope-rules.ts";
import { CHART_WIDTHS } from "./widths.ts";
import { factCard } from "./fact-card.ts";
import { COMMON_NOTE, coverageLine, sourceLine } from "./chart-text.ts";

export { COMMON_NOTE, coverageLine, sourceLine };

/** A target as one row of a chart. */
export function rowOf(t: TargetEntry, axisLabel = displayName(t.district)): ChartRow {
  const factor = t.value ? t.base_value / t.value : 1;
  return {
    district: t.district,
    place: displayName(t.district),
    slug: t.slug,
    label: t.label,
    kind: kindLabel(t.category, t.kind),
    value: t.value,
    value_max: t.value_max,
    base_value: t.base_value,
    base_max: t.value_max !== null ? t.value_max * factor : null,
    unit: t.unit,
    qualifier: t.qualifier,
    figure: formatFigure(t),
    id: t.id,
    href: paths.target(t.year ?? 0, t.slug, t.id),
    quote: t.quote,
    axisLabel,
    key: measureKey(t),
  };
}

export const byValue = (a: ChartRow, b: ChartRow) => descending(a.base_max ?? a.base_value ?? -1, b.base_max ?? b.base_value ?? -1);
export const listed = (rows: readonly ChartRow[]) => rows.map((r) => `${r.place}${r.figure}`).join("，");
const unitsOf = (rows: readonly ChartRow[]) => [...new Set(rows.map((r) => r.unit).filter(Boolean))].join("、");

export interface RankingParts {
  id: string;
  placement: Placement;
  title: string;
  /** What the bars measure, for the subtitle: 签约（合同）投资额. */
  what: string;
  rows: ChartRow[];
  description: string;
  coverage: string;
  notes?: string[];
  aside?: ChartSpec["aside"];
}

/** A bar chart that ranks one measure across the places that set it. */
export function rankingChart(input: ChartInput, p: RankingParts): ChartSpec {
  return {
    id: p.id,
    form: "ranking",
    year: input.year,
    placement: p.placement,
    title: p.title,
    subtitle: `${p.what}，单位：${unitsOf(p.rows)}。按原文数值由高到低排列。`,
    coverage: p.coverage,
    description: p.description,
    notes: [COMMON_NOTE, ...(p.notes ?? [])],
    source: sourceLine(input),
    rows: p.rows,
    aside: p.aside ?? null,
    widths: CHART_WIDTHS,
    svg: (variant, rel, fill) => renderSvg(barChartOptions(p.rows, variant, rel, fill), p.title),
  };
}

export interface MeasureParts {
  id: string;
  placement: Placement;
  /** The measure's name in a sentence: 城镇新增就业, 新增学位. */
  noun: string;
  targets: readonly TargetEntry[];
  /** A title for the ranking; by default 3个地方设定X目标，A最多：figure. */
  title?: (rows: ChartRow[], places: number, noun: string) => string;
  notes?: string[];
  aside?: ChartSpec["aside"];
}

const MEASURE_NAMES: Record<string, string> = { growth: "增幅", reduction: "降幅", share: "占比", index: "指数" };
/** A measure's name with what narrows it (新增规上企业（工业）), unless the name says it already (提档升级). */
function nounOf(noun: string, t: TargetEntry): string {
  const words = scopeOf(t)
    .map((id) => SCOPE_RULES.find((r) => r.id === id)!)
    .filter((r) => !r.test.test(noun))
    .map((r) => r.name);
  const measure = MEASURE_NAMES[measureOf(t)] ?? "";
  return `${noun}${measure}${words.length ? `（${words.join("、")}）` : ""}`;
}

/** Id of a ranking after the first: the spec's id and what sets it apart (enterprises-industry). */
const idOf = (base: string, t: TargetEntry, taken: ReadonlySet<string>) => {
  const parts = [measureOf(t) === "amount" ? "" : measureOf(t), ...scopeOf(t)].filter(Boolean);
  let id = [base, ...parts].join("-");
  for (let i = 2; taken.has(id); i++) id = `${[base, ...parts].join("-")}-${i}`;
  return id;
};

/**
 * One measure across an edition, split by what each figure measures (src/data/measure-key.ts):
 * a ranking for every key two or more places set, each comparing one thing; a figure whose key
 * no other place shares is listed beside the rankings (口径不同), or, when nothing ranks, is a
 * fact (a one-bar chart says less than a sentence); nothing when no place set the measure.
 */
export function measure(input: ChartInput, p: MeasureParts): ChartOutput {
  const n = input.units.length;
  const byKey = groups([...p.targets], measureKey).map(([, ts]) => ({ ts, rows: ts.map((t) => rowOf(t)).sort(byValue), places: new Set(ts.map((t) => t.district)) }));
  if (!byKey.length) return { charts: [], facts: [] };
  const ranked = byKey.filter((g) => g.places.size > 1).sort((a, b) => scopeOf(a.ts[0]).length - scopeOf(b.ts[0]).length || b.places.size - a.places.size);
  const single = byKey.filter((g) => g.places.size === 1);

  if (!ranked.length) {
    const taken = new Set<string>();
    const out: ChartOutput = { charts: [], facts: [] };
    for (const [i, { ts, rows }] of single.entries()) {
      const [r] = rows;
      const noun = nounOf(p.noun, ts[0]);
      const id = i === 0 ? p.id : idOf(p.id, ts[0], taken);
      taken.add(id);
      const fact: Fact = {
        placement: p.placement,
        what: noun,
        // A text without unit headers is one unnamed unit: the text itself sets the figure.
        text: `${n > 1 ? `${n}个地方中只有` : ""}${r.place || "原文"}写明${noun}目标：${rows.map((x) => x.figure).join("、")}`,
        district: r.district,
        figure: r.figure,
        href: r.href!,
        card: id,
      };
      out.facts.push(fact);
      out.charts.push(factCard(input, id, fact, r));
    }
    return out;
  }

  const rankedPlaces = new Set(ranked.flatMap((g) => [...g.places]));
  const asideItems = single.flatMap((g) => g.rows.map((r) => `${r.place}：${r.label} ${r.figure}`));
  const aside = p.aside || asideItems.length
    ? { title: p.aside?.title ?? "口径不同的目标（另列，不参与排序）", items: [...(p.aside?.items ?? []), ...asideItems] }
    : null;
  const taken = new Set<string>();
  const charts = ranked.map((g, i) => {
    const id = i === 0 ? p.id : idOf(p.id, g.ts[0], taken);
    taken.add(id);
    const noun = nounOf(p.noun, g.ts[0]);
    const [top] = g.rows;
    // Figures level at the top (10%以上, 10%, 超过10%) share it: naming one as highest would mislead.
    const tied = g.rows.filter((r) => r.base_value === top.base_value);
    const title =
      tied.length > 1
        ? `${tied.map((r) => r.place).join("、")}的${noun}目标并列最高：${[...new Set(tied.map((r) => r.figure))].join("、")}`
        : p.title
          ? p.title(g.rows, g.places.size, noun)
          : `${g.places.size}个地方设定${noun}目标，${top.place}最多：${top.figure}`;
    // Places that wrote this measure with another scope are neither compared nor "silent".
    const differing = new Set([...rankedPlaces, ...single.flatMap((s) => [...s.places])].filter((d) => !g.places.has(d)));
    const differ = differing.size;
    const others = input.units.filter((u) => !g.places.has(u.name) && !differing.has(u.name)).map((u) => displayName(u.name));
    return rankingChart(input, {
      id,
      // A ranking of rates (实际到位资金增幅) is a further comparison; the lead ranks amounts.
      placement: measureOf(g.ts[0]) === "amount" ? p.placement : "more",
      title,
      what: noun,
      rows: g.rows,
      coverage: coverageLine(n, g.places.size, differ),
      description: `${noun}目标：${listed(g.rows)}。${differ ? `${differ}个地方写的口径不同，未列入排序。` : ""}${others.length ? `其余${others.length}个地方没有写明这一目标${others.length <= 3 ? `（${others.join("、")}）` : ""}。` : ""}`,
      notes: [...(p.notes ?? []), ...(asideItems.length ? ["只比较口径相同的目标：限定工业、重点项目等范围的数字，或改造与新建的里程，与全口径的数字不同，列在图旁，不参与排序。"] : [])],
      aside,
    });
  });
  return { charts, facts: [] };
}
