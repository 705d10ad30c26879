/**
 * verifyWacz(file): what archive:verify says about a WACZ, on the small edition's WACZ and forged
 * copies of it. Forgeries that keep datapackage.json's hashes right (rehash) show the checks that
 * hashes alone cannot make: a page without a record, an index line at the wrong offset.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyWacz } from '../../src/archive/verify-wacz.ts';
import { longHeaderWarc, readZip, rezip, smallWacz } from './wacz-helpers.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'verify-wacz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const WARC = 'archive/fenjin-qingdan-2022.warc.gz';
const made = (await smallWacz()).bytes;
const original = () => new Map([...readZip(made)].map(([name, e]) => [name, e.data]));

let n = 0;
/** Writes bytes to a new file and verifies it. */
async function verify(bytes: Uint8Array) {
  const file = path.join(tmp, `${++n}.wacz`);
  writeFileSync(file, bytes);
  return verifyWacz(file, 'x.wacz');
}

const zip = rezip;

/** `made` with one byte flipped inside the stored bytes of entry `name`. */
function flipInside(name: string, at: (data: Uint8Array) => number): Uint8Array {
  const data = original().get(name)!;
  const start = Buffer.from(made).indexOf(Buffer.from(data));
  const copy = Buffer.from(made);
  copy[start + at(data)] ^= 0x01;
  return copy;
}

const lines = (b: Uint8Array) => Buffer.from(b).toString('utf8').split('\n').slice(0, -1);
const joinLines = (ls: string[]) => Buffer.from(ls.map((l) => l + '\n').join(''));
const summary = (v: Awaited<ReturnType<typeof verify>>) => v.problems.map((p) => `${p.kind} ${p.path}: ${p.detail}`);

