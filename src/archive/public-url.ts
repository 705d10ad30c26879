/**
 * Where each file of the build is published: the URL a web archive records it under.
 *
 * The site's address is SITE_URL, the same variable the build reads for its absolute links. An
 * archive made without one still needs absolute URLs (WARC records are keyed by URL), so it uses
 * https://archive.invalid/: the .invalid top-level domain is reserved (RFC 2606) and can never
 * resolve, so nobody mistakes the archive's URLs for a live site's, and nothing in a replay can
 * reach out to one.
 */

export const DEFAULT_SITE_URL = 'https://archive.invalid/';

/**
 * The site's address as a base for its paths: http(s) only, no query or fragment, ending in "/".
 * Throws naming `label` (where the value came from) and saying what was expected.
 */
export function siteBase(value: string, label = 'SITE_URL'): string {
  const expected = 'expected an http(s) address such as https://example.gov.cn/ or https://example.gov.cn/fenjin/';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${label}=${value}: not an absolute URL; ${expected}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${label}=${value}: ${url.protocol} address; ${expected}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${label}=${value}: has a query, fragment or credentials; ${expected}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The public URL of the file at site path `path`: a folder's index.html is published as the folder
 * ("2022/zaoyang/index.html" → ".../2022/zaoyang/"), which is what every link of the site points at
 * (the build uses trailing slashes throughout); any other file at its own path.
 */
export function publicUrl(path: string, base: string): string {
  const published = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  // Each segment percent-encoded, so "#", "?" or "%" in a file name stay part of the path.
  return new URL(published.split('/').map(encodeURIComponent).join('/'), base).href;
}
