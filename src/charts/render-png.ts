import { createHash, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { theme } from '../theme.ts';
import { fontSubsetter, svgCharacters, type FontSubsetter } from './font-subset.ts';
import { cachedPng, pngCache, pngCacheDir, type PngCache } from './png-cache.ts';

// Resolve through the package resolver so the path holds wherever the
// build runs from (cwd, Astro's prerender chunks, tests).
const require = createRequire(import.meta.url);
const png = theme.fonts.png;

/** Family name as stored in the TTF name table (nameID 1): the theme's export font. */
export const PNG_FONT_FAMILY = png.family;

/** Regular for body text, Bold so bold titles don't fall back to Regular. */
export const PNG_FONT_FILES: readonly string[] = [require.resolve(`${png.package}/${png.regular}`), require.resolve(`${png.package}/${png.bold}`)];

/** HarfBuzz's subsetter, from the harfbuzzjs package (see font-subset.ts). */
const SUBSET_WASM = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
const RESVG_VERSION: string = require('@resvg/resvg-js/package.json').version;

export interface RenderPngOptions {
  /** Zoom factor relative to the SVG's own size. Default 2 (retina/social cards). */
  scale?: number;
  /**
   * Font files to load whole, instead of the theme's fonts cut down to the SVG's characters;
   * pass [] to render with no fonts at all (used by tests to prove the font is what draws
   * glyphs, and that a subset draws what the whole font does).
   */
  fontFiles?: readonly string[];
}

/** Everything resvg is told besides the SVG and the font files: part of the cache key. */
function resvgOptions(scale: number): ResvgRenderOptions {
  const family = PNG_FONT_FAMILY;
  return {
    font: {
      loadSystemFonts: false,
      defaultFontFamily: family,
      // Plot emits generic stacks like "system-ui, sans-serif"; map every
      // generic family to the bundled font so none resolves to nothing.
      sansSerifFamily: family,
      serifFamily: family,
      monospaceFamily: family,
      cursiveFamily: family,
      fantasyFamily: family,
    },
    // Transparent PNGs look broken on dark-mode social cards and chat apps.
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    logLevel: 'off',
  };
}

function checkScale(scale: number): number {
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`renderPng: scale must be a positive number, got ${scale}`);
  }
  return scale;
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** SHA-256 of a file, read a chunk at a time: a warm build hashes the fonts and keeps none of them. */
function fileSha256(file: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** What decides a PNG besides its SVG and options, computed once per process (a build draws every PNG in one). */
let tools: { renderer: string; subsetter: string; fonts: string[] } | undefined;
const toolHashes = () => (tools ??= { renderer: `@resvg/resvg-js@${RESVG_VERSION}`, subsetter: fileSha256(SUBSET_WASM), fonts: PNG_FONT_FILES.map(fileSha256) });

/** The subsetter with the theme's fonts in it (they then live in wasm memory only), started on the first PNG drawn. */
let subsetter: FontSubsetter | undefined;
const themeSubsetter = () => (subsetter ??= fontSubsetter(readFileSync(SUBSET_WASM), new Map(PNG_FONT_FILES.map((f) => [f, readFileSync(f)]))));

/** Names this module's subset files apart from those of other processes and worker threads. */
const INSTANCE = `${process.pid}-${randomUUID()}`;
let subsetCount = 0;

/**
 * Rasterise a chart SVG to PNG.
 * System fonts are never loaded, so output depends only on the SVG, the
 * bundled font files and the resvg version: identical bytes on every machine.
 * The fonts are cut down to the SVG's characters first: resvg then parses a
 * few kilobytes instead of two 10 MB files, and draws the same pixels.
 */
export function renderPng(svg: string, opts: RenderPngOptions = {}): Buffer {
  return renderImage(svg, opts).asPng();
}

/** Same rendering as renderPng, exposing raw RGBA pixels (for tests/analysis). */
export function renderImage(svg: string, opts: RenderPngOptions = {}): RenderedImage {
  const options = resvgOptions(checkScale(opts.scale ?? 2));
  if (opts.fontFiles) return new Resvg(svg, { ...options, font: { ...options.font, fontFiles: [...opts.fontFiles] } }).render();
  const text = svgCharacters(svg);
  // resvg-js reads fonts from files only: each subset goes to a file of its own for this one render.
  const n = ++subsetCount;
  const files: string[] = [];
  try {
    for (const [i, font] of PNG_FONT_FILES.entries()) {
      files.push(join(tmpdir(), `fenjin-font-${INSTANCE}-${n}-${i}.ttf`));
      writeFileSync(files[i], themeSubsetter().subset(font, text));
    }
    return new Resvg(svg, { ...options, font: { ...options.font, fontFiles: files } }).render();
  } finally {
    for (const f of files) rmSync(f, { force: true });
  }
}

/**
 * The cache key of a PNG: a SHA-256 of the SVG and of everything else that decides its bytes:
 * the font files' contents, the subsetter's wasm, the resvg version and the options (scale,
 * fonts' family, background).
 */
export function pngKey(svg: string, opts: Pick<RenderPngOptions, 'scale'> = {}): string {
  const recipe = { ...toolHashes(), options: resvgOptions(checkScale(opts.scale ?? 2)) };
  return sha256(`${JSON.stringify(recipe)}\n${svg}`);
}

let defaultCache: PngCache | null | undefined;

/**
 * renderPng through the PNG cache (PNG_CACHE_DIR, see png-cache.ts): an SVG drawn before with
 * the same fonts, renderer and scale is read back, not drawn again. Same bytes either way.
 */
export function renderPngCached(svg: string, opts: Pick<RenderPngOptions, 'scale'> & { cache?: PngCache | null } = {}): Uint8Array {
  if (defaultCache === undefined) {
    const dir = pngCacheDir();
    defaultCache = dir === null ? null : pngCache(dir);
  }
  const cache = opts.cache === undefined ? defaultCache : opts.cache;
  return cachedPng(cache, pngKey(svg, opts), () => renderPng(svg, opts));
}
