// Screenshots of the built site for reviewing layout (and for the README):
//   npm run screenshots -- [out folder]    (needs dist/ and Debian's chromium)
// Each page at 360 and 1280 px, full page, light; the embed also in dark (?theme=dark).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveDir } from "../tests/helpers/serve.ts";

const out = process.argv[2] ?? "screenshots";
const pages: [string, string][] = [
  ["edition", "/2022/"],
  ["unit", "/2022/fancheng/"],
  ["chart", "/2022/charts/investment-signed/"],
  ["embed", "/2022/embed/investment-signed/"],
  ["methodology", "/2022/methodology/"],
];
mkdirSync(out, { recursive: true });
const server = await serveDir("dist");
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const [name, path] of pages) {
      await page.goto(server.url + path.slice(1), { waitUntil: "load" });
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
    }
    await page.goto(server.url + "2022/embed/investment-signed/?theme=dark", { waitUntil: "load" });
    await page.screenshot({ path: join(out, `embed-dark-${width}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}/`);
