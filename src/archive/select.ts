/**
 * Which files of a build make up one edition's archive: everything under `<year>/`, plus every
 * file outside it that those files reference (favicon, scripts, fonts …), followed through
 * stylesheets and SVGs too. The site root's index.html is left out because the archive brings its
 * own landing page; other HTML pages outside the edition (another year, say) are left out and
 * reported, since they belong to other editions.
 */
import { byPath } from './file-tree.ts';
import { hasRefs, resolveRef, urlsIn } from './refs.ts';

export interface Selection {
  /** Site paths to archive, sorted. */
  files: string[];
  /** Pages outside the edition that its files link to, as "from → to"; not archived. */
  leftOut: string[];
}

/**
 * @param sitePaths every file of the build (paths relative to dist/, POSIX)
 * @param readText  the text of one of those files
 */
export function selectEdition(year: string, sitePaths: Iterable<string>, readText: (path: string) => string): Selection {
  const exists = new Set(sitePaths);
  const prefix = `${year}/`;
  const chosen = new Set([...exists].filter((p) => p.startsWith(prefix)));
  if (!chosen.has(`${prefix}index.html`)) throw new Error(`no ${prefix}index.html in the build: is ${year} an edition, and was the site built?`);

  const leftOut = new Set<string>();
  const missing: string[] = [];
  const queue = [...chosen].sort(byPath);
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    if (!hasRefs(from)) continue;
    for (const url of urlsIn(readText(from))) {
      let to = resolveRef(url, from);
      if (to === null) continue;
      if (to === '' || to.endsWith('/')) to += 'index.html';
      if (chosen.has(to) || to === 'index.html') continue;
      if (!exists.has(to)) {
        // Inside the edition a dead link is the site's own bug (the dist tests catch it); outside
        // it, a missing asset would leave the archive broken, so stop here.
        if (!to.startsWith(prefix)) missing.push(`${from} → ${url} (${to})`);
        continue;
      }
      if (/\.html?$/i.test(to)) {
        leftOut.add(`${from} → ${to}`);
        continue;
      }
      chosen.add(to);
      queue.push(to);
    }
  }
  if (missing.length) throw new Error(`files of the ${year} edition reference files that are not in the build:\n  ${missing.join('\n  ')}`);
  return { files: [...chosen].sort(byPath), leftOut: [...leftOut].sort(byPath) };
}
