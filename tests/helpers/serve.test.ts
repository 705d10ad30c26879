import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type ServedDir } from './serve';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  mkdirSync(path.join(root, '2022', 'zaoyang'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, '2022', 'index.html'), '<h1>二〇二二</h1>');
  writeFileSync(path.join(root, '2022', 'zaoyang', 'index.html'), '<h1>枣阳</h1>');
  const files: Record<string, string> = {
    'a.css': 'body{}', 'a.js': '1', 'a.json': '{}', 'a.csv': 'a,b', 'a.svg': '<svg/>',
    'a.png': 'png', 'favicon.ico': 'ico', 'robots.txt': 'ok',
  };
  for (const [f, c] of Object.entries(files)) writeFileSync(path.join(root, f), c);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function withServer(basePath: string | undefined, fn: (s: ServedDir) => Promise<void>) {
  const s = await serveDir(root, basePath ? { basePath } : {});
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

function rawStatus(base: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('serveDir', () => {
  it('serves index.html for directories and correct content types', () =>
    withServer(undefined, async (s) => {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await fetch(new URL('2022/', s.url));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await r.text()).toContain('二〇二二');
      expect(await (await fetch(new URL('2022/zaoyang/', s.url))).text()).toContain('枣阳');
      expect(await (await fetch(s.url)).text()).toContain('home');

      const types: Record<string, RegExp> = {
        'a.css': /^text\/css/, 'a.js': /^text\/javascript/, 'a.json': /^application\/json/,
        'a.csv': /^text\/csv/, 'a.svg': /^image\/svg\+xml/, 'a.png': /^image\/png/,
        'favicon.ico': /^image\/x-icon/, 'robots.txt': /^text\/plain/,
      };
      for (const [f, re] of Object.entries(types)) {
        const res = await fetch(new URL(f, s.url));
        expect(res.status, f).toBe(200);
        expect(res.headers.get('content-type'), f).toMatch(re);
      }
    }));

  it('redirects a directory without trailing slash, 404s otherwise', () =>
    withServer(undefined, async (s) => {
      const r = await fetch(new URL('2022', s.url), { redirect: 'manual' });
      expect(r.status).toBe(301);
      expect(r.headers.get('location')).toBe('/2022/');
      expect((await fetch(new URL('nope.html', s.url))).status).toBe(404);
      expect((await fetch(new URL('2023/', s.url))).status).toBe(404);
      // fetch() would normalise "..", so send a raw path with encoded slashes.
      expect(await rawStatus(s.url, '/..%2f..%2f..%2fetc%2fpasswd')).toBe(404);
    }));

  it('serves under a basePath', () =>
    withServer('/archive/x', async (s) => {
      expect(new URL(s.url).pathname).toBe('/archive/x/');
      expect(await (await fetch(new URL('2022/zaoyang/', s.url))).text()).toContain('枣阳');
      expect((await fetch(new URL('/2022/', s.url))).status).toBe(404);
      const r = await fetch(new URL('/archive/x', s.url), { redirect: 'manual' });
      expect(r.status).toBe(301);
      expect(r.headers.get('location')).toBe('/archive/x/');
    }));

  it('rejects a missing root', async () => {
    await expect(serveDir(path.join(root, 'missing'))).rejects.toThrow(/not a directory/);
  });
});
