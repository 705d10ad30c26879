import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../scripts/cli.ts";
import { main } from "../scripts/track.ts";

const PAIRS = "tests/fixtures/corpus/year-pairs";
const XY22 = `${PAIRS}/2022-襄阳市.txt`;
const XY23 = `${PAIRS}/2023-襄阳市.txt`;
const dir = mkdtempSync(join(tmpdir(), "track-"));

async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const status = await main(args, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}

interface Row {
  target: { quote: string; qualifier: string; figure: string; year: number };
  result: { quote: string; year: number; figure: string } | null;
  status: string;
  rule: string;
  evidence: { quote: string; file: string } | null;
}

describe("npm run track -- <year N text> <year N+1 text>", () => {
  it("prints one object per target of the first text, results as extract prints records", async () => {
    const r = await run(XY22, XY23);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    const extract = await import("../scripts/extract.ts");
    const io = captureIo();
    await extract.main([XY22], io);
    expect(rows.map((x) => x.target.quote)).toEqual((JSON.parse(io.stdout) as { quote: string }[]).map((t) => t.quote));
    const row = (quote: string) => rows.find((x) => x.target.quote === quote)!;
    // Hand-checked against the 2023 report's review of 2022.
    expect(row("地区生产总值同比增长8%以上")).toMatchObject({ status: "missed", rule: "follow-same-indicator", result: { quote: "同比增长5.4%", year: 2022, figure: "5.4%" } });
    expect(row("城镇新增就业7.8万人以上")).toMatchObject({ status: "met", result: { quote: "城镇新增就业超过10万人" }, target: { qualifier: "at-least" } });
    expect(row("确保固定资产投资同比增长12%以上")).toMatchObject({ status: "met", result: { quote: "固定资产投资同比增长19.1%" } });
    expect(row("社会消费品零售总额同比增长13%")).toMatchObject({ status: "missed", result: { quote: "社会消费品零售总额同比增长3.4%" } });
    expect(row("建设高标准农田59.4万亩")).toMatchObject({ status: "missed", result: { quote: "完成高标准农田建设59万亩" } });
    // A five-year goal cannot be judged by the next year's report, and is not guessed.
    expect(row("力争经济总量突破8000亿元")).toMatchObject({ status: "unclear", rule: "follow-later-year", result: null });
    expect(rows.every((x) => (x.status === "not-reported") === (x.rule === "follow-none"))).toBe(true);
    expect(rows.every((x) => x.result === null || x.result.year === 2022)).toBe(true);
    expect(r.stderr).toMatch(/92 targets of 2022: 18 met, 3 missed, 16 unclear, 55 not reported/);
  });

  it("--summary prints the counts by status, which add up to the targets", async () => {
    const r = await run(XY22, XY23, "--summary");
    expect(r.status).toBe(0);
    const counts = JSON.parse(r.stdout) as Record<string, number>;
    expect(counts).toEqual({ targets: 92, met: 18, missed: 3, unclear: 16, "not-reported": 55 });
    const full = JSON.parse((await run(XY22, XY23)).stdout) as Row[];
    for (const status of ["met", "missed", "unclear", "not-reported"]) expect(full.filter((x) => x.status === status)).toHaveLength(counts[status]!);
  });

  it("warns when the second text reports nothing of the first one's year (texts given the wrong way round)", async () => {
    const r = await run(XY23, XY22, "--summary");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/2022-襄阳市\.txt: warning: no result of 2023 read here; is it the report of 2024\?/);
    expect(JSON.parse(r.stdout)).toMatchObject({ met: 0, missed: 0 });
  });

  it("needs two texts, and refuses unreadable ones by name", async () => {
    expect(await run(XY22)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^usage: npm run track/) });
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02]));
    expect(await run(XY22, binary)).toMatchObject({ status: 1, stderr: expect.stringMatching(/track: .*binary\.txt.*binary data/) });
    const yearless = join(dir, "yearless.txt");
    writeFileSync(yearless, "新建桥梁6座。\n");
    expect(await run(yearless, XY23)).toMatchObject({ status: 1, stderr: expect.stringMatching(/yearless\.txt: cannot tell the year of its targets; give it with --year/) });
    expect((await run(yearless, XY23, "--year", "2022", "--summary")).status).toBe(0);
  });
});
