/**
 * The pages as a news desk publishes them, in Chromium at 360 and 1280 px, light and dark:
 * figures in newspaper style, tables that read on a phone, embeds that behave as guests,
 * a copy button that copies, bars that land on their sentence, exports inside their margins.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSiteInBrowser } from "../helpers/site";
import { DIST, requireDist } from "../helpers/dist";
import { theme } from "../../src/theme";

const PAGES = ["2022/", "2022/fancheng/", "2022/zaoyang/", "2022/charts/investment-signed/", "2022/charts/matrix/", "2022/methodology/", "2022/embed/matrix/"];
const CHARTS = readdirSync(join(DIST, "2022/charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** Figures as a reader sees them: every visible text but the embed code an editor copies. */
const readerText = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll("textarea, code, script, style")) el.remove();
    return clone.innerText + [...document.querySelectorAll("svg text")].map((t) => t.textContent).join(" ");
  });

describe("pages a news desk would publish", () => {
  const env = useSiteInBrowser();

  for (const width of [360, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      it(`@ ${width}px, ${scheme}: no figure with ≥ ≤ > or a thousands comma, no table cell narrower than two characters`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, locale: "zh-CN" });
        // Every violation of the pages' Content-Security-Policy is recorded as it happens.
        await context.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
          (window as unknown as { cspViolations: string[] }).cspViolations = [];
        });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of PAGES) {
          await page.goto(new URL(path, env.site.url).href);
          // Open every folded table so that its cells are laid out.
          await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
          problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((v) => `${path}: CSP violation ${v}`));
          const text = await readerText(page);
          for (const m of text.matchAll(/[≥≤>]|\d,\d{3}/g)) problems.push(`${path}: “${text.slice(Math.max(0, m.index! - 12), m.index! + 8)}”`);
          const narrow = await page.evaluate(() =>
            [...document.querySelectorAll("td, th")]
              .filter((c) => (c as HTMLElement).offsetParent !== null && c.textContent!.trim() !== "")
              .filter((c) => c.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(c).fontSize))
              .map((c) => `${c.textContent!.trim()} (${Math.round(c.getBoundingClientRect().width)}px)`),
          );
          problems.push(...narrow.map((n) => `${path}: narrow cell ${n}`));
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }

  it("an embed is light in a dark system with no parameter, dark with ?theme=dark, and every link opens a new tab", async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: "dark" });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    await page.goto(new URL("2022/embed/investment-signed/", env.site.url).href);
    expect(await background()).toBe(rgb(theme.colors.light.bg));
    expect(await page.evaluate(() => [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("target") !== "_blank").length)).toBe(0);
    await page.goto(new URL("2022/embed/investment-signed/?theme=dark", env.site.url).href);
    expect(await background()).toBe(rgb(theme.colors.dark.bg));
    await page.goto(new URL("2022/embed/investment-signed/?theme=auto", env.site.url).href);
    expect(await background()).toBe(rgb(theme.colors.dark.bg));
    await context.close();
  });

  it("the copy button copies the embed code, its addresses made absolute from the page's own", async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.site.url).origin });
    const page = await context.newPage();
    await page.goto(new URL("2022/charts/investment-signed/", env.site.url).href);
    const code = await page.locator("#embed-code").inputValue();
    expect(code).toContain(`src="${env.site.url}2022/embed/investment-signed/"`);
    expect(code).toContain(`src="${env.site.url}embed.js"`);
    await page.getByRole("button", { name: "复制代码" }).click();
    await expect.poll(() => page.locator("#copy-status").textContent()).toBe("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await context.close();
  });

  it.each([360, 1280])("a bar's link brings its whole sentence into view, highlighted, at %i px", async (width) => {
    const page = await env.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(new URL("2022/", env.site.url).href);
    const bars = page.locator("figure.chart .chart-graphic.compact .bar a");
    const n = await bars.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < Math.min(n, 3); i++) {
      await page.goto(new URL("2022/", env.site.url).href);
      await bars.nth(i).click();
      await page.waitForURL(/#[a-z-]+-\d+$/);
      const box = await page.evaluate(() => {
        const sentence = document.querySelector(":target")!.closest(".sentence")!;
        const r = sentence.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: innerHeight, highlighted: getComputedStyle(sentence).backgroundColor !== "rgba(0, 0, 0, 0)" };
      });
      expect(box.top, page.url()).toBeGreaterThanOrEqual(0);
      expect(box.bottom, page.url()).toBeLessThanOrEqual(box.height);
      expect(box.highlighted, page.url()).toBe(true);
    }
    await page.close();
  });

  it("every exported SVG, drawn in Chromium, keeps all its text inside the image with margins of 24 px or more", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 1400 } });
    const problems: string[] = [];
    for (const id of CHARTS) {
      const svg = readFileSync(join(DIST, `2022/charts/${id}/${id}.svg`), "utf8");
      await page.setContent(`<body style="margin:0">${svg}</body>`);
      const out = await page.evaluate(() => {
        const root = document.querySelector("svg")!;
        const box = root.getBoundingClientRect();
        return [...root.querySelectorAll("text")]
          .map((t) => ({ t: t.textContent ?? "", r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left - box.left < 24 || box.right - r.right < 24 || r.top - box.top < 24 || box.bottom - r.bottom < 24))
          .map(({ t, r }) => `${t} [${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} – ${Math.round(box.right - r.right)},${Math.round(box.bottom - r.bottom)}]`);
      });
      problems.push(...out.map((o) => `${id}.svg: ${o}`));
      const file = readFileSync(join(DIST, `2022/charts/${id}/${id}.svg`), "utf8");
      if (!file.includes(theme.siteName)) problems.push(`${id}.svg: no site name`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe("no placeholder address ships", () => {
  it("example.org appears in no file of dist/", () => {
    requireDist();
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (readFileSync(p).includes("example.org")) hits.push(p);
      }
    };
    walk(DIST);
    expect(hits).toEqual([]);
  });
});
