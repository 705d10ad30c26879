/**
 * pages/pages.jsonl of a WACZ: the entry points a replayer lists, one JSON object a line after a
 * header line (WACZ 1.1.1, "json-pages-1.0"). Here: every HTML page of the edition, its public URL
 * and its title as the page's own <title> says it, the edition's page first.
 */
import { createHash } from 'node:crypto';

export const PAGES_PATH = 'pages/pages.jsonl';
export const PAGES_FORMAT = 'json-pages-1.0';

export interface PageEntry {
  id: string;
  url: string;
  /** RFC 3339 date of the capture: the build date. */
  ts: string;
  title: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The document's title: the <title> in <head>, entities decoded and white space collapsed; null if
 * there is none. Only the head counts: the body's inline SVG charts carry <title>s of their own.
 */
export function documentTitle(html: string): string | null {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = /<head[\s>][\s\S]*?<\/head\s*>/i.exec(html)?.[0] ?? (bodyAt < 0 ? html : html.slice(0, bodyAt));
  const title = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];
  if (title === undefined) return null;
  const text = decodeEntities(title).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Whether the site path is a page a reader opens (rather than an asset it loads). */
export const isPage = (path: string) => /\.html?$/i.test(path);

/** A short stable id for a page: the first 16 hex digits of its URL's SHA-256. */
export const pageId = (url: string) => createHash('sha256').update(url, 'utf8').digest('hex').slice(0, 16);

/**
 * The text of pages.jsonl: the header line, then one line per page, in the order given.
 * `title` names the list (the edition's title).
 */
export function pagesJsonl(title: string, pages: readonly PageEntry[]): string {
  const header = { format: PAGES_FORMAT, id: 'pages', title };
  return [header, ...pages].map((line) => JSON.stringify(line) + '\n').join('');
}
