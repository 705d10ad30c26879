/**
 * Global set-up of the `site` and `browser` projects: builds the site once per test run, as
 * `npm run build:site` does (Astro, then Pagefind), into dist/ (or DIST_DIR), for every test
 * that reads it. Both projects name this file; the build runs once whichever starts first.
 * `TEST_BUILD=0` tests the dist/ already there instead (a quick loop on browser tests).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const ONCE = Symbol.for("fenjin.build-site");

function step(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0]!)} ${args.slice(1).join(" ")} exited ${code}:\n${output}`))));
  });
}

async function build(): Promise<void> {
  if (process.env.TEST_BUILD === "0") return;
  const dist = process.env.DIST_DIR ?? "dist";
  const started = performance.now();
  await step(["node_modules/astro/bin/astro.mjs", "build", "--silent", "--outDir", dist]);
  await step(["node_modules/pagefind/lib/runner/bin.cjs", "--site", dist, "--silent"]);
  console.log(`built ${dist}/ for the tests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(): Promise<void> {
  const g = globalThis as { [ONCE]?: Promise<void> };
  await (g[ONCE] ??= build());
}
