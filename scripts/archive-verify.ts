// Checks an archive against the manifest.json inside it:
//   npm run archive:verify -- <archive.tar.gz | unpacked folder> [--manifest <manifest.json>]
// Names every changed, missing or extra file and exits 1 if there is any; prints one OK line and
// exits 0 otherwise. --manifest also requires the inside manifest to equal a copy kept elsewhere,
// which catches an archive altered together with its own manifest.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MANIFEST_NAME, parseManifest, sha256 } from '../src/archive/manifest.ts';
import { readTree } from '../src/archive/read-dir.ts';
import { readTarGz } from '../src/archive/tar.ts';
import { formatProblem, verifyTree, type Problem } from '../src/archive/verify.ts';

const USAGE = 'usage: npm run archive:verify -- <archive.tar.gz | unpacked folder> [--manifest <manifest.json>]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { manifest: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const target = positionals[0]!;
  if (!existsSync(target)) throw new Error(`${target}: no such file or folder; expected a .tar.gz archive or an unpacked one`);
  const { files, oddities } = statSync(target).isDirectory() ? readTree(target) : await readTarGz(readFileSync(target), target);

  const result = verifyTree(files, target);
  const problems: Problem[] = [
    ...result.problems,
    ...oddities.map((o): Problem => ({ kind: 'extra', path: o, detail: 'not a regular file or folder' })),
  ];
  if (values.manifest !== undefined) {
    const kept = readFileSync(values.manifest);
    parseManifest(kept.toString('utf8'), values.manifest);
    const inside = files.get(result.top + MANIFEST_NAME)!;
    if (sha256(kept) !== sha256(inside)) {
      problems.push({ kind: 'changed', path: result.top + MANIFEST_NAME, detail: `differs from ${values.manifest}` });
    }
  }

  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    const count = (k: Problem['kind']) => problems.filter((p) => p.kind === k).length;
    console.error(
      `archive:verify: FAILED ${target}: ${count('changed')} changed, ${count('missing')} missing, ${count('extra')} extra (of ${result.checked} files in ${MANIFEST_NAME})`,
    );
    return 1;
  }
  const m = result.manifest;
  console.log(
    `OK ${target}: all ${result.checked} files match ${result.top}${MANIFEST_NAME} ` +
      `(${m.name}, seed SHA-256 ${m.edition.seed_sha256.slice(0, 12)}…, commit ${m.generator.commit?.slice(0, 12) ?? 'none'}, built ${m.build_date ?? 'date unknown'})`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`archive:verify: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
