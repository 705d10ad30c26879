/**
 * Tiny static file server for tests (Node's http module only).
 *
 *   const srv = await serveDir('dist');                       // http://127.0.0.1:PORT/
 *   const srv = await serveDir('dist', { basePath: '/archive/2022/' });
 *   ...
 *   await srv.close();
 *
 * `url` always ends with "/" and already includes `basePath`, so
 * `new URL('2022/', srv.url)` resolves inside the served tree.
 * Directory paths serve their index.html; a directory requested without a
 * trailing slash gets a 301 to the slashed URL (like common static hosts),
 * so relative links resolve the same way as in production.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface ServeOptions {
  /** URL prefix under which `root` is served, e.g. "/archive/x/". Default "/". */
  basePath?: string;
  /** Gzip text files for clients that accept it, as a production host does (for measurements). */
  compress?: boolean;
}

export interface ServedDir {
  /** Base URL including basePath, always ending with "/". */
  url: string;
  close(): Promise<void>;
}

/** The types a static host sends: one table, the archive's (src/archive/content-type.ts). */
export { contentTypeFor } from '../../src/archive/content-type.ts';
import { contentTypeFor } from '../../src/archive/content-type.ts';

function normalizeBase(basePath = '/'): string {
  let b = basePath.trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b.replace(/\/{2,}/g, '/');
}

async function statOrNull(p: string) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

export async function serveDir(root: string, opts: ServeOptions = {}): Promise<ServedDir> {
  const rootAbs = path.resolve(root);
  const rootStat = await statOrNull(rootAbs);
  if (!rootStat?.isDirectory()) throw new Error(`serveDir: not a directory: ${rootAbs}`);
  const base = normalizeBase(opts.basePath);

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });

    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad Request');
    }
    if (pathname.includes('\0')) return send(res, 400, 'Bad Request');

    // "/archive/x" (no slash) -> redirect to the base itself.
    if (pathname + '/' === base) return send(res, 301, '', { location: base + url.search });
    if (!pathname.startsWith(base)) return send(res, 404, 'Not Found');

    const rel = pathname.slice(base.length);
    let file = path.resolve(rootAbs, '.' + path.posix.sep + rel);
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return send(res, 404, 'Not Found');

    let st = await statOrNull(file);
    if (st?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(res, 301, '', { location: url.pathname + '/' + url.search });
      }
      file = path.join(file, 'index.html');
      st = await statOrNull(file);
    } else if (!st && !path.extname(file)) {
      // "/about" -> "about.html" (Astro build.format "file")
      const html = await statOrNull(file + '.html');
      if (html?.isFile()) {
        file += '.html';
        st = html;
      }
    }
    if (!st?.isFile()) return send(res, 404, 'Not Found');

    const type = contentTypeFor(file);
    if (opts.compress && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg)/.test(type)) {
      const body = gzipSync(await readFile(file));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': String(body.length), 'cache-control': 'no-store', vary: 'accept-encoding' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(st.size),
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', (err) => res.destroy(err))
      .pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, String(err));
      else res.destroy();
    });
  });
  // Keep-alive sockets from the browser would otherwise hold close() open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
