// Speed and size, measured and printed as a table: npm run bench. Not asserted in tests:
// timings vary with the machine; size budgets that matter are tests (tests/budget.test.ts).
import { existsSync, globSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readSeeds } from "./seeds.ts";
import { extractTargets } from "../src/lib/extract.ts";
import { followUp } from "../src/lib/follow-up.ts";
import { contentFiles } from "../src/ingest/content-files.ts";
import { buildCharts } from "../src/charts/catalog.ts";
import { chartFileSvg } from "../src/charts/file-svg.ts";
import { PNG_FONT_FILES, renderPng, renderPngCached } from "../src/charts/render-png.ts";
import { pngCache } from "../src/charts/png-cache.ts";
import { benchRoot, coldAndWarm, editionCopies, pageWeight, type BuildRun } from "./bench-builds.ts";
import { loadEdition } from "./load-content.ts";
import { largeRows } from "./bench-large.ts";
import { lineNumberer } from "../src/lib/lines.ts";

/** Median milliseconds of `runs` calls, after one warm-up call. */
function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const rows: { measure: string; value: string; note: string }[] = [];
const add = (measure: string, value: string, note = "") => rows.push({ measure, value, note });

const [seed] = readSeeds("seeds").filter((s) => s.meta.kind === "list");
add("extract: seed text → targets", `${time(50, () => extractTargets(seed.text, { year: seed.meta.year, city: seed.meta.city })).toFixed(1)} ms`, `${seed.text.length} characters, median of 50`);
// The reader on texts it was not fitted to: the 40 work reports of the corpus, in one call.
const corpusDir = "tests/fixtures/corpus/texts";
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ f, text: readFileSync(join(corpusDir, f), "utf8") }));
let readings = corpus.map(({ f, text }) => ({ f, text, r: extractTargets(text) }));
add("extract: 40 corpus texts, one call", `${time(3, () => (readings = corpus.map(({ f, text }) => ({ f, text, r: extractTargets(text) })))).toFixed(0)} ms`, `${(corpus.reduce((n, c) => n + c.text.length, 0) / 1e6).toFixed(2)} M characters, median of 3`);
const ranges: Record<string, { review: [number, number][] }> = JSON.parse(readFileSync("tests/fixtures/corpus/review-ranges.json", "utf8"));
const targetCount = readings.reduce((n, x) => n + x.r.targets.length, 0);
const inReview = readings.reduce((n, { f, text, r }) => {
  const lineOf = lineNumberer(text);
  return n + r.targets.filter((t) => ranges[f].review.some(([a, b]) => lineOf(t.number_start) >= a && lineOf(t.number_start) <= b)).length;
}, 0);
add("corpus: targets inside hand-marked reviews", `${inReview} of ${targetCount} (${((100 * inReview) / targetCount).toFixed(1)}%)`, "budget 2%; ranges in tests/fixtures/corpus/review-ranges.json");
add("corpus: numbers, results, warnings", `${readings.reduce((n, x) => n + x.r.ledger.length, 0)}, ${readings.reduce((n, x) => n + x.r.summary.results, 0)}, ${readings.reduce((n, x) => n + x.r.warnings.length, 0)}`, "summed over the 40 texts");
// Following targets into the next year's report, as npm run track does: both texts read, then joined.
const pairsDir = "tests/fixtures/corpus/year-pairs";
const pairTexts = readdirSync(pairsDir).filter((f) => f.endsWith(".txt")).sort();
const pairs = pairTexts.flatMap((f) => {
  const next = pairTexts.find((g) => g.slice(4) === f.slice(4) && Number(g.slice(0, 4)) === Number(f.slice(0, 4)) + 1);
  return next ? [{ year: Number(f.slice(0, 4)), a: readFileSync(join(pairsDir, f), "utf8"), b: readFileSync(join(pairsDir, next), "utf8"), name: f.slice(5, -4) }] : [];
});
const track = (p: (typeof pairs)[number]) => followUp(extractTargets(p.a).targets, [{ text: p.b, reading: extractTargets(p.b) }], p.year, p.a);
const xiangyang = pairs.find((p) => p.name === "襄阳市")!;
add("track: 襄阳 2022 → 2023, both texts read and joined", `${time(10, () => track(xiangyang)).toFixed(0)} ms`, `${xiangyang.a.length + xiangyang.b.length} characters; budget 1 s of reading per pair; median of 10`);
const readOnly = time(5, () => extractTargets(xiangyang.a) && extractTargets(xiangyang.b));
const targets22 = extractTargets(xiangyang.a).targets;
const reading23 = extractTargets(xiangyang.b);
add("track: the join alone (followUp), 襄阳", `${time(20, () => followUp(targets22, [{ text: xiangyang.b, reading: reading23 }], 2022, xiangyang.a)).toFixed(1)} ms`, `${targets22.length} targets × ${reading23.results.length} results; reading both texts ${readOnly.toFixed(0)} ms`);
const perPair = pairs.map((p) => time(3, () => track(p)));
add(`track: ${pairs.length} corpus pairs, slowest`, `${Math.max(...perPair).toFixed(0)} ms`, `median of 3 each; ${pairs.map((p, i) => `${p.name} ${perPair[i]!.toFixed(0)}`).join(", ")}`);
const big = seed.text.repeat(Math.ceil(3e6 / Buffer.byteLength(seed.text)));
add("extract: seed repeated to 3 MB, in this process", `${time(1, () => extractTargets(big, { year: seed.meta.year, city: seed.meta.city })).toFixed(0)} ms`, `${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB, ${big.length} characters; linear, no quadratic scan`);
const oneLine = "新增城镇就业5万人，".repeat(50_000);
add("extract: one 500k-character line", `${time(1, () => extractTargets(oneLine)).toFixed(0)} ms`, "50,000 figures and no full stop: spans are capped");
add("ingest: seed → content files", `${time(20, () => contentFiles(seed)).toFixed(1)} ms`, "pure part of npm run ingest, median of 20");
const { input } = loadEdition(seed.meta.year);
add("charts: build specs", `${time(20, () => buildCharts(input)).toFixed(1)} ms`, "median of 20");
const charts = buildCharts(input);
add("charts: render every SVG (2 widths)", `${time(5, () => charts.forEach((c) => (c.svg("narrow", String), c.svg("wide", String)))).toFixed(0)} ms`, `${charts.length} charts, median of 5`);
const pngChart = charts.find((c) => c.id === "investment-signed") ?? charts[0];
const pngSvg = chartFileSvg(pngChart, String).svg;
const started = performance.now();
renderPng(pngSvg);
add("PNG: first image of a process", `${(performance.now() - started).toFixed(0)} ms`, "starts hb-subset and reads the two fonts into it: once per build");
add("PNG: one chart at 2×, cold", `${time(5, () => renderPng(pngSvg)).toFixed(0)} ms`, `${pngChart.id}: fonts cut to its characters, then drawn; median of 5`);
add("PNG: the same with the whole font files", `${time(3, () => renderPng(pngSvg, { fontFiles: PNG_FONT_FILES })).toFixed(0)} ms`, "as every PNG was drawn before the subsetting; median of 3");
const pngCacheTmp = mkdtempSync(join(tmpdir(), "bench-png-cache-"));
const benchCache = pngCache(pngCacheTmp);
add("PNG: one chart at 2×, warm", `${time(20, () => renderPngCached(pngSvg, { cache: benchCache })).toFixed(1)} ms`, "read from the PNG cache (key: SHA-256 of SVG, fonts, renderer); median of 20; target ≤ 80 ms");
rmSync(pngCacheTmp, { recursive: true, force: true });

