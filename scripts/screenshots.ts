// Screenshots of the built site, for the README and for reviewing layout:
//   npm run screenshots -- [out folder] [--full]     (needs dist/; Chromium: tests/helpers/chromium.ts)
// The edition, a unit page, a chart page and an embed at 360 px (the first screen a phone
// shows; --full for whole pages, and 1280 px too).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveDir } from "../tests/helpers/serve.ts";

const args = process.argv.slice(2);
const full = args.includes("--full");
const out = args.find((a) => !a.startsWith("--")) ?? "docs/screenshots";
const pages: [string, string][] = [
  ["edition", "2022/"],
  ["unit", "2022/fancheng/#fancheng-16"],
  ["chart", "2022/charts/investment-signed/"],
  ["embed", "2022/embed/investment-signed/"],
];
mkdirSync(out, { recursive: true });
const server = await serveDir("dist");
const browser = await launchBrowser();
try {
  for (const width of full ? [360, 1280] : [360]) {
    const page = await browser.newPage({ viewport: { width, height: 780 } });
    for (const [name, path] of pages) {
      await page.goto(server.url + path, { waitUntil: "load" });
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: full });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}/`);
