import { describe, expect, it } from "vitest";
import { theme, themeCss, type Palette } from "../src/theme.ts";

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

describe("the theme's colours pass WCAG AA in light and dark (src/theme.ts)", () => {
  it.each([["light", theme.colors.light], ["dark", theme.colors.dark]] as [string, Palette][])("%s", (_, p) => {
    expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accent, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.markFg, p.markBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accent, p.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.panel)).toBeGreaterThanOrEqual(4.5);
    // Bars are graphics: 3:1 against the page; counts printed on a filled cell are text.
    expect(contrast(p.bar, p.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.onBar, p.bar)).toBeGreaterThanOrEqual(4.5);
  });

  it("themeCss() emits every colour as a custom property, light by default, dark by preference or by data-theme", () => {
    const css = themeCss();
    expect(css).toContain(`--bg:${theme.colors.light.bg}`);
    expect(css).toContain(`--on-bar:${theme.colors.light.onBar}`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme=light\]\)\{--bg:#121212/);
    expect(css).toContain(`:root[data-theme=dark]{--bg:${theme.colors.dark.bg}`);
  });
});
