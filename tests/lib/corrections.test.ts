import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/lib/extract.ts";
import { applyCorrections } from "../../src/ingest/corrections.ts";
import type { Correction } from "../../src/schemas/seed-meta.ts";

const { targets } = extractTargets("樊城区\n签约项目合同正式投资额446.3亿元,工业项目合同投资额245.9亿元。新建桥梁4座。\n", { year: 2022 });
const fix = (c: Partial<Correction>): Correction => ({ district: "樊城区", quote: "", action: "correct", date: "2026-11-27", reason: "编辑核对原文。", ...c });

describe("applyCorrections", () => {
  it("corrects the one target its quote names, and records the fields before", () => {
    const { targets: out, applied } = applyCorrections(targets, [fix({ quote: "工业项目合同投资额245.9亿元", set: { kind: "fixed-asset" } })]);
    expect(out.find((t) => t.value === 245.9)?.kind).toBe("fixed-asset");
    expect(out.find((t) => t.value === 446.3)?.kind).toBe("signed");
    expect(applied).toEqual([expect.objectContaining({ target: "fancheng-2", before: { kind: "signed" }, reason: "编辑核对原文。" })]);
  });

  it("drops a target, keeping the record of why", () => {
    const { targets: out, applied } = applyCorrections(targets, [fix({ quote: "新建桥梁4座", action: "drop" })]);
    expect(out.map((t) => t.value)).toEqual([446.3, 245.9]);
    expect(applied[0]).toMatchObject({ action: "drop", target: "fancheng-3" });
  });

  it("fails, naming the correction, when its quote no longer matches a target", () => {
    expect(() => applyCorrections(targets, [fix({ quote: "新建桥梁5座", action: "drop" })], "seeds/2022/x.yaml")).toThrow(
      "seeds/2022/x.yaml: correction 1 (樊城区 “新建桥梁5座”) matches no target; expected exactly one. Update or remove it.",
    );
  });

  it("fails when the quote is too short to say which target it means", () => {
    expect(() => applyCorrections(targets, [fix({ quote: "合同" })])).toThrow(/matches no target/);
    expect(() => applyCorrections(targets, [fix({ district: "枣阳市", quote: "新建桥梁4座" })])).toThrow(/matches no target/);
  });
});
