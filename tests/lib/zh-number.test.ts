import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/lib/zh-number.ts";

describe("parseChineseNumber", () => {
  it.each([
    ["一千", 1000],
    ["一千二百万", 12_000_000],
    ["两万", 20_000],
    ["十九", 19],
    ["二十", 20],
    ["十一", 11],
    ["二千", 2000],
    ["一亿二千万", 120_000_000],
    ["三百零五", 305],
    ["二〇二二", 2022],
  ])("parseChineseNumber(%s) reads Chinese numerals", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it("parseChineseNumber(text) reads 万 and 亿 as scales after Arabic digits", () => {
    expect(parseChineseNumber("3.5万")).toBe(35000);
    expect(parseChineseNumber("1.2亿")).toBe(120000000);
    expect(parseChineseNumber("14.45万")).toBe(144500);
    expect(parseChineseNumber("４５０亿")).toBe(45_000_000_000);
  });

  it.each(["", "万", "百千", "三五", "abc", "十九届", "1.2.3"])("parseChineseNumber(%j) is NaN: not a number we can read", (text) => {
    expect(parseChineseNumber(text)).toBeNaN();
  });
});
