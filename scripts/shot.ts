// One-off screenshots of any pages of dist/, for looking at a page while working on it:
//   npx tsx scripts/shot.ts <out folder> <width> <path>…   (the first two screens of each)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveDir } from "../tests/helpers/serve.ts";

const [out = "/tmp/shots", width = "360", ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveDir("dist");
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 780 } });
  for (const path of paths) {
    await page.goto(server.url + path, { waitUntil: "load" });
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 780 * 3);
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: Number(process.env.SHOT_FROM ?? 0), width: Number(width), height } });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
