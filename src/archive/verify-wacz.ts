/**
 * Checks a WACZ file against its own datapackage.json and against itself: every resource present
 * with its size and SHA-256 (and datapackage.json with the hash in datapackage-digest.json), nothing
 * unlisted, every page of pages/pages.jsonl with a response record in a WARC of archive/, and every
 * CDXJ line of indexes/ pointing at a record of its URL, at its offset and length.
 *
 * The ZIP is read with yauzl, from its central directory (what a replayer reads) and in chunks: no
 * entry is ever held whole except the small JSON and index files, which are refused above a size.
 * Nothing is extracted, no entry's name is used as a path on disk, and an entry whose name could
 * point outside the archive ("../x", "/etc/x"), that is a link, or that appears twice is named and
 * never read. Sizes are checked before reading: the ZIP's own (which yauzl holds each entry to) and
 * each WARC record's, so a decompression bomb is refused rather than unpacked.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { AsyncIterReader, WARCParser } from 'warcio';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DATAPACKAGE_DIGEST_NAME, DATAPACKAGE_NAME, parseDatapackage, type Datapackage } from './datapackage.ts';
import { byPath } from './file-tree.ts';
import { MANIFEST_MAX_BYTES } from './manifest.ts';
import { PAGES_PATH } from './pages.ts';
import { formatBytes } from './tar.ts';
import type { Problem } from './verify.ts';

export interface WaczVerification {
  datapackage: Datapackage;
  /** SHA-256 of datapackage.json's bytes. */
  datapackageSha256: string;
  /** How many resources datapackage.json lists. */
  checked: number;
  /** How many pages pages.jsonl lists; null when they were not checked (a WARC is not as listed). */
  pages: number | null;
  records: number;
  problems: Problem[];
}

/** The most entries read from a central directory: an edition's WACZ has five. */
const MAX_ENTRIES = 10_000;
/** The largest index or page list read into memory (an edition's are some tens of kilobytes). */
const TEXT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * The most a record's headers (WARC and HTTP) may take: an edition's take under a kilobyte.
 * warcio reads headers whole, to their blank line, so a header line that never ends would
 * otherwise be read into memory whole, however long it unpacks to.
 */
const HEADERS_MAX_BYTES = 1024 * 1024;
/**
 * How much the WARC records may unpack to, beyond 64 times the WARC's stored size: gzip shrinks an
 * edition's pages and data 3 to 10 times, a decompression bomb a thousand times.
 */
const WARC_UNPACK_MARGIN = 256 * 1024 * 1024;
const WARC_UNPACK_RATIO = 64;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

interface ListedEntry {
  name: string;
  entry: Entry;
}

/** What an entry is, when it is not a regular file; null for a file. */
function oddity(entry: Entry, name: string): string | null {
  const error = yauzl.validateFileName(name);
  if (error !== null) return `a name that could point outside the archive (${error})`;
  // Unix modes live in the high 16 bits when the entry was made on Unix (host system 3).
  const mode = entry.versionMadeBy >> 8 === 3 ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
  if (mode === S_IFLNK) return 'symbolic link';
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) return `not a regular file (mode ${mode.toString(8)})`;
  if (entry.isEncrypted()) return 'encrypted';
  if (!entry.canDecodeFileData()) return `compressed with method ${entry.compressionMethod}, which this reader does not know`;
  return null;
}

/** Every entry of the central directory, by name; oddities named, folders skipped. */
async function listEntries(zip: ZipFile, label: string) {
  const entries = new Map<string, ListedEntry>();
  const odd: Problem[] = [];
  if (zip.entryCount > MAX_ENTRIES) throw new Error(`${label}: ${zip.entryCount} entries; expected a WACZ of at most ${MAX_ENTRIES}`);
  for await (const entry of zip.eachEntry()) {
    const raw = entry.fileName as unknown as Buffer; // decodeStrings: false
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
    const what = oddity(entry, name);
    if (name.endsWith('/') && what === null) continue; // a folder entry
    if (what !== null) odd.push({ kind: 'extra', path: name, detail: `${what}; not read` });
    else if (entries.has(name)) odd.push({ kind: 'extra', path: name, detail: 'appears more than once; not read' });
    else entries.set(name, { name, entry });
  }
  // A name that appears twice is not trusted in either place.
  for (const p of odd) if (p.detail.startsWith('appears more than once')) entries.delete(p.path);
  return { entries, odd };
}

async function* chunks(zip: ZipFile, entry: Entry): AsyncGenerator<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream) yield chunk as Buffer;
}

