import type { APIRoute } from "astro";
import { chartPaths } from "../../../../data/charts.ts";
import { chartFileSvg, type FileLayout } from "../../../../charts/file-svg.ts";
import { chartRowsCsv, chartRowsJson } from "../../../../data/chart-data.ts";
import { paths, relativeHref } from "../../../../data/paths.ts";
import { renderPngCached } from "../../../../charts/render-png.ts";
import { absoluteUrl } from "../../../../data/site.ts";
import type { ChartSpec } from "../../../../charts/types.ts";

/** Files published beside each chart page: its data, and the chart as SVG and PNG (PNGs through the PNG cache). */
const FILES = {
  csv: { type: "text/csv; charset=utf-8", body: (c: ChartSpec) => chartRowsCsv(c) },
  json: { type: "application/json; charset=utf-8", body: (c: ChartSpec) => chartRowsJson(c) },
  svg: { type: "image/svg+xml", body: (c: ChartSpec) => fileSvg(c) },
  png: { type: "image/png", body: (c: ChartSpec) => new Uint8Array(renderPngCached(fileSvg(c))) },
  "square.png": { type: "image/png", body: (c: ChartSpec) => new Uint8Array(renderPngCached(fileSvg(c, "square"))) },
} as const;

/**
 * The file SVG last drawn: a chart's .svg and .png are generated one after the other and share
 * it. Kept by the chart object itself, so new content (a new object) is never served an old SVG.
 */
let last: { chart: ChartSpec; layout: FileLayout; svg: string } | undefined;

/** Links in the file are relative to the chart page, where the file sits; the file names that page's address when the build knows it. */
function fileSvg(c: ChartSpec, layout: FileLayout = "wide"): string {
  if (last?.chart !== c || last.layout !== layout) last = { chart: c, layout, svg: chartFileSvg(c, (p) => relativeHref(paths.chart(c.year, c.id), p), layout, absoluteUrl(paths.chart(c.year, c.id))).svg };
  return last.svg;
}

export async function getStaticPaths() {
  return (await chartPaths()).flatMap(({ params, props: { chart } }) =>
    (Object.keys(FILES) as (keyof typeof FILES)[]).map((ext) => ({ params: { ...params, file: `${chart.id}.${ext}` }, props: { chart, ext } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { chart, ext } = props as { chart: ChartSpec; ext: keyof typeof FILES };
  return new Response(FILES[ext].body(chart), { headers: { "Content-Type": FILES[ext].type } });
};
