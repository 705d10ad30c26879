import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "./commands.ts";

const BIN = "node_modules/.bin";

/** Runs a project command with extra environment, failing with its output when it fails. */
export function run(command: string, args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * Ingests a seeds folder and builds a site from it, away from the project's own content/ and
 * dist/, with its own content cache. Returns the folders it used.
 */
export async function buildFrom(seedsDir: string, extraEnv: Record<string, string> = {}): Promise<{ root: string; content: string; dist: string }> {
  const root = mkdtempSync(join(tmpdir(), "edition-build-"));
  const content = join(root, "content");
  const dist = join(root, "dist");
  const env = { SEEDS_DIR: seedsDir, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, "cache"), ...extraEnv };
  const ingested = await ingest(env);
  if (ingested.status !== 0) throw new Error(`ingest failed:\n${ingested.stderr}`);
  const build = run(`${BIN}/astro`, ["build", "--silent", "--outDir", dist], env);
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  return { root, content, dist };
}

/** A copy of the project's seeds with the fixture editions added. */
export function seedsWith(...fixtureYears: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  cpSync("seeds", dir, { recursive: true });
  for (const year of fixtureYears) {
    mkdirSync(join(dir, year), { recursive: true });
    cpSync(join("tests/fixtures/editions", year), join(dir, year), { recursive: true });
  }
  return dir;
}
