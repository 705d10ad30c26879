// @ts-check
import { defineConfig } from "astro/config";
import { buildLock } from "./scripts/build-lock.ts";

if (!process.env.SITE_URL) {
  // Said at build time: the formats that need absolute addresses are left out, not guessed.
  console.warn("SITE_URL is not set: the sitemap, the feed, oEmbed files, canonical links and og:image are left out; embed codes take the chart page's own address.");
}

export default defineConfig({
  // Links between pages are written relative (src/data/paths.ts), so an archived edition
  // works from any folder of any static server; `site` only feeds absolute embed codes.
  // Absolute addresses (canonical, og:image, embed codes) only when SITE_URL is set: never a placeholder.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: "always",
  // Builds made by tests from other content keep their own content cache (data store).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: {
    format: "directory",
    // Styles inline in every page: no shared asset path that an archive could lose.
    inlineStylesheets: "always",
  },
  devToolbar: { enabled: false },
  // One build at a time into a folder: a second is refused by name (scripts/build-lock.ts).
  integrations: [buildLock()],
});
