import { existsSync, globSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

export const DIST = process.env.DIST_DIR ?? "dist";

/** Fails with the fix when the site has not been built (npm test builds it first). */
export function requireDist(dir = DIST): void {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html is missing: run npm run build first`);
}

/** Every HTML page of a build, as its URL path (/2022/zaoyang/). */
export function pagePaths(dir = DIST): string[] {
  return globSync("**/index.html", { cwd: dir })
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();
}

const parsed = new Map<string, Document>();

/** A built page as a DOM, parsed once per test file (link checks open the same page many times). */
export function loadPage(path: string, dir = DIST): Document {
  const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
  if (!parsed.has(file)) parsed.set(file, new JSDOM(readFileSync(file, "utf8"), { url: `http://site.test${path}` }).window.document);
  return parsed.get(file)!;
}

/** The file a same-site URL resolves to in the build, or null when none does. */
export function fileFor(url: URL, dir = DIST): string | null {
  const path = decodeURIComponent(url.pathname);
  const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
  return existsSync(file) ? file : null;
}