async function digest(zip: ZipFile, entry: Entry): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const c of chunks(zip, entry)) {
    hash.update(c);
    size += c.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** An entry's bytes, refused (before reading) when the ZIP says it unpacks to more than `max`. */
async function readSmall(zip: ZipFile, { name, entry }: ListedEntry, max: number, label: string): Promise<Buffer> {
  if (entry.uncompressedSize > max) throw new Error(`${label}: ${name} is ${formatBytes(entry.uncompressedSize)}; expected at most ${formatBytes(max)}`);
  const parts: Buffer[] = [];
  for await (const c of chunks(zip, entry)) parts.push(c);
  return Buffer.concat(parts);
}

interface SeenRecord {
  type: string;
  url: string;
  offset: number;
  length: number;
}

/**
 * warcio's reader of a WARC's bytes, counting what it reads outside a record's content: the
 * headers. Content is only ever skipped (skipSize), never held, so it is not counted; past
 * HEADERS_MAX_BYTES of headers it stops with an error instead of reading on.
 */
class CappedHeadersReader extends AsyncIterReader {
  private headerBytes = 0;
  private skipping = false;

  override async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const chunk of super[Symbol.asyncIterator]()) {
      if (!this.skipping) {
        this.headerBytes += chunk.length;
        if (this.headerBytes > HEADERS_MAX_BYTES) {
          throw new Error(`the headers of a record run past ${formatBytes(HEADERS_MAX_BYTES)}; refused, as no record of an edition has headers of that size`);
        }
      }
      yield chunk;
    }
  }

  override async skipSize(size: number): Promise<number> {
    this.skipping = true;
    try {
      return await super.skipSize(size);
    } finally {
      this.skipping = false;
      this.headerBytes = 0; // a record's content is behind it: the next headers start afresh
    }
  }
}

/** The records of one WARC entry (its offsets are within the WARC), or the problem that stopped reading it. */
async function readWarc(zip: ZipFile, { name, entry }: ListedEntry): Promise<{ records: SeenRecord[]; problem: Problem | null }> {
  const records: SeenRecord[] = [];
  const limit = entry.uncompressedSize * WARC_UNPACK_RATIO + WARC_UNPACK_MARGIN;
  let unpacked = 0;
  const parser = new WARCParser(new CappedHeadersReader(chunks(zip, entry)));
  try {
    for await (const record of parser) {
      unpacked += Number(record.warcHeaders.headers.get('Content-Length') ?? 0);
      if (!(unpacked <= limit)) {
        const detail = `its records unpack to more than ${formatBytes(limit)} (${WARC_UNPACK_RATIO} times its ${formatBytes(entry.uncompressedSize)} plus ${formatBytes(WARC_UNPACK_MARGIN)}); refused, as a WARC of an edition never does`;
        return { records, problem: { kind: 'invalid', path: name, detail } };
      }
      await record.skipFully();
      records.push({ type: record.warcType ?? '', url: record.warcTargetURI ?? '', offset: parser.offset, length: parser.recordLength });
    }
  } catch (err) {
    const after = records.length ? `after record ${records.length} (${records.at(-1)!.url})` : 'at its start';
    return { records, problem: { kind: 'invalid', path: name, detail: `not a readable WARC ${after}: ${(err as Error).message.split('\n')[0]}` } };
  }
  return { records, problem: null };
}

const isWarc = (path: string) => /^archive\/[^/]+\.warc(\.gz)?$/.test(path);
const isIndex = (path: string) => /^indexes\/[^/]+\.(cdxj?)(\.gz)?$/.test(path);

/** The non-blank lines of a text entry that may be gzipped, each with its 1-based number. */
function lines(data: Buffer, gzipped: boolean): [number, string][] {
  const text = (gzipped ? gunzipSync(data, { maxOutputLength: TEXT_MAX_BYTES }) : data).toString('utf8');
  return text.split('\n').map((line, i): [number, string] => [i + 1, line]).filter(([, line]) => line.trim() !== '');
}

/** Checks the CDXJ lines of one index against the records seen in the WARCs. */
function checkIndex(path: string, text: [number, string][], warcs: Map<string, SeenRecord[]>, indexed: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const bad = (n: number, detail: string) => problems.push({ kind: 'invalid', path, detail: `line ${n}: ${detail}` });
  for (const [n, line] of text) {
    const m = /^(\S+) (\d{1,14}) (\{.*\})$/.exec(line);
    let fields: Record<string, unknown> | null = null;
    try {
      fields = m ? (JSON.parse(m[3]!) as Record<string, unknown>) : null;
    } catch {
      fields = null;
    }
    if (!m || fields === null || typeof fields !== 'object') {
      bad(n, 'expected "<SURT key> <timestamp> {JSON}"');
      continue;
    }
    const { url, filename } = fields;
    const offset = Number(fields.offset);
    const length = Number(fields.length);
    if (typeof url !== 'string' || typeof filename !== 'string' || !Number.isInteger(offset) || !Number.isInteger(length)) {
      bad(n, 'expected "url", "filename", "offset" and "length" in its JSON');
      continue;
    }
    const records = warcs.get(`archive/${filename}`);
    if (!records) {
      bad(n, `${url} is said to be in ${filename}, which is not a readable WARC of archive/`);
      continue;
    }
    const at = records.find((r) => r.offset === offset);
    if (!at) bad(n, `${url} is said to be at offset ${offset} of ${filename}, where no record starts`);
    else if (at.url !== url) bad(n, `${url} is said to be at offset ${offset} of ${filename}, where the record is of ${at.url}`);
    else if (at.length !== length) bad(n, `${url} at offset ${offset} of ${filename} is said to be ${length} bytes long; the record is ${at.length}`);
    else indexed.add(`${filename} ${offset}`);
  }
  return problems;
}

