/**
 * Checks an archive's files against the manifest.json inside it: every listed file present with
 * its size and SHA-256, nothing unlisted. Works on any file tree, so the same check serves a
 * tar.gz read into memory and a folder someone unpacked.
 */
import { MANIFEST_NAME, parseManifest, sha256, type Manifest } from './manifest.ts';
import { byPath, type FileTree } from './file-tree.ts';

export interface Problem {
  kind: 'changed' | 'missing' | 'extra';
  /** Path within the tree that was checked (so including the top folder, if any). */
  path: string;
  detail: string;
}

export interface Verification {
  /** "" when the manifest sits at the tree's root, else "<top folder>/". */
  top: string;
  manifest: Manifest;
  /** How many files the manifest lists. */
  checked: number;
  problems: Problem[];
}

/** Where the manifest is: at the root (an unpacked top folder) or in the one top folder. */
function findTop(paths: string[], label: string): string {
  if (paths.includes(MANIFEST_NAME)) return '';
  const tops = [...new Set(paths.filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/') + 1)))];
  const withManifest = tops.filter((t) => paths.includes(t + MANIFEST_NAME));
  if (withManifest.length === 1) return withManifest[0]!;
  const found = withManifest.length ? `found ${withManifest.map((t) => t + MANIFEST_NAME).join(', ')}` : 'found none';
  throw new Error(`${label}: expected ${MANIFEST_NAME} at its root or inside a single top folder; ${found}`);
}

/** Compares `files` with the manifest they contain. Throws only if there is no usable manifest. */
export function verifyTree(files: FileTree, label = 'archive'): Verification {
  const paths = [...files.keys()].sort(byPath);
  const top = findTop(paths, label);
  const manifestPath = top + MANIFEST_NAME;
  const manifest = parseManifest(new TextDecoder().decode(files.get(manifestPath)), `${label}: ${manifestPath}`);

  const problems: Problem[] = [];
  const listed = new Set<string>([manifestPath]);
  for (const entry of manifest.files) {
    const path = top + entry.path;
    listed.add(path);
    const data = files.get(path);
    if (data === undefined) {
      problems.push({ kind: 'missing', path, detail: `listed in ${MANIFEST_NAME} (${entry.size} bytes) but not present` });
      continue;
    }
    const hash = sha256(data);
    if (data.length !== entry.size || hash !== entry.sha256) {
      problems.push({
        kind: 'changed',
        path,
        detail: `expected ${entry.size} bytes, SHA-256 ${entry.sha256}; found ${data.length} bytes, SHA-256 ${hash}`,
      });
    }
  }
  for (const path of paths) {
    if (!listed.has(path)) problems.push({ kind: 'extra', path, detail: `present but not listed in ${MANIFEST_NAME}` });
  }
  problems.sort((a, b) => byPath(a.path, b.path));
  return { top, manifest, checked: manifest.files.length, problems };
}

/** One line per problem, e.g. "changed  fenjin-qingdan-2022/2022/index.html: expected …". */
export const formatProblem = (p: Problem) => `${p.kind.padEnd(8)} ${p.path}: ${p.detail}`;
