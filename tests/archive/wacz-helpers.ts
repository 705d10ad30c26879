/**
 * Reading a WACZ back the way other tools do, for the tests: the ZIP with fflate's unzip (not
 * yauzl, which archive:verify uses, nor our writer), the WARC with warcio's parser. Nothing here
 * comes from src/archive, so a test that passes through these does not just agree with itself.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { unzipSync, zipSync, type ZipOptions } from 'fflate';
import { WARCParser } from 'warcio';
import { makeWacz, type WaczInput } from '../../src/archive/wacz.ts';

export interface ZipEntry {
  data: Uint8Array;
  /** 0 STORED, 8 DEFLATE. */
  compression: number;
}

/** Every entry of a ZIP in central-directory order: name → bytes and compression method. */
export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const methods = new Map<string, number>();
  const files = unzipSync(bytes, {
    filter: (f) => {
      methods.set(f.name, f.compression);
      return true;
    },
  });
  return new Map([...methods].map(([name, compression]) => [name, { data: files[name]!, compression }]));
}

export interface ReadRecord {
  type: string;
  url: string;
  warcHeaders: Map<string, string>;
  status: number | null;
  httpHeaders: Map<string, string>;
  payload: Uint8Array;
  offset: number;
  length: number;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/** Every record of a WARC (gzipped or not), with its payload and where it sits in the file. */
export async function readWarc(bytes: Uint8Array): Promise<ReadRecord[]> {
  const parser = new WARCParser(once(bytes));
  const out: ReadRecord[] = [];
  for await (const record of parser) {
    const payload = await record.readFully(false);
    const headerMap = (h: { headers: { entries(): Iterable<[string, string]> } } | null | undefined) =>
      new Map<string, string>(h ? [...h.headers.entries()].map(([k, v]): [string, string] => [k.toLowerCase(), v]) : []);
    out.push({
      type: record.warcType ?? '',
      url: record.warcTargetURI ?? '',
      warcHeaders: headerMap(record.warcHeaders),
      status: record.httpHeaders ? Number(record.httpHeaders.statusCode) : null,
      httpHeaders: headerMap(record.httpHeaders),
      payload,
      offset: parser.offset,
      length: parser.recordLength,
    });
  }
  return out;
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="../favicon.svg"><link rel="stylesheet" href="../assets/site.css"></head><body>${body}</body></html>`;

/** A small build with two editions, root assets, an SVG chart with <title>s and a non-ASCII file name. */
export const SITE: Record<string, string> = {
  'index.html': page('首页', '<a href="2022/">2022</a>'),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/site.css': 'body{margin:0} @font-face{src:url("../fonts/x.woff2")}',
  'fonts/x.woff2': 'font',
  '2022/index.html': page(
    '枣阳市最高：450亿元以上｜2022年襄阳奋进清单',
    '<a href="../">首页</a> <a href="zaoyang/">枣阳</a> <a href="charts/a/">图表</a> <a href="../2023/">2023</a> <a href="data/%E6%9E%A3%E9%98%B3.csv">数据</a>' +
      '<figure><svg><title>图表里的标题</title></svg></figure>',
  ),
  '2022/zaoyang/index.html': page('枣阳市 &amp; 2022年', '<a href="../">2022</a>'),
  '2022/charts/a/index.html': page('图表 A', '<img src="a.png" alt="">'),
  '2022/charts/a/a.png': 'png',
  '2022/data/枣阳.csv': 'a,b\n1,2\n',
  '2023/index.html': page('2023', ''),
};

export const input = (site: Record<string, string> = SITE, over: Partial<WaczInput> = {}): WaczInput => ({
  site: { paths: Object.keys(site), read: (p) => Buffer.from(site[p]!) },
  edition: { year: 2022, title: '各地各单位奋进清单', city: '襄阳', seed: 'seeds/2022/x.txt', seed_sha256: 'a'.repeat(64) },
  generator: { name: 'fenjin-qingdan', version: '0.1.0', commit: 'b'.repeat(40) },
  buildDate: '2022-08-21T00:00:00Z',
  siteUrl: 'https://example.gov.cn/fenjin/',
  libraries: { 'warcio.js': '2.4.11', fflate: '0.8.3' },
  ...over,
});

/** The small edition's WACZ. */
export const smallWacz = (over: Partial<WaczInput> = {}) => makeWacz(input(SITE, over));

const STORED: ZipOptions = { level: 0, mtime: new Date(2022, 7, 21) };
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * A ZIP of `files`, STORED; with `rehash`, datapackage.json (and its digest) first made to match
 * them, as a forger would, so only checks beyond the hashes can catch what changed.
 */
export function rezip(files: Map<string, Uint8Array>, { rehash = false, options = {} as Record<string, ZipOptions> } = {}): Uint8Array {
  if (rehash) {
    const dp = JSON.parse(Buffer.from(files.get('datapackage.json')!).toString('utf8'));
    dp.resources = [...files.keys()]
      .filter((p) => !p.startsWith('datapackage'))
      .map((p) => ({ name: p.split('/').pop(), path: p, hash: `sha256:${sha256(files.get(p)!)}`, bytes: files.get(p)!.length }));
    const dpBytes = Buffer.from(JSON.stringify(dp, null, 2) + '\n');
    files.set('datapackage.json', dpBytes);
    files.set('datapackage-digest.json', Buffer.from(JSON.stringify({ path: 'datapackage.json', hash: `sha256:${sha256(dpBytes)}` })));
  }
  return zipSync(Object.fromEntries([...files].map(([p, d]) => [p, [d, { ...STORED, ...options[p] }]])));
}

/**
 * A gzipped WARC of one record whose header line never ends: `lineBytes` bytes of "a" (600 MB
 * pack into some 600 KB), made 1 MiB at a time so it is never held whole.
 */
export async function longHeaderWarc(lineBytes: number): Promise<Buffer> {
  async function* record() {
    yield Buffer.from('WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: ');
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    for (let left = lineBytes; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
  }
  return Buffer.concat(await Array.fromAsync(Readable.from(record()).pipe(createGzip({ level: 9 }))));
}

/** The small edition's WACZ with that WARC added and listed, its hashes right: only its size is wrong. */
export async function longHeaderWacz(lineBytes: number): Promise<Uint8Array> {
  const files = new Map([...readZip((await smallWacz()).bytes)].map(([name, e]) => [name, e.data]));
  files.set('archive/long-line.warc.gz', await longHeaderWarc(lineBytes));
  return rezip(files, { rehash: true });
}
