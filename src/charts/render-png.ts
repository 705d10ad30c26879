import { createRequire } from 'node:module';
import { Resvg, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { theme } from '../theme.ts';

// Resolve through the package resolver so the path holds wherever the
// build runs from (cwd, Astro's prerender chunks, tests).
const require = createRequire(import.meta.url);
const png = theme.fonts.png;

/** Family name as stored in the TTF name table (nameID 1): the theme's export font. */
export const PNG_FONT_FAMILY = png.family;

/** Regular for body text, Bold so bold titles don't fall back to Regular. */
export const PNG_FONT_FILES: readonly string[] = [require.resolve(`${png.package}/${png.regular}`), require.resolve(`${png.package}/${png.bold}`)];

export interface RenderPngOptions {
  /** Zoom factor relative to the SVG's own size. Default 2 (retina/social cards). */
  scale?: number;
  /**
   * Font files to load. Defaults to PNG_FONT_FILES; pass [] to render with
   * no fonts at all (used by tests to prove the font is what draws glyphs).
   */
  fontFiles?: readonly string[];
}

/**
 * Rasterise a chart SVG to PNG.
 * System fonts are never loaded, so output depends only on the SVG, the
 * bundled font files and the resvg version: identical bytes on every machine.
 */
export function renderPng(svg: string, opts: RenderPngOptions = {}): Buffer {
  return renderImage(svg, opts).asPng();
}

/** Same rendering as renderPng, exposing raw RGBA pixels (for tests/analysis). */
export function renderImage(svg: string, opts: RenderPngOptions = {}): RenderedImage {
  const scale = opts.scale ?? 2;
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`renderPng: scale must be a positive number, got ${scale}`);
  }
  const family = PNG_FONT_FAMILY;
  const options: ResvgRenderOptions = {
    font: {
      loadSystemFonts: false,
      fontFiles: [...(opts.fontFiles ?? PNG_FONT_FILES)],
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
  return new Resvg(svg, options).render();
}
