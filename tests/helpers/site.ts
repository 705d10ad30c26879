import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { serveDir, type ServedDir } from "./serve";
import { launchBrowser } from "./browser";
import { DIST, requireDist } from "./dist";

/**
 * The built site served on loopback and a Chromium for one test file: set up before its tests,
 * closed after them. Read `site` and `browser` inside tests (they exist once beforeAll ran).
 */
export function useSiteInBrowser(): { readonly site: ServedDir; readonly browser: Browser } {
  const held = {} as { site: ServedDir; browser: Browser };
  beforeAll(async () => {
    requireDist();
    held.site = await serveDir(DIST);
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.site?.close();
  });
  return held;
}
