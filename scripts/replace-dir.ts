/**
 * Replacing a whole folder (content/, an archive's folder) so that a process killed at any
 * moment leaves the old folder or the new one, never a mix:
 *
 *   1. the new folder is written beside the target, as `.<name>.new-<pid>`, and flushed;
 *   2. the target is renamed to `.<name>.old-<pid>`;
 *   3. the new folder is renamed to the target;
 *   4. the old one is deleted.
 *
 * Renames within one folder are atomic. Between 2 and 3 the target is briefly absent; whoever
 * next opens the folder (recoverDir: ingest, a build, archive) finds `.new-<pid>` and `.old-<pid>`
 * of a process that no longer runs and finishes its step 3, since a `.new` folder is complete
 * once an `.old` one exists. Any other leftover of a dead process is deleted.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { lockDir, processRuns } from "./lock.ts";

const staging = (target: string, kind: "new" | "old", pid = process.pid) => join(dirname(target), `.${basename(target)}.${kind}-${pid}`);

/** Flushes a file or folder to disk, so a rename never publishes what the disk has not got. */
function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() || entry.isDirectory()) fsyncPath(join(entry.parentPath, entry.name));
  }
  fsyncPath(dir);
}

/** The leftovers of other processes' replacements of `target`: kind and pid, by folder name. */
function leftovers(target: string): { path: string; kind: "new" | "old"; pid: number }[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(target)}.`;
  return readdirSync(parent)
    .filter((f) => f.startsWith(prefix))
    .flatMap((f) => {
      const m = /^(new|old)-(\d+)$/.exec(f.slice(prefix.length));
      return m ? [{ path: join(parent, f), kind: m[1] as "new" | "old", pid: Number(m[2]) }] : [];
    });
}

/**
 * Finishes or undoes a replacement of `target` that a killed process left half done (see the
 * top of this file). Returns what it did, for messages and tests.
 */
export function recoverDir(target: string): "nothing" | "finished" | "restored" | "cleaned" {
  const dead = leftovers(target).filter((l) => !processRuns(l.pid) || l.pid === process.pid);
  if (dead.length === 0) return "nothing";
  let did: "finished" | "restored" | "cleaned" = "cleaned";
  if (!existsSync(target)) {
    const old = dead.find((l) => l.kind === "old");
    const fresh = old && dead.find((l) => l.kind === "new" && l.pid === old.pid);
    if (fresh) {
      renameSync(fresh.path, target);
      did = "finished";
    } else if (old) {
      renameSync(old.path, target);
      did = "restored";
    }
  }
  for (const l of dead) rmSync(l.path, { recursive: true, force: true });
  fsyncPath(dirname(target));
  return did;
}

/**
 * Replaces the folder `target` by the one `fill` writes into the folder it is given, holding
 * the lock of `target` meanwhile (`what` names the job to a process that is refused). When
 * `fill` throws, the target is left as it was.
 */
export async function replaceDir(target: string, what: string, fill: (dir: string) => void | Promise<void>): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const release = lockDir(target, what);
  try {
    recoverDir(target);
    const fresh = staging(target, "new");
    const old = staging(target, "old");
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(fresh);
    try {
      await fill(fresh);
      fsyncTree(fresh);
    } catch (err) {
      rmSync(fresh, { recursive: true, force: true });
      throw err;
    }
    const had = existsSync(target);
    if (had) renameSync(target, old);
    renameSync(fresh, target);
    fsyncPath(dirname(target));
    if (had) rmSync(old, { recursive: true, force: true });
  } finally {
    release();
  }
}
