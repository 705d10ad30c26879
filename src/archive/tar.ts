/**
 * Deterministic tar.gz in memory, and reading one back as a stream.
 *
 * Writing uses node-tar's Header encoder but chooses every field itself, so the bytes depend only
 * on the entries: sorted paths, one fixed mtime, uid/gid 0, no user or group names, modes 0644
 * (files) and 0755 (folders), and a gzip header with mtime 0. Reading uses node-tar's Parser in
 * strict mode, so a corrupt archive is an error rather than silently skipped entries; it hashes
 * each file as its bytes go by and counts every unpacked byte against a limit, so an archive of
 * any size is read in bounded memory and a decompression bomb is refused early.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { Header, Parser, Pax, type ReadEntry } from 'tar';
import { byPath, type FileDigest, type FileTree, type Oddity } from './file-tree.ts';

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

/** How many unpacked bytes to read at most, and why that many (said when it is exceeded). */
export interface UnpackLimit {
  bytes: number;
  basis: string;
}

export interface ScannedFile extends FileDigest {
  path: string;
  /** The file's bytes, when the caller asked to keep them and there were no more than asked for. */
  data?: Buffer;
}

export interface TarScan {
  /** Regular files by path (a "./" prefix is dropped); a repeated path keeps its last copy. */
  files: Map<string, ScannedFile>;
  /** Entries that are neither files nor folders (links, devices …), and repeated paths. */
  oddities: Oddity[];
  /** Bytes of tar read (after gunzip): headers, contents and padding. */
  unpacked: number;
}

export interface ScanOptions {
  /** Names the archive in errors. */
  label?: string;
  /** Checked at every chunk, so the caller may change it while the scan runs (once a manifest is read). */
  limit?: UnpackLimit;
  /** How many bytes of the file at `path` to keep besides hashing it (0, the default: none). */
  keep?: (path: string) => number;
  /** Called after each regular file, in archive order. */
  onFile?: (file: ScannedFile) => void;
}

const TYPE_NAMES: Record<string, string> = {
  SymbolicLink: 'symbolic link',
  Link: 'hard link',
  CharacterDevice: 'character device',
  BlockDevice: 'block device',
  FIFO: 'FIFO',
};

/** An error this module words itself (the others are wrapped as "not a readable tar.gz"). */
class Refusal extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);
/** A view of the same bytes, not a copy. */
const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

/** Binary units for messages: 268435456 → "256 MiB". */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1 && n % 1024 === 0) [n, i] = [n / 1024, i + 1];
  return `${n} ${units[i]}`;
}

/**
 * The tar bytes of `source`: gunzipped when it starts like gzip, as they are otherwise. The
 * source's own iterator is closed when the reader stops early.
 */
async function* tarBytes(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Buffer> {
  const it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  try {
    let head = Buffer.alloc(0);
    let done = false;
    while (head.length < 2 && !done) {
      const next = await it.next();
      if (next.done) done = true;
      else head = Buffer.concat([head, asBuffer(next.value)]);
    }
    async function* all(): AsyncGenerator<Buffer> {
      if (head.length) yield head;
      while (!done) {
        const next = await it.next();
        if (next.done) done = true;
        else yield asBuffer(next.value);
      }
    }
    if (!startsWith(head, GZIP_MAGIC)) return yield* all();
    // Readable.from() + pipe: gunzip pulls compressed chunks only as fast as its output is read.
    const gunzip = createGunzip();
    const input = Readable.from(all());
    input.on('error', (e) => gunzip.destroy(e));
    input.pipe(gunzip);
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } finally {
      input.destroy();
      gunzip.destroy();
    }
  } finally {
    await it.return?.();
  }
}

/**
 * Reads a tar or tar.gz from a stream of chunks, hashing every regular file as it goes, never
 * holding more than one chunk and the bytes `keep` asks for. Rejects, naming the archive and what
 * was expected, if it is not a readable tar (gzipped or not), if it is compressed twice (node-tar
 * would unpack the inner layer out of this function's count), or if it unpacks to more than
 * `limit` bytes.
 */
export async function scanTar(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ScanOptions = {}): Promise<TarScan> {
  const label = options.label ?? 'archive';
  const limit = options.limit ?? { bytes: Infinity, basis: 'no limit' };
  const files = new Map<string, ScannedFile>();
  const oddities: Oddity[] = [];
  let failure: unknown = null;

  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.replace(/^\.\//, '');
      if (entry.type === 'Directory') return entry.resume();
      if (entry.type !== 'File' && entry.type !== 'OldFile') {
        oddities.push({ path, what: TYPE_NAMES[entry.type] ?? `tar entry of type ${entry.type}` });
        return entry.resume();
      }
      // Every entry is consumed as it is emitted (hashed, or resumed), so the parser never holds
      // more than the chunk it was last given.
      const hash = createHash('sha256');
      const keep = options.keep?.(path) ?? 0;
      let kept: Buffer[] | null = keep > 0 ? [] : null;
      let size = 0;
      entry.on('data', (c: Buffer) => {
        hash.update(c);
        size += c.length;
        if (kept && size <= keep) kept.push(c);
        else kept = null;
      });
      entry.on('end', () => {
        if (files.has(path)) oddities.push({ path, what: 'appears more than once in the archive' });
        const file: ScannedFile = { path, size, sha256: hash.digest('hex'), ...(kept ? { data: Buffer.concat(kept) } : {}) };
        files.set(path, file);
        options.onFile?.(file);
      });
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', (e: unknown) => reject((failure ??= e)));
  });
  finished.catch(() => {}); // observed below; never an unhandled rejection

  const unreadable = (err: unknown) => new Refusal(`${label} is not a readable tar.gz: ${(err as Error)?.message ?? err}`);
  let unpacked = 0;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of tarBytes(source)) {
      if (head.length < 4) {
        head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
        if (startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC)) {
          throw new Refusal(`${label}: compressed twice (a gzip or zstd stream inside); expected a tar inside one gzip layer`);
        }
      }
      unpacked += chunk.length;
      if (unpacked > limit.bytes) {
        throw new Refusal(
          `${label}: unpacks to more than ${formatBytes(limit.bytes)} (${limit.basis}); refused without reading further: ` +
            `expected an edition's archive, not a damaged one or a decompression bomb`,
        );
      }
      parser.write(chunk);
      if (failure) throw unreadable(failure);
    }
    parser.end();
    await finished;
  } catch (err) {
    throw err instanceof Refusal ? err : unreadable(err);
  }
  return { files, oddities, unpacked };
}

export interface ReadTar {
  /** Regular files by path (a "./" prefix is dropped). */
  files: Map<string, Buffer>;
  /** Entries that are neither files nor folders (links, devices …), and repeated paths, as "path (what)". */
  oddities: string[];
}

/** Reads a small .tar.gz (or plain .tar) held in memory, every file kept. Throws if it is not a valid archive. */
export async function readTarGz(data: Uint8Array, label = 'archive'): Promise<ReadTar> {
  const scan = await scanTar([data], { label, keep: () => Infinity });
  return {
    files: new Map([...scan.files].map(([p, f]) => [p, f.data!])),
    oddities: scan.oddities.map((o) => `${o.path} (${o.what})`),
  };
}
