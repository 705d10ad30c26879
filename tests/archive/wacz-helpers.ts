/**
 * Reading a WACZ back the way other tools do, for the tests: the ZIP with fflate's unzip (not
 * yauzl, which archive:verify uses, nor our writer), the WARC with warcio's parser. Nothing here
 * comes from src/archive, so a test that passes through these does not just agree with itself.
 */
import { unzipSync } from 'fflate';
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
