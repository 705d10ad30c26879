// Writes one edition's archive from the built site:
//   npm run archive -- <year> [--dist dist] [--out archives/<year>]
// → <out>/fenjin-qingdan-<year>.tar.gz and <out>/manifest.json (the same manifest as inside).
// Run after `npm run build`, from the same checkout: the manifest records this checkout's commit.
// The build date comes from SOURCE_DATE_EPOCH, else the commit's date; never the clock.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { makeArchive } from '../src/archive/make.ts';
import { sha256, type Manifest } from '../src/archive/manifest.ts';
import { readTree } from '../src/archive/read-dir.ts';

const USAGE = 'usage: npm run archive -- <year> [--dist dist] [--out archives/<year>]';

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

/** The edition's provenance, from the frontmatter ingest wrote into content/<year>/edition.md. */
function readEdition(year: string): Manifest['edition'] {
  const file = path.join('content', year, 'edition.md');
  if (!existsSync(file)) throw new Error(`${file} not found: is ${year} an edition? (run npm run build first)`);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  const meta = front === undefined ? null : parseYaml(front);
  if (typeof meta?.seed !== 'string' || typeof meta?.seed_sha256 !== 'string') {
    throw new Error(`${file}: expected frontmatter with "seed" and "seed_sha256"`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { year: Number(year), title: str(meta.title), city: str(meta.city), seed: meta.seed, seed_sha256: meta.seed_sha256 };
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
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
  const site = readTree(dist);
  const archive = makeArchive({
    site: { paths: [...site.files.keys()], read: (p) => site.files.get(p)! },
    edition: readEdition(year),
    generator: { name: pkg.name, version: pkg.version, commit: git('rev-parse', 'HEAD') },
    buildDate: buildDate(),
  });

  const out = values.out ?? path.join('archives', year);
  mkdirSync(out, { recursive: true });
  const tarPath = path.join(out, `${archive.name}.tar.gz`);
  writeFileSync(tarPath, archive.tarGz);
  writeFileSync(path.join(out, 'manifest.json'), archive.manifestBytes);

  // The manifest can only name a commit; say so when the build may hold uncommitted work.
  if (git('status', '--porcelain', '--untracked-files=no')) {
    const commit = archive.manifest.generator.commit;
    console.error(`archive: warning: uncommitted changes in the checkout; ${dist}/ may differ from what ${commit} builds`);
  }
  for (const link of archive.leftOut) console.error(`archive: note: not archived (another part of the site): ${link}`);
  const { files, generator, build_date } = archive.manifest;
  console.log(`${tarPath}: ${files.length} files, ${archive.tarGz.length} bytes, SHA-256 ${sha256(archive.tarGz)}`);
  console.log(`  commit ${generator.commit ?? '(none: not a git checkout)'}, build date ${build_date ?? '(unknown)'}`);
  console.log(`  manifest: ${path.join(out, 'manifest.json')}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`archive: ${(error as Error).message}`);
  process.exitCode = 1;
}
