/**
 * A WARC file of the build's files as a static host would serve them, and its CDXJ index, written
 * with warcio.js (Webrecorder's own WARC library, the one ReplayWeb.page reads with) rather than by
 * hand: one `response` record per file, each its own gzip member, so a replayer can seek to any one.
 *
 * Every byte depends only on the input: the WARC-Date is the build date, and each WARC-Record-ID is
 * a name-based UUID (version 5) of the record's URL, date and content hash instead of a random one.
 * Records are gzipped with pako (pure JavaScript, fixed header) rather than the platform's zlib,
 * whose gzip header names the operating system.
 */
import { createHash } from 'node:crypto';
import { CDXIndexer, WARCRecord, WARCSerializer, WARC_1_1 } from 'warcio';
import { byPath } from './file-tree.ts';

export interface WarcResponse {
  /** The URL the file is published at (public-url.ts). */
  url: string;
  /** Content-Type header, as the static host sends it. */
  contentType: string;
  body: Uint8Array;
}

export interface WarcInput {
  /** File name inside the WACZ's archive/ folder, named by the index: fenjin-qingdan-2022.warc.gz. */
  filename: string;
  /** WARC-Date of every record, ISO 8601 UTC to the second. */
  date: string;
  /** Fields of the leading warcinfo record (software, format, description …), in this order. */
  info: Record<string, string>;
  responses: readonly WarcResponse[];
}

export interface Warc {
  /** The .warc.gz: a warcinfo record, then one response record per file in the order given. */
  bytes: Uint8Array;
  /** CDXJ lines (one per response, sorted as CDXJ requires), each ending in "\n". */
  cdxj: string;
}

// RFC 4122's namespace for URLs: a version-5 UUID from it and a name is the same everywhere.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** RFC 4122 version-5 UUID of `name` in the URL namespace, as "<urn:uuid:…>". */
export function recordId(name: string): string {
  const h = createHash('sha1').update(URL_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.toString('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}>`;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: true, preferPako: true });
}

export async function writeWarc({ filename, date, info, responses }: WarcInput): Promise<Warc> {
  const parts: Uint8Array[] = [];
  const infoText = Object.entries(info).map(([k, v]) => `${k}: ${v}`).join('\n');
  parts.push(
    await serialize(
      WARCRecord.createWARCInfo(
        { filename, date, warcVersion: WARC_1_1, warcHeaders: { 'WARC-Record-ID': recordId(`warcinfo ${filename} ${date} ${sha256(Buffer.from(infoText))}`) } },
        info,
      ),
    ),
  );
  for (const { url, contentType, body } of responses) {
    const record = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: WARC_1_1,
        warcHeaders: { 'WARC-Record-ID': recordId(`response ${url} ${date} ${sha256(body)}`) },
        httpHeaders: { 'Content-Type': contentType, 'Content-Length': String(body.length) },
      },
      [body],
    );
    parts.push(await serialize(record));
  }
  const bytes = Buffer.concat(parts);

  // The index is read back out of the WARC just written, by warcio's own indexer, so its offsets
  // and lengths are the reader's view of the file rather than this function's arithmetic.
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  const reader = (async function* () {
    yield bytes;
  })();
  for await (const entry of indexer.iterIndex([{ filename, reader }])) lines.push(indexer.serializeCDXJ(entry));
  // CDXJ is sorted by its text (SURT key, then timestamp), so readers can binary-search it.
  return { bytes, cdxj: lines.sort(byPath).join('') };
}
