import { group, rollup, descending } from "d3-array";
import type { TargetEntry } from "../schemas/content.ts";
import type { ChartRow, ChartSpec, ChartVariant } from "./types.ts";
import { barChartOptions, NO_TARGET } from "./bar-chart.ts";
import { matrixChartOptions, type MatrixCell } from "./matrix-chart.ts";
import { renderSvg } from "./render.ts";
import { categoryLabel, kindLabel } from "../data/labels.ts";
import { formatFigure } from "../data/format.ts";
import { paths } from "../data/paths.ts";

export interface ChartInput {
  year: number;
  city: string;
  title: string;
  editor: string | null;
  units: readonly { name: string; slug: string }[];
  targets: readonly TargetEntry[];
}

/** What a qualifier symbol means, for subtitles. */
const QUALIFIER_NOTES: Record<string, string> = { "≥": "≥ 表示“以上”“不低于”", ">": "> 表示“超过”“突破”“余”", "≤": "≤ 表示“以内”", "<": "< 表示“低于”" };

function rowOf(t: TargetEntry, axisLabel = t.district): ChartRow {
  const factor = t.value ? t.base_value / t.value : 1;
  return {
    district: t.district,
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
  };
}

function emptyRow(unit: { name: string; slug: string }, kind: string): ChartRow {
  return { district: unit.name, slug: unit.slug, label: kind, kind, value: null, value_max: null, base_value: null, base_max: null, unit: "", qualifier: "", figure: NO_TARGET, id: null, href: null, quote: "", axisLabel: unit.name };
}

const byValue = (a: ChartRow, b: ChartRow) => descending(a.base_max ?? a.base_value ?? -1, b.base_max ?? b.base_value ?? -1);
const listed = (rows: readonly ChartRow[]) => rows.map((r) => `${r.district}${r.figure}`).join("，");
const unitsOf = (rows: readonly ChartRow[]) => [...new Set(rows.map((r) => r.unit).filter(Boolean))].join("、");

function subtitleFor(what: string, rows: readonly ChartRow[]): string {
  const symbols = [...new Set(rows.map((r) => r.qualifier))].filter((q) => q in QUALIFIER_NOTES).map((q) => QUALIFIER_NOTES[q]);
  return [`${what}，单位：${unitsOf(rows)}`, ...symbols].join("；") + "。按原文数值排列，条形长度按原文数值绘制。";
}

interface BarChartParts {
  id: string;
  title: string;
  what: string;
  rows: ChartRow[];
  description: string;
  notes?: string[];
  aside?: ChartSpec["aside"];
}

/**
 * Every chart of one edition, built from its targets alone: a chart that has no data this
 * year is left out, except jobs, where a missing target is itself the news.
 */
