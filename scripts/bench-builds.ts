// Site builds for npm run bench: one edition and many (copies of seeds/2022 under other years),
// each cold (empty caches) and warm (the caches the cold build left), in temporary folders with
// their own content, dist, Astro cache and PNG cache. Nothing here is asserted: it measures.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";

const ASTRO = "node_modules/astro/bin/astro.mjs";
const TIME = "/usr/bin/time";

/**
 * Seeds for `years`, each a copy of the seed of `from` with its year changed: the YAML's `year:`
 * and the text's own 2022年/2023年 (the plan's year and the next), so each copy reads as its
 * year's text would.
 */
export function editionCopies(seedsDir: string, from: number, years: readonly number[], out: string): string {
  const source = join(seedsDir, String(from));
  for (const year of years) {
    const dir = join(out, String(year));
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(source)) {
      const text = readFileSync(join(source, f), "utf8");
      if (f.endsWith(".yaml")) {
        if (!new RegExp(`^year: ${from}\\b`, "m").test(text)) throw new Error(`${join(source, f)}: expected a line "year: ${from}"`);
        writeFileSync(join(dir, f), text.replace(new RegExp(`^year: ${from}\\b`, "m"), `year: ${year}`));
      } else if (f.endsWith(".txt")) {
        writeFileSync(join(dir, f), text.replace(new RegExp(`(${from}|${from + 1})年`, "g"), (_, y) => `${Number(y) - from + year}年`));
      } else cpSync(join(source, f), join(dir, f));
    }
  }
  return out;
}

/** Milliseconds from Astro's own durations: 950ms, 7.92s, 1m 4s. */
function ms(stat: string): number {
  const m = /^(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)$/.exec(stat.trim());
  if (!m) return NaN;
  return (Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === "ms" ? 0.001 : 1)) * 1000;
}

export interface BuildRun {
  /** Wall-clock milliseconds of the whole `astro build` process. */
  wall: number;
  /** CPU seconds (user + system) of the process, when /usr/bin/time is there. */
  cpu: number | null;
  /** Peak resident memory of the process, in MiB. */
  peakMiB: number | null;
  /** Astro's own timings (ms): content sync and types, setup up to bundling, Vite bundling, page generation. */
  phases: { types: number; setup: number; bundle: number; pages: number };
}

/** Astro's phase timings from its log (the build is run without --silent for them). */
export function astroPhases(log: string): BuildRun["phases"] {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, "");
  const completed = [...plain.matchAll(/^\S+ (\[build\] )?✓ Completed in ([^.\n]+(?:\.\d+)?[a-z]+)\./gm)];
  return {
    types: ms(/\[types\] Generated (\S+)/.exec(plain)?.[1] ?? ""),
    setup: ms(completed.find((m) => m[1])?.[2] ?? ""),
    bundle: [...plain.matchAll(/\[vite\] ✓ built in (\S+)/g)].reduce((n, m) => n + ms(m[1]), 0),
    pages: ms(completed.find((m) => !m[1])?.[2] ?? ""),
  };
}

/** A child process measured: wall time, CPU time and peak memory where /usr/bin/time is there. */
export interface TimedRun {
  wall: number;
  cpu: number | null;
  peakMiB: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` in a child process, under /usr/bin/time -v for its CPU time and peak memory
 * where that exists, else with a hook that reports the process's own maxRSS. Throws with its
 * output when it exits otherwise than `expectStatus`.
 */
export function timedNode(args: string[], env: Record<string, string> = {}, expectStatus = 0): TimedRun {
  const timed = existsSync(TIME);
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${performance.now()}`);
  const onExit = `process.on("exit", () => process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))`;
  const hook = `data:text/javascript,${encodeURIComponent(onExit)}`;
  const [cmd, cmdArgs] = timed ? [TIME, ["-v", process.execPath, ...args]] : [process.execPath, ["--import", hook, ...args]];
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 << 20 });
  const wall = performance.now() - t;
  if (r.status !== expectStatus) throw new Error(`node ${args.join(" ")} exited ${r.status}, expected ${expectStatus}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  const kib = timed ? field("Maximum resident set size \\(kbytes\\)") : existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  return {
    wall,
    cpu: timed ? field("User time \\(seconds\\)") + field("System time \\(seconds\\)") : null,
    peakMiB: Number.isFinite(kib) ? kib / 1024 : null,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** `astro build` of `contentDir` into `outDir` in a child process, measured (timedNode). */
export function buildSite(env: { CONTENT_DIR: string; ASTRO_CACHE_DIR: string; PNG_CACHE_DIR: string }, outDir: string): BuildRun {
  const r = timedNode([ASTRO, "build", "--outDir", outDir], env);
  return { wall: r.wall, cpu: r.cpu, peakMiB: r.peakMiB, phases: astroPhases(r.stdout) };
}

/** A built page's weight: bytes, gzip bytes, and its element count as a browser would parse it. */
export function pageWeight(file: string): { bytes: number; gzip: number; elements: number } {
  const html = readFileSync(file);
  return {
    bytes: html.length,
    gzip: gzipSync(html, { level: 9 }).length,
    elements: new JSDOM(html).window.document.getElementsByTagName("*").length,
  };
}

/** Ingests a seeds folder into a content folder (scripts/ingest.ts, as npm run ingest does). */
export function ingest(seedsDir: string, contentDir: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { encoding: "utf8", env: { ...process.env, SEEDS_DIR: seedsDir, CONTENT_DIR: contentDir } });
  if (r.status !== 0) throw new Error(`ingest of ${seedsDir} failed:\n${r.stderr}`);
  return performance.now() - t;
}

export interface BuildSeries {
  editions: number;
  ingest: number;
  cold: BuildRun;
  warm: BuildRun;
  dist: string;
}

/** One seeds folder built twice: cold (empty Astro and PNG caches) and warm (theirs, as left). */
export function coldAndWarm(seedsDir: string, root: string): BuildSeries {
  mkdirSync(root, { recursive: true });
  const content = join(root, "content");
  const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, "astro-cache"), PNG_CACHE_DIR: join(root, "png-cache") };
  const ingestMs = ingest(seedsDir, content);
  const cold = buildSite(env, join(root, "dist-cold"));
  const warm = buildSite(env, join(root, "dist"));
  return { editions: readdirSync(content).filter((d) => /^\d{4}$/.test(d)).length, ingest: ingestMs, cold, warm, dist: join(root, "dist") };
}

/** A fresh temporary folder for one bench run. */
export const benchRoot = () => mkdtempSync(join(tmpdir(), "bench-builds-"));
