/**
 * Reproducible builds: building the same checkout twice must give byte-identical output. The two
 * builds run with different time zones and locales (as two machines would), so a date formatted
 * from the clock or the local zone, a random id or an unstable order shows up as a difference,
 * reported file by file with the first differing bytes. The first build starts from an empty PNG
 * cache and the second reads every PNG from what the first left, so the same two builds show that
 * the cache changes how long a build takes, never what it makes. It lives with the browser tests
 * because that project runs one file at a time: two builds take both cores.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree } from '../../src/archive/read-dir.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// The package's bin script (not exported as a module path, so located on disk).
const ASTRO = path.join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** `astro build` (as `npm run build:site` does, but into `outDir`), on this test's Node. */
function build(outDir: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--silent', '--outDir', outDir], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build --outDir ${outDir} exited ${code}:\n${output}`))));
  });
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Where two versions of a file first differ, with a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `${a.length} vs ${b.length} bytes, first difference at byte ${i}:\n      A: ${around(a)}\n      B: ${around(b)}`;
}

/** Every difference between two build trees; empty when they are identical. */
function compareTrees(dirA: string, dirB: string): string[] {
  const a = readTree(dirA).files;
  const b = readTree(dirB).files;
  const diffs: string[] = [];
  for (const p of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const fa = a.get(p);
    const fb = b.get(p);
    if (!fa) diffs.push(`${p}: only in build B`);
    else if (!fb) diffs.push(`${p}: only in build A`);
    else if (sha256(fa) !== sha256(fb)) diffs.push(`${p}: ${firstDifference(fa, fb)}`);
  }
  return diffs;
}

/** Every cache entry with what would change if it were written again: inode and modification time. */
const entries = (dir: string) => new Map(readdirSync(dir).map((f) => [f, `${statSync(path.join(dir, f)).ino}@${statSync(path.join(dir, f)).mtimeMs}`]));

describe('reproducible build', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'reproducible-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const dirA = path.join(tmp, 'a');
  const dirB = path.join(tmp, 'b');
  const png = path.join(tmp, 'png');
  let filled = new Map<string, string>();

  it('two builds of the same checkout give byte-identical dist trees, even in another time zone and locale, and from a full PNG cache', { timeout: 400_000 }, async () => {
    // Each from an empty content cache of its own, as on two fresh machines; A fills the PNG cache, B reads it.
    await build(dirA, { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ASTRO_CACHE_DIR: path.join(tmp, 'cache-a'), PNG_CACHE_DIR: png });
    filled = entries(png);
    await build(dirB, { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', ASTRO_CACHE_DIR: path.join(tmp, 'cache-b'), PNG_CACHE_DIR: png });

    const a = readTree(dirA).files;
    expect(a.size, 'build A produced files').toBeGreaterThan(0);
    expect([...a.keys()], 'build A has the site root').toContain('index.html');
    const diffs = compareTrees(dirA, dirB);
    expect(diffs, `${diffs.length} file(s) differ between two builds (A: TZ=UTC, empty PNG cache; B: TZ=Asia/Shanghai, zh_CN, A's PNG cache):\n  ${diffs.slice(0, 20).join('\n  ')}`).toEqual([]);
  });

  it("the PNG cache holds every chart and share card PNG of the build and nothing else, and the second build wrote none", () => {
    const a = readTree(dirA).files;
    const pngs = [...a.keys()].filter((p) => p.endsWith('.png'));
    expect(pngs.length, 'the build makes chart PNGs and share cards').toBeGreaterThan(20);
    expect(new Set(pngs.map((p) => sha256(a.get(p)!))).size, 'each PNG its own picture').toBe(pngs.length);
    const stored = new Set([...filled.keys()].map((f) => sha256(readFileSync(path.join(png, f)))));
    const hashes = new Map(pngs.map((p) => [p, sha256(a.get(p)!)]));
    const editionPngs = pngs.filter((p) => /^\d{4}\//.test(p));
    expect(editionPngs.length).toBeGreaterThan(20);
    expect(editionPngs.filter((p) => !stored.has(hashes.get(p)!)), 'edition PNGs not in the cache').toEqual([]);
    expect([...stored].filter((h) => ![...hashes.values()].includes(h)), 'cache entries that are no PNG of the build').toEqual([]);
    // No entry added by the second build, none written again.
    expect(entries(png)).toEqual(filled);
  });
});