if (existsSync("dist/index.html")) {
  const files = globSync("**/*", { cwd: "dist" }).filter((f) => statSync(join("dist", f)).isFile());
  const size = (f: string) => statSync(join("dist", f)).size;
  const pages = files.filter((f) => f.endsWith(".html"));
  const readers = pages.filter((f) => !f.includes("embed/"));
  const scriptBytes = (f: string) => [...readFileSync(join("dist", f), "utf8").matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  add("dist: total", kb(files.reduce((n, f) => n + size(f), 0)), `${files.length} files, ${pages.length} pages`);
  add("HTML page: largest", kb(Math.max(...pages.map(size))), pages.reduce((a, b) => (size(a) > size(b) ? a : b)));
  add("HTML page: median", kb(pages.map(size).sort((a, b) => a - b)[Math.floor(pages.length / 2)]), "styles inlined");
  add("JavaScript on readers' pages", `${Math.max(...readers.map(scriptBytes))} B`, "largest over every reader page");
  add("JavaScript on an embed page", `${Math.max(...pages.filter((f) => f.includes("embed/")).map(scriptBytes))} B`, "the inline height reporter");
  add("embed.js (host script)", `${size("embed.js")} B`, "budget 1536 B");
  const pngs = files.filter((f) => f.endsWith(".png"));
  add("PNG exports: largest", kb(Math.max(...pngs.map(size))), `${pngs.length} files`);
} else add("dist", "not built", "run npm run build for size measurements");

// Large and hostile inputs, each in a process of its own (a minute or two; `--no-large` leaves them out).
if (!process.argv.includes("--no-large")) {
  const root = benchRoot();
  try {
    for (const r of await largeRows(seed.path, root)) {
      add(r.measure, `${(r.run.wall / 1000).toFixed(1)} s, ${r.run.peakMiB?.toFixed(0) ?? "?"} MiB`, `${r.note}; CPU ${r.run.cpu?.toFixed(1) ?? "?"} s, peak = maxRSS`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Site builds in temporary folders: minutes, so `npm run bench -- --no-builds` leaves them out
// (`--editions N` builds N editions instead of 20).
if (!process.argv.includes("--no-builds")) {
  const EDITIONS = Number(process.argv[process.argv.indexOf("--editions") + 1]) || 20;
  const root = benchRoot();
  try {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const run = (r: BuildRun) =>
      `CPU ${r.cpu?.toFixed(1) ?? "?"} s, peak ${r.peakMiB?.toFixed(0) ?? "?"} MiB; Astro: sync+types ${s(r.phases.types)}, setup ${s(r.phases.setup)}, bundle ${s(r.phases.bundle)}, pages ${s(r.phases.pages)}`;
    const years = Array.from({ length: EDITIONS }, (_, i) => 2022 - EDITIONS + 1 + i);
    console.error("bench: building 1 edition, cold and warm …");
    const one = coldAndWarm(editionCopies("seeds", 2022, [2022], join(root, "seeds-1")), join(root, "build-1"));
    console.error(`bench: building ${EDITIONS} editions (${years[0]}–2022, copies of 2022), cold and warm …`);
    const many = coldAndWarm(editionCopies("seeds", 2022, years, join(root, `seeds-${EDITIONS}`)), join(root, `build-${EDITIONS}`));
    const pngs = globSync("2022/**/*.png", { cwd: one.dist }).length;
    add("build: 1 edition, cold", s(one.cold.wall), `${run(one.cold)}; empty caches`);
    add("build: 1 edition, warm", s(one.warm.wall), `${run(one.warm)}; caches of the cold build`);
    add(`build: ${EDITIONS} editions, cold`, s(many.cold.wall), run(many.cold));
    add(`build: ${EDITIONS} editions, warm`, s(many.warm.wall), `${run(many.warm)}; target ≤ 40 s`);
    const per = (a: BuildRun, b: BuildRun) => s((b.wall - a.wall) / (EDITIONS - 1));
    const cpuPer = (a: BuildRun, b: BuildRun) => (a.cpu === null || b.cpu === null ? "?" : ((b.cpu - a.cpu) / (EDITIONS - 1)).toFixed(1));
    add("build: time added per edition, warm", per(one.warm, many.warm), `(${EDITIONS} editions − 1) / ${EDITIONS - 1}, CPU ${cpuPer(one.warm, many.warm)} s; target ≤ 1.5 s`);
    add("build: time added per edition, cold", per(one.cold, many.cold), `(${EDITIONS} editions − 1) / ${EDITIONS - 1}, CPU ${cpuPer(one.cold, many.cold)} s`);
    add(`build: peak memory, ${EDITIONS} editions`, `${Math.max(many.cold.peakMiB ?? NaN, many.warm.peakMiB ?? NaN).toFixed(0)} MiB`, `the larger of cold and warm (maxRSS of the astro process); target ≤ 600 MiB`);
    add("build: PNG per image inside a build, cold − warm", `${((one.cold.phases.pages - one.warm.phases.pages) / pngs).toFixed(0)} ms`, `page generation cold minus warm, over the edition's ${pngs} PNGs`);
    add(`ingest: ${EDITIONS} editions`, s(many.ingest), "scripts/ingest.ts into a temporary CONTENT_DIR");
    for (const [label, dist] of [["1 edition", one.dist], [`${EDITIONS} editions`, many.dist]]) {
      const w = pageWeight(join(dist, "2022/index.html"));
      add(`overview page (2022/index.html), ${label}`, `${(w.bytes / 1024).toFixed(1)} KB`, `${(w.gzip / 1024).toFixed(1)} KB gzip, ${w.elements} elements (JSDOM); targets ≤ 12 KB gzip, ≤ 1,000 elements`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const width = (k: keyof (typeof rows)[number]) => Math.max(k.length, ...rows.map((r) => [...r[k]].length));
const line = (r: Record<string, string>) => `| ${(["measure", "value", "note"] as const).map((k) => r[k].padEnd(width(k))).join(" | ")} |`;
console.log(line({ measure: "measure", value: "value", note: "note" }));
console.log(`|${(["measure", "value", "note"] as const).map((k) => "-".repeat(width(k) + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));