export function buildCharts(input: ChartInput): ChartSpec[] {
  const { year } = input;
  const own = input.targets.filter((t) => t.scope === "unit");
  const source = `数据：${input.city}${year}年${input.title}原文${input.editor ? `（编辑者：${input.editor}）` : ""}；整理：奋进清单数据。`;
  const common = ["图中数值均为各单位清单原文写明的目标，未经换算、相加或估算。点击条形可查看原文中的句子。"];
  const bar = (p: BarChartParts): ChartSpec => ({
    id: p.id,
    year,
    title: p.title,
    subtitle: subtitleFor(p.what, p.rows),
    description: p.description,
    notes: [...common, ...(p.notes ?? [])],
    source,
    rows: p.rows,
    aside: p.aside ?? null,
    svg: (variant: ChartVariant, rel: (s: string) => string) => renderSvg(barChartOptions(p.rows, variant, rel), p.title),
  });
  const missing = (rows: readonly ChartRow[]) => input.units.filter((u) => !rows.some((r) => r.district === u.name)).map((u) => u.name);
  const charts: ChartSpec[] = [];

  // Investment: one ranking per kind that more than one unit uses; kinds are never mixed.
  const investment = own.filter((t) => t.category === "investment");
  const kinds = group(investment.filter((t) => t.role === "total"), (t) => t.kind);
  const ranked = [...kinds].filter(([, ts]) => new Set(ts.map((t) => t.district)).size > 1);
  const single = investment.filter((t) => !ranked.some(([k]) => k === t.kind) || t.role === "component");
  for (const [kind, ts] of ranked) {
    const rows = ts.map((t) => rowOf(t)).sort(byValue);
    const name = kindLabel("investment", kind);
    const [top] = rows;
    charts.push(
      bar({
        id: `investment-${kind}`,
        title: `${top.district}的${name}目标最高：${top.figure}`,
        what: name,
        rows,
        description: `${rows.length}个单位设定了${name}目标：${listed(rows)}。其余${input.units.length - rows.length}个单位没有设定这一目标。不同口径的投资衡量的是不同的东西，本图只比较${name}。`,
        notes: single.length ? ["其他口径的投资目标只有一个单位设定，或是某项目标的一部分，不参与排名，列在图旁。"] : [],
        aside: single.length
          ? { title: "其他口径的投资目标", items: single.map((t) => `${t.district}：${kindLabel("investment", t.kind)}${t.role === "component" ? "（分项）" : ""} ${formatFigure(t)}（${t.label}）`) }
          : null,
      }),
    );
  }

  // Farmland: high-standard farmland ranked; land consolidation is another thing, shown apart.
  const farmland = own.filter((t) => t.category === "farmland");
  const highStandard = farmland.filter((t) => t.kind === "high-standard").map((t) => rowOf(t)).sort(byValue);
  if (highStandard.length) {
    const others = farmland.filter((t) => t.kind !== "high-standard");
    const [top] = highStandard;
    charts.push(
      bar({
        id: "farmland",
        title: `${highStandard.length}个单位设定高标准农田建设目标，${top.district}最多：${top.figure}`,
        what: "高标准农田建设",
        rows: highStandard,
        description: `高标准农田建设目标：${listed(highStandard)}。其余单位没有设定这一目标：${missing(highStandard).join("、")}。${others.length ? `国土综合整治是另一类工作，单独列出：${others.map((t) => `${t.district}${formatFigure(t)}`).join("，")}。` : ""}`,
        notes: others.length ? ["国土综合整治与高标准农田建设是不同的工作，面积不相加，列在图旁。"] : [],
        aside: others.length ? { title: "国土综合整治（另列）", items: others.map((t) => `${t.district}：${formatFigure(t)}（${t.label}）`) } : null,
      }),
    );
  }

  // Jobs: every unit is a row, so that units without a jobs target are seen.
  const jobs = own.filter((t) => t.category === "jobs" && t.kind === "new-urban" && t.role === "total");
  {
    const rows = input.units.map((u) => {
      const t = jobs.find((j) => j.district === u.name);
      return t ? rowOf(t) : emptyRow(u, "城镇新增就业");
    });
    const set = rows.filter((r) => r.value !== null).sort(byValue);
    const without = rows.filter((r) => r.value === null);
    const n = input.units.length;
    const title =
      set.length === 0
        ? `${n}个单位都没有设定城镇新增就业目标`
        : set.length === 1
          ? `${n}个单位中只有${set[0].district}设定了城镇新增就业目标：${set[0].figure}`
          : `${set.length}个单位设定了城镇新增就业目标，${set[0].district}最多：${set[0].figure}`;
    const training = own.filter((t) => t.category === "jobs" && t.kind !== "new-urban");
    charts.push(
      bar({
        id: "jobs",
        title,
        what: "城镇新增就业",
        rows: [...set, ...without],
        description: `${title}。${without.length ? `没有设定这一目标的单位：${without.map((r) => r.district).join("、")}。` : ""}${training.length ? `另有就业培训目标：${training.map((t) => `${t.district}${formatFigure(t)}`).join("，")}，不计入新增就业。` : ""}`,
        notes: ["“未设目标”指该单位的清单中没有写明城镇新增就业人数，并不代表没有就业工作。", ...(training.length ? ["就业创业培训人数与新增就业人数是不同的指标，列在图旁。"] : [])],
        aside: without.length ? { title: "没有城镇新增就业目标的单位", items: without.map((r) => r.district) } : null,
      }),
    );
  }

  // Further comparisons, each over one kind of thing counted in one unit.
  const simple: { id: string; what: string; pick: (t: TargetEntry) => boolean; noun: string }[] = [
    { id: "roads", what: "道路建设里程（按工程类型）", pick: (t) => t.category === "roads" && t.base_unit === "公里", noun: "道路建设" },
    { id: "school-places", what: "新增学位", pick: (t) => t.category === "education" && t.kind === "school-places", noun: "新增学位" },
    { id: "old-communities", what: "老旧小区改造", pick: (t) => t.category === "housing" && t.kind === "old-communities", noun: "老旧小区改造" },
    { id: "projects", what: "引进亿元以上项目", pick: (t) => t.category === "projects" && t.kind === "attract" && t.threshold_base_value === 1e8 && t.role === "total", noun: "引进亿元以上项目" },
    { id: "enterprises", what: "新增规上企业", pick: (t) => t.category === "enterprises" && t.kind === "above-scale", noun: "新增规上企业" },
    { id: "growth", what: "增长率目标", pick: (t) => t.category === "rate" && t.kind === "growth", noun: "增长率目标" },
  ];
  for (const s of simple) {
    const ts = own.filter(s.pick);
    if (!ts.length) continue;
    const perRow = s.id === "roads" || s.id === "growth";
    const rows = ts
      .map((t) => rowOf(t, perRow ? `${t.district}\n${s.id === "roads" ? kindLabel(t.category, t.kind) : t.label}` : t.district))
      .sort(s.id === "roads" ? (a, b) => ROAD_ORDER.indexOf(a.kind) - ROAD_ORDER.indexOf(b.kind) || byValue(a, b) : byValue);
    const [top] = [...rows].sort(byValue);
    const count = new Set(rows.map((r) => r.district)).size;
    charts.push(
      bar({
        id: s.id,
        title:
          s.id === "growth"
            ? `${count}个单位设定了${rows.length}项增长率目标，最高为${top.district}的${top.label}${top.figure}`
            : `${count}个单位设定${s.noun}目标，${top.district}最多：${top.figure}`,
        what: s.what,
        rows,
        description: `${s.what}：${rows.map((r) => `${r.district}${perRow ? `（${s.id === "roads" ? r.kind : r.label}）` : ""}${r.figure}`).join("，")}。${count < input.units.length ? `其余${input.units.length - count}个单位没有设定这类目标。` : ""}`,
        notes: perRow ? [s.id === "roads" ? "不同类型的道路工程（新建改建、提档升级、路网连通）分行列出，里程不相加。" : "各项增长率衡量的对象不同（投资、到位资金等），分行列出，不能互相比较高低。"] : [],
      }),
    );
  }

  charts.push(matrixSpec(input, source, common));
  return charts;
}

