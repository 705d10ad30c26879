import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHART_COLORS } from "../src/charts/render.ts";

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

/** The custom properties of every :root block of the stylesheet, light first, then dark. */
function themes(): Record<string, string>[] {
  const css = readFileSync("src/styles/global.css", "utf8");
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const m of css.matchAll(/(@media \(prefers-color-scheme: dark\) \{\s*)?:root \{([^}]*)\}/g)) {
    for (const [, name, value] of m[2].matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})/g)) (m[1] ? dark : light)[name] = value;
  }
  return [light, { ...light, ...dark }];
}

describe("colours pass WCAG AA in the light and the dark theme", () => {
  it.each(themes().map((t, i) => [i === 0 ? "light" : "dark", t] as const))("%s theme", (_, t) => {
    expect(contrast(t["--fg"], t["--bg"])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t["--muted"], t["--bg"])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t["--accent"], t["--bg"])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t["--mark-fg"], t["--mark-bg"])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t["--accent"], t["--panel"])).toBeGreaterThanOrEqual(4.5);
    // Bars are graphics: 3:1 against the page; counts printed on a filled cell are text.
    expect(contrast(t["--chart-bar"], t["--bg"])).toBeGreaterThanOrEqual(3);
    expect(contrast(t["--chart-on-text"], t["--chart-bar"])).toBeGreaterThanOrEqual(4.5);
  });

  it("the colours written into SVG and PNG files pass on their white background", () => {
    expect(contrast(CHART_COLORS.text, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_COLORS.muted, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_COLORS.bar, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast("#ffffff", CHART_COLORS.cellOn)).toBeGreaterThanOrEqual(4.5);
  });
});
