/**
 * Shared by the archive tests: where the repo and the built site are, running the two CLIs
 * the way `npm run` does (Node 22 + tsx), and writing a file tree to disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'tar';
import type { FileTree } from '../../src/archive/file-tree.ts';
import { makeArchive } from '../../src/archive/make.ts';
import type { Main } from '../../scripts/cli.ts';
import { runMain } from '../helpers/commands.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The built site; DIST_DIR may point at another build (as for tests/helpers/dist.ts). */
export const DIST = path.resolve(REPO, process.env.DIST_DIR ?? 'dist');

/** The first edition year built into dist/; throws (never skips) when the site was not built. */
export function builtYear(dist = DIST): string {
  const years = existsSync(dist) ? readdirSync(dist).filter((d) => /^\d{4}$/.test(d) && existsSync(path.join(dist, d, 'index.html'))) : [];
  if (!years.length) throw new Error(`no edition (dist/<year>/index.html) in ${dist}: run npm run build first`);
  return years.sort()[0]!;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs scripts/<script>.ts as `npm run <script> -- …args` would, in this process: its main()
 * with `env` set meanwhile and its output captured (a Node and tsx start-up per call made these
 * tests slow). With `nodeArgs`, or where a test is about the process itself, use spawnScript.
 */
export async function runScript(script: 'archive' | 'archive-verify', args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const { main } = (await import(script === 'archive' ? '../../scripts/archive.ts' : '../../scripts/archive-verify.ts')) as { main: Main };
  return runMain(main, args, env);
}

/** Runs scripts/<script>.ts in a child process (Node 22 + tsx), as `npm run <script> -- …args` does. */
export function spawnScript(
  script: 'archive' | 'archive-verify',
  args: string[],
  env: Record<string, string | undefined> = {},
  nodeArgs: string[] = [],
): Run {
  const res = spawnSync(process.execPath, ['--import', 'tsx', ...nodeArgs, path.join('scripts', `${script}.ts`), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 150_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** For failure messages: everything a run printed. */
export const printed = (r: Run) => `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

export function writeTree(dir: string, files: FileTree): void {
  for (const [p, data] of files) {
    const file = path.join(dir, ...p.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

export interface TarHeader {
  path: string;
  type: string;
  mode: number | undefined;
  uid: number | undefined;
  gid: number | undefined;
  uname: string | undefined;
  gname: string | undefined;
  mtime: number | undefined;
}

/** Every entry's header fields, in archive order, read with node-tar's own parser. */
export function tarHeaders(data: Uint8Array): Promise<TarHeader[]> {
  const headers: TarHeader[] = [];
  return new Promise((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry: (e) => {
        headers.push({ path: e.path, type: e.type, mode: e.mode, uid: e.uid, gid: e.gid, uname: e.uname, gname: e.gname, mtime: e.mtime?.getTime() });
        e.resume();
      },
    });
    parser.on('error', reject);
    parser.on('end', () => resolve(headers));
    parser.end(Buffer.from(data));
  });
}

/** A small edition's archive made in memory (no build needed): top folder fenjin-qingdan-2022/. */
export function smallArchive() {
  const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><link rel="icon" href="../favicon.svg"></head><body>${body}</body></html>`;
  const site: Record<string, string> = {
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '2022/index.html': page('<a href="zaoyang/">枣阳</a>'),
    '2022/zaoyang/index.html': page('枣阳市'),
  };
  return makeArchive({
    site: { paths: Object.keys(site), read: (p) => Buffer.from(site[p]!) },
    edition: { year: 2022, title: '各地各单位奋进清单', city: '襄阳', seed: 'seeds/2022/x.txt', seed_sha256: 'a'.repeat(64) },
    generator: { name: 'fenjin-qingdan', version: '0.1.0', commit: 'b'.repeat(40) },
    buildDate: '2022-08-21T00:00:00Z',
  });
}