/** Who set a quantitative target for what: units × categories. */
function matrixSpec(input: ChartInput, source: string, common: string[]): ChartSpec {
  const own = input.targets.filter((t) => t.scope === "unit");
  const counts = rollup(own, (v) => v.length, (t) => t.district, (t) => t.category);
  const categories = [...new Set(own.map((t) => t.category))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const districts = input.units.map((u) => u.name);
  const cells: MatrixCell[] = input.units.flatMap((u) =>
    categories.map((c) => ({ district: u.name, href: paths.unit(input.year, u.slug), category: c, categoryLabel: categoryLabel(c), count: counts.get(u.name)?.get(c) ?? 0 })),
  );
  const perUnit = input.units.map((u) => ({ name: u.name, n: counts.get(u.name)?.size ?? 0 })).sort((a, b) => b.n - a.n);
  const [top] = perUnit;
  const perCategory = categories.map((c) => ({ c, n: districts.filter((d) => (counts.get(d)?.get(c) ?? 0) > 0).length }));
  const title = `${top.name}的量化目标覆盖${top.n}个类别，最广`;
  const rows: ChartRow[] = cells.map((c) => ({
    district: c.district, slug: "", label: c.categoryLabel, kind: c.categoryLabel, value: c.count, value_max: null, base_value: c.count, base_max: null,
    unit: "项", qualifier: "=", figure: `${c.count}项`, id: null, href: c.href, quote: "", axisLabel: c.district,
  }));
  return {
    id: "matrix",
    year: input.year,
    title,
    subtitle: "各单位在每一类别中设定的量化目标项数；空白格表示该单位没有这一类的量化目标。",
    description: `${title}。按类别，${perCategory.map((p) => `${categoryLabel(p.c)}${p.n}个单位`).join("，")}设定了量化目标。${perUnit.filter((u) => u.n <= 1).map((u) => u.name).join("、") || "没有单位"}只在一个类别或更少设定量化目标。`,
    notes: [...common, "一项目标只计入一个类别；“比率”指百分比形式的目标（增长率、占比等）。"],
    source,
    rows,
    crossTable: {
      columns: categories.map(categoryLabel),
      rows: input.units.map((u) => ({ district: u.name, href: paths.unit(input.year, u.slug), counts: categories.map((c) => counts.get(u.name)?.get(c) ?? 0) })),
    },
    aside: null,
    svg: (variant, rel) => renderSvg(matrixChartOptions(cells, districts, categories, variant, rel), title),
  };
}

/** Road works from the largest undertaking to the smallest, then anything else. */
const ROAD_ORDER = ["build", "upgrade", "connect", "bridges", "alleys", "shelters", "other"].map((k) => kindLabel("roads", k));

/** Column order of the matrix: the headline categories first. */
const ORDER = ["investment", "farmland", "jobs", "projects", "enterprises", "roads", "housing", "education", "health", "parks", "agriculture", "water", "sanitation", "culture", "governance", "rate", "other"];
