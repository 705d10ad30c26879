import { describe, expect, it } from 'vitest';
import { renderImage, renderPng } from '../src/charts/render-png';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60" font-family="system-ui, sans-serif">
  <text x="10" y="40" font-size="24" fill="black">东津新区(经开区)</text>
</svg>`;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width/height from the IHDR chunk, which always directly follows the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function darkPixels(rgba: Buffer): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i]! < 128 && rgba[i + 1]! < 128 && rgba[i + 2]! < 128 && rgba[i + 3]! > 128) n++;
  }
  return n;
}

describe('renderPng', () => {
  it('writes a PNG at 2x the SVG size by default', () => {
    const png = renderPng(SVG);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 480, height: 120 });
  });

  it('honours a custom scale', () => {
    expect(pngSize(renderPng(SVG, { scale: 1 }))).toEqual({ width: 240, height: 60 });
    expect(() => renderPng(SVG, { scale: 0 })).toThrow(RangeError);
  });

  it('draws CJK glyphs with the bundled font and nothing without it', () => {
    const withFont = renderImage(SVG);
    const noFont = renderImage(SVG, { fontFiles: [] });
    expect(withFont.width).toBe(480);
    const inked = darkPixels(withFont.pixels);
    // 8 glyphs at 48px: thousands of dark pixels; with no fonts, text is dropped.
    expect(inked).toBeGreaterThan(1500);
    expect(darkPixels(noFont.pixels)).toBeLessThan(inked / 10);
    // White background, not transparent.
    expect([...noFont.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('is byte-for-byte reproducible', () => {
    expect(renderPng(SVG).equals(renderPng(SVG))).toBe(true);
  });
});
