/**
 * A second edition added as a text and its YAML: it appears at its own path and in /, with no
 * code change, and leaves every byte of the 2022 edition as published. Builds run in this
 * sequential project because each takes both cores for a few seconds.
 */
import { createHash } from "node:crypto";
import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFrom, seedsWith } from "../helpers/build";
import { DIST, loadPage, requireDist } from "../helpers/dist";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const tree = (dir: string) => Object.fromEntries(globSync("**/*", { cwd: dir, withFileTypes: false }).filter((f) => !f.endsWith("/")).sort().flatMap((f) => {
  try {
    return [[f, sha(join(dir, f))]];
  } catch {
    return []; // a folder
  }
}));

describe("adding the 2023 edition", () => {
  let dist: string;
  beforeAll(async () => {
    requireDist();
    dist = (await buildFrom(seedsWith("2023"))).dist;
  }, 180_000);

  it("appears at /2023/ and first in the list of editions at /", () => {
    expect(loadPage("/2023/", dist).querySelector(".kicker")?.textContent).toBe("襄阳2023年各地各单位奋进清单");
    expect(loadPage("/2023/", dist).querySelector("h1")?.textContent?.length).toBeGreaterThan(5);
    const editions = [...loadPage("/", dist).querySelectorAll("main ol li > a:first-of-type")].map((a) => a.getAttribute("href"));
    expect(editions).toEqual(["2023/", "2022/"]);
    // 2022's targets are followed into the 2023 report among the seeds; the home page says so.
    expect([...loadPage("/", dist).querySelectorAll("main ol a")].map((a) => a.getAttribute("href"))).toContain("2022/follow-up/");
  });

  it("leaves every file under dist/2022/ byte-identical", () => {
    const before = tree(join(DIST, "2022"));
    const after = tree(join(dist, "2022"));
    expect(Object.keys(before).length).toBeGreaterThan(50);
    const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]);
    expect(changed).toEqual([]);
  });

  it("a unit in both years links to its earlier list and shows recurring targets year over year", () => {
    const page = loadPage("/2023/fancheng/", dist);
    expect([...page.querySelectorAll("#years ~ ul a")].map((a) => a.getAttribute("href"))).toContain("../../2022/fancheng/");
    const rows = [...page.querySelectorAll("#over-years ~ .table-wrap tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toContainEqual(["城镇新增就业", "7000人以上", "6000人以上"]);
  });

  it("shows the YAML's correction on the unit page and the methodology page", () => {
    expect(loadPage("/2023/fancheng/", dist).querySelector("#corrections ~ ul")?.textContent).toMatch(/2026-11-27.*完成投资35亿元.*已更正.*固定资产投资/s);
    expect(loadPage("/2023/methodology/", dist).querySelector("#corrections ~ ul")?.textContent).toMatch(/樊城区：“完成投资35亿元”已更正/);
    const targets = JSON.parse(readFileSync(join(dist, "2023/data/targets.json"), "utf8"));
    expect(targets.find((t: { value: number }) => t.value === 35)).toMatchObject({ kind: "fixed-asset", district: "樊城区" });
  });
});
