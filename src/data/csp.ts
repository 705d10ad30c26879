import { createHash } from "node:crypto";

/** The hash a Content-Security-Policy names an inline script by. */
export const scriptHash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

/**
 * A strict Content-Security-Policy: nothing loads unless named here. Styles are inline (every
 * page carries its own, so an archived edition works anywhere) and Plot writes style attributes,
 * hence 'unsafe-inline' for styles only; images are the site's own; a page's few inline scripts
 * are allowed by their hashes and nothing else runs. Escaping is right today; this makes a
 * future slip harmless.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = [], extra: { scriptSrc?: string[] } = {}): string {
  const scripts = [...inlineScripts.map(scriptHash), ...(extra.scriptSrc ?? [])];
  return [
    "default-src 'none'",
    // The search page loads its bundle's stylesheet; every other page only inline styles.
    extra.scriptSrc?.length ? "style-src 'self' 'unsafe-inline'" : "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    // The site's own files may be fetched (robots.txt by crawlers' tools, the search index).
    "connect-src 'self'",
    `script-src ${scripts.length ? scripts.join(" ") : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
