import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroPhases, editionCopies } from "../scripts/bench-builds.ts";

const tmp = mkdtempSync(join(tmpdir(), "bench-builds-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("editionCopies(seedsDir, from, years, out)", () => {
  it("copies an edition under other years: the YAML's year and the text's 2022年/2023年 follow", () => {
    const seeds = join(tmp, "seeds");
    mkdirSync(join(seeds, "2022"), { recursive: true });
    writeFileSync(join(seeds, "2022/x.txt"), "2022年力争新增就业5万人，2023年再增2022个");
    writeFileSync(join(seeds, "2022/x.yaml"), "city: 襄阳\nyear: 2022 # the text names 2022年\n");
    const out = editionCopies(seeds, 2022, [2005, 2022], join(tmp, "copies"));
    expect(readFileSync(join(out, "2005/x.txt"), "utf8")).toBe("2005年力争新增就业5万人，2006年再增2022个");
    expect(readFileSync(join(out, "2005/x.yaml"), "utf8")).toBe("city: 襄阳\nyear: 2005 # the text names 2022年\n");
    expect(readFileSync(join(out, "2022/x.txt"), "utf8")).toBe(readFileSync(join(seeds, "2022/x.txt"), "utf8"));
  });

  it("fails naming the YAML when it has no year line to change", () => {
    const seeds = join(tmp, "no-year");
    mkdirSync(join(seeds, "2022"), { recursive: true });
    writeFileSync(join(seeds, "2022/x.yaml"), "city: 襄阳\n");
    expect(() => editionCopies(seeds, 2022, [2005], join(tmp, "no-year-copies"))).toThrow(/no-year\/2022\/x\.yaml: expected a line "year: 2022"/);
  });
});

describe("astroPhases(log)", () => {
  it("reads Astro's own timings: content sync and types, setup, Vite bundles, page generation", () => {
    const log = [
      "\x1b[2m01:53:03\x1b[22m \x1b[34m[types]\x1b[39m Generated \x1b[2m1.36s\x1b[22m",
      "01:53:03 [build] ✓ Completed in 1.55s.",
      "01:53:05 [vite] ✓ built in 1.58s",
      "01:53:05 [vite] ✓ built in 21ms",
      " generating static routes ",
      "01:53:05   ├─ /2022/index.html (+12ms) ",
      "01:54:13 ✓ Completed in 1m 4s.",
      "01:54:13 [build] ✓ Completed in 1m 6s.",
    ].join("\n");
    expect(astroPhases(log)).toEqual({ types: 1360, setup: 1550, bundle: 1601, pages: 64_000 });
  });
});
