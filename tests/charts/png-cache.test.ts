import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cachedPng, isWholePng, pngCache, pngCacheDir } from "../../src/charts/png-cache.ts";
import { pngKey, renderPng, renderPngCached } from "../../src/charts/render-png.ts";

const tmp = mkdtempSync(join(tmpdir(), "png-cache-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(tmp, `cache-${++n}`);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
/** Bytes shaped like a PNG (signature … IEND) with `size` bytes of filler between. */
const fakePng = (size: number, fill?: number) => Buffer.concat([SIGNATURE, fill === undefined ? randomBytes(size) : Buffer.alloc(size, fill), IEND]);
const KEY = "a".repeat(64);

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="8" y="34" font-size="24">樊城区</text></svg>`;

describe("pngCacheDir(env, cwd)", () => {
  it("is node_modules/.cache/fenjin-png by default, PNG_CACHE_DIR when set (relative to cwd), none for off", () => {
    expect(pngCacheDir({}, "/site")).toBe("/site/node_modules/.cache/fenjin-png");
    expect(pngCacheDir({ PNG_CACHE_DIR: ".cache/png" }, "/site")).toBe("/site/.cache/png");
    expect(pngCacheDir({ PNG_CACHE_DIR: "/var/cache/png" }, "/site")).toBe("/var/cache/png");
    expect(pngCacheDir({ PNG_CACHE_DIR: "off" }, "/site")).toBeNull();
  });
});

describe("isWholePng(bytes)", () => {
  it("needs the signature at the start and the IEND chunk at the end", () => {
    const png = fakePng(100);
    expect(isWholePng(png)).toBe(true);
    expect(isWholePng(png.subarray(0, 60))).toBe(false);
    expect(isWholePng(png.subarray(1))).toBe(false);
    expect(isWholePng(new Uint8Array())).toBe(false);
  });
});

describe("cachedPng(cache, key, render)", () => {
  it("renders once, then reads the stored bytes back", () => {
    const cache = pngCache(freshDir());
    let renders = 0;
    const render = () => (renders++, fakePng(64));
    const first = cachedPng(cache, KEY, render);
    const second = cachedPng(cache, KEY, render);
    expect(renders).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("renders again when the stored file is cut short, and replaces it", () => {
    const dir = freshDir();
    const cache = pngCache(dir);
    const png = fakePng(64);
    cachedPng(cache, KEY, () => png);
    writeFileSync(join(dir, `${KEY}.png`), png.subarray(0, 40));
    let renders = 0;
    expect(Buffer.from(cachedPng(cache, KEY, () => (renders++, png))).equals(png)).toBe(true);
    expect(renders).toBe(1);
    expect(readFileSync(join(dir, `${KEY}.png`)).equals(png)).toBe(true);
  });

  it("with no cache (PNG_CACHE_DIR=off) renders every time", () => {
    let renders = 0;
    cachedPng(null, KEY, () => (renders++, fakePng(8)));
    cachedPng(null, KEY, () => (renders++, fakePng(8)));
    expect(renders).toBe(2);
  });
});

describe("pngCache(dir)", () => {
  it("makes its folder on first write and leaves one file per key, no temporary files", () => {
    const dir = freshDir();
    const cache = pngCache(dir);
    expect(cache.read(KEY)).toBeNull();
    cache.write(KEY, fakePng(10));
    cache.write(KEY, fakePng(10));
    expect(readdirSync(dir)).toEqual([`${KEY}.png`]);
  });

  it("refuses a key that is not a SHA-256, naming it", () => {
    expect(() => pngCache(freshDir()).read("../../etc/passwd")).toThrow(/invalid key "\.\.\/\.\.\/etc\/passwd", expected 64 hex digits/);
  });

  it("a reader never sees half a file while two other processes write the same key over and over", { timeout: 60_000 }, async () => {
    const dir = freshDir();
    const target = join(dir, `${KEY}.png`);
    const stop = join(tmp, `stop-${n}`);
    const module = fileURLToPath(new URL("../../src/charts/png-cache.ts", import.meta.url));
    // Two writers, each with its own 2 MB PNG-shaped payload, writing until told to stop (30 s at most).
    const writer = (fill: number) =>
      new Promise<void>((resolve, reject) => {
        const code = `import { existsSync } from "node:fs";
          import { pngCache } from ${JSON.stringify(module)};
          const sig = Buffer.from([0x89,0x50,0x4e,0x47,0x0d,0x0a,0x1a,0x0a]), iend = Buffer.from([0,0,0,0,0x49,0x45,0x4e,0x44,0xae,0x42,0x60,0x82]);
          const png = Buffer.concat([sig, Buffer.alloc(2 << 20, ${fill}), iend]);
          const cache = pngCache(${JSON.stringify(dir)});
          const end = Date.now() + 30_000;
          while (!existsSync(${JSON.stringify(stop)}) && Date.now() < end) cache.write(${JSON.stringify(KEY)}, png);`;
        const child = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "ignore", "pipe"] });
        let err = "";
        child.stderr.on("data", (c) => (err += c));
        child.on("close", (status) => (status === 0 ? resolve() : reject(new Error(`writer exited ${status}: ${err}`))));
      });
    const payloads = [fakePng(2 << 20, 1), fakePng(2 << 20, 2)];
    const writers = Promise.all([writer(1), writer(2)]);
    const torn: string[] = [];
    let reads = 0;
    const until = Date.now() + 20_000;
    while (reads < 60 && Date.now() < until) {
      try {
        const bytes = readFileSync(target); // raw: no check of the file's end, as a naive reader would
        reads++;
        if (!payloads.some((p) => p.equals(bytes))) torn.push(`read ${reads}: ${bytes.length} bytes`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      await new Promise((r) => setImmediate(r));
    }
    writeFileSync(stop, "");
    await writers;
    expect(reads, "reads while the writers wrote").toBe(60);
    expect(torn.length, `torn reads, first ones: ${torn.slice(0, 5).join("; ")}`).toBe(0);
    expect(readdirSync(dir)).toEqual([`${KEY}.png`]);
  });
});

describe("renderPngCached(svg, { cache })", () => {
  it("gives renderPng's bytes, and reads them back from the cache the next time", () => {
    const dir = freshDir();
    const cache = pngCache(dir);
    const png = renderPngCached(SVG, { cache });
    expect(Buffer.from(png).equals(renderPng(SVG))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${pngKey(SVG)}.png`]);
    // Whatever the cache holds under the key is what comes back: nothing was drawn.
    const planted = fakePng(16);
    cache.write(pngKey(SVG), planted);
    expect(Buffer.from(renderPngCached(SVG, { cache })).equals(planted)).toBe(true);
  });

  it("keys a PNG by the SVG and the scale", () => {
    expect(pngKey(SVG)).toMatch(/^[0-9a-f]{64}$/);
    expect(pngKey(SVG)).toBe(pngKey(SVG, { scale: 2 }));
    expect(pngKey(SVG, { scale: 1 })).not.toBe(pngKey(SVG));
    expect(pngKey(SVG.replace("樊城区", "襄城区"))).not.toBe(pngKey(SVG));
  });
});
