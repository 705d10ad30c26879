import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fontSubsetter, svgCharacters } from "../../src/charts/font-subset.ts";
import { PNG_FONT_FILES, renderImage, renderPng } from "../../src/charts/render-png.ts";
import { buildCharts } from "../../src/charts/catalog.ts";
import { chartFileSvg } from "../../src/charts/file-svg.ts";
import { unitCardSvg } from "../../src/charts/unit-card.ts";
import { loadEdition } from "../../scripts/load-content.ts";

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"));
const tmp = mkdtempSync(join(tmpdir(), "font-subset-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes bytes to a file of this test's folder (resvg-js reads fonts from files only). */
const file = (name: string, bytes: Uint8Array) => (writeFileSync(join(tmp, name), bytes), join(tmp, name));

/** The number of glyphs a TrueType font holds: maxp.numGlyphs, found through the table directory. */
function glyphCount(font: Uint8Array): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === "maxp") return view.getUint16(view.getUint32(record + 8) + 4);
  }
  throw new Error("no maxp table");
}

const darkPixels = (rgba: Buffer) => {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i] < 128 && rgba[i + 3] > 128) n++;
  return n;
};

const line = (family: string, text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="60" font-family="${family}"><text x="8" y="40" font-size="28" font-weight="${weight}">${text}</text></svg>`;

describe("svgCharacters(svg)", () => {
  it("lists each character of the source once, markup included, sorted", () => {
    expect(svgCharacters('<text x="1">东津东津</text>')).toBe(' "/1<=>etx东津');
  });

  it("adds the characters that references stand for: &#x4e1c; &#27941; &amp; &apos;", () => {
    const chars = svgCharacters("<text>&#x4e1c;&#27941;&amp;&apos;</text>");
    for (const c of ["东", "津", "&", "'"]) expect(chars).toContain(c);
  });

  it("ignores a reference past the last code point instead of throwing", () => {
    expect(() => svgCharacters("&#x110000;&#99999999;")).not.toThrow();
  });
});

describe("fontSubsetter(wasm, fonts).subset(font, text)", () => {
  const [regular, bold] = PNG_FONT_FILES;
  const subsetter = fontSubsetter(wasm, new Map([regular, bold].map((f) => [f, readFileSync(f)])));

  it("keeps only the glyphs the text needs: a handful out of tens of thousands, a few KB out of 10 MB", () => {
    const whole = readFileSync(regular);
    const subset = subsetter.subset(regular, "东津新区");
    expect(glyphCount(whole)).toBeGreaterThan(30_000);
    expect(glyphCount(subset)).toBeLessThan(20);
    expect(subset.length).toBeLessThan(whole.length / 100);
  });

  it("a subset keeps the family name and draws what it was cut for; other characters get the .notdef box", () => {
    const font = file("dongjin.ttf", subsetter.subset(regular, "东津"));
    const draw = (text: string, fontFiles = [font]) => renderPng(line("Noto Sans SC", text), { fontFiles });
    expect(darkPixels(renderImage(line("Noto Sans SC", "东津"), { fontFiles: [font] }).pixels)).toBeGreaterThan(1000);
    expect(draw("东津").equals(draw("东津", [regular]))).toBe(true);
    // Two characters it was not cut for draw as two boxes, whichever they are.
    expect(draw("樊城").equals(draw("樊城", [regular]))).toBe(false);
    expect(draw("樊城").equals(draw("襄阳"))).toBe(true);
  });

  it("a character the whole font lacks too (an emoji, a CJK Extension B character) draws the same .notdef box", () => {
    const svg = line("Noto Sans SC", "东😀𠀀");
    const font = file("lacking.ttf", subsetter.subset(regular, svgCharacters(svg)));
    expect(renderPng(svg, { fontFiles: [font] }).equals(renderPng(svg, { fontFiles: [regular] }))).toBe(true);
  });

  it("names the fonts it has when asked for another", () => {
    expect(() => subsetter.subset("NotoSansSC_900Black.ttf", "东")).toThrow(/unknown font NotoSansSC_900Black\.ttf, expected one of .*NotoSansSC_400Regular\.ttf/);
  });

  it("subsets the second theme's Noto Serif SC too, drawing exactly what the whole font draws", () => {
    const serif = ["400Regular/NotoSerifSC_400Regular.ttf", "700Bold/NotoSerifSC_700Bold.ttf"].map((f) => require.resolve(`@expo-google-fonts/noto-serif-sc/${f}`));
    const serifSubsetter = fontSubsetter(wasm, new Map(serif.map((f) => [f, readFileSync(f)])));
    for (const weight of [400, 700]) {
      const svg = line("Noto Serif SC", "襄阳市奋进清单（2022年）", weight);
      const subsets = serif.map((f, i) => file(`serif-${weight}-${i}.ttf`, serifSubsetter.subset(f, svgCharacters(svg))));
      const withSubset = renderPng(svg, { fontFiles: subsets });
      expect(darkPixels(renderImage(svg, { fontFiles: subsets }).pixels), `weight ${weight} draws`).toBeGreaterThan(1000);
      expect(withSubset.equals(renderPng(svg, { fontFiles: serif })), `weight ${weight}`).toBe(true);
    }
  });
});

describe("renderPng(svg) with fonts cut to the SVG's characters", () => {
  const { input, units } = loadEdition(2022);
  const charts = buildCharts(input);

  it("gives the same bytes as with the whole font files, for every chart export of 2022 (wide and square) and a share card", { timeout: 180_000 }, () => {
    const svgs: [string, string][] = charts.flatMap((c) => (["wide", "square"] as const).map((layout): [string, string] => [`${c.id}.${layout}`, chartFileSvg(c, String, layout).svg]));
    const unit = units.find((u) => u.targets.length > 0)!;
    svgs.push([`card ${unit.slug}`, unitCardSvg({ name: unit.name, year: 2022, edition: `${input.city}${input.title}`, targets: unit.targets })]);
    const differ = svgs.filter(([, svg]) => !renderPng(svg).equals(renderPng(svg, { fontFiles: PNG_FONT_FILES }))).map(([name]) => name);
    expect(svgs.length).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });
});
