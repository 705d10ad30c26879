/**
 * Choosing an edition's files, the manifest and verification, on a small fixture site held in
 * memory (the real build is covered by cli.test.ts).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { describe, expect, it } from 'vitest';
import { makeArchive, type ArchiveInput } from '../../src/archive/make.ts';
import { parseManifest } from '../../src/archive/manifest.ts';
import { resolveRef, urlsIn } from '../../src/archive/refs.ts';
import { selectEdition } from '../../src/archive/select.ts';
import { readTarGz } from '../../src/archive/tar.ts';
import { verifyTarGz, verifyTree } from '../../src/archive/verify.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><link rel="icon" href="../favicon.svg"></head><body>${body}</body></html>`;

/** A site with two editions, root assets, and a font reached only through a stylesheet. */
const SITE: Record<string, string> = {
  'index.html': page('<a href="2022/">2022</a> <a href="2023/">2023</a>'),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'embed.js': '/* host script */',
  'assets/site.css': 'body{font-family:x} @font-face{src:url("../fonts/x.woff2?v=1")}',
  'fonts/x.woff2': 'font',
  'unused.txt': 'not referenced by 2022',
  '2022/index.html': page(
    '<a href="../">首页</a> <a href="zaoyang/#t1">枣阳</a> <a href="../2023/">下一年</a> <link rel="stylesheet" href="../assets/site.css">' +
      '<img srcset="charts/a.svg 1x, charts/a.png 2x" src="charts/a.png"> <a href="https://example.org/embed.js">外部</a> <a href="mailto:x@y">信</a>',
  ),
  '2022/zaoyang/index.html': page('<a href="../../">首页</a> <script src="../../embed.js"></script>'),
  '2022/charts/a.svg': '<svg/>',
  '2022/charts/a.png': 'png',
  '2023/index.html': page('2023'),
};

const input = (site: Record<string, string> = SITE, buildDate: string | null = '2022-08-21T00:00:00Z'): ArchiveInput => ({
  site: { paths: Object.keys(site), read: (p) => Buffer.from(site[p]!) },
  edition: { year: 2022, title: '各地各单位奋进清单', city: '襄阳', seed: 'seeds/2022/x.txt', seed_sha256: 'a'.repeat(64) },
  generator: { name: 'fenjin-qingdan', version: '0.1.0', commit: 'b'.repeat(40) },
  buildDate,
});

describe('references', () => {
  it('reads href, src, srcset and CSS url() / @import', () => {
    expect(urlsIn(`<a href="a/">x</a><img src='b.png' srcset="c.png 1x, d.png 2x"><i style="background:url(e.svg)"></i><style>@import "f.css";</style>`)).toEqual([
      'a/', 'b.png', 'c.png', 'd.png', 'e.svg', 'f.css',
    ]);
  });

  it('resolves like a browser, dropping query and fragment; external URLs give null', () => {
    expect(resolveRef('../../favicon.svg', '2022/zaoyang/index.html')).toBe('favicon.svg');
    expect(resolveRef('../', '2022/index.html')).toBe('');
    expect(resolveRef('x.woff2?v=1#a', 'assets/site.css')).toBe('assets/x.woff2');
    expect(resolveRef('%E6%9E%A3.txt', '2022/index.html')).toBe('2022/枣.txt');
    for (const url of ['https://example.org/', '//cdn.example/x.js', 'mailto:a@b', 'data:image/png;base64,AA', '#top']) {
      expect(resolveRef(url, '2022/index.html')).toBeNull();
    }
  });
});

describe('selectEdition', () => {
  const read = (p: string) => SITE[p]!;

  it('takes the edition and the root files it references, following stylesheets', () => {
    const { files, leftOut } = selectEdition('2022', Object.keys(SITE), read);
    expect(files).toEqual([
      '2022/charts/a.png', '2022/charts/a.svg', '2022/index.html', '2022/zaoyang/index.html',
      'assets/site.css', 'embed.js', 'favicon.svg', 'fonts/x.woff2',
    ]);
    expect(leftOut).toEqual(['2022/index.html → 2023/index.html']);
  });

  it('fails naming the page and the reference when a root asset is missing', () => {
    const paths = Object.keys(SITE).filter((p) => p !== 'embed.js');
    expect(() => selectEdition('2022', paths, read)).toThrow(/2022\/zaoyang\/index\.html → \.\.\/\.\.\/embed\.js \(embed\.js\)/);
  });

  it('fails when the year is not in the build', () => {
    expect(() => selectEdition('2021', Object.keys(SITE), read)).toThrow(/no 2021\/index\.html in the build/);
  });
});

