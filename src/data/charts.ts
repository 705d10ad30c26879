import { buildEdition } from "../charts/catalog.ts";
import type { ChartOutput, ChartSpec } from "../charts/types.ts";
import { getEdition, getEditions, getFollowUp, getUnits } from "./editions.ts";

const cache = new Map<number, Promise<ChartOutput>>();

/** The charts and facts of one edition, built once per build from its content. */
export function getChartsAndFacts(year: number): Promise<ChartOutput> {
  if (!cache.has(year)) {
    cache.set(
      year,
      (async () => {
        const { edition } = await getEdition(year);
        const units = await getUnits(year);
        return buildEdition({ year, city: edition.city, title: edition.title, editor: edition.editor, units, targets: units.flatMap((u) => u.targets), promises: (await getFollowUp(year)) ?? [] });
      })(),
    );
  }
  return cache.get(year)!;
}

export const getCharts = async (year: number): Promise<ChartSpec[]> => (await getChartsAndFacts(year)).charts;

export async function getChart(year: number, id: string): Promise<ChartSpec> {
  const chart = (await getCharts(year)).find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id} in ${year}`);
  return chart;
}

/** Route parameters and props of every page that exists once per chart. */
export async function chartPaths(): Promise<{ params: { year: string; chart: string }; props: { chart: ChartSpec } }[]> {
  const pages = [];
  for (const e of await getEditions()) for (const chart of await getCharts(e.year)) pages.push({ params: { year: String(e.year), chart: chart.id }, props: { chart } });
  return pages;
}
