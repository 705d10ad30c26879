/**
 * A lock on a folder that one process writes at a time (content/, dist/, an archive folder): a
 * file `.<name>.lock` beside it, created exclusively, holding the owner's pid. A second writer is
 * refused with a message naming the owner; a lock whose process is gone (killed, crashed) is
 * taken over, so a crash never leaves a folder locked for good.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The lock file of `dir`: beside it, so it is on the same disk and survives the folder's replacement. */
export const lockFileOf = (dir: string) => join(dirname(dir), `.${basename(dir)}.lock`);

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Owner {
  pid: number;
  since: string;
  what: string;
}

function readOwner(file: string): Owner | null {
  try {
    const [pid, since, ...what] = readFileSync(file, "utf8").split("\n");
    return { pid: Number(pid), since: since ?? "", what: what.join(" ").trim() };
  } catch {
    return null; // gone meanwhile
  }
}

/** Throws, naming the process, when another live process holds the lock of `dir`. */
export function assertUnlocked(dir: string): void {
  const file = lockFileOf(dir);
  const owner = readOwner(file);
  if (owner && processRuns(owner.pid) && owner.pid !== process.pid) {
    throw new Error(
      `${dir}/ is in use by another process (pid ${owner.pid}, since ${owner.since}: ${owner.what}); ` +
        `wait for it to finish, then run this again (or delete ${file} if no such process runs)`,
    );
  }
}

/**
 * Takes the lock of `dir` for `what` (said to whoever is refused), or throws naming the process
 * that holds it. Returns the release; the lock is also released when this process exits.
 */
export function lockDir(dir: string, what: string): () => void {
  const file = lockFileOf(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      assertUnlocked(dir);
      // Its owner is gone: the lock is stale.
      try {
        unlinkSync(file);
      } catch {
        // another process took it over first; try again
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n${what}\n`);
    closeSync(fd);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off("exit", release);
      if (readOwner(file)?.pid === process.pid) unlinkSync(file);
    };
    process.on("exit", release);
    return release;
  }
  throw new Error(`${file}: could not take the lock of ${dir}/ (it changed hands repeatedly); try again`);
}
