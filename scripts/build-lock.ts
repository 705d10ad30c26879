/**
 * An Astro integration that lets one build at a time write a site: `astro build` takes the lock
 * of its output folder and of its cache folder (scripts/lock.ts), so a second build into the
 * same folder is refused with a message naming the first, instead of both writing dist/ and one
 * failing on the other's half-written files. It also refuses to read content/ while an ingest is
 * replacing it, and first finishes a replacement that a killed ingest left half done.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type { AstroIntegration } from "astro";
import { assertUnlocked, lockDir } from "./lock.ts";
import { recoverDir } from "./replace-dir.ts";

export function buildLock(): AstroIntegration {
  return {
    name: "fenjin-build-lock",
    hooks: {
      "astro:config:setup": ({ config, command }) => {
        if (command !== "build") return;
        const outDir = fileURLToPath(config.outDir).replace(/\/$/, "");
        const cacheDir = fileURLToPath(config.cacheDir).replace(/\/$/, "");
        const what = `astro build into ${outDir}`;
        lockDir(outDir, what);
        lockDir(cacheDir, what);
        const content = resolve(process.env.CONTENT_DIR ?? "content");
        assertUnlocked(content);
        recoverDir(content);
      },
    },
  };
}
