import { buildCharts } from "../charts/catalog.ts";
import type { ChartSpec } from "../charts/types.ts";
import { getEdition, getEditions, getUnits } from "./editions.ts";

const cache = new Map<number, Promise<ChartSpec[]>>();

/** The charts of one edition, built once per build from its content. */
export function getCharts(year: number): Promise<ChartSpec[]> {
  if (!cache.has(year)) {
    cache.set(
      year,
      (async () => {
        const { edition } = await getEdition(year);
        const units = await getUnits(year);
        return buildCharts({ year, city: edition.city, title: edition.title, editor: edition.editor, units, targets: units.flatMap((u) => u.targets) });
      })(),
    );
  }
  return cache.get(year)!;
}

export async function getChart(year: number, id: string): Promise<ChartSpec> {
  const chart = (await getCharts(year)).find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id} in ${year}`);
  return chart;
}

/** The charts the edition page shows first: investment, farmland, jobs. */
export const isHeadlineChart = (c: ChartSpec) => /^(investment-|farmland$|jobs$)/.test(c.id);

/** Route parameters and props of every page that exists once per chart. */
export async function chartPaths(): Promise<{ params: { year: string; chart: string }; props: { chart: ChartSpec } }[]> {
  const pages = [];
  for (const e of await getEditions()) for (const chart of await getCharts(e.year)) pages.push({ params: { year: String(e.year), chart: chart.id }, props: { chart } });
  return pages;
}
