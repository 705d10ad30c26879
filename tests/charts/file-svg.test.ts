import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/charts/catalog.ts";
import { chartFileSvg } from "../../src/charts/file-svg.ts";
import { loadEdition } from "../../scripts/load-content.ts";
import { theme } from "../../src/theme.ts";

const charts = buildCharts(loadEdition(2022).input);
/** The visible text lines of a file, in order. */
const lines = (svg: string) => [...svg.matchAll(/<text [^>]*class="file-[a-z]+"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const ADDRESS = "https://news.example.cn/shuju/2022/charts/projects/";

describe("chartFileSvg(chart, relativeTo, layout, address): a chart file that stands on its own", () => {
  it.each(["wide", "square"] as const)("%s: draws the ranking's denominator, the publication once, with the chart page's address", (layout) => {
    for (const c of charts) {
      const text = lines(chartFileSvg(c, String, layout, ADDRESS).svg);
      if (c.coverage) expect(text.join(""), `${c.id}.${layout}`).toContain(c.coverage.replace(/。$/, ""));
      expect(text.filter((l) => l.includes(theme.siteName)), `${c.id}.${layout}`).toHaveLength(1);
      // The address stands whole on the last line, never broken at a slash.
      expect(text.at(-1), `${c.id}.${layout}`).toContain(ADDRESS);
    }
  });

  it("without the site's address, a file names the publication only (never a guessed host)", () => {
    const text = lines(chartFileSvg(charts[0], String).svg);
    expect(text.at(-1)).toBe(theme.creditLine);
    expect(text.join("")).not.toMatch(/https?:/);
  });

  it("names the CJK font it is drawn with first, once, for print software; the chart inherits it", () => {
    const { svg } = chartFileSvg(charts[0], String);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*font-family="&quot;${theme.fonts.png.family}&quot;, `));
    expect(svg.match(/font-family=/g)).toHaveLength(1);
  });

  it("the square is 540 × 540 and its chart is drawn for it, not shrunk: bars reach past its middle", () => {
    for (const c of charts.filter((x) => x.form === "ranking")) {
      const { svg, width, height } = chartFileSvg(c, String, "square");
      expect([width, height], c.id).toEqual([540, 540]);
      const nested = /<svg x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg.slice(10))!;
      expect(Number(nested[1]) + Number(nested[3]), c.id).toBeGreaterThan(400);
    }
  });
});
