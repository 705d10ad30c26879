// Writes one edition's archive from the built site:
//   npm run archive -- <year> [--dist dist] [--out archives/<year>] [--url <site address>]
// → <out>/fenjin-qingdan-<year>.tar.gz and <out>/manifest.json (the same manifest as inside),
//   and <out>/fenjin-qingdan-<year>.wacz: the same files as WARC records at their public URLs,
//   under --url, else SITE_URL, else https://archive.invalid/ (src/archive/public-url.ts says why).
// Run after `npm run build`, from the same checkout: the manifest records this checkout's commit.
// The build date comes from SOURCE_DATE_EPOCH, else the commit's date; never the clock. The
// edition's provenance (seed path and SHA-256) comes from <dist>/<year>/data/edition.json, a file
// of the build being archived. <out> is replaced whole (scripts/replace-dir.ts): killed at any
// point, archive leaves the old three files or the new three, never a mix.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeArchive } from '../src/archive/make.ts';
import { sha256, type Manifest } from '../src/archive/manifest.ts';
import { DEFAULT_SITE_URL, siteBase } from '../src/archive/public-url.ts';
import { readTree } from '../src/archive/read-dir.ts';
import { makeWacz } from '../src/archive/wacz.ts';
import { command, runIfScript, type Io } from './cli.ts';
import { replaceDir } from './replace-dir.ts';

const USAGE = 'usage: npm run archive -- <year> [--dist dist] [--out archives/<year>] [--url <site address>]';

/** The version of a library the WACZ is written with, as installed (named in the WACZ). */
function installedVersion(name: string): string {
  const file = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Where the site is published: --url, else SITE_URL, else the documented default. */
function siteUrl(flag: string | undefined): string {
  if (flag !== undefined) return siteBase(flag, '--url');
  const env = process.env.SITE_URL;
  return env ? siteBase(env, 'SITE_URL') : DEFAULT_SITE_URL;
}

/** Output of a git command in this checkout, or null outside git (e.g. a source tarball). */
function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** ISO 8601 UTC to the second. */
const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function buildDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970-01-01`);
    return isoSeconds(new Date(Number(epoch) * 1000));
  }
  const commitDate = git('log', '-1', '--format=%cI');
  return commitDate ? isoSeconds(new Date(commitDate)) : null;
}

/**
 * The edition's provenance, from data/edition.json of the build being archived: the seed its
 * pages were read from, whatever content/ or CONTENT_DIR holds now.
 */
function readEdition(site: Map<string, Uint8Array>, dist: string, year: string): Manifest['edition'] {
  const rel = `${year}/data/edition.json`;
  const file = path.join(dist, rel);
  const bytes = site.get(rel);
  if (!bytes) throw new Error(`${file} not found: build the site with this version (npm run build), which writes each edition's provenance there`);
  let meta: Record<string, unknown> | null;
  try {
    meta = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof meta?.seed !== 'string' || typeof meta.seed_sha256 !== 'string' || meta.year !== Number(year)) {
    throw new Error(`${file}: expected the edition ${year}'s "year", "seed" and "seed_sha256"`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { year: Number(year), title: str(meta.title), city: str(meta.city), seed: meta.seed, seed_sha256: meta.seed_sha256 };
}

/** Refuses an output folder holding anything archive did not write: the folder is replaced whole. */
function checkOut(out: string, names: readonly string[]): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new Error(`${out}: not a folder; expected the folder archive writes into (--out)`);
  const foreign = readdirSync(out).filter((f) => !names.includes(f));
  if (foreign.length) {
    throw new Error(`${path.join(out, foreign[0]!)}: not written by archive; ${out}/ is replaced whole on each run, so move ${foreign.length === 1 ? 'it' : `it and ${foreign.length - 1} more`} elsewhere (or choose another --out)`);
  }
}

export const main = command('archive', async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' }, url: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const year = positionals[0]!;
  if (!/^\d{4}$/.test(year)) throw new Error(`"${year}": expected a four-digit edition year such as 2022\n${USAGE}`);
  const dist = values.dist;
  const editionDir = path.join(dist, year);
  if (!existsSync(editionDir) || !statSync(editionDir).isDirectory()) {
    throw new Error(`${editionDir}/ not found: run npm run build first (or pass --dist <built site>)`);
  }

  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  const base = siteUrl(values.url);
  const site = readTree(dist);
  const input = {
    site: { paths: [...site.files.keys()], read: (p: string) => site.files.get(p)! },
    edition: readEdition(site.files, dist, year),
    generator: { name: pkg.name, version: pkg.version, commit: git('rev-parse', 'HEAD') },
    buildDate: buildDate(),
  };
  const archive = makeArchive(input);
  const wacz = await makeWacz({ ...input, siteUrl: base, libraries: { 'warcio.js': installedVersion('warcio'), fflate: installedVersion('fflate') } });

  const out = values.out ?? path.join('archives', year);
  const names = [`${archive.name}.tar.gz`, 'manifest.json', wacz.filename];
  checkOut(out, names);
  await replaceDir(out, `npm run archive -- ${year}`, (dir) => {
    writeFileSync(path.join(dir, names[0]!), archive.tarGz);
    writeFileSync(path.join(dir, names[1]!), archive.manifestBytes);
    writeFileSync(path.join(dir, names[2]!), wacz.bytes);
  });
  const tarPath = path.join(out, names[0]!);
  const waczPath = path.join(out, names[2]!);

  // The manifest can only name a commit; say so when the build may hold uncommitted work.
  if (git('status', '--porcelain', '--untracked-files=no')) {
    const commit = archive.manifest.generator.commit;
    io.err(`archive: warning: uncommitted changes in the checkout; ${dist}/ may differ from what ${commit} builds`);
  }
  for (const link of archive.leftOut) io.err(`archive: note: not archived (another part of the site): ${link}`);
  const { files, generator, build_date } = archive.manifest;
  io.out(`${tarPath}: ${files.length} files, ${archive.tarGz.length} bytes, SHA-256 ${sha256(archive.tarGz)}`);
  io.out(`  commit ${generator.commit ?? '(none: not a git checkout)'}, build date ${build_date ?? '(unknown)'}`);
  io.out(`  manifest: ${path.join(out, 'manifest.json')}`);
  io.out(`${waczPath}: ${wacz.pages.length} pages under ${base}, ${wacz.bytes.length} bytes, SHA-256 ${sha256(wacz.bytes)}`);
  if (base === DEFAULT_SITE_URL) io.err(`archive: note: no --url or SITE_URL, so the WACZ's URLs are under ${DEFAULT_SITE_URL}`);
  return 0;
});

runIfScript(import.meta.url, main);
