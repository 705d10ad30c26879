/**
 * Deterministic tar.gz in memory, and reading one back.
 *
 * Writing uses node-tar's Header encoder but chooses every field itself, so the bytes depend only
 * on the entries: sorted paths, one fixed mtime, uid/gid 0, no user or group names, modes 0644
 * (files) and 0755 (folders), and a gzip header with mtime 0. Reading uses node-tar's Parser in
 * strict mode, so a corrupt archive is an error rather than silently skipped entries.
 */
import { gzipSync } from 'node:zlib';
import { Header, Parser, Pax, type ReadEntry } from 'tar';
import { byPath, type FileTree } from './file-tree.ts';

export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

function header(path: string, type: 'File' | 'Directory', size: number, mtime: Date): Buffer {
  const fields = { path, type, size, mtime, mode: type === 'File' ? FILE_MODE : DIR_MODE, uid: 0, gid: 0, uname: '', gname: '', devmaj: 0, devmin: 0, linkpath: '' };
  const block = Buffer.alloc(512);
  const h = new Header(fields);
  h.encode(block);
  if (!h.needPax) return block;
  // Long or non-ASCII paths: a pax record carries the exact path (with the same fixed mtime).
  return Buffer.concat([new Pax({ path, mtime }).encode(), block]);
}

/** All folders the file paths need, each ending in "/". */
function foldersOf(paths: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') + '/');
  }
  return [...dirs];
}

/** A gzipped ustar archive of `files` (with their folders), byte-identical for identical input. */
export function writeTarGz(files: FileTree, mtime: Date): Buffer {
  const chunks: Buffer[] = [];
  const entries = [...foldersOf(files.keys()), ...files.keys()].sort(byPath);
  for (const path of entries) {
    if (path.endsWith('/')) {
      chunks.push(header(path, 'Directory', 0, mtime));
      continue;
    }
    const data = files.get(path)!;
    chunks.push(header(path, 'File', data.length, mtime), Buffer.from(data));
    const pad = (512 - (data.length % 512)) % 512;
    if (pad) chunks.push(Buffer.alloc(pad));
  }
  chunks.push(Buffer.alloc(1024)); // end-of-archive: two zero blocks
  const gz = gzipSync(Buffer.concat(chunks), { level: 9 });
  // zlib writes mtime 0 already; the OS byte depends on the platform zlib was built for
  // (3 Unix, 10 Windows, 19 macOS), so pin it to keep the bytes the same everywhere.
  gz[9] = 3;
  return gz;
}

export interface ReadTar {
  /** Regular files by path (a "./" prefix is dropped). */
  files: Map<string, Buffer>;
  /** Entries that are neither files nor folders (links, devices …), and repeated paths. */
  oddities: string[];
}

/** Reads a .tar.gz (or plain .tar) held in memory. Throws if it is not a valid archive. */
export function readTarGz(data: Uint8Array, label = 'archive'): Promise<ReadTar> {
  const files = new Map<string, Buffer>();
  const oddities: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => reject(new Error(`${label} is not a readable tar.gz: ${(err as Error)?.message ?? err}`));
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        const path = entry.path.replace(/^\.\//, '');
        if (entry.type === 'Directory') return entry.resume();
        if (entry.type !== 'File' && entry.type !== 'OldFile') {
          oddities.push(`${path} (${entry.type})`);
          return entry.resume();
        }
        const parts: Buffer[] = [];
        entry.on('data', (c: Buffer) => parts.push(c));
        entry.on('end', () => {
          if (files.has(path)) oddities.push(`${path} (appears more than once)`);
          files.set(path, Buffer.concat(parts));
        });
      },
    });
    parser.on('error', fail);
    parser.on('end', () => resolve({ files, oddities }));
    try {
      parser.end(Buffer.from(data));
    } catch (err) {
      fail(err);
    }
  });
}
