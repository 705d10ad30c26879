// Lighthouse (mobile, its default simulated throttling) on built pages, served on loopback, in
// the tests' Chromium (tests/helpers/chromium.ts: Debian's, else the one npm installs): npm run lighthouse -- [site paths…]   (default: the overview, /2022/).
// Prints the four category scores and LCP per page; asserts nothing (scores are measurements).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveDir } from "../tests/helpers/serve.ts";
import { CHROMIUM_ARGS } from "../tests/helpers/browser.ts";
import { chooseChromium } from "../tests/helpers/chromium.ts";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["2022/"];
// Gzipped, as any production host serves HTML.
const server = await serveDir(process.env.DIST_DIR ?? "dist", { compress: true });
const browser = await chooseChromium();
const chrome = await launch({ chromePath: browser.executablePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS], envVars: { ...process.env, ...browser.env } as Record<string, string> });
try {
  console.log("| page | performance | accessibility | best practices | SEO | LCP |");
  console.log("|---|---|---|---|---|---|");
  for (const p of paths) {
    const result = await lighthouse(server.url + p.replace(/^\//, ""), { port: chrome.port, output: "json", logLevel: "error" });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const lcp = lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN;
    console.log(`| /${p} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${Math.round(lcp)} ms |`);
    for (const [id, cat] of Object.entries(lhr.categories)) {
      if ((cat.score ?? 1) < 1) for (const ref of cat.auditRefs) if (ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1) console.log(`  ${id}: ${ref.id} ${lhr.audits[ref.id].score}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
