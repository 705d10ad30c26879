/**
 * A folder read into memory as a file tree: the one module here that touches the file system,
 * shared by the scripts and tests. Paths are POSIX and relative to the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { byPath } from './file-tree.ts';

export interface DirTree {
  files: Map<string, Buffer>;
  /** Entries that are neither files nor folders (symlinks, sockets …). */
  oddities: string[];
}

export function readTree(dir: string): DirTree {
  const found: [string, Buffer | null][] = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isDirectory()) continue;
    const abs = path.join(e.parentPath, e.name);
    found.push([path.relative(dir, abs).split(path.sep).join('/'), e.isFile() ? readFileSync(abs) : null]);
  }
  found.sort(([a], [b]) => byPath(a, b));
  return {
    files: new Map(found.filter((f): f is [string, Buffer] => f[1] !== null)),
    oddities: found.filter(([, data]) => data === null).map(([p]) => `${p} (not a regular file)`),
  };
}
