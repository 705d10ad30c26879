/**
 * Share images are filled by what they show: every chart's square card (WeChat, Weibo), the
 * site's card and every place's card (1200×630, og:image) have no empty band taller than 15%
 * of the image and at most 60% empty pixel rows (a text's line spacing is empty too). The
 * square and the site's card were half empty (an empty run of ~50%).
 */
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, requireDist } from "../helpers/dist.ts";
import { blankShare } from "./blank.ts";

describe("share images in dist/", () => {
  let files: string[];
  beforeAll(() => {
    requireDist();
    files = [...globSync("**/*.square.png", { cwd: DIST }), "card.png", ...globSync("*/*/card.png", { cwd: DIST })];
  });

  it("there is a square card per chart, the site's card and a card per place", () => {
    expect(files.filter((f) => f.endsWith(".square.png")).length).toBeGreaterThan(8);
    expect(files.filter((f) => /^\d{4}\/[^/]+\/card\.png$/.test(f)).length).toBeGreaterThanOrEqual(12);
  });

  it("each is filled: no empty band over 15% of its height, no more than 60% empty rows; sizes 1080² and 1200×630", () => {
    const problems: string[] = [];
    for (const f of files) {
      const b = blankShare(readFileSync(join(DIST, f)));
      const size = f.endsWith(".square.png") ? [1080, 1080] : [1200, 630];
      if (b.width !== size[0] || b.height !== size[1]) problems.push(`${f}: ${b.width}×${b.height}`);
      if (b.run > 0.15 || b.rows > 0.6) problems.push(`${f}: empty band ${(b.run * 100).toFixed(0)}%, empty rows ${(b.rows * 100).toFixed(0)}%`);
    }
    expect(problems).toEqual([]);
  });
});
