/**
 * Folders on disk: with verify-wacz.ts (which opens a WACZ through yauzl), the one module here
 * that touches the file system, shared by the scripts and tests. Paths are POSIX and relative to
 * the folder.
 *
 * A folder being verified may come from anyone, so it is walked with lstat and a link is never
 * followed: a symbolic link to / or /etc inside an unpacked archive is named, once, as not a
 * regular file, and nothing outside the folder is listed, opened or read. Files are opened with
 * O_NOFOLLOW (a file swapped for a link after the walk is refused, not followed) and hashed in
 * chunks, so a folder of any size is verified in bounded memory.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { byPath, type FileDigest, type Oddity } from './file-tree.ts';
import { MANIFEST_MAX_BYTES, MANIFEST_NAME, parseManifest, sha256 } from './manifest.ts';
import { compareWithManifest, findTop, type FoundFile, type Verification } from './verify.ts';

/** The file system calls this module makes; tests pass a recording one. */
export type DirFs = Pick<typeof nodeFs, 'readdirSync' | 'lstatSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'>;

export interface DirWalk {
  /** Regular files: path → where it is on disk and its size (from lstat). */
  files: Map<string, { abs: string; size: number }>;
  /** Everything that is neither a regular file nor a folder, and folders that could not be listed. */
  oddities: Oddity[];
}

const CHUNK = 1024 * 1024;

function whatIs(st: nodeFs.Stats): string {
  if (st.isSymbolicLink()) return 'symbolic link';
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'unknown file type';
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** Every entry under `dir`, without following any link below it. */
export function walkDir(dir: string, fs: DirFs = nodeFs): DirWalk {
  const files = new Map<string, { abs: string; size: number }>();
  const oddities: Oddity[] = [];
  const folders = [''];
  for (let rel = folders.pop(); rel !== undefined; rel = folders.pop()) {
    const abs = rel === '' ? dir : path.join(dir, ...rel.split('/'));
    let names: string[];
    try {
      names = fs.readdirSync(abs);
    } catch (err) {
      oddities.push({ path: rel || '.', what: `folder that cannot be listed: ${code(err)}` });
      continue;
    }
    for (const name of names) {
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const childAbs = path.join(abs, name);
      let st: nodeFs.Stats;
      try {
        st = fs.lstatSync(childAbs);
      } catch (err) {
        oddities.push({ path: childRel, what: `cannot be examined: ${code(err)}` });
        continue;
      }
      if (st.isDirectory()) folders.push(childRel);
      else if (st.isFile()) files.set(childRel, { abs: childAbs, size: st.size });
      else oddities.push({ path: childRel, what: whatIs(st) });
    }
  }
  oddities.sort((a, b) => byPath(a.path, b.path));
  return { files, oddities };
}

/**
 * Reads the regular file at `abs` chunk by chunk, never through a link (O_NOFOLLOW) and never
 * blocking on a FIFO put in its place (O_NONBLOCK). Throws if it is no longer a regular file.
 */
function eachChunk(abs: string, fs: DirFs, onChunk: (chunk: Buffer) => void): void {
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = nodeFs.constants;
  const fd = fs.openSync(abs, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`${abs}: no longer a regular file`);
    const buffer = Buffer.alloc(CHUNK);
    for (let n = fs.readSync(fd, buffer, 0, CHUNK, null); n > 0; n = fs.readSync(fd, buffer, 0, CHUNK, null)) {
      onChunk(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The size and SHA-256 of a regular file, read in 1 MiB chunks. */
export function hashFile(abs: string, fs: DirFs = nodeFs): FileDigest {
  const hash = createHash('sha256');
  let size = 0;
  eachChunk(abs, fs, (c) => {
    hash.update(c);
    size += c.length;
  });
  return { size, sha256: hash.digest('hex') };
}

/** The bytes of a regular file, refusing one longer than `max` (named by `label`) before reading past it. */
export function readFileUpTo(abs: string, max: number, label: string, fs: DirFs = nodeFs): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  eachChunk(abs, fs, (c) => {
    size += c.length;
    if (size > max) throw new Error(`${label}: larger than ${max} bytes; expected a file of at most that`);
    parts.push(Buffer.from(c));
  });
  return Buffer.concat(parts);
}

export interface DirTree {
  files: Map<string, Buffer>;
  /** Entries that are neither files nor folders (symlinks, sockets …): not read. */
  oddities: Oddity[];
}

/** A folder read into memory (a build in dist/, which is ours): every regular file, no link followed. */
export function readTree(dir: string, fs: DirFs = nodeFs): DirTree {
  const { files, oddities } = walkDir(dir, fs);
  const read = [...files].sort(([a], [b]) => byPath(a, b)).map(([p, f]): [string, Buffer] => [p, readFileUpTo(f.abs, Infinity, p, fs)]);
  return { files: new Map(read), oddities };
}

/**
 * Verifies an unpacked archive in `dir` against the manifest.json inside it (at its root, or in
 * its one top folder). Throws only if there is no usable manifest; everything else is a problem.
 */
export function verifyDir(dir: string, label = dir, fs: DirFs = nodeFs): Verification {
  const { files, oddities } = walkDir(dir, fs);
  const top = findTop([...files.keys()].sort(byPath), label);
  const manifestPath = top + MANIFEST_NAME;
  const bytes = readFileUpTo(files.get(manifestPath)!.abs, MANIFEST_MAX_BYTES, `${label}: ${manifestPath}`, fs);
  const manifest = parseManifest(bytes.toString('utf8'), `${label}: ${manifestPath}`);
  const found = new Map([...files].map(([p, f]): [string, FoundFile] => [p, { size: f.size, sha256: () => hashFile(f.abs, fs).sha256 }]));
  const problems = compareWithManifest(manifest, top, found, oddities);
  return { top, manifest, manifestSha256: sha256(bytes), checked: manifest.files.length, problems };
}
