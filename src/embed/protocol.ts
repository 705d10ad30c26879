/**
 * postMessage protocol between an embedded chart (iframe, /<year>/embed/<chart>/)
 * and the host page running /embed.js.
 *
 * Child -> parent, posted on load and whenever the embed's height changes:
 *   - AMP shape, so AMP pages and other AMP-aware hosts resize us too:
 *       { sentinel: 'amp', type: 'embed-size', height }
 *   - our own versioned shape (`fenjin:embed-size`, version 1):
 *       { type: 'fenjin:embed-size', version: 1, height, id? }
 *     `id` is the chart's id, informational only: hosts match the sending
 *     iframe by event.source, never by id.
 *
 * Parent -> child, sent once by embed.js when it starts, because an iframe
 * that loaded before embed.js had no listener to hear its first report:
 *   { type: 'fenjin:embed-size-request', version: 1 }
 */

export const EMBED_SIZE_TYPE = 'fenjin:embed-size';
export const EMBED_SIZE_REQUEST_TYPE = 'fenjin:embed-size-request';
export const EMBED_PROTOCOL_VERSION = 1;

/** Heights at or above this are treated as bogus (runaway layout or hostile sender). */
export const MAX_EMBED_HEIGHT = 20000;

export interface EmbedSizeMessage {
  type: typeof EMBED_SIZE_TYPE;
  version: typeof EMBED_PROTOCOL_VERSION;
  height: number;
  id?: string;
}

export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export interface EmbedSizeRequestMessage {
  type: typeof EMBED_SIZE_REQUEST_TYPE;
  version: typeof EMBED_PROTOCOL_VERSION;
}

/**
 * Height in CSS px (rounded up) if `data` is a well-formed size message of
 * either shape, else null. Only the payload is checked here; the caller must
 * still verify event.source and event.origin.
 */
export function parseEmbedMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  const ours = m.type === EMBED_SIZE_TYPE && m.version === EMBED_PROTOCOL_VERSION;
  const amp = m.sentinel === 'amp' && m.type === 'embed-size';
  const h = m.height;
  return (ours || amp) && typeof h === 'number' && Number.isFinite(h) && h > 0 && h < MAX_EMBED_HEIGHT
    ? Math.ceil(h)
    : null;
}
