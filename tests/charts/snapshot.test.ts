import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/charts/catalog.ts";
import { loadEdition } from "../../scripts/load-content.ts";

/** Rounds decimals and renumbers ids, so a snapshot changes only when the chart does. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/\bid="([^"]+)"/g, (_, id) => `id="${ids.get(id) ?? (ids.set(id, `id${ids.size}`), ids.get(id))}"`)
    .replace(/><(?!\/)/g, ">\n<");
}

const charts = buildCharts(loadEdition(2022).input);

describe("chart SVG snapshots", () => {
  it.each(charts.flatMap((c) => (["narrow", "wide"] as const).map((v) => [c.id, v] as const)))("%s (%s) renders as before", async (id, variant) => {
    const chart = charts.find((c) => c.id === id)!;
    const svg = normalizeSvg(chart.svg(variant, (p) => p));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${id}.${variant}.svg`);
  });
});
