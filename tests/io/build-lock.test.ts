import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../../scripts/lock.ts";

const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"]);
afterAll(() => live.kill());

describe("astro build beside another build", () => {
  it("refuses to write a folder another build is writing, naming that build, and writes nothing", () => {
    const root = mkdtempSync(join(tmpdir(), "build-lock-"));
    const outDir = join(root, "dist");
    // What a running build leaves while it writes: the lock of its output folder.
    writeFileSync(lockFileOf(outDir), `${live.pid}\n2026-12-06T00:00:00.000Z\nastro build into ${outDir}\n`);
    const r = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--silent", "--outDir", outDir], {
      encoding: "utf8",
      env: { ...process.env, ASTRO_CACHE_DIR: join(root, "cache") },
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(`${outDir}/ is in use by another process (pid ${live.pid}, since 2026-12-06T00:00:00.000Z: astro build into ${outDir}); wait for it to finish`);
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
  });
});
