/**
 * The PNG cache changes how long a build takes, never what it makes: a build that finds every
 * PNG in the cache gives byte for byte the dist/ of a clean build, and draws none of them again. With
 * the browser tests because that project runs one file at a time: two builds take both cores.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTree } from "../../src/archive/read-dir.ts";
import { buildFrom } from "../helpers/build";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Every cache entry with what would change if it were written again: inode and modification time. */
const entries = (dir: string) => new Map(readdirSync(dir).map((f) => [f, `${statSync(join(dir, f)).ino}@${statSync(join(dir, f)).mtimeMs}`]));

describe("a build from a warm PNG cache", () => {
  const tmp = mkdtempSync(join(tmpdir(), "png-cache-build-"));
  const roots: string[] = [];
  afterAll(() => [tmp, ...roots].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("gives a dist/ byte-identical to a clean build's, reading every chart and share card PNG from the cache", { timeout: 400_000 }, async () => {
    const env = { PNG_CACHE_DIR: join(tmp, "png"), ASTRO_CACHE_DIR: join(tmp, "astro") };
    // Clean: an empty PNG cache and an empty content cache.
    const clean = await buildFrom("seeds", env);
    roots.push(clean.root);
    const filled = entries(env.PNG_CACHE_DIR);
    // Cached: the same sources again, with the caches the first build left.
    const cached = await buildFrom("seeds", env);
    roots.push(cached.root);

    const a = readTree(clean.dist).files;
    const b = readTree(cached.dist).files;
    const pngs = [...a.keys()].filter((p) => p.endsWith(".png"));
    expect(pngs.length, "the build makes chart PNGs and share cards").toBeGreaterThan(20);
    expect(new Set(pngs.map((p) => sha256(a.get(p)!))).size, "each PNG its own picture").toBe(pngs.length);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([p, bytes]) => sha256(bytes) !== sha256(b.get(p)!)).map(([p]) => p);
    expect(differ, "files that differ between the clean and the cached build").toEqual([]);

    // Every PNG of an edition (chart exports, share cards) is in the cache, and nothing else is, …
    const stored = new Set([...filled.keys()].map((f) => sha256(readFileSync(join(env.PNG_CACHE_DIR, f)))));
    const hashes = new Map(pngs.map((p) => [p, sha256(a.get(p)!)]));
    const editionPngs = pngs.filter((p) => /^\d{4}\//.test(p));
    expect(editionPngs.length).toBeGreaterThan(20);
    expect(editionPngs.filter((p) => !stored.has(hashes.get(p)!)), "edition PNGs not in the cache").toEqual([]);
    expect([...stored].filter((h) => ![...hashes.values()].includes(h)), "cache entries that are no PNG of the build").toEqual([]);
    // … and the second build wrote none: no entry added, none written again.
    expect(entries(env.PNG_CACHE_DIR)).toEqual(filled);
  });
});
