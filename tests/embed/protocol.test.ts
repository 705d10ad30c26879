import { describe, expect, it } from 'vitest';
import { MAX_EMBED_HEIGHT, parseEmbedMessage } from '../../src/embed/protocol';

describe('parseEmbedMessage', () => {
  it.each([
    [{ sentinel: 'amp', type: 'embed-size', height: 420 }, 420],
    [{ type: 'fenjin:embed-size', version: 1, height: 420 }, 420],
    [{ type: 'fenjin:embed-size', version: 1, height: 420, id: 'gdp' }, 420],
    [{ sentinel: 'amp', type: 'embed-size', height: 99.2 }, 100], // rounded up: never clip
    [{ type: 'fenjin:embed-size', version: 1, height: MAX_EMBED_HEIGHT - 1 }, MAX_EMBED_HEIGHT - 1],
  ])('accepts %j', (data, height) => {
    expect(parseEmbedMessage(data)).toBe(height);
  });

  it.each([
    null,
    undefined,
    420,
    '420',
    JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: 420 }),
    [],
    {},
    { sentinel: 'amp', type: 'embed-size' },
    { sentinel: 'ampx', type: 'embed-size', height: 420 },
    { sentinel: 'amp', type: 'embed-resize', height: 420 },
    { type: 'embed-size', height: 420 }, // AMP type without sentinel
    { type: 'fenjin:embed-size', height: 420 }, // no version
    { type: 'fenjin:embed-size', version: 2, height: 420 },
    { type: 'fenjin:embed-size', version: '1', height: 420 },
    { type: 'fenjin:embed-size-request', version: 1, height: 420 },
    { type: 'fenjin:embed-size', version: 1, height: Number.NaN },
    { type: 'fenjin:embed-size', version: 1, height: -5 },
    { type: 'fenjin:embed-size', version: 1, height: 0 },
    { type: 'fenjin:embed-size', version: 1, height: '420' },
    { type: 'fenjin:embed-size', version: 1, height: '420px' },
    { type: 'fenjin:embed-size', version: 1, height: null },
    { type: 'fenjin:embed-size', version: 1, height: Infinity },
    { type: 'fenjin:embed-size', version: 1, height: MAX_EMBED_HEIGHT },
    { sentinel: 'amp', type: 'embed-size', height: 1e9 },
    { sentinel: 'amp', type: 'embed-size', height: { valueOf: (): number => 420 } },
  ])('rejects %j', (data) => {
    expect(parseEmbedMessage(data)).toBeNull();
  });
});
