/**
 * Whether a page draws Chinese characters as glyphs or as tofu. Each character is drawn alone,
 * in a box of one size, in the page's own font stack and language, and screenshotted: a
 * character no font has comes out blank or as the font's empty box, and every such box looks
 * like every other. So each character must leave ink, and no two may leave the same ink.
 */
import type { Page } from 'playwright-core';
import { decodePng } from './png';

/** The share of a box's pixels a real glyph at this size covers at the least (一 covers ~4%). */
const MIN_INK = 0.01;
/** Two glyphs differ in more than this share of the box; two tofu boxes in none. */
const MIN_DIFFERENCE = 0.01;
const BOX = 72;

/** Dark pixels of a screenshot of black text on white, as one flag per pixel. */
function inkOf(png: Buffer): Uint8Array {
  const { width, height, rgba } = decodePng(png);
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4]! + rgba[i * 4 + 1]! + rgba[i * 4 + 2]! < 3 * 128 ? 1 : 0;
  return ink;
}

const share = (flags: Uint8Array) => flags.reduce((n, f) => n + f, 0) / flags.length;

/** Problems with how `page` draws `chars` (empty when each is its own glyph). */
export async function glyphProblems(page: Page, chars: readonly string[]): Promise<string[]> {
  await page.evaluate(
    ({ chars, box }) => {
      const row = document.createElement('div');
      row.id = 'glyph-check';
      // Above everything, opaque, in the page's own font-family (inherited from <body>).
      row.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;display:flex;background:#fff;color:#000';
      for (const ch of chars) {
        const cell = document.createElement('span');
        cell.textContent = ch;
        cell.style.cssText = `display:block;width:${box}px;height:${box}px;font-size:${box * 0.75}px;line-height:${box}px;text-align:center;overflow:hidden`;
        row.append(cell);
      }
      document.body.append(row);
      return document.fonts.ready.then(() => undefined);
    },
    { chars: [...chars], box: BOX },
  );
  const inks: Uint8Array[] = [];
  for (const [i] of chars.entries()) inks.push(inkOf(await page.locator(`#glyph-check > span:nth-child(${i + 1})`).screenshot()));
  await page.evaluate(() => document.getElementById('glyph-check')?.remove());

  const problems: string[] = [];
  inks.forEach((ink, i) => {
    if (share(ink) < MIN_INK) problems.push(`${chars[i]}: drawn blank (${(share(ink) * 100).toFixed(2)}% ink): no font has it`);
  });
  for (let i = 0; i < inks.length; i++) {
    for (let j = i + 1; j < inks.length; j++) {
      const a = inks[i]!;
      const b = inks[j]!;
      if (share(a) < MIN_INK || share(b) < MIN_INK) continue; // said above
      const differ = a.length === b.length ? share(a.map((f, k) => f ^ b[k]!)) : 1;
      if (differ < MIN_DIFFERENCE) problems.push(`${chars[i]} and ${chars[j]}: drawn alike (${(differ * 100).toFixed(2)}% of pixels differ): boxes, not glyphs`);
    }
  }
  return problems;
}
