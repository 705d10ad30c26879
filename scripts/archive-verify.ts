// Checks an archive against the manifest.json inside it, or a WACZ against its datapackage.json:
//   npm run archive:verify -- <archive.tar.gz | unpacked folder | archive.wacz> [--manifest <manifest.json>]
// Names every changed, missing or extra file and exits 1 if there is any; prints one OK line and
// exits 0 otherwise. --manifest also requires the inside manifest to equal a copy kept elsewhere,
// which catches an archive altered together with its own manifest, and sets the unpacking limit
// from the start. A tar.gz is streamed and hashed, never held in memory, and refused once it
// unpacks to more than its manifest lists plus a margin (256 MiB before a manifest is read); a
// folder is walked without following any link in it. A WACZ (a ZIP) is read from its central
// directory in chunks: its resources' hashes, a response record for every page of pages.jsonl,
// and every index line's offset (src/archive/verify-wacz.ts).
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MANIFEST_MAX_BYTES, MANIFEST_NAME, parseManifest, sha256 } from '../src/archive/manifest.ts';
import { readFileUpTo, verifyDir } from '../src/archive/read-dir.ts';
import { formatProblem, verifyTarGz, type Problem } from '../src/archive/verify.ts';
import { verifyWacz } from '../src/archive/verify-wacz.ts';
import { command, runIfScript, type Io } from './cli.ts';

const USAGE = 'usage: npm run archive:verify -- <archive.tar.gz | unpacked folder | archive.wacz> [--manifest <manifest.json>]';

/** Whether the file is a ZIP (a WACZ), by its first bytes rather than its name. */
function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from('PK\x03\x04', 'latin1'));
  } finally {
    closeSync(fd);
  }
}

/** One line per problem and a count by kind; 1 if there was any. */
function report(io: Io, target: string, problems: Problem[], of: string): number {
  for (const p of problems) io.err(formatProblem(p));
  const count = (k: Problem['kind']) => problems.filter((p) => p.kind === k).length;
  const invalid = count('invalid') ? `, ${count('invalid')} invalid` : '';
  io.err(`archive:verify: FAILED ${target}: ${count('changed')} changed, ${count('missing')} missing, ${count('extra')} extra${invalid} (${of})`);
  return 1;
}

async function mainWacz(io: Io, target: string, manifest: string | undefined): Promise<number> {
  if (manifest !== undefined) {
    throw new Error(`--manifest ${manifest}: a WACZ carries its own datapackage.json; keep the .wacz's SHA-256 (printed by npm run archive) to check it against instead`);
  }
  const result = await verifyWacz(target, target);
  if (result.problems.length) {
    const pages = result.pages === null ? 'pages not checked, as a WARC is not as listed' : `${result.pages} pages in pages.jsonl`;
    return report(io, target, result.problems, `of ${result.checked} resources in datapackage.json; ${pages}`);
  }
  const meta = result.datapackage.fenjin_qingdan;
  const made = meta
    ? ` (${meta.name}, seed SHA-256 ${meta.edition.seed_sha256.slice(0, 12)}…, commit ${meta.generator.commit?.slice(0, 12) ?? 'none'}, built ${meta.build_date ?? 'date unknown'})`
    : '';
  io.out(`OK ${target}: all ${result.checked} resources match datapackage.json; all ${result.pages ?? 0} pages have a response record${made}`);
  return 0;
}

/** The kept copy of a manifest, or an error naming it and saying what was expected. */
function keptManifest(file: string) {
  const expected = `expected the ${MANIFEST_NAME} kept beside the archive (e.g. archives/2022/${MANIFEST_NAME})`;
  if (!existsSync(file)) throw new Error(`--manifest ${file}: no such file; ${expected}`);
  if (!statSync(file).isFile()) throw new Error(`--manifest ${file}: ${statSync(file).isDirectory() ? 'a folder' : 'not a regular file'}; ${expected}`);
  const bytes = readFileUpTo(file, MANIFEST_MAX_BYTES, `--manifest ${file}`);
  return { bytes, manifest: parseManifest(bytes.toString('utf8'), file) };
}

export const main = command('archive:verify', async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { manifest: { type: 'string' } } });
  if (positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const target = positionals[0]!;
  if (!existsSync(target)) throw new Error(`${target}: no such file or folder; expected a .tar.gz archive, an unpacked one, or a .wacz`);
  if (statSync(target).isFile() && isZip(target)) return mainWacz(io, target, values.manifest);
  const kept = values.manifest === undefined ? null : keptManifest(values.manifest);
  // The target itself may be a link the user chose; nothing inside it is followed (read-dir.ts).
  const stat = statSync(target);
  if (!stat.isDirectory() && !stat.isFile()) throw new Error(`${target}: not a regular file or folder; expected a .tar.gz archive or an unpacked one`);
  const result = stat.isDirectory()
    ? verifyDir(target, target)
    : await verifyTarGz(createReadStream(target), target, kept ? { expected: { manifest: kept.manifest, label: values.manifest! } } : {});

  const problems: Problem[] = [...result.problems];
  if (kept && sha256(kept.bytes) !== result.manifestSha256) {
    problems.push({ kind: 'changed', path: result.top + MANIFEST_NAME, detail: `differs from ${values.manifest}` });
  }

  if (problems.length) return report(io, target, problems, `of ${result.checked} files in ${MANIFEST_NAME}`);
  const m = result.manifest;
  io.out(
    `OK ${target}: all ${result.checked} files match ${result.top}${MANIFEST_NAME} ` +
      `(${m.name}, seed SHA-256 ${m.edition.seed_sha256.slice(0, 12)}…, commit ${m.generator.commit?.slice(0, 12) ?? 'none'}, built ${m.build_date ?? 'date unknown'})`,
  );
  return 0;
});

runIfScript(import.meta.url, main);
