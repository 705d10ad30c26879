import type { APIRoute } from "astro";
import { getEditions } from "../../../../data/editions.ts";
import { getCharts } from "../../../../data/charts.ts";
import { chartFileSvg } from "../../../../charts/file-svg.ts";
import { chartRowsCsv, chartRowsJson } from "../../../../data/chart-data.ts";
import { paths, relativeHref } from "../../../../data/paths.ts";
import { renderPng } from "../../../../lib/render-png.ts";
import type { ChartSpec } from "../../../../charts/types.ts";

/** Files published beside each chart page: its data, and the chart as SVG and PNG. */
const FILES = {
  csv: { type: "text/csv; charset=utf-8", body: (c: ChartSpec) => chartRowsCsv(c) },
  json: { type: "application/json; charset=utf-8", body: (c: ChartSpec) => chartRowsJson(c) },
  svg: { type: "image/svg+xml", body: (c: ChartSpec) => fileSvg(c) },
  png: { type: "image/png", body: (c: ChartSpec) => new Uint8Array(renderPng(fileSvg(c))) },
} as const;

/** Links in the file are relative to the chart page, where the file sits. */
const fileSvg = (c: ChartSpec) => chartFileSvg(c, (p) => relativeHref(paths.chart(c.year, c.id), p)).svg;

export async function getStaticPaths() {
  const pages = [];
  for (const e of await getEditions()) {
    for (const chart of await getCharts(e.year)) {
      for (const ext of Object.keys(FILES) as (keyof typeof FILES)[]) {
        pages.push({ params: { year: String(e.year), chart: chart.id, file: `${chart.id}.${ext}` }, props: { chart, ext } });
      }
    }
  }
  return pages;
}

export const GET: APIRoute = ({ props }) => {
  const { chart, ext } = props as { chart: ChartSpec; ext: keyof typeof FILES };
  return new Response(FILES[ext].body(chart), { headers: { "Content-Type": FILES[ext].type } });
};
