/** The deterministic tar.gz writer and the strict reader, on small in-memory trees. */
import { describe, expect, it } from 'vitest';
import { readTarGz, writeTarGz } from '../../src/archive/tar.ts';
import { tarHeaders } from './helpers.ts';

const tree = (entries: [string, string][]) => new Map(entries.map(([p, s]) => [p, Buffer.from(s)]));
const FILES: [string, string][] = [
  ['top/b/z.txt', 'zzz'],
  ['top/a.html', '<p>甲</p>'],
  ['top/b/a.bin', 'x'.repeat(1500)],
];
const MTIME = new Date('2022-08-21T00:00:00Z');

describe('writeTarGz', () => {
  it('gives the same bytes whatever order the files come in', () => {
    const a = writeTarGz(tree(FILES), MTIME);
    const b = writeTarGz(tree([...FILES].reverse()), MTIME);
    expect(b.equals(a)).toBe(true);
  });

  it('writes sorted entries with fixed mtime, uid/gid 0, no user names, 0644 files and 0755 folders', async () => {
    const headers = await tarHeaders(writeTarGz(tree(FILES), MTIME));
    expect(headers.map((h) => h.path)).toEqual(['top/', 'top/a.html', 'top/b/', 'top/b/a.bin', 'top/b/z.txt']);
    for (const h of headers) {
      expect(h).toMatchObject({ uid: 0, gid: 0, uname: '', gname: '', mtime: MTIME.getTime() });
      expect(h.mode).toBe(h.type === 'Directory' ? 0o755 : 0o644);
    }
  });

  it('writes a gzip header with mtime 0 and a fixed OS byte', () => {
    const gz = writeTarGz(tree(FILES), MTIME);
    expect([...gz.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
  });

  it('round-trips long and non-ASCII paths (via pax records)', async () => {
    const long = `top/${'深/'.repeat(80)}文件.txt`;
    const { files, oddities } = await readTarGz(writeTarGz(tree([[long, 'ok'], ...FILES]), MTIME));
    expect(oddities).toEqual([]);
    expect(files.get(long)?.toString()).toBe('ok');
    expect(files.get('top/b/a.bin')?.length).toBe(1500);
  });
});

describe('readTarGz', () => {
  it('rejects bytes that are not a tar.gz, naming the input', async () => {
    await expect(readTarGz(Buffer.from('not an archive '.repeat(60)), 'x.tar.gz')).rejects.toThrow(/x\.tar\.gz is not a readable tar\.gz/);
  });
});