/** Checks pages.jsonl: its header line, and a response record for every page. */
function checkPages(text: [number, string][], responses: Map<string, string>): { problems: Problem[]; count: number } {
  const problems: Problem[] = [];
  const bad = (kind: Problem['kind'], n: number, detail: string) => problems.push({ kind, path: PAGES_PATH, detail: `line ${n}: ${detail}` });
  const parse = (line: string) => {
    try {
      const v: unknown = JSON.parse(line);
      return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const [first, ...rest] = text;
  if (!first || typeof parse(first[1])?.format !== 'string') {
    problems.push({ kind: 'invalid', path: PAGES_PATH, detail: 'line 1: expected a header line such as {"format": "json-pages-1.0", "id": "pages", …}' });
  }
  let count = 0;
  for (const [n, line] of first && typeof parse(first[1])?.format === 'string' ? rest : text) {
    const page = parse(line);
    if (!page || typeof page.url !== 'string' || typeof page.ts !== 'string') {
      bad('invalid', n, 'expected a JSON object with "url" and "ts"');
      continue;
    }
    count++;
    if (!responses.has(page.url)) bad('missing', n, `page ${page.url} has no response record in archive/`);
  }
  return { problems, count };
}

/**
 * Verifies the WACZ at `file` (named `label` in messages). Rejects, saying what was expected, when
 * it is not a readable ZIP or has no usable datapackage.json; everything else is a problem.
 */
export async function verifyWacz(file: string, label = file): Promise<WaczVerification> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (err) {
    throw new Error(`${label} is not a readable ZIP (expected a .wacz): ${(err as Error).message}`);
  }
  try {
    return await verifyOpen(zip, label);
  } catch (err) {
    const message = (err as Error).message;
    throw new Error(message.startsWith(label) ? message : `${label} is not a readable ZIP (expected a .wacz): ${message}`);
  } finally {
    zip.close();
  }
}

async function verifyOpen(zip: ZipFile, label: string): Promise<WaczVerification> {
  const { entries, odd } = await listEntries(zip, label);
  const problems: Problem[] = [...odd];
  const total = [...entries.values()].reduce((sum, e) => sum + e.entry.uncompressedSize, 0);
  const allowed = zip.fileSize + WARC_UNPACK_MARGIN;
  if (total > allowed) {
    throw new Error(`${label}: its entries unpack to ${formatBytes(total)}; expected at most ${formatBytes(allowed)} (its own size plus ${formatBytes(WARC_UNPACK_MARGIN)}), as a WACZ of stored WARCs never does`);
  }

  const dpEntry = entries.get(DATAPACKAGE_NAME);
  if (!dpEntry) throw new Error(`${label}: expected ${DATAPACKAGE_NAME} at the root of the WACZ; found none`);
  const dpBytes = await readSmall(zip, dpEntry, MANIFEST_MAX_BYTES, label);
  const datapackage = parseDatapackage(dpBytes.toString('utf8'), `${label}: ${DATAPACKAGE_NAME}`);
  const datapackageSha256 = createHash('sha256').update(dpBytes).digest('hex');

  const digestEntry = entries.get(DATAPACKAGE_DIGEST_NAME);
  if (!digestEntry) {
    problems.push({ kind: 'missing', path: DATAPACKAGE_DIGEST_NAME, detail: `expected the SHA-256 of ${DATAPACKAGE_NAME} (WACZ 1.1.1); without it ${DATAPACKAGE_NAME} is not checked` });
  } else {
    let hash: unknown;
    try {
      hash = (JSON.parse((await readSmall(zip, digestEntry, 64 * 1024, label)).toString('utf8')) as { hash?: unknown }).hash;
    } catch {
      hash = undefined;
    }
    if (typeof hash !== 'string') problems.push({ kind: 'invalid', path: DATAPACKAGE_DIGEST_NAME, detail: 'expected JSON with "hash": "sha256:<hex>"' });
    else if (hash !== `sha256:${datapackageSha256}`) problems.push({ kind: 'changed', path: DATAPACKAGE_NAME, detail: `expected SHA-256 ${hash.replace(/^sha256:/, '')} (from ${DATAPACKAGE_DIGEST_NAME}); found ${datapackageSha256}` });
  }

  const listed = new Set([DATAPACKAGE_NAME, DATAPACKAGE_DIGEST_NAME]);
  const matched = new Set<string>();
  for (const r of datapackage.resources) {
    listed.add(r.path);
    const found = entries.get(r.path);
    const expected = `expected ${r.bytes} bytes, SHA-256 ${r.hash.slice('sha256:'.length)}`;
    if (!found) {
      problems.push({ kind: 'missing', path: r.path, detail: `listed in ${DATAPACKAGE_NAME} (${r.bytes} bytes) but not in the WACZ as a regular file` });
      continue;
    }
    const { size, sha256 } = await digest(zip, found.entry);
    if (size !== r.bytes || `sha256:${sha256}` !== r.hash) problems.push({ kind: 'changed', path: r.path, detail: `${expected}; found ${size} bytes, SHA-256 ${sha256}` });
    else matched.add(r.path);
  }
  for (const name of entries.keys()) {
    if (!listed.has(name)) problems.push({ kind: 'extra', path: name, detail: `present but not listed in ${DATAPACKAGE_NAME}` });
  }

  // The records, from the WARCs themselves: what a page or index line must point at. A WARC that
  // is changed, missing or unlisted is named above, once; the pages and index are then checked
  // only when every WARC is as listed, since one flipped byte would otherwise fail every line.
  const warcPaths = new Set([...entries.keys(), ...datapackage.resources.map((r) => r.path)].filter(isWarc));
  const intact = [...warcPaths].every((p) => matched.has(p));
  const warcs = new Map<string, SeenRecord[]>();
  const responses = new Map<string, string>(); // URL → the WARC that holds its response
  if (warcPaths.size === 0) problems.push({ kind: 'missing', path: 'archive/', detail: 'expected one or more WARC files (archive/*.warc or *.warc.gz)' });
  for (const name of intact ? [...warcPaths].sort(byPath) : []) {
    const { records, problem } = await readWarc(zip, entries.get(name)!);
    if (problem) problems.push(problem);
    warcs.set(name, records);
    for (const r of records) if (r.type === 'response' && !responses.has(r.url)) responses.set(r.url, name);
  }

  const indexes = [...entries.values()].filter((e) => isIndex(e.name)).sort((a, b) => byPath(a.name, b.name));
  if (indexes.length === 0) problems.push({ kind: 'missing', path: 'indexes/', detail: 'expected a CDXJ index (indexes/*.cdx, *.cdxj, or either gzipped)' });
  const indexed = new Set<string>();
  // An index or page list that is not as listed is named above, once, and not read further.
  const indexesIntact = indexes.every((e) => matched.has(e.name));
  for (const e of intact ? indexes.filter((e) => matched.has(e.name)) : []) {
    const data = await readSmall(zip, e, TEXT_MAX_BYTES, label);
    let text: [number, string][];
    try {
      text = lines(data, e.name.endsWith('.gz'));
    } catch (err) {
      problems.push({ kind: 'invalid', path: e.name, detail: `not a readable gzip of at most ${formatBytes(TEXT_MAX_BYTES)}: ${(err as Error).message}` });
      continue;
    }
    problems.push(...checkIndex(e.name, text, warcs, indexed));
  }
  if (intact && indexesIntact && indexes.length) {
    for (const [warc, records] of warcs) {
      for (const r of records) {
        if (r.type !== 'response' || indexed.has(`${warc.slice('archive/'.length)} ${r.offset}`)) continue;
        problems.push({ kind: 'missing', path: indexes[0]!.name, detail: `no line for the response record of ${r.url} (${warc}, offset ${r.offset}), so a replayer cannot find it` });
      }
    }
  }

  const pagesEntry = entries.get(PAGES_PATH);
  let pages: number | null = null;
  if (!pagesEntry) {
    if (!listed.has(PAGES_PATH) && !odd.some((p) => p.path === PAGES_PATH)) problems.push({ kind: 'missing', path: PAGES_PATH, detail: 'required by WACZ 1.1.1: the list of pages' });
  } else if (intact && matched.has(PAGES_PATH)) {
    const checked = checkPages(lines(await readSmall(zip, pagesEntry, TEXT_MAX_BYTES, label), false), responses);
    problems.push(...checked.problems);
    pages = checked.count;
  }

  problems.sort((a, b) => byPath(a.path, b.path));
  return { datapackage, datapackageSha256, checked: datapackage.resources.length, pages, records: responses.size, problems };
}
