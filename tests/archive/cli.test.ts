/**
 * The archive and archive:verify commands against the real build in dist/ (run `npm run build`
 * first; these tests fail rather than skip without it). Archives go to temp folders, never to
 * archives/.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/archive/manifest.ts';
import { contentTypeFor } from '../../src/archive/content-type.ts';
import { readTree } from '../../src/archive/read-dir.ts';
import { readTarGz, writeTarGz } from '../../src/archive/tar.ts';
import { contentTypeFor as servedContentType } from '../helpers/serve.ts';
import { builtYear, DIST, printed, REPO, runScript, tarHeaders, writeTree, type Run } from './helpers.ts';
import { readWarc, readZip } from './wacz-helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('npm run archive / archive:verify on the real dist/', { timeout: 60_000 }, () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'archive-cli-'));
  let year = '';
  let name = '';
  let tarA = '';
  let runA: Run;
  let runB: Run;

  beforeAll(async () => {
    year = builtYear();
    name = `fenjin-qingdan-${year}`;
    runA = await runScript('archive', [year, '--dist', DIST, '--out', path.join(tmp, 'a')]);
    runB = await runScript('archive', [year, '--dist', DIST, '--out', path.join(tmp, 'b')]);
    tarA = path.join(tmp, 'a', `${name}.tar.gz`);
  }, 120_000); // two archive runs; generous for a loaded 2-core machine

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('archiving twice gives byte-identical tarballs, manifests and WACZs', () => {
    expect(runA.status, printed(runA)).toBe(0);
    expect(runB.status, printed(runB)).toBe(0);
    expect(runA.stdout).toContain(`${name}.tar.gz`);
    expect(runA.stdout).toContain(`${name}.wacz`);
    for (const file of [`${name}.tar.gz`, 'manifest.json', `${name}.wacz`]) {
      const a = readFileSync(path.join(tmp, 'a', file));
      const b = readFileSync(path.join(tmp, 'b', file));
      expect(sha256(b), `${file} differs between two runs`).toBe(sha256(a));
    }
  });

  it('holds the edition, the root assets it references, a landing page and the manifest', async () => {
    const { files, oddities } = await readTarGz(readFileSync(tarA));
    expect(oddities).toEqual([]);
    expect([...files.keys()].every((p) => p.startsWith(`${name}/`)), 'all under one top folder').toBe(true);

    const inside = files.get(`${name}/manifest.json`)!;
    expect(sha256(inside), 'the manifest beside the tarball is the one inside').toBe(sha256(readFileSync(path.join(tmp, 'a', 'manifest.json'))));
    const manifest = parseManifest(inside.toString('utf8'));
    const paths = manifest.files.map((f) => f.path);
    expect(paths, 'sorted by path').toEqual([...paths].sort((x, y) => (x < y ? -1 : 1)));
    expect(paths).toContain(`${year}/index.html`);
    expect(paths).toContain('index.html');
    // The edition's pages use ../favicon.svg and friends: those root files must come along.
    expect(paths).toContain('favicon.svg');
    for (const f of manifest.files) {
      // The landing page and the search/ stub are the archive's own, not built files.
      if (f.path === 'index.html' || f.path === 'search/index.html') continue;
      expect(f.sha256, `${f.path} is the built file`).toBe(sha256(readFileSync(path.join(DIST, f.path))));
    }

    const landing = files.get(`${name}/index.html`)!.toString('utf8');
    expect(landing).toMatch(/<html lang="zh-CN">/);
    expect(landing).toMatch(/<title>[^<]+<\/title>/);
    expect(landing).toContain(`href="${year}/"`);

    const edition = readFileSync(path.join(REPO, 'content', year, 'edition.md'), 'utf8');
    const seed = /^seed: (.+)$/m.exec(edition)![1]!;
    expect(manifest.edition.seed).toBe(seed);
    expect(manifest.edition.seed_sha256).toBe(sha256(readFileSync(path.join(REPO, seed))));
    expect(manifest.generator.name).toBe('fenjin-qingdan');
    expect(manifest.generator.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('uses SOURCE_DATE_EPOCH as the build date and every entry mtime', async () => {
    const out = path.join(tmp, 'epoch');
    const run = await runScript('archive', [year, '--dist', DIST, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(run.status, printed(run)).toBe(0);
    const manifest = parseManifest(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.build_date).toBe('2023-11-14T22:13:20Z');
    const headers = await tarHeaders(readFileSync(path.join(out, `${name}.tar.gz`)));
    expect(new Set(headers.map((h) => h.mtime))).toEqual(new Set([1_700_000_000_000]));

    const bad = await runScript('archive', [year, '--dist', DIST, '--out', out], { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH=yesterday');
  });

  it('verify passes on a fresh archive with one OK line', async () => {
    const run = await runScript('archive-verify', [tarA]);
    expect(run.status, printed(run)).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^OK .*all \d+ files match/);
  });

  /** Unpacks the fresh archive into a new folder and returns the path of its top folder. */
  async function unpack(label: string): Promise<string> {
    const dir = path.join(tmp, label);
    writeTree(dir, (await readTarGz(readFileSync(tarA))).files);
    return path.join(dir, name);
  }

  it('verify passes on the unpacked folder', async () => {
    const top = await unpack('clean');
    for (const target of [top, path.dirname(top)]) {
      const run = await runScript('archive-verify', [target]);
      expect(run.status, printed(run)).toBe(0);
    }
  });

  it('verify names a file with one changed byte, a removed file and an added file', async () => {
    const top = await unpack('tampered');
    const changed = `${year}/index.html`;
    const bytes = readFileSync(path.join(top, changed));
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(path.join(top, changed), bytes);
    unlinkSync(path.join(top, 'favicon.svg'));
    writeFileSync(path.join(top, year, 'extra.txt'), 'not part of the build\n');

    const run = await runScript('archive-verify', [top]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^changed +${changed}: expected`, 'm'));
    expect(run.stderr).toMatch(/^missing +favicon\.svg:/m);
    expect(run.stderr).toMatch(new RegExp(`^extra +${year}/extra\\.txt:`, 'm'));
    expect(run.stderr).toContain('1 changed, 1 missing, 1 extra');
  });

  it('verify names the file in a repacked tar.gz where one byte changed', async () => {
    const { files } = await readTarGz(readFileSync(tarA));
    const target = `${name}/${year}/index.html`;
    const altered = Buffer.from(files.get(target)!);
    altered[altered.length - 2] = altered[altered.length - 2]! ^ 0x20;
    files.set(target, altered);
    const repacked = path.join(tmp, 'repacked.tar.gz');
    writeFileSync(repacked, writeTarGz(files, new Date(0)));

    const run = await runScript('archive-verify', [repacked]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^changed +${target}:`, 'm'));
    expect(run.stderr).toContain('1 changed, 0 missing, 0 extra');
  });

  it('verify --manifest catches an archive whose own manifest was rewritten', async () => {
    const { files } = await readTarGz(readFileSync(tarA));
    const m = parseManifest(files.get(`${name}/manifest.json`)!.toString('utf8'));
    m.generator.version = '9.9.9';
    files.set(`${name}/manifest.json`, Buffer.from(JSON.stringify(m, null, 2) + '\n'));
    const forged = path.join(tmp, 'forged.tar.gz');
    writeFileSync(forged, writeTarGz(files, new Date(0)));

    expect((await runScript('archive-verify', [forged])).status, 'self-consistent on its own').toBe(0);
    const run = await runScript('archive-verify', [forged, '--manifest', path.join(tmp, 'a', 'manifest.json')]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(/^changed +fenjin-qingdan-\d{4}\/manifest\.json: differs from/m);
  });

  it('verify rejects a corrupt tarball, and a path that does not exist, by name', async () => {
    const corrupt = path.join(tmp, 'corrupt.tar.gz');
    const bytes = readFileSync(tarA);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(corrupt, bytes);
    const run = await runScript('archive-verify', [corrupt]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toContain(`${corrupt} is not a readable tar.gz`);

    const none = await runScript('archive-verify', [path.join(tmp, 'nope.tar.gz')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('nope.tar.gz: no such file or folder');
  });

  it('the WACZ holds the same files as the tar.gz (less its landing page), each at its public URL with the type the test server sends', async () => {
    const manifest = parseManifest(readFileSync(path.join(tmp, 'a', 'manifest.json'), 'utf8'));
    const zip = readZip(readFileSync(path.join(tmp, 'a', `${name}.wacz`)));
    const records = (await readWarc(zip.get(`archive/${name}.warc.gz`)!.data)).filter((r) => r.type === 'response');
    const byUrl = new Map(records.map((r) => [r.url, r]));
    const files = manifest.files.filter((f) => f.path !== 'index.html' && f.path !== 'search/index.html');
    expect(records).toHaveLength(files.length);
    for (const f of files) {
      const url = `https://archive.invalid/${f.path.replace(/(^|\/)index\.html$/, '$1')}`;
      const r = byUrl.get(encodeURI(url));
      expect(r, `${f.path} at ${url}`).toBeDefined();
      expect(createHash('sha256').update(r!.payload).digest('hex'), f.path).toBe(f.sha256);
      expect(r!.httpHeaders.get('content-type'), f.path).toBe(servedContentType(f.path));
    }
    const pages = zip.get('pages/pages.jsonl')!.data;
    expect(Buffer.from(pages).toString('utf8').split('\n')[1], 'the edition page comes first').toContain(`"url":"https://archive.invalid/${year}/"`);
  });

  it("every file of the build gets the test server's content type", () => {
    for (const p of readTree(DIST).files.keys()) expect(contentTypeFor(p), p).toBe(servedContentType(p));
  });

  it('the WACZ is under --url, else SITE_URL; a malformed address is refused by name', async () => {
    const out = path.join(tmp, 'url');
    for (const [args, env, base] of [
      [['--url', 'https://example.gov.cn/fenjin'], {}, 'https://example.gov.cn/fenjin/'],
      [[], { SITE_URL: 'https://news.example.cn/' }, 'https://news.example.cn/'],
    ] as const) {
      const run = await runScript('archive', [year, '--dist', DIST, '--out', out, ...args], env);
      expect(run.status, printed(run)).toBe(0);
      expect(run.stdout).toContain(`pages under ${base}`);
      const dp = JSON.parse(Buffer.from(readZip(readFileSync(path.join(out, `${name}.wacz`))).get('datapackage.json')!.data).toString('utf8'));
      expect(dp.mainPageUrl).toBe(`${base}${year}/`);
    }
    const bad = await runScript('archive', [year, '--dist', DIST, '--out', out, '--url', 'example.gov.cn']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('archive: --url=example.gov.cn: not an absolute URL; expected an http(s) address');
  });

  it('verify passes on the fresh WACZ with one OK line', async () => {
    const run = await runScript('archive-verify', [path.join(tmp, 'a', `${name}.wacz`)]);
    expect(run.status, printed(run)).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^OK .*all 3 resources match datapackage\.json; all \d+ pages have a response record \(fenjin-qingdan-\d{4}, seed SHA-256 [0-9a-f]{12}…, commit [0-9a-f]{12}/);
  });

  it('verify names the resource of a WACZ in which one byte changed, inside a record', async () => {
    const wacz = readFileSync(path.join(tmp, 'a', `${name}.wacz`));
    const warc = readZip(wacz).get(`archive/${name}.warc.gz`)!.data;
    const altered = Buffer.from(wacz);
    altered[wacz.indexOf(Buffer.from(warc)) + Math.floor(warc.length / 3)] ^= 0x01;
    const file = path.join(tmp, 'altered.wacz');
    writeFileSync(file, altered);
    const run = await runScript('archive-verify', [file]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^changed +archive/${name}\\.warc\\.gz: expected \\d+ bytes, SHA-256 [0-9a-f]{64}; found`, 'm'));
    expect(run.stderr).toContain('1 changed, 0 missing, 0 extra');
  });

  it('archive fails clearly when the edition was not built, or the year is malformed', async () => {
    const missing = await runScript('archive', ['1999', '--out', path.join(tmp, 'x')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('dist/1999/ not found: run npm run build first');

    const malformed = await runScript('archive', ['22']);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain('"22": expected a four-digit edition year');
  });

  it("the manifest names the seed of the build it archives (its data/edition.json), not whatever content/ holds", async () => {
    // A build made from other content: its provenance says another seed than content/ does.
    const other = path.join(tmp, 'other-dist');
    cpSync(DIST, other, { recursive: true });
    const provenance = path.join(other, year, 'data', 'edition.json');
    const built = JSON.parse(readFileSync(provenance, 'utf8'));
    expect(built.seed_sha256, 'the build records its seed').toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(provenance, JSON.stringify({ ...built, seed: `seeds/${year}/another.txt`, seed_sha256: 'e'.repeat(64) }, null, 2));
    const run = await runScript('archive', [year, '--dist', other, '--out', path.join(tmp, 'other')]);
    expect(run.status, printed(run)).toBe(0);
    const manifest = parseManifest(readFileSync(path.join(tmp, 'other', 'manifest.json'), 'utf8'));
    expect(manifest.edition).toMatchObject({ seed: `seeds/${year}/another.txt`, seed_sha256: 'e'.repeat(64) });

    rmSync(provenance);
    const without = await runScript('archive', [year, '--dist', other, '--out', path.join(tmp, 'other')]);
    expect(without.status).toBe(1);
    expect(without.stderr).toContain(`archive: ${provenance} not found: build the site with this version (npm run build)`);
  });

  it('refuses to replace an output folder holding a file it did not write, naming the file', async () => {
    const out = path.join(tmp, 'kept');
    expect((await runScript('archive', [year, '--dist', DIST, '--out', out])).status).toBe(0);
    writeFileSync(path.join(out, 'notes.txt'), '存档说明');
    const run = await runScript('archive', [year, '--dist', DIST, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`archive: ${path.join(out, 'notes.txt')}: not written by archive; ${out}/ is replaced whole on each run`);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('存档说明');
  });
});
