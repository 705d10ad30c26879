import { describe, expect, it } from "vitest";
import { loadEdition } from "../../scripts/load-content.ts";
import { measureKey, measureOf, rankOf } from "../../src/data/measure-key.ts";
import type { TargetEntry } from "../../src/schemas/content.ts";

const { input } = loadEdition(2022);
const target = (quote: string) => input.targets.find((t) => t.quote === quote)!;

describe("measureKey(t) and rankOf(t, edition): a figure compared only with figures of one measure", () => {
  it("a target without a measure is an amount; one with a measure keeps it, and another measure is another key", () => {
    const t = target("签约投资额400亿元");
    expect(measureOf(t)).toBe("amount");
    const growth = { ...t, measure: "growth" } as TargetEntry;
    expect(measureOf(growth)).toBe("growth");
    expect(measureKey(growth)).not.toBe(measureKey(t));
  });

  it("引进亿元以上工业项目 and 引进亿元以上项目 have different keys; 新进规企业 and 新增规上企业 the same", () => {
    expect(measureKey(target("力争引进亿元以上工业项目110个"))).not.toBe(measureKey(target("力争全年引进亿元以上项目100个")));
    expect(measureKey(target("新进规企业15家"))).toBe(measureKey(target("力争新增规上企业41家")));
  });

  it("ranks among the places that set the same measure: 宜城市's 400亿元 signed is 3rd of 3, its 100 projects 1st of 2", () => {
    expect(rankOf(target("签约投资额400亿元"), input.targets)).toEqual({ rank: 3, of: 3 });
    expect(rankOf(target("力争全年引进亿元以上项目100个"), input.targets)).toEqual({ rank: 1, of: 2 });
  });

  it("no rank when no other place set the measure, for a part (其中…), or a kind too loose to compare", () => {
    expect(rankOf(target("全年城镇新增就业6000人以上"), input.targets)).toBeNull();
    expect(rankOf(target("其中提档升级160公里"), input.targets)).toBeNull();
    expect(input.targets.filter((t) => t.kind === "other").map((t) => rankOf(t, input.targets)).filter(Boolean)).toEqual([]);
  });
});