describe('makeArchive', () => {
  it('puts everything under one top folder with a landing page and a sorted manifest', async () => {
    const archive = makeArchive(input());
    expect(archive.name).toBe('fenjin-qingdan-2022');
    const { files } = await readTarGz(archive.tarGz);
    const manifest = parseManifest(files.get('fenjin-qingdan-2022/manifest.json')!.toString());
    expect(manifest).toEqual(archive.manifest);
    expect(manifest.build_date).toBe('2022-08-21T00:00:00Z');
    expect(manifest.files.map((f) => f.path)).toEqual([
      '2022/charts/a.png', '2022/charts/a.svg', '2022/index.html', '2022/zaoyang/index.html',
      'assets/site.css', 'embed.js', 'favicon.svg', 'fonts/x.woff2', 'index.html', 'search/index.html',
    ]);
    const landing = files.get('fenjin-qingdan-2022/index.html')!.toString();
    expect(landing).toContain('<html lang="zh-CN">');
    expect(landing).toContain('<title>襄阳2022年各地各单位奋进清单（存档）｜奋进清单数据</title>');
    expect(landing).toContain('<a href="2022/">');
    expect(files.has('fenjin-qingdan-2022/unused.txt')).toBe(false);
    expect(files.has('fenjin-qingdan-2022/2023/index.html')).toBe(false);
  });

  it('is byte-identical for the same input, whatever order the build lists its files in', () => {
    const reversed = Object.fromEntries(Object.entries(SITE).reverse());
    expect(makeArchive(input(reversed)).tarGz.equals(makeArchive(input()).tarGz)).toBe(true);
  });

  it('falls back to the epoch, not the clock, without a build date', () => {
    const a = makeArchive(input(SITE, null));
    expect(a.manifest.build_date).toBeNull();
    expect(makeArchive(input(SITE, null)).tarGz.equals(a.tarGz)).toBe(true);
  });
});

describe('verifyTree', () => {
  it('accepts a fresh archive and names changed, missing and extra files', async () => {
    const { files } = await readTarGz(makeArchive(input()).tarGz);
    expect(verifyTree(files).problems).toEqual([]);

    const top = 'fenjin-qingdan-2022/';
    files.set(`${top}2022/charts/a.svg`, Buffer.from('<svG/>'));
    files.delete(`${top}embed.js`);
    files.set(`${top}notes.txt`, Buffer.from('hi'));
    const { problems } = verifyTree(files);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([
      ['changed', `${top}2022/charts/a.svg`],
      ['missing', `${top}embed.js`],
      ['extra', `${top}notes.txt`],
    ]);
  });

  it('refuses a tree without a manifest, or with a malformed one, saying what it expected', () => {
    expect(() => verifyTree(new Map([['a/x.txt', Buffer.from('x')]]), 'here')).toThrow(/here: expected manifest\.json at its root or inside a single top folder/);
    expect(() => verifyTree(new Map([['manifest.json', Buffer.from('{"format":"x"}')]]), 'here')).toThrow(/here: manifest\.json is not a fenjin-qingdan-archive\/1 manifest/);
  });
});

describe('parseManifest(text, label) is strict', () => {
  const manifest = () => JSON.parse(makeArchive(input()).manifestBytes.toString('utf8'));

  it('rejects a key the format does not define, naming it and the close one it is a slip for', () => {
    const m = manifest();
    m.generator.comit = m.generator.commit;
    delete m.generator.commit;
    expect(() => parseManifest(JSON.stringify(m), 'kept/manifest.json')).toThrow(/^kept\/manifest\.json is not a fenjin-qingdan-archive\/1 manifest:\n/);
    expect(() => parseManifest(JSON.stringify(m), 'kept/manifest.json')).toThrow(/^ {2}generator: unknown key `comit` \(did you mean `commit`\?\)/m);
    const extra = { ...manifest(), signature: 'x' };
    expect(() => parseManifest(JSON.stringify(extra), 'm.json')).toThrow(/\(top\): unknown key `signature`; expected one of `format`, `name`/);
    const file = manifest();
    file.files[0].mode = 420;
    expect(() => parseManifest(JSON.stringify(file), 'm.json')).toThrow(/files\.0: unknown key `mode`/);
  });

  it('rejects a listed path that could point outside the archive', () => {
    for (const bad of ['../etc/passwd', '/etc/passwd', '2022/../../x', 'a//b', './index.html']) {
      const m = manifest();
      m.files[0].path = bad;
      expect(() => parseManifest(JSON.stringify(m), 'm.json'), bad).toThrow(/files\.0\.path: expected a relative path inside the archive/);
    }
  });
});

describe('verifyTarGz(chunks)', () => {
  it('names a link entry in the tar as not a regular file, and does not follow it', async () => {
    const { tarGz, name } = makeArchive(input());
    const tar = gunzipSync(tarGz);
    const link = Buffer.alloc(512);
    new Header({ path: `${name}/2022/passwd`, type: 'SymbolicLink', linkpath: '/etc/passwd', size: 0, mode: 0o777, mtime: new Date(0) }).encode(link);
    const withLink = gzipSync(Buffer.concat([tar.subarray(0, tar.length - 1024), link, Buffer.alloc(1024)]));
    const { problems } = await verifyTarGz([withLink], 'x.tar.gz');
    expect(problems).toEqual([{ kind: 'extra', path: `${name}/2022/passwd`, detail: 'not a regular file (symbolic link); not read' }]);
  });
});
