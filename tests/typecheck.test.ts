/** The type check (`astro check`, strict) as a test of the suite, so that it counts in its summary. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("astro check", () => {
  it("finds no type error in pages, components, scripts and tests", { timeout: 300_000 }, () => {
    const r = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "check"], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output.split("\n").filter((l) => /error|Result/.test(l)).join("\n") || output).toBe(0);
    expect(output).toMatch(/0 errors/);
  });
});
