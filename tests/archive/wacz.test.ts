/**
 * The WACZ of an edition, made in memory from a small build and read back with other tools' code
 * (fflate's unzip, warcio's WARCParser: wacz-helpers.ts), checked against WACZ 1.1.1: the layout,
 * datapackage.json's hashes, pages.jsonl, the CDXJ index's offsets, and each file as a response
 * record at its public URL. The real build is covered by cli.test.ts, ReplayWeb.page by
 * tests/browser/wacz.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../src/archive/content-type.ts';
import { documentTitle } from '../../src/archive/pages.ts';
import { DEFAULT_SITE_URL, publicUrl, siteBase } from '../../src/archive/public-url.ts';
import { recordId } from '../../src/archive/warc.ts';
import { makeWacz, zipTime } from '../../src/archive/wacz.ts';
import { input, readWarc, readZip, SITE, smallWacz } from './wacz-helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const BASE = 'https://example.gov.cn/fenjin/';

/** The edition's files as select.ts chooses them (the archive's tar.gz holds the same, plus its landing page). */
const EDITION_FILES = ['2022/charts/a/a.png', '2022/charts/a/index.html', '2022/data/枣阳.csv', '2022/index.html', '2022/zaoyang/index.html', 'assets/site.css', 'favicon.svg', 'fonts/x.woff2'];

