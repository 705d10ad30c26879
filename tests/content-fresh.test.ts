import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSeeds } from "../scripts/seeds.ts";
import { contentOfSeeds } from "../src/ingest/edition-texts.ts";

describe("content/ is fresh", () => {
  it("the committed content equals a fresh ingest of seeds/ (run npm run ingest and commit if not)", () => {
    const expected = new Map<string, string>();
    for (const file of contentOfSeeds(readSeeds("seeds"))) expected.set(file.path, [...file.chunks()].join(""));
    const committed = globSync("**/*.{md,json,txt}", { cwd: "content" }).sort();
    expect(committed).toEqual([...expected.keys()].sort());
    for (const [path, body] of expected) expect(readFileSync(`content/${path}`, "utf8"), path).toBe(body);
  });
});
