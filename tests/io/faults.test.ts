/**
 * Ingest and archive killed at random points (a seeded loop, a bounded number of kills): what is
 * left is the old state or the new, never a mix. Each run is a real process killed with SIGKILL
 * just before its k-th change to a file of the test's folder (tests/helpers/kill-at.mjs), the
 * file being written at that moment left half written. FAULT_SEED=<n> picks other points.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recoverDir } from "../../scripts/replace-dir.ts";
import { builtYear, DIST } from "../archive/helpers.ts";

const SEED = Number(process.env.FAULT_SEED ?? 16);
const KILLS = 5;
const PRELOAD = join(import.meta.dirname, "../helpers/kill-at.mjs");

/** mulberry32: a small seeded generator, so the points killed at are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct points in 1..n, in order, drawn with the seeded generator. */
function points(n: number, count: number, seed: number): number[] {
  const next = random(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, n)) picked.add(1 + Math.floor(next() * n));
  return [...picked].sort((a, b) => a - b);
}

/** Every file under `dir` with its SHA-256; null when there is no such folder. */
function tree(dir: string): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => join(d.parentPath, d.name)).sort().map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
}

/** Runs a script under the kill preload; returns how it ended and, without a kill, how many changes it made. */
function run(script: string, args: string[], env: Record<string, string>, root: string, killAt = 0) {
  const countFile = join(root, "..", `count-${process.pid}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--import", PRELOAD, script, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env, FAULT_ROOT: root, FAULT_KILL_AT: String(killAt), FAULT_COUNT_FILE: killAt ? "" : countFile },
    timeout: 120_000,
  });
  const changes = killAt ? null : Number(readFileSync(countFile, "utf8"));
  return { status: r.status, signal: r.signal, stderr: r.stderr, changes };
}

const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * The kill loop for one command that replaces `target`: `reset()` puts the old state back,
 * `go(killAt)` runs the command. Checks every kill leaves old or new, raw or once recovered.
 */
function killLoop(target: string, old: Record<string, string>, reset: () => void, go: (killAt?: number) => ReturnType<typeof run>) {
  reset();
  const whole = go();
  expect(whole.status, whole.stderr).toBe(0);
  // The new state: what a run that is not killed leaves. It differs from the old in every file,
  // so a mix of the two cannot pass for either.
  const fresh = tree(target)!;
  expect(Object.keys(fresh).sort()).toEqual(Object.keys(old).sort());
  for (const f of Object.keys(fresh)) expect(fresh[f], `${f} changes`).not.toBe(old[f]);
  const n = whole.changes!;
  expect(n, "changes made to files by one run").toBeGreaterThan(5);

  const seen = { old: 0, fresh: 0, between: 0 };
  for (const k of points(n, KILLS, SEED)) {
    reset();
    const r = go(k);
    expect(r.signal, `killed at change ${k} of ${n}: ${r.stderr}`).toBe("SIGKILL");
    const raw = tree(target);
    // Old, new, or (killed between the two renames) absent, with the new folder complete beside it.
    if (raw === null) {
      seen.between++;
      expect(recoverDir(target), `change ${k} of ${n}`).toBe("finished");
    } else {
      expect([old, fresh], `change ${k} of ${n}: what is left is the old or the new state`).toContainEqual(raw);
      recoverDir(target);
      if (JSON.stringify(raw) === JSON.stringify(old)) seen.old++;
      else seen.fresh++;
    }
    // What the next ingest, build or archive sees once it has recovered the folder.
    expect([old, fresh], `change ${k} of ${n}: after recovery`).toContainEqual(tree(target));
    expect(readdirSync(join(target, "..")).filter((f) => f.includes(".new-") || f.includes(".old-")), "nothing half-written left beside it").toEqual([]);
  }
  // The next full run, after all that, gives the new state.
  const again = go();
  expect(again.status, again.stderr).toBe(0);
  expect(tree(target)).toEqual(fresh);
  return seen;
}

describe(`killed at ${KILLS} random points (seed ${SEED}), old state or new, never a mix`, { timeout: 300_000 }, () => {
  it("npm run ingest", () => {
    const root = mkdtempSync(join(tmpdir(), "faults-ingest-"));
    roots.push(root);
    const seeds = join(root, "seeds");
    const content = join(root, "content");
    cpSync("tests/fixtures/editions/2023", join(seeds, "2023"), { recursive: true });
    const txt = join(seeds, "2023", "xiangyang-2023.txt");
    const oldText = readFileSync(txt, "utf8");
    const env = { SEEDS_DIR: seeds, CONTENT_DIR: content };
    // The old content: the text as it is. The new: a sentence added at its head, which moves
    // every offset, so every file of content/ changes.
    expect(run("scripts/ingest.ts", [], env, root).status).toBe(0);
    const old = tree(content)!;
    const saved = join(root, "..", `${relative(tmpdir(), root)}-old`);
    roots.push(saved);
    cpSync(content, saved, { recursive: true });
    writeFileSync(txt, `2023年是全面贯彻党的二十大精神的开局之年。\n${oldText}`);
    const reset = () => {
      for (const f of readdirSync(root)) if (f !== "seeds") rmSync(join(root, f), { recursive: true, force: true });
      cpSync(saved, content, { recursive: true });
    };
    const seen = killLoop(content, old, reset, (k) => run("scripts/ingest.ts", [], env, root, k));
    expect(seen.old + seen.fresh + seen.between).toBe(KILLS);
  });

  it("npm run archive", () => {
    const year = builtYear();
    const root = mkdtempSync(join(tmpdir(), "faults-archive-"));
    roots.push(root);
    const out = join(root, year);
    const args = [year, "--dist", DIST, "--out", out];
    // Old and new archives of the same build, dated apart: all three files differ.
    const archive = (epoch: string, k?: number) => run("scripts/archive.ts", args, { SOURCE_DATE_EPOCH: epoch }, root, k);
    expect(archive("1700000000").status).toBe(0);
    const old = tree(out)!;
    expect(Object.keys(old).sort()).toEqual([`fenjin-qingdan-${year}.tar.gz`, `fenjin-qingdan-${year}.wacz`, "manifest.json"]);
    const saved = `${root}-old`;
    roots.push(saved);
    cpSync(out, saved, { recursive: true });
    const reset = () => {
      for (const f of readdirSync(root)) rmSync(join(root, f), { recursive: true, force: true });
      cpSync(saved, out, { recursive: true });
    };
    const seen = killLoop(out, old, reset, (k) => archive("1800000000", k));
    expect(seen.old + seen.fresh + seen.between).toBe(KILLS);
  });
});
