import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDir, lockFileOf } from "../../scripts/lock.ts";
import { recoverDir, replaceDir } from "../../scripts/replace-dir.ts";

/** A pid no process has: one that ran and exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;
const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"]);
afterAll(() => live.kill());

/** A folder `x` holding one file with `text`, in a fresh parent; returns the folder. */
function folder(text: string | null): string {
  const target = join(mkdtempSync(join(tmpdir(), "replace-dir-")), "x");
  if (text !== null) {
    mkdirSync(target);
    writeFileSync(join(target, "a.txt"), text);
  }
  return target;
}
const state = (target: string) => (existsSync(target) ? readFileSync(join(target, "a.txt"), "utf8") : null);
const siblings = (target: string) => readdirSync(join(target, "..")).sort();

describe("replaceDir(target, what, fill)", () => {
  it("replaces the folder by the one fill writes and leaves nothing beside it", async () => {
    const target = folder("old");
    await replaceDir(target, "test", (dir) => writeFileSync(join(dir, "a.txt"), "new"));
    expect(state(target)).toBe("new");
    expect(siblings(target)).toEqual(["x"]);
  });

  it("keeps the old folder, and nothing of the new, when fill throws", async () => {
    const target = folder("old");
    await expect(
      replaceDir(target, "test", (dir) => {
        writeFileSync(join(dir, "a.txt"), "half");
        throw new Error("seeds/2023/a.yaml: correction 1 matches no target");
      }),
    ).rejects.toThrow(/correction 1/);
    expect(state(target)).toBe("old");
    expect(siblings(target)).toEqual(["x"]);
  });

  it("is refused while another live process holds the folder's lock, naming it", async () => {
    const target = folder("old");
    writeFileSync(lockFileOf(target), `${live.pid}\n2026-12-06T00:00:00.000Z\nnpm run ingest\n`);
    await expect(replaceDir(target, "test", () => {})).rejects.toThrow(
      `${target}/ is in use by another process (pid ${live.pid}, since 2026-12-06T00:00:00.000Z: npm run ingest); wait for it to finish`,
    );
    expect(state(target)).toBe("old");
  });

  it("takes over a lock whose process is gone", async () => {
    const target = folder("old");
    writeFileSync(lockFileOf(target), `${deadPid()}\n2026-12-06T00:00:00.000Z\nnpm run ingest\n`);
    await replaceDir(target, "test", (dir) => writeFileSync(join(dir, "a.txt"), "new"));
    expect(state(target)).toBe("new");
    expect(existsSync(lockFileOf(target)), "the lock is released").toBe(false);
  });
});

describe("recoverDir(target): what a killed replacement left", () => {
  it("killed between its two renames (target gone, .new and .old there): finishes it", () => {
    const target = folder(null);
    const pid = deadPid();
    for (const [kind, text] of [["old", "old"], ["new", "new"]]) {
      mkdirSync(join(target, "..", `.x.${kind}-${pid}`));
      writeFileSync(join(target, "..", `.x.${kind}-${pid}`, "a.txt"), text!);
    }
    expect(recoverDir(target)).toBe("finished");
    expect(state(target)).toBe("new");
    expect(siblings(target)).toEqual(["x"]);
  });

  it("target gone and only its .old there: restores it", () => {
    const target = folder(null);
    mkdirSync(join(target, "..", `.x.old-${deadPid()}`));
    writeFileSync(join(target, "..", readdirSync(join(target, ".."))[0]!, "a.txt"), "old");
    expect(recoverDir(target)).toBe("restored");
    expect(state(target)).toBe("old");
  });

  it("target there: deletes a dead process's half-written .new and finished .old, keeps a live one's", () => {
    const target = folder("current");
    mkdirSync(join(target, "..", `.x.new-${deadPid()}`));
    mkdirSync(join(target, "..", `.x.old-${deadPid()}`));
    mkdirSync(join(target, "..", `.x.new-${live.pid}`));
    expect(recoverDir(target)).toBe("cleaned");
    expect(state(target)).toBe("current");
    expect(siblings(target)).toEqual([`.x.new-${live.pid}`, "x"]);
  });
});

describe("lockDir(dir, what)", () => {
  it("gives the lock to one holder at a time and back on release", () => {
    const target = folder("x");
    const release = lockDir(target, "first");
    expect(readFileSync(lockFileOf(target), "utf8")).toMatch(new RegExp(`^${process.pid}\\n.*\\nfirst\\n$`));
    release();
    expect(existsSync(lockFileOf(target))).toBe(false);
    lockDir(target, "second")();
  });
});