describe('verifyWacz(file)', () => {
  it('passes the WACZ as made: every resource as listed, every page with a record', async () => {
    const v = await verify(made);
    expect(v.problems).toEqual([]);
    expect(v.checked).toBe(3);
    expect(v.pages).toBe(3);
    expect(v.records).toBe(8);
    expect(v.datapackage.fenjin_qingdan?.edition.seed_sha256).toBe('a'.repeat(64));
  });

  it('names the resource where one byte changed: the WARC (once, not every record after it), the index, the page list', async () => {
    for (const [name, at] of [
      [WARC, (d: Uint8Array) => Math.floor(d.length / 2)],
      ['indexes/index.cdxj', (d: Uint8Array) => d.length - 5],
      ['pages/pages.jsonl', () => 3],
    ] as const) {
      const v = await verify(flipInside(name, at));
      expect(summary(v), name).toEqual([expect.stringMatching(new RegExp(`^changed ${name.replace(/[.]/g, '\\.')}: expected \\d+ bytes, SHA-256 [0-9a-f]{64}; found`))]);
    }
  });

  it('names datapackage.json when it no longer matches datapackage-digest.json', async () => {
    const v = await verify(flipInside('datapackage.json', (d) => Buffer.from(d).indexOf('襄阳')));
    expect(summary(v)).toEqual([expect.stringMatching(/^changed datapackage\.json: expected SHA-256 [0-9a-f]{64} \(from datapackage-digest\.json\); found/)]);
  });

  it('names a missing datapackage-digest.json: without it datapackage.json vouches for itself', async () => {
    const files = original();
    files.delete('datapackage-digest.json');
    const v = await verify(zip(files));
    expect(summary(v)).toEqual(['missing datapackage-digest.json: expected the SHA-256 of datapackage.json (WACZ 1.1.1); without it datapackage.json is not checked']);
  });

  it('refuses a WARC record whose headers run on past 1 MiB, having read no more than that', async () => {
    const files = original();
    // One gzip member: a record whose header line never ends (64 MiB of "a"), 64 KB packed.
    files.set('archive/long-line.warc.gz', await longHeaderWarc(64 * 1024 * 1024));
    const v = await verify(zip(files, { rehash: true }));
    expect(summary(v)).toEqual([
      'invalid archive/long-line.warc.gz: not a readable WARC at its start: the headers of a record run past 1 MiB; refused, as no record of an edition has headers of that size',
    ]);
  });

  it('names a page of pages.jsonl that has no response record, by line and URL, even when every hash matches', async () => {
    const files = original();
    const pages = lines(files.get('pages/pages.jsonl')!);
    pages.push(JSON.stringify({ id: 'x', url: 'https://example.gov.cn/fenjin/2022/nowhere/', ts: '2022-08-21T00:00:00Z', title: '无' }));
    files.set('pages/pages.jsonl', joinLines(pages));
    const v = await verify(zip(files, { rehash: true }));
    expect(summary(v)).toEqual(['missing pages/pages.jsonl: line 5: page https://example.gov.cn/fenjin/2022/nowhere/ has no response record in archive/']);
  });

  it('names a pages.jsonl without its header line', async () => {
    const files = original();
    files.set('pages/pages.jsonl', joinLines(lines(files.get('pages/pages.jsonl')!).slice(1)));
    const v = await verify(zip(files, { rehash: true }));
    expect(summary(v)[0]).toMatch(/^invalid pages\/pages\.jsonl: line 1: expected a header line/);
  });

  it('names an index line that points at the wrong offset, and the record it left without a line', async () => {
    const files = original();
    const index = lines(files.get('indexes/index.cdxj')!);
    const [key, ts, json] = index[0]!.split(' ');
    const entry = JSON.parse(json!);
    index[0] = `${key} ${ts} ${JSON.stringify({ ...entry, offset: String(Number(entry.offset) + 1) })}`;
    files.set('indexes/index.cdxj', joinLines(index));
    const v = await verify(zip(files, { rehash: true }));
    expect(summary(v)).toEqual([
      `invalid indexes/index.cdxj: line 1: ${entry.url} is said to be at offset ${Number(entry.offset) + 1} of fenjin-qingdan-2022.warc.gz, where no record starts`,
      expect.stringMatching(new RegExp(`^missing indexes/index\\.cdxj: no line for the response record of ${entry.url.replace(/[.]/g, '\\.')} \\(${WARC}, offset ${entry.offset}\\)`)),
    ]);
  });

  it('names missing and extra files, and never reads an entry that is a link or could point outside the archive', async () => {
    const files = original();
    files.delete('pages/pages.jsonl');
    files.set('notes.txt', Buffer.from('hi'));
    files.set('../../etc/passwd', Buffer.from('root:x:0:0'));
    files.set('archive/link', Buffer.from('/etc/passwd'));
    const v = await verify(zip(files, { options: { 'archive/link': { os: 3, attrs: (0o120777 << 16) >>> 0 } } }));
    expect(summary(v)).toEqual([
      'extra ../../etc/passwd: a name that could point outside the archive (invalid relative path: ../../etc/passwd); not read',
      'extra archive/link: symbolic link; not read',
      'extra notes.txt: present but not listed in datapackage.json',
      expect.stringMatching(/^missing pages\/pages\.jsonl: listed in datapackage\.json \(\d+ bytes\) but not in the WACZ as a regular file$/),
    ]);
  });

  it('refuses a WARC whose records claim to unpack to far more than it could hold', async () => {
    const files = original();
    const bomb = 'WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://x/\r\nContent-Length: 1000000000000\r\n\r\nxxxx';
    files.set('archive/bomb.warc', Buffer.from(bomb));
    const v = await verify(zip(files, { rehash: true }));
    expect(summary(v)).toEqual([expect.stringMatching(/^invalid archive\/bomb\.warc: its records unpack to more than \d+ bytes \(64 times its \d+ bytes plus 256 MiB\); refused/)]);
  });

  it('refuses, before reading, a ZIP whose entries claim to unpack to far more than the file', async () => {
    const files = original();
    files.set('notes.txt', Buffer.from('hi'.repeat(1000)));
    const bytes = Buffer.from(zip(files, { options: { 'notes.txt': { level: 9 } } }));
    // notes.txt's uncompressed size in the central directory (offset 24 of its 46-byte header), made 2 GiB.
    const central = bytes.lastIndexOf(Buffer.from('notes.txt')) - 46;
    bytes.writeUInt32LE(2 ** 31, central + 24);
    await expect(verify(bytes)).rejects.toThrow(/^x\.wacz: its entries unpack to 21474\d{5} bytes; expected at most \d+ bytes \(its own size plus 256 MiB\)/);
    // A STORED entry cannot claim a size other than its own: yauzl refuses it as it lists it.
    const stored = Buffer.from(made);
    stored.writeUInt32LE(2 ** 31, stored.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    await expect(verify(stored)).rejects.toThrow(/^x\.wacz is not a readable ZIP \(expected a \.wacz\): compressed\/uncompressed size mismatch/);
  });

  it('rejects what is not a WACZ by name, saying what it expected', async () => {
    await expect(verify(Buffer.from('not a zip at all'))).rejects.toThrow(/^x\.wacz is not a readable ZIP \(expected a \.wacz\)/);
    const files = original();
    files.delete('datapackage.json');
    await expect(verify(zip(files))).rejects.toThrow(/^x\.wacz: expected datapackage\.json at the root of the WACZ; found none$/);
    files.set('datapackage.json', Buffer.from('{"profile":"data-package","resources":[{"path":"../x","hash":"md5:1","bytes":1}]}'));
    await expect(verify(zip(files))).rejects.toThrow(/^x\.wacz: datapackage\.json is not a WACZ datapackage\.json:\n {2}wacz_version: /);
  });
});

describe('verifyWacz(any bytes)', () => {
  /** The verdict on `bytes`: the problems found, or the error's message. */
  async function verdict(bytes: Uint8Array): Promise<string[] | string> {
    try {
      return summary(await verify(bytes));
    } catch (err) {
      expect(err, 'an Error, not something else thrown').toBeInstanceOf(Error);
      return (err as Error).message;
    }
  }

  const damaged = fc
    .array(fc.tuple(fc.nat({ max: made.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
    .map((edits) => {
      const copy = Buffer.from(made);
      for (const [i, b] of edits) copy[i] = b;
      return copy;
    });
  const anyBytes = fc.oneof(
    damaged,
    fc.nat({ max: made.length }).map((cut) => Buffer.from(made).subarray(0, cut)), // cut short
    fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(a)])), // a ZIP's start, then noise
  );

  it('returns a verdict for any bytes: problems named by entry, or an error naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const v = await verdict(bytes);
        if (typeof v === 'string') expect(v, v).toMatch(/^x\.wacz(:| is not a readable ZIP)/);
        else for (const line of v) expect(line).toMatch(/^(changed|missing|extra|invalid) \S/);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
