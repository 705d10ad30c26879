import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEmbedJs, EMBED_JS_MAX_BYTES, EMBED_JS_PATH } from '../../scripts/build-embed-js';

describe('public/embed.js', () => {
  const committed = readFileSync(EMBED_JS_PATH, 'utf8');

  it(`stays under ${EMBED_JS_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(committed)).toBeLessThan(EMBED_JS_MAX_BYTES);
  });

  it('matches a fresh build (run `npx tsx scripts/build-embed-js.ts` if not)', async () => {
    expect(committed).toBe(await buildEmbedJs());
  });
});
