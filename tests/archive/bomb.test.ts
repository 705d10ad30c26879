/**
 * archive:verify runs in bounded memory: a tar.gz is streamed and hashed, never held, and one
 * that unpacks to more than it should (a decompression bomb) is refused early, with a message.
 * The archives are written by streaming zeros through gzip, never held in memory here either.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFiles, serializeManifest, type Manifest } from '../../src/archive/manifest.ts';
import { verifyTarGz } from '../../src/archive/verify.ts';
import { printed, runScript, smallArchive, spawnScript } from './helpers.ts';
import { longHeaderWacz } from './wacz-helpers.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'archive-bomb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

function header(p: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  new Header({ path: p, type: 'File', size, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }).encode(block);
  return block;
}

/** A tar stream: `files` as given, then `zeros` bytes of zeros as bomb/zeros.bin, produced 1 MiB at a time. */
async function* tarWithZeros(zeros: number, files: [string, Buffer][] = []): AsyncGenerator<Buffer> {
  for (const [p, data] of files) {
    yield header(p, data.length);
    yield data;
    yield Buffer.alloc((512 - (data.length % 512)) % 512);
  }
  yield header('bomb/zeros.bin', zeros);
  const chunk = Buffer.alloc(MiB);
  for (let left = zeros; left > 0; left -= MiB) yield left >= MiB ? chunk : chunk.subarray(0, left);
  yield Buffer.alloc((512 - (zeros % 512)) % 512);
  yield Buffer.alloc(1024);
}

/** Writes a tar.gz of that stream to a temp file and returns its path. */
async function writeBomb(name: string, zeros: number, files: [string, Buffer][] = []): Promise<string> {
  await mkdir(tmp, { recursive: true });
  const file = path.join(tmp, name);
  await pipeline(Readable.from(tarWithZeros(zeros, files)), createGzip({ level: 1 }), createWriteStream(file));
  return file;
}

/** The gzip of a stream, collected (zeros compress a thousandfold, so this stays small). */
async function gzipped(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  return Buffer.concat(await Array.fromAsync(Readable.from(stream).pipe(createGzip({ level: 9 }))));
}

/** A manifest for bomb/ that lists zeros.bin as a 10-byte file. */
function smallManifest(): Buffer {
  const base = smallArchive().manifest;
  const manifest: Manifest = { ...base, name: 'bomb', files: describeFiles(new Map([['zeros.bin', Buffer.alloc(10)]])) };
  return serializeManifest(manifest);
}

describe('archive:verify <tar.gz holding 1 GiB of zeros>', { timeout: 180_000 }, () => {
  it('is refused with a message, exit 1, in under 200 MB of memory', async () => {
    const bomb = await writeBomb('zeros.tar.gz', GiB);
    // The child reports its own peak resident set size (KiB) as it exits.
    const reporter = path.join(tmp, 'report-max-rss.mjs');
    writeFileSync(reporter, "process.on('exit', () => process.stderr.write(`max-rss-kib ${process.resourceUsage().maxRSS}\\n`));\n");
    const run = spawnScript('archive-verify', [bomb], {}, ['--import', reporter]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toContain(
      `archive:verify: ${bomb}: unpacks to more than 256 MiB (the most read before manifest.json says how much to expect); refused without reading further`,
    );
    const kib = Number(/max-rss-kib (\d+)/.exec(run.stderr)?.[1]);
    expect(kib, printed(run)).toBeGreaterThan(0);
    expect(kib * 1024, `peak RSS ${Math.round(kib / 1024)} MiB`).toBeLessThan(200_000_000);
  });
});

describe('verifyTarGz(chunks) stops early', { timeout: 180_000 }, () => {
  it('refuses a bomb behind a manifest once past what the manifest lists plus a margin', async () => {
    const bomb = await writeBomb('behind-manifest.tar.gz', 64 * MiB, [['bomb/manifest.json', smallManifest()]]);
    await expect(verifyTarGz(createReadStream(bomb), 'behind.tar.gz')).rejects.toThrow(
      /^behind\.tar\.gz: unpacks to more than \d+ bytes \(bomb\/manifest\.json lists 1 files, 10 bytes in all, so at most that plus a margin\); refused/,
    );
  });

  it('reads no more of the source than the limit needs', async () => {
    const gz = await gzipped(tarWithZeros(256 * MiB));
    let served = 0;
    async function* inChunks() {
      for (let i = 0; i < gz.length; i += 4096) {
        served += 4096;
        yield gz.subarray(i, i + 4096);
      }
    }
    await expect(verifyTarGz(inChunks(), 'x.tar.gz', { before: { bytes: MiB, basis: 'a test limit' } })).rejects.toThrow(
      'x.tar.gz: unpacks to more than 1 MiB (a test limit); refused without reading further',
    );
    // 1 MiB of the 256 unpacked needs about 1 KiB of the compressed bytes; gunzip reads some 64 KiB ahead.
    expect(served, `compressed bytes read of ${gz.length}`).toBeLessThan(gz.length / 2);
  });

  it('takes its limit from a kept manifest (--manifest) before reading anything', async () => {
    const gz = await gzipped(tarWithZeros(32 * MiB));
    const kept = smallArchive().manifest;
    await expect(verifyTarGz([gz], 'x.tar.gz', { expected: { manifest: kept, label: 'kept/manifest.json' } })).rejects.toThrow(
      /^x\.tar\.gz: unpacks to more than \d+ bytes \(kept\/manifest\.json lists 5 files/,
    );
  });

  it('refuses a tar.gz compressed twice, whose inner layer node-tar would unpack uncounted', async () => {
    const twice = gzipSync(smallArchive().tarGz);
    await expect(verifyTarGz([twice], 'twice.tar.gz')).rejects.toThrow('twice.tar.gz: compressed twice (a gzip or zstd stream inside); expected a tar inside one gzip layer');
  });
});

describe('archive:verify --manifest <folder>', () => {
  it('is refused naming the option and the folder, saying what was expected', async () => {
    const archive = path.join(tmp, 'small.tar.gz');
    await mkdir(tmp, { recursive: true });
    writeFileSync(archive, smallArchive().tarGz);
    const run = await runScript('archive-verify', [archive, '--manifest', tmp]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toContain(`archive:verify: --manifest ${tmp}: a folder; expected the manifest.json kept beside the archive`);
    const ok = await runScript('archive-verify', [archive]);
    expect(ok.status, printed(ok)).toBe(0);
  });
});

describe('archive:verify <WACZ whose WARC has a 600 MB header line>', { timeout: 180_000 }, () => {
  it('is refused naming the WARC, exit 1, in under 256 MiB of memory', async () => {
    const file = path.join(tmp, 'long-line.wacz');
    writeFileSync(file, await longHeaderWacz(600 * MiB));
    const reporter = path.join(tmp, 'report-max-rss.mjs');
    writeFileSync(reporter, "process.on('exit', () => process.stderr.write(`max-rss-kib ${process.resourceUsage().maxRSS}\\n`));\n");
    const run = spawnScript('archive-verify', [file], {}, ['--import', reporter]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(/^invalid +archive\/long-line\.warc\.gz: not a readable WARC at its start: the headers of a record run past 1 MiB/m);
    const kib = Number(/max-rss-kib (\d+)/.exec(run.stderr)?.[1]);
    expect(kib, printed(run)).toBeGreaterThan(0);
    expect(kib * 1024, `peak RSS ${Math.round(kib / 1024)} MiB`).toBeLessThan(256 * MiB);
  });
});
