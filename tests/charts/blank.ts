import { renderImage } from "../../src/charts/render-png.ts";

/**
 * How much of a PNG is empty: the share of its pixel rows that are background from edge to edge
 * (a left accent strip of 3% aside), and the tallest run of such rows, as shares of its height.
 * A share card whose lower half is empty has a run near 0.45.
 */
export function blankShare(png: Uint8Array, background = [255, 255, 255]): { rows: number; run: number; width: number; height: number } {
  // resvg decodes the PNG: draw it as the one image of an SVG at its own size.
  // Width and height stand at bytes 16 and 20 of the IHDR chunk, big-endian.
  const header = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = header.getUint32(16);
  const height = header.getUint32(20);
  const b64 = Buffer.from(png).toString("base64");
  const img = renderImage(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${b64}"/></svg>`, { scale: 1, fontFiles: [] });
  const px = img.pixels;
  const skip = Math.ceil(width * 0.03);
  let blank = 0;
  let run = 0;
  let longest = 0;
  for (let y = 0; y < height; y++) {
    let empty = true;
    for (let x = skip; x < width && empty; x++) {
      const i = (y * width + x) * 4;
      if (Math.abs(px[i] - background[0]) + Math.abs(px[i + 1] - background[1]) + Math.abs(px[i + 2] - background[2]) > 24) empty = false;
    }
    if (empty) {
      blank++;
      longest = Math.max(longest, ++run);
    } else run = 0;
  }
  return { rows: blank / height, run: longest / height, width, height };
}