describe('makeWacz(edition): the WACZ 1.1.1 layout', async () => {
  const wacz = await smallWacz();
  const zip = readZip(wacz.bytes);
  const datapackage = JSON.parse(text(zip.get('datapackage.json')!.data));

  it('is named <generator>-<year>.wacz and holds the WARC, index, pages and datapackage, every entry STORED', () => {
    expect(wacz.filename).toBe('fenjin-qingdan-2022.wacz');
    expect([...zip.keys()]).toEqual([
      'archive/fenjin-qingdan-2022.warc.gz',
      'datapackage-digest.json',
      'datapackage.json',
      'indexes/index.cdxj',
      'pages/pages.jsonl',
    ]);
    for (const [name, entry] of zip) expect(entry.compression, `${name} is STORED (WACZ: no compression over the WARC, for range requests)`).toBe(0);
  });

  it('datapackage.json lists every other file with its size and SHA-256; datapackage-digest.json hashes it', () => {
    expect(datapackage.profile).toBe('data-package');
    expect(datapackage.wacz_version).toBe('1.1.1');
    const listed = datapackage.resources.map((r: { path: string }) => r.path);
    expect(listed).toEqual([...zip.keys()].filter((p) => !p.startsWith('datapackage')));
    for (const r of datapackage.resources) {
      const data = zip.get(r.path)!.data;
      expect(r, r.path).toEqual({ name: r.path.split('/').pop(), path: r.path, hash: `sha256:${sha256(data)}`, bytes: data.length });
    }
    const digest = JSON.parse(text(zip.get('datapackage-digest.json')!.data));
    expect(digest).toEqual({ path: 'datapackage.json', hash: `sha256:${sha256(zip.get('datapackage.json')!.data)}` });
  });

  it("datapackage.json says what the collection is and carries the manifest's provenance: seed hash, generator version and commit", () => {
    expect(datapackage.title).toBe('襄阳2022年各地各单位奋进清单（网页存档）');
    expect(datapackage.created).toBe('2022-08-21T00:00:00Z');
    expect(datapackage.mainPageUrl).toBe(`${BASE}2022/`);
    expect(datapackage.software).toBe(`fenjin-qingdan 0.1.0 (commit ${'b'.repeat(40)}); warcio.js 2.4.11; fflate 0.8.3`);
    expect(datapackage.fenjin_qingdan).toEqual({
      format: 'fenjin-qingdan-wacz/1',
      name: 'fenjin-qingdan-2022',
      edition: { year: 2022, title: '各地各单位奋进清单', city: '襄阳', seed: 'seeds/2022/x.txt', seed_sha256: 'a'.repeat(64) },
      generator: { name: 'fenjin-qingdan', version: '0.1.0', commit: 'b'.repeat(40) },
      build_date: '2022-08-21T00:00:00Z',
      site_url: BASE,
    });
  });

  it('the WARC holds a warcinfo record, then each file of the edition as one response record at its public URL, as a static host serves it', async () => {
    const records = await readWarc(zip.get('archive/fenjin-qingdan-2022.warc.gz')!.data);
    expect(records[0]!.type).toBe('warcinfo');
    const responses = records.slice(1);
    expect(responses.every((r) => r.type === 'response')).toBe(true);
    expect(responses.map((r) => r.url)).toEqual(EDITION_FILES.map((p) => publicUrl(p, BASE)));
    expect(responses.map((r) => r.url)).toContain(`${BASE}2022/data/%E6%9E%A3%E9%98%B3.csv`);
    expect(responses.map((r) => r.url)).toContain(`${BASE}2022/zaoyang/`); // a folder's index.html at the folder's URL
    for (const [i, r] of responses.entries()) {
      const path = EDITION_FILES[i]!;
      expect(Buffer.from(r.payload).equals(Buffer.from(SITE[path]!)), `${path}: payload is the built file`).toBe(true);
      expect(r.status).toBe(200);
      expect(r.httpHeaders.get('content-type'), path).toBe(contentTypeFor(path));
      expect(r.httpHeaders.get('content-length'), path).toBe(String(Buffer.byteLength(SITE[path]!)));
      expect(r.warcHeaders.get('warc-date')).toBe('2022-08-21T00:00:00Z');
      expect(r.warcHeaders.get('warc-payload-digest')).toBe(`sha256:${sha256(Buffer.from(SITE[path]!))}`);
    }
    const ids = records.map((r) => r.warcHeaders.get('warc-record-id'));
    expect(new Set(ids).size, 'record ids are unique').toBe(records.length);
    for (const id of ids) expect(id).toMatch(/^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/);
    // Not archived: the site's root page (it lists every edition) and the other edition.
    expect(responses.map((r) => r.url)).not.toContain(BASE);
    expect(responses.map((r) => r.url)).not.toContain(`${BASE}2023/`);
  });

  it('pages/pages.jsonl has its header line, then every page of the edition with its title, the edition first, each with a response record', async () => {
    const lines = text(zip.get('pages/pages.jsonl')!.data).split('\n');
    expect(lines.at(-1), 'ends with a newline').toBe('');
    const [header, ...pages] = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(header).toEqual({ format: 'json-pages-1.0', id: 'pages', title: '襄阳2022年各地各单位奋进清单' });
    expect(pages.map((p) => [p.url, p.title])).toEqual([
      [`${BASE}2022/`, '枣阳市最高：450亿元以上｜2022年襄阳奋进清单'],
      [`${BASE}2022/charts/a/`, '图表 A'],
      [`${BASE}2022/zaoyang/`, '枣阳市 & 2022年'],
    ]);
    for (const p of pages) expect(p.ts).toBe('2022-08-21T00:00:00Z');
    const urls = new Set((await readWarc(zip.get('archive/fenjin-qingdan-2022.warc.gz')!.data)).filter((r) => r.type === 'response').map((r) => r.url));
    for (const p of pages) expect(urls.has(p.url), p.url).toBe(true);
  });

  it('indexes/index.cdxj is sorted, has one line per response, and each points at exactly the record of its URL', async () => {
    const warc = zip.get('archive/fenjin-qingdan-2022.warc.gz')!.data;
    const lines = text(zip.get('indexes/index.cdxj')!.data).split('\n').slice(0, -1);
    expect(lines).toEqual([...lines].sort());
    expect(lines).toHaveLength(EDITION_FILES.length);
    for (const line of lines) {
      const [, surt, timestamp, json] = /^(\S+) (\d{14}) (\{.*\})$/.exec(line)!;
      const entry = JSON.parse(json!);
      expect(timestamp).toBe('20220821000000');
      expect(entry.filename).toBe('fenjin-qingdan-2022.warc.gz');
      expect(surt).toMatch(/^cn,gov,example\)\/fenjin\//);
      // The bytes at offset..offset+length are one whole record (one gzip member) of that URL.
      const slice = warc.subarray(Number(entry.offset), Number(entry.offset) + Number(entry.length));
      const records = await readWarc(slice);
      expect(records.map((r) => [r.type, r.url]), line).toEqual([['response', entry.url]]);
      expect(records[0]!.httpHeaders.get('content-type')).toContain(entry.mime);
    }
  });
});

