import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../scripts/cli.ts";
import { main } from "../scripts/extract.ts";

const dir = mkdtempSync(join(tmpdir(), "extract-"));
/** The extract command, called in this process (its main), with what it printed. */
async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const status = await main(args, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}

describe("npm run extract -- <file>", () => {
  it("prints the targets of a new text as JSON, with year and city from flags", async () => {
    const file = join(dir, "new.txt");
    writeFileSync(file, "南漳县\n力争引进亿元以上工业项目12个,实际到位资金30亿元以上。\n");
    const r = await run(file, "--year", "2023", "--city", "襄阳");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { year: 2023, district: "南漳县", category: "projects", value: 12, unit: "个", qualifier: "exact", rule: "target-in-plan" },
      { year: 2023, district: "南漳县", category: "investment", kind: "in-place", value: 30, unit: "亿元", base_value: 3e9, qualifier: "at-least" },
    ]);
    // One header alone is a doubt, said on stderr with the summary of the reading.
    expect(r.stderr).toMatch(/warning: only one header names a unit here: 南漳县/);
    expect(r.stderr).toMatch(/2 targets, 0 results, 1 places/);
  });

  it("gives the target of a text of quotes only: X市的目标为“增长15%”", async () => {
    const file = join(dir, "quotes.txt");
    writeFileSync(file, "宜城市的目标为“增长15%”。\n");
    const r = await run(file);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ value: 15, unit: "%", measure: "growth" }]);
  });

  it.each([
    ["empty.txt", "", /empty file/],
    ["gbk.txt", Buffer.from([0xd5, 0xe2, 0xca, 0xc7]), /not valid UTF-8/],
    ["binary.txt", Buffer.from([0x00, 0x01, 0x02]), /binary data/],
    ["utf16.txt", Buffer.from("\uFEFF南漳县\n新建桥梁6座。\n", "utf16le"), /utf16\.txt: UTF-16 text \(LE, byte-order mark\): convert it to UTF-8 first, e\.g\. iconv -f UTF-16 -t UTF-8/],
  ])("exits non-zero with a clear message on %s", async (name, content, message) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const r = await run(file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it.each([
    ["malformed YAML", "year: [2023\ncity: 襄阳\n", /yaml-bad\.yaml:2: not valid YAML: /],
    ["a duplicate key", "year: 2023\ncity: 襄阳\nyear: 2024\n", /yaml-bad\.yaml:3: duplicate key `year`; expected each key once/],
    ["an alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n", /yaml-bad\.yaml: too many YAML aliases/],
    ["a list instead of a mapping", "- 2023\n- 襄阳\n", /yaml-bad\.yaml: expected a mapping of keys \(title, city, year …\), found a list/],
  ])("exits non-zero naming the .yaml beside the text (and its line) on %s", async (_, yaml, message) => {
    writeFileSync(join(dir, "yaml-bad.txt"), "南漳县\n新建桥梁6座。\n");
    writeFileSync(join(dir, "yaml-bad.yaml"), yaml);
    const r = await run(join(dir, "yaml-bad.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("exits non-zero naming the .yaml beside the text when it is a folder", async () => {
    const sub = mkdtempSync(join(tmpdir(), "extract-"));
    writeFileSync(join(sub, "t.txt"), "南漳县\n新建桥梁6座。\n");
    mkdirSync(join(sub, "t.yaml"));
    const r = await run(join(sub, "t.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(sub, "t.yaml")}: not a file; expected a YAML file`);
  });

  it("exits non-zero for a missing file and for no argument", async () => {
    expect((await run(join(dir, "nope.txt"))).stderr).toMatch(/no such file/);
    expect((await run()).status).toBe(2);
  });

  it("reports markup in the text on stderr and still reads the figure", async () => {
    const file = join(dir, "markup.txt");
    writeFileSync(file, "某某区\n新建<script>alert(1)</script>桥梁6座。\n");
    const r = await run(file);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/markup in the text: <script>/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});

describe("npm run extract -- <files or folders…> --summary / --strict", () => {
  it("reads every .txt of the corpus folder in one call, one JSON line per text with its summary", async () => {
    const r = await run("tests/fixtures/corpus/texts", "--summary");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(40);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["file", "characters", "numbers", "targets", "results", "places", "owners", "sections", "outside", "warnings", "ms"]);
      expect(l.numbers).toBeGreaterThan(l.targets);
      expect(l.sections.review).toBeGreaterThan(0);
    }
  }, 120_000);

  it("--strict exits 1 when a text has a warning, 0 when none has", async () => {
    const clean = join(dir, "clean.txt");
    writeFileSync(clean, "新建桥梁6座。\n");
    const doubtful = join(dir, "doubtful.txt");
    writeFileSync(doubtful, "新建桥梁<b>6</b>座。\n");
    expect((await run(clean, "--strict")).status).toBe(0);
    const r = await run(clean, doubtful, "--strict");
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([clean, doubtful]);
  });

  it("a folder without texts and a missing path are refused by name", async () => {
    const empty = mkdtempSync(join(tmpdir(), "extract-empty-"));
    expect((await run(empty)).stderr).toMatch(new RegExp(`${empty}: a folder with no .txt texts`));
    expect((await run(join(dir, "missing"))).stderr).toMatch(/missing: no such file or folder/);
  });
});

describe("extract as a process", () => {
  it("prints JSON on stdout and exits 1 on a missing file, 0 on a text (the script entry point)", () => {
    const file = join(dir, "process.txt");
    writeFileSync(file, "南漳县\n新建桥梁6座。\n");
    const ok = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", file], { encoding: "utf8" });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject([{ district: "南漳县", value: 6, unit: "座" }]);
    const missing = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", join(dir, "nope.txt")], { encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^extract: .*nope\.txt: no such file or folder$/m);
  });
});
