// Screenshots of the built site, for the README and for reviewing layout:
//   npm run screenshots -- [out folder] [--full]     (needs dist/; Chromium: tests/helpers/chromium.ts)
// Every page type at 360 px, whole pages (the first screen only with --first; --full adds
// 1280 px): home, edition, unit, unit text, chart, fact card, embed, charts list, data,
// methodology, the follow-up of a year's targets, a report's text, search with results, and the 404 page.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveDir } from "../tests/helpers/serve.ts";

const args = process.argv.slice(2);
const full = args.includes("--full");
const first = args.includes("--first");
const out = args.find((a) => !a.startsWith("--")) ?? "docs/screenshots";
const pages: [string, string][] = [
  ["home", ""],
  ["edition", "2022/"],
  ["unit", "2022/fancheng/"],
  ["unit-text", "2022/fancheng/text/#fancheng-16"],
  ["chart", "2022/charts/investment-signed/"],
  ["fact-card", "2022/charts/jobs/"],
  ["embed", "2022/embed/investment-signed/"],
  ["charts", "2022/charts/"],
  ["data", "2022/data/"],
  ["methodology", "2022/methodology/"],
  ["follow-up", "2022/follow-up/"],
  ["report-text", "2022/texts/xiangyang-gongzuo-baogao/"],
  ["search", "search/?q=高标准农田"],
  ["404", "2022/no-such-page/"],
];
mkdirSync(out, { recursive: true });
const server = await serveDir("dist");
const browser = await launchBrowser();
try {
  for (const width of full ? [360, 1280] : [360]) {
    const page = await browser.newPage({ viewport: { width, height: 780 } });
    // The test server has no 404 page of its own; a host answers a missing address with 404.html.
    await page.route("**/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html; charset=utf-8", body: readFileSync("dist/404.html") }));
    for (const [name, path] of pages) {
      await page.goto(server.url + path, { waitUntil: "load" });
      if (name === "search") await page.locator("#results li").first().waitFor({ timeout: 30_000 });
      // Screenshots of long pages at a readable scale stop at eight screens.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const clip = first ? undefined : { x: 0, y: 0, width, height: Math.min(height, 8 * 780) };
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: !first, clip });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}/`);
