import { rollup } from "d3-array";
import type { ChartDefinition, ChartRow } from "../types.ts";
import { matrixChartOptions, type MatrixCell } from "../matrix-chart.ts";
import { renderSvg } from "../render.ts";
import { CHART_WIDTHS, NAMED_WIDTHS } from "../widths.ts";
import { COMMON_NOTE, sourceLine } from "../ranking.ts";
import { categoryLabel } from "../../data/labels.ts";
import { paths } from "../../data/paths.ts";
import { displayName } from "../../data/place-name.ts";
import { CATEGORIES } from "../../lib/category-rules.ts";

/** Who set a quantitative target for what: places × categories, each cell linking to its targets. */
export const matrix: ChartDefinition = {
  id: "matrix",
  placement: "overview",
  build(input) {
    const own = input.targets.filter((t) => t.scope === "unit");
    const counts = rollup(own, (v) => v.length, (t) => t.district, (t) => t.category);
    const categories = CATEGORIES.filter((c) => own.some((t) => t.category === c));
    // Places × categories compares places: one place (or a text of none, a work report) has nothing to compare.
    if (!categories.length || input.units.length < 2) return { charts: [], facts: [] };
    const districts = input.units.map((u) => displayName(u.name));
    const cellHref = (slug: string, c: string) => paths.unitCategory(input.year, slug, c);
    const cells: MatrixCell[] = input.units.flatMap((u) =>
      categories.map((c) => ({ district: displayName(u.name), href: cellHref(u.slug, c), category: c, categoryLabel: categoryLabel(c), count: counts.get(u.name)?.get(c) ?? 0 })),
    );
    const perUnit = input.units.map((u) => ({ name: displayName(u.name), n: counts.get(u.name)?.size ?? 0 })).sort((a, b) => b.n - a.n);
    const [top] = perUnit;
    const perCategory = categories.map((c) => ({ c, n: input.units.filter((u) => (counts.get(u.name)?.get(c) ?? 0) > 0).length }));
    const title = `${top.name}的量化目标覆盖${top.n}个类别，最广`;
    const rows: ChartRow[] = cells.map((c) => ({
      district: c.district, place: c.district, key: "", slug: "", label: c.categoryLabel, kind: c.categoryLabel, value: c.count, value_max: null, base_value: c.count, base_max: null,
      unit: "项", qualifier: "=", figure: `${c.count}项`, id: null, href: c.href, quote: "", axisLabel: c.district,
    }));
    const few = perUnit.filter((u) => u.n <= 1).map((u) => u.name);
    return {
      facts: [],
      charts: [
        {
          id: "matrix",
          form: "matrix",
          coverage: null,
          year: input.year,
          placement: "overview",
          title,
          subtitle: "各地在每一类别中写明的量化目标项数；空格表示没有这一类的量化目标。点格子看这些目标。",
          description: `${title}。按类别，${perCategory.map((p) => `${categoryLabel(p.c)}${p.n}个地方`).join("，")}写明了量化目标。${few.length ? `${few.join("、")}只在一个类别或更少写明量化目标。` : ""}`,
          notes: [COMMON_NOTE, "一项目标只计入一个类别；“比率”指百分比形式的目标（增长率、占比等）。"],
          source: sourceLine(input),
          rows,
          crossTable: {
            columns: categories.map(categoryLabel),
            rows: input.units.map((u) => ({
              district: displayName(u.name),
              href: paths.unit(input.year, u.slug),
              counts: categories.map((c) => ({ n: counts.get(u.name)?.get(c) ?? 0, href: cellHref(u.slug, c) })),
            })),
          },
          aside: null,
          // Never scaled: a phone scrolls the narrow drawing sideways; from 640 px the wide one fits.
          widths: [CHART_WIDTHS[0], NAMED_WIDTHS.wide],
          svg: (variant, rel) => renderSvg(matrixChartOptions(cells, districts, categories, variant, rel), title),
        },
      ],
    };
  },
};
