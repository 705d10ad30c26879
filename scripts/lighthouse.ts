// Lighthouse (mobile, its default simulated throttling) on built pages, served on loopback, in
// Debian's Chromium: npm run lighthouse -- [site paths…]   (default: the overview, /2022/).
// Prints the four category scores and LCP per page; asserts nothing (scores are measurements).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveDir } from "../tests/helpers/serve.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/helpers/browser.ts";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["2022/"];
// Gzipped, as any production host serves HTML.
const server = await serveDir(process.env.DIST_DIR ?? "dist", { compress: true });
const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
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
