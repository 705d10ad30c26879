import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/schemas/did-you-mean.ts";

const SEED_KEYS = ["title", "city", "year", "language", "editor", "publisher", "source_url", "units", "original_name", "corrections"];

describe("didYouMean(key, known)", () => {
  it.each([
    ["corections", "corrections"], // a letter dropped
    ["correction", "corrections"],
    ["valeu", "value"], // two letters swapped
    ["sourceurl", "source_url"],
    ["Title", "title"],
  ])("suggests the known key %s is a slip for", (key, hint) => {
    expect(didYouMean(key, [...SEED_KEYS, "value", "unit"])).toBe(hint);
  });

  it("suggests nothing for a key far from every known one", () => {
    expect(didYouMean("reviewer", SEED_KEYS)).toBeNull();
    expect(didYouMean("x", SEED_KEYS)).toBeNull();
  });
});

describe("editDistance(a, b)", () => {
  it("counts inserts, deletes, replacements and a swap of neighbours as one edit each", () => {
    expect(editDistance("value", "value")).toBe(0);
    expect(editDistance("corections", "corrections")).toBe(1);
    expect(editDistance("valeu", "value")).toBe(1);
    expect(editDistance("kind", "kinds")).toBe(1);
    expect(editDistance("", "unit")).toBe(4);
    expect(editDistance("scope", "slope")).toBe(1);
  });
});
