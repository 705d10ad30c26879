/**
 * csvWithBom: every CSV the site writes (targets.csv, each chart's data) goes through it, so a
 * formula in the seed text must not become a live formula in a spreadsheet.
 */
import { csvParse, csvParseRows } from "d3-dsv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvWithBom, neutralised } from "../../src/data/csv.ts";

/** The cells a CSV parser reads back from csvWithBom's text (BOM dropped). */
const cells = (csv: string) => csvParseRows(csv.replace(/^\uFEFF/, "").replace(/\n$/, ""));

describe("csvWithBom(records, columns)", () => {
  it("writes a BOM, a header row and one row per record; null and undefined are empty cells", () => {
    const csv = csvWithBom([{ district: "枣阳市", value: 12, unit: null }], ["district", "value", "unit", "note"]);
    expect(csv).toBe("\uFEFFdistrict,value,unit,note\n枣阳市,12,,\n");
  });

  it("writes a cell starting =HYPERLINK( as quoted text behind a single quote, so a spreadsheet shows it as text", () => {
    const quote = '=HYPERLINK("http://evil.example/","点击")。新增城镇就业9000人';
    const csv = csvWithBom([{ district: "樊城区", quote, value: 9000 }], ["district", "quote", "value"]);
    const bytes = Buffer.from(csv, "utf8");
    const row = bytes.subarray(bytes.indexOf("\n") + 1).toString("utf8");
    // On the file's bytes: the field opens with "' (quoted, then the apostrophe), never with =.
    expect(row).toBe(`樊城区,"'=HYPERLINK(""http://evil.example/"",""点击"")。新增城镇就业9000人",9000\n`);
    expect(row).not.toMatch(/(^|,)"?=/);
  });

  it.each([
    ["=", "=1+1"],
    ["+", "+86 710 1234567"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A9)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ])("neutralises a text cell starting with %s, and keeps it quoted", (_, text) => {
    const csv = csvWithBom([{ label: text }], ["label"]);
    expect(csv.split("\n")[1]!.startsWith(`"'`), JSON.stringify(csv)).toBe(true);
    expect(cells(csv)[1]).toEqual([`'${text}`]);
  });

  it("keeps finite numbers as numbers, negative ones too (value -13.8), and neutralises a number that is not finite", () => {
    const csv = csvWithBom([{ value: -13.8, base_value: -1.5e10, value_max: -Infinity, approx: false }], ["value", "base_value", "value_max", "approx"]);
    expect(csv.split("\n")[1]).toBe(`-13.8,-15000000000,"'-Infinity",false`);
  });

  it("leaves text that is merely like a formula in the middle alone (新增=9000) and quotes only what CSV needs", () => {
    const csv = csvWithBom([{ a: "新增=9000", b: "甲,乙", c: '他说"好"', d: "第一行\n第二行" }], ["a", "b", "c", "d"]);
    expect(csv.split("\n").slice(1).join("\n")).toBe(`新增=9000,"甲,乙","他说""好""","第一行\n第二行"\n`);
  });

  it("round-trips any text cells through d3-dsv csvParse, once the neutralising quote is removed", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "'", "甲", "a", " ") }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const columns = ["a", "b", "c"];
        const records = rows.map(([a, b, c]) => ({ a, b, c }));
        const parsed = csvParse(csvWithBom(records, columns).slice(1));
        expect(parsed.columns).toEqual(columns);
        const back = parsed.map((r) => columns.map((k) => r[k]!));
        const unneutralised = back.map((row, i) => row.map((v, j) => (neutralised(rows[i]![j]!) ? v.replace(/^'/, "") : v)));
        expect(unneutralised).toEqual(rows);
        // And every neutralised cell really was: the parser sees the quote in front.
        back.flat().forEach((v, k) => {
          if (neutralised(rows.flat()[k]!)) expect(v.startsWith("'")).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
