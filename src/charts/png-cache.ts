import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * A content-addressed store of rendered PNGs, outside dist/: a file per key (a SHA-256 of
 * everything the PNG is made from), so an unchanged chart is read back instead of drawn again,
 * and a clean build gives the same bytes as a cached one.
 */
export interface PngCache {
  readonly dir: string;
  /** The stored PNG, or null when there is none or it is not a whole PNG. */
  read(key: string): Buffer | null;
  /** Stores a PNG atomically: a reader sees the whole file or none. */
  write(key: string, png: Uint8Array): void;
}

/**
 * The folder PNG_CACHE_DIR names (relative to `cwd`), else node_modules/.cache/fenjin-png
 * (ignored by git, like every tool's cache there); null when PNG_CACHE_DIR=off.
 */
export function pngCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | null {
  const dir = env.PNG_CACHE_DIR;
  if (dir === "off") return null;
  return resolve(cwd, dir || "node_modules/.cache/fenjin-png");
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** An IEND chunk: length 0, type, CRC. Every PNG ends with these 12 bytes. */
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Starts with the PNG signature and ends with IEND: not cut short (by a disk full, a kill). */
export function isWholePng(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.length >= SIGNATURE.length + IEND.length && b.subarray(0, 8).equals(SIGNATURE) && b.subarray(-12).equals(IEND);
}

/** A cache in `dir`, made on first write. */
export function pngCache(dir: string): PngCache {
  const file = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`PNG cache: invalid key ${JSON.stringify(key)}, expected 64 hex digits (SHA-256)`);
    return join(dir, `${key}.png`);
  };
  return {
    dir,
    read(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw new Error(`PNG cache: cannot read ${file(key)}: ${(error as Error).message}`);
      }
      return isWholePng(bytes) ? bytes : null;
    },
    write(key, png) {
      const target = file(key);
      // Written beside the target under a name of its own, then renamed over it: rename is
      // atomic within a folder, so a build running at the same time never reads half a file.
      const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, png);
        renameSync(temp, target);
      } catch (error) {
        rmSync(temp, { force: true });
        throw new Error(`PNG cache: cannot write ${target}: ${(error as Error).message} (set PNG_CACHE_DIR to a writable folder, or PNG_CACHE_DIR=off)`);
      }
    },
  };
}

/** The PNG under `key`, from the cache when it has it, else rendered and stored. */
export function cachedPng(cache: PngCache | null, key: string, render: () => Uint8Array): Uint8Array {
  const hit = cache?.read(key);
  if (hit) return hit;
  const png = render();
  cache?.write(key, png);
  return png;
}
