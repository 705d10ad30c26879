/**
 * Builds public/embed.js (the host-page resizer) from src/embed/host.ts.
 * The output is committed; tests/embed/embed-js.test.ts fails when it is
 * stale, so rerun `npx tsx scripts/build-embed-js.ts` after editing src/embed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_JS_PATH = fileURLToPath(new URL('../public/embed.js', import.meta.url));
export const EMBED_JS_MAX_BYTES = 1536;

/** Minified embed.js source; deterministic for a given esbuild version. */
export async function buildEmbedJs(): Promise<string> {
  const result = await build({
    // host.ts has no side effects (so tests can import it); the entry calls it.
    stdin: {
      contents: "import { installEmbedHost } from './src/embed/host';\ninstallEmbedHost(window);\n",
      resolveDir: root,
      sourcefile: 'embed-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    // Host pages are arbitrary news sites; keep syntax broadly supported.
    target: 'es2017',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const js = await buildEmbedJs();
  const bytes = Buffer.byteLength(js);
  if (bytes >= EMBED_JS_MAX_BYTES) {
    throw new Error(`embed.js is ${bytes} bytes, budget is < ${EMBED_JS_MAX_BYTES}`);
  }
  writeFileSync(EMBED_JS_PATH, js);
  console.log(`wrote public/embed.js (${bytes} bytes)`);
}
