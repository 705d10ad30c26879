/**
 * Which files of the site a page (or stylesheet, or SVG) points at.
 *
 * The archive must carry every file the edition's pages load or link to, wherever it sits in
 * dist/. Reading the references out of the built files, rather than listing assets by hand,
 * keeps the archive complete when someone adds a font, a script or an image.
 */

// href="…", src='…', poster=…; and srcset, whose value is a list of "url width" pairs.
const ATTR = /\s(href|src|poster|srcset|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
// url(…) and @import "…" in <style>, style="" and .css files.
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeEntities = (s: string) => s.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!);

/** Every URL written in `text` (HTML, CSS or SVG), as written, in order of appearance. */
export function urlsIn(text: string): string[] {
  const urls: string[] = [];
  for (const m of text.matchAll(ATTR)) {
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    if (m[1]!.toLowerCase() === 'srcset') {
      for (const candidate of value.split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
    } else {
      urls.push(value.trim());
    }
  }
  for (const m of text.matchAll(CSS_URL)) urls.push(decodeEntities(m.slice(1).find((g) => g !== undefined) ?? '').trim());
  return urls.filter((u) => u !== '');
}

/** True for URLs that leave the site: "https:", "mailto:", "data:", "//host/…". */
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/**
 * The site path (no leading "/", "" for the root) that `url` written in the file at site path
 * `from` points to, with query and fragment dropped; null for external URLs and bare fragments.
 * A path ending in "/" is a folder (its index.html serves it).
 */
export function resolveRef(url: string, from: string): string | null {
  if (url.startsWith('#') || isExternal(url)) return null;
  // A fake origin turns the browser's own resolution rules (../, ./, /) into path arithmetic.
  const resolved = new URL(url, `http://site.invalid/${from}`);
  try {
    return decodeURIComponent(resolved.pathname).slice(1);
  } catch {
    return resolved.pathname.slice(1);
  }
}

/** Files whose text can point at other files. */
export const hasRefs = (path: string) => /\.(html?|css|svg)$/i.test(path);