describe('makeWacz(edition) is reproducible', () => {
  it('gives the same bytes for the same input, whatever order the build lists its files in', async () => {
    const a = await smallWacz();
    const reversed = Object.fromEntries(Object.entries(SITE).reverse());
    const b = await makeWacz(input(reversed));
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it('gives the same bytes in any time zone: ZIP times are the build date in UTC', async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const a = await smallWacz();
      process.env.TZ = 'America/Los_Angeles';
      const b = await smallWacz();
      expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
      const dosTime = Buffer.from(a.bytes).readUInt32LE(10); // the first local header's time and date
      expect([(dosTime >>> 25) + 1980, (dosTime >>> 21) & 15, (dosTime >>> 16) & 31, (dosTime >>> 11) & 31]).toEqual([2022, 8, 21, 0]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('changes when the build date changes, and falls back to the epoch (ZIP: 1980), never the clock, without one', async () => {
    const a = await smallWacz();
    const later = await smallWacz({ buildDate: '2023-01-01T00:00:00Z' });
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
    const none = await smallWacz({ buildDate: null });
    expect(Buffer.from((await smallWacz({ buildDate: null })).bytes).equals(Buffer.from(none.bytes))).toBe(true);
    expect(none.pages[0]!.ts).toBe('1970-01-01T00:00:00Z');
    expect(zipTime('1970-01-01T00:00:00Z').getFullYear()).toBe(1980);
  });
});

describe('the parts', () => {
  it('recordId(name) is an RFC 4122 version-5 UUID in the URL namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://archive.invalid/2022/')
    expect(recordId('https://archive.invalid/2022/')).toBe('<urn:uuid:86a171d7-445e-5f55-821d-7f8acc3a6814>');
  });

  it('publicUrl(path, base) gives a folder for its index.html, and percent-encodes each segment', () => {
    expect(publicUrl('2022/index.html', BASE)).toBe(`${BASE}2022/`);
    expect(publicUrl('index.html', BASE)).toBe(BASE);
    expect(publicUrl('2022/charts/a/a.png', BASE)).toBe(`${BASE}2022/charts/a/a.png`);
    expect(publicUrl('2022/data/枣阳.csv', BASE)).toBe(`${BASE}2022/data/%E6%9E%A3%E9%98%B3.csv`);
    expect(publicUrl('2022/a#b?.txt', BASE)).toBe(`${BASE}2022/a%23b%3F.txt`);
  });

  it('siteBase(value) takes an http(s) address and ends it in "/"; anything else is refused by name', () => {
    expect(siteBase('https://example.gov.cn/fenjin')).toBe('https://example.gov.cn/fenjin/');
    expect(siteBase('http://example.gov.cn')).toBe('http://example.gov.cn/');
    expect(DEFAULT_SITE_URL).toBe('https://archive.invalid/');
    expect(() => siteBase('example.gov.cn', '--url')).toThrow(/^--url=example\.gov\.cn: not an absolute URL; expected an http\(s\) address/);
    expect(() => siteBase('ftp://example.gov.cn/')).toThrow(/^SITE_URL=ftp:\/\/example\.gov\.cn\/: ftp: address/);
    expect(() => siteBase('https://example.gov.cn/?x=1')).toThrow(/has a query, fragment or credentials/);
  });

  it("documentTitle(html) reads the head's <title>, not an inline SVG's, with entities decoded", () => {
    expect(documentTitle('<html><head><title>枣阳市 &amp; 樊城区&#x3000;</title></head><body><svg><title>图</title></svg></body></html>')).toBe('枣阳市 & 樊城区');
    expect(documentTitle('<html><head></head><body><svg><title>图</title></svg></body></html>')).toBeNull();
    expect(documentTitle('<title>\n  两行\n  标题 </title>')).toBe('两行 标题');
  });

  it('contentTypeFor(path) names the types a static host sends, and octet-stream for the unknown', () => {
    expect(contentTypeFor('2022/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('2022/charts/a/a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('2022/data/targets.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('2022/data/README')).toBe('application/octet-stream');
    expect(contentTypeFor('.htaccess')).toBe('application/octet-stream');
  });
});
