/**
 * For any bytes, verifyTarGz gives a verdict: a Verification (with problems or none), or an Error
 * that names the archive and says what was expected. Never another kind of crash, never a hang.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyTarGz, type Verification } from '../../src/archive/verify.ts';
import { smallArchive } from './helpers.ts';

const LABEL = 'input.tar.gz';
const archive = smallArchive();
const tarGz = archive.tarGz;
const tar = gunzipSync(tarGz);

/** Bytes with some positions overwritten: an archive damaged here and there. */
const damaged = (bytes: Buffer) =>
  fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const copy = Buffer.from(bytes);
    for (const [i, b] of edits) copy[i] = b;
    return copy;
  });

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)),
  fc.uint8Array({ maxLength: 4096 }).map((a) => gzipSync(a)), // gzip of noise
  damaged(tarGz),
  damaged(tar).map((t) => gzipSync(t)), // well compressed, damaged tar inside
  damaged(tar), // plain tar, damaged
  fc.nat({ max: tarGz.length }).map((n) => tarGz.subarray(0, n)), // cut short
);

/** The verdict on `bytes`, fed in chunks of `size`: the verification, or the error's message. */
async function verdict(bytes: Buffer, size: number): Promise<Verification | string> {
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  try {
    return await verifyTarGz(chunks, LABEL, { before: { bytes: 1024 * 1024, basis: 'a test limit' } });
  } catch (err) {
    expect(err, 'an Error, not something else thrown').toBeInstanceOf(Error);
    return (err as Error).message;
  }
}

describe('verifyTarGz(any bytes)', () => {
  it('accepts the archive as made, and finds no problem', async () => {
    const v = await verdict(tarGz, 1000);
    expect(typeof v === 'string' ? v : v.problems).toEqual([]);
  });

  it('returns a verdict for any bytes: problems, or an error naming the input', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.integer({ min: 1, max: 70_000 }), async (bytes, size) => {
        const v = await verdict(bytes, size);
        if (typeof v === 'string') {
          expect(v.startsWith(`${LABEL}`), v).toBe(true);
          expect(v, 'says what it expected or what is wrong').toMatch(/expected|not a readable tar\.gz|not JSON|not a fenjin-qingdan-archive|more than once/);
        } else {
          expect(v.checked).toBe(v.manifest.files.length);
          for (const p of v.problems) expect(['changed', 'missing', 'extra']).toContain(p.kind);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
