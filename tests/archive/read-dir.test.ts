/**
 * archive:verify on an unpacked folder never leaves the folder: links are named, not followed;
 * FIFOs, sockets and devices are named, not opened.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTarGz } from '../../src/archive/tar.ts';
import { verifyDir, walkDir, type DirFs } from '../../src/archive/read-dir.ts';
import { formatProblem } from '../../src/archive/verify.ts';
import { printed, runScript, smallArchive, writeTree } from './helpers.ts';

const TOP = 'fenjin-qingdan-2022';
const tmp = mkdtempSync(path.join(tmpdir(), 'archive-dir-'));

/** The small archive unpacked into a new folder; returns the folder that holds the top folder. */
async function unpacked(label: string): Promise<string> {
  const dir = path.join(tmp, label);
  writeTree(dir, (await readTarGz(smallArchive().tarGz)).files);
  return dir;
}

/** A DirFs that records the path (or the path behind a descriptor) of every call. */
function recording(): { fs: DirFs; paths: string[] } {
  const paths: string[] = [];
  const fds = new Map<number, string>();
  const rec: DirFs = {
    readdirSync: ((p: string) => (paths.push(p), fs.readdirSync(p))) as DirFs['readdirSync'],
    lstatSync: ((p: string) => (paths.push(p), fs.lstatSync(p))) as DirFs['lstatSync'],
    openSync: ((p: string, flags: number) => {
      paths.push(p);
      const fd = fs.openSync(p, flags);
      fds.set(fd, p);
      return fd;
    }) as DirFs['openSync'],
    fstatSync: ((fd: number) => (paths.push(fds.get(fd)!), fs.fstatSync(fd))) as DirFs['fstatSync'],
    readSync: ((fd: number, ...rest: [Buffer, number, number, null]) => (paths.push(fds.get(fd)!), fs.readSync(fd, ...rest))) as DirFs['readSync'],
    closeSync: fs.closeSync,
  };
  return { fs: rec, paths };
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('archive:verify <unpacked folder> with a symbolic link to / inside', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await unpacked('root-link');
    symlinkSync('/', path.join(dir, TOP, '2022', 'root'));
  });

  it('names the link once as not a regular file, lists nothing behind it, and exits non-zero', async () => {
    const run = await runScript('archive-verify', [path.join(dir, TOP)]);
    expect(run.status, printed(run)).toBe(1);
    expect(run.stderr).toMatch(/^extra +2022\/root: not a regular file \(symbolic link\); not read$/m);
    expect(run.stderr.match(/2022\/root/g), 'named once').toHaveLength(1);
    expect(run.stderr).not.toMatch(/etc\/|proc\/|passwd/);
    expect(run.stderr).toContain('0 changed, 0 missing, 1 extra');
  });

  it('touches no path behind the link: every file-system call stays inside the folder', () => {
    const { fs: rec, paths } = recording();
    const result = verifyDir(dir, 'here', rec);
    expect(result.problems.map(formatProblem)).toEqual([`extra    ${TOP}/2022/root: not a regular file (symbolic link); not read`]);
    const link = path.join(dir, TOP, '2022', 'root');
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p === dir || p.startsWith(dir + path.sep), `${p} is outside ${dir}`).toBe(true);
      expect(p.startsWith(link + path.sep), `${p} is behind the link`).toBe(false);
    }
  });
});

describe('walkDir(dir) never follows a link, and names what is not a regular file', () => {
  let dir = '';
  let server: Server | undefined;
  let fifo = false;

  beforeAll(async () => {
    dir = await unpacked('odd');
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'secret.txt'), 'outside the archive\n');
    const t = path.join(dir, TOP);
    symlinkSync(outside, path.join(t, 'to-folder'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(t, 'to-file'));
    symlinkSync('..', path.join(t, '2022', 'loop'));
    symlinkSync('nowhere', path.join(t, 'dangling'));
    fifo = spawnSync('mkfifo', [path.join(t, 'pipe')]).status === 0;
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(path.join(t, 'sock'), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('lists regular files with their sizes and each link, FIFO and socket once, by its path inside', () => {
    const { files, oddities } = walkDir(path.join(dir, TOP));
    expect([...files.keys()].sort()).toEqual(['2022/index.html', '2022/zaoyang/index.html', 'favicon.svg', 'index.html', 'manifest.json', 'search/index.html']);
    expect(files.get('favicon.svg')?.size).toBe(41);
    expect(oddities).toEqual([
      { path: '2022/loop', what: 'symbolic link' },
      { path: 'dangling', what: 'symbolic link' },
      ...(fifo ? [{ path: 'pipe', what: 'FIFO' }] : []),
      { path: 'sock', what: 'socket' },
      { path: 'to-file', what: 'symbolic link' },
      { path: 'to-folder', what: 'symbolic link' },
    ]);
  });

  it('archive:verify names them and nothing behind them, and exits non-zero', async () => {
    const run = await runScript('archive-verify', [dir]);
    expect(run.status, printed(run)).toBe(1);
    for (const name of ['2022/loop', 'dangling', 'sock', 'to-file', 'to-folder', ...(fifo ? ['pipe'] : [])]) {
      expect(run.stderr).toMatch(new RegExp(`^extra +${TOP}/${name}: not a regular file \\((symbolic link|FIFO|socket)\\); not read$`, 'm'));
    }
    expect(run.stderr).not.toContain('secret');
    expect(run.stderr).not.toMatch(/loop\/2022/);
  });

  it('a listed file replaced by a link to a file outside is missing, and the link is named', async () => {
    const d = await unpacked('swapped');
    const favicon = path.join(d, TOP, 'favicon.svg');
    const copy = path.join(tmp, 'favicon-copy.svg');
    writeFileSync(copy, readFileSync(favicon));
    fs.rmSync(favicon);
    symlinkSync(copy, favicon);
    const problems = verifyDir(path.join(d, TOP)).problems.map((p) => [p.kind, p.path, p.detail]);
    expect(problems).toEqual([
      ['missing', 'favicon.svg', 'listed in manifest.json (41 bytes) but not present as a regular file'],
      ['extra', 'favicon.svg', 'not a regular file (symbolic link); not read'],
    ]);
  });
});
