import { describe, expect, it } from "vitest";
import { formatDay, formatFigure, formatNumber } from "../../src/data/format.ts";
import { breakUnits, wrapText } from "../../src/charts/line-break.ts";

const fig = (value: number, unit: string, qualifier: string, extra: { value_max?: number; approx?: boolean } = {}) =>
  formatFigure({ value, unit, qualifier: qualifier as never, value_max: extra.value_max ?? null, approx: extra.approx ?? false });

describe("formatFigure writes figures the way a Chinese newspaper does", () => {
  it.each([
    [fig(450, "亿元", "≥"), "450亿元以上"],
    [fig(10, "亿元", ">"), "超过10亿元"],
    [fig(10, "条", ">", { approx: true }), "10余条"],
    [fig(1, "万人", ">", { approx: true }), "1万余人"],
    [fig(5, "%", "≤"), "5%以内"],
    [fig(6, "%", "≈"), "6%左右"],
    [fig(6000, "人", "≥"), "6000人以上"],
    [fig(1764, "座", "="), "1764座"],
    [fig(1, "家", "range", { value_max: 2 }), "1—2家"],
    [fig(-13.8, "%", "="), "-13.8%"],
    [fig(14.45, "万亩", "="), "14.45万亩"],
  ])("%s", (got, want) => {
    expect(got).toBe(want);
  });

  it("formatNumber never groups thousands nor writes exponents", () => {
    expect(formatNumber(1234567)).toBe("1234567");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(4.5e10)).toBe("45000000000");
  });
});

describe("line breaks in exported charts never split a figure from its unit", () => {
  it("breakUnits keeps 450亿元以上, 6%, 1—2家 whole and closing marks with what they close", () => {
    expect(breakUnits("枣阳市450亿元以上，增长6%。")).toEqual(["枣阳市", "450亿元以上，", "增长", "6%。"]);
    expect(breakUnits("头部企业1—2家")).toContain("1—2家");
  });

  it("breakUnits cuts by word (Intl.Segmenter 'zh'), never inside a place's name, a threshold or a bracketed aside", () => {
    // Titles broke as 引进亿/元以上, 枣/阳市, （合/同）.
    expect(breakUnits("引进亿元以上项目")).toEqual(["引进", "亿元以上", "项目"]);
    expect(breakUnits("东津新区（经开区）的签约（合同）投资额目标最高：580亿元")).toEqual(expect.arrayContaining(["东津新区（经开区）", "签约", "（合同）", "最高：", "580亿元"]));
    expect(breakUnits("12个地方中只有樊城区写明城镇新增就业目标")).toContain("写明");
    expect(breakUnits("东风汽车城的目标", ["东风汽车城"])).toContain("东风汽车城");
  });

  it("wrapText breaks a title before a figure rather than inside it (growth.png broke before its %)", () => {
    const lines = wrapText("南漳县的技改投资同比增长目标为15%", 200, (s) => [...s].length * 14);
    expect(lines.join("|")).not.toMatch(/\|%|\d\|/);
    expect(lines.every((l) => [...l].length * 14 <= 200 || /^\d/.test(l))).toBe(true);
  });
});

describe("formatDay(iso)", () => {
  it("writes a day as a newspaper does, and leaves anything else as it is", () => {
    expect(formatDay("2022-01-06")).toBe("2022年1月6日");
    expect(formatDay("2023-12-31")).toBe("2023年12月31日");
    expect(formatDay("不详")).toBe("不详");
  });
});
