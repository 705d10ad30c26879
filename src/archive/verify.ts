/**
 * Checks an archive's files against the manifest.json inside it: every listed file present with
 * its size and SHA-256, nothing unlisted, nothing that is not a regular file. The comparison
 * works on sizes and hashes, never on whole files, so the same check serves a tar.gz streamed
 * through (verifyTarGz), a folder someone unpacked (read-dir.ts) and a tree held in memory.
 */
import { byPath, type FileTree, type Oddity } from './file-tree.ts';
import { MANIFEST_MAX_BYTES, MANIFEST_NAME, parseManifest, sha256, type Manifest } from './manifest.ts';
import { formatBytes, scanTar, type UnpackLimit } from './tar.ts';

export interface Problem {
  /** `invalid`: present and as listed, but not what its format requires (a WACZ's index or page list). */
  kind: 'changed' | 'missing' | 'extra' | 'invalid';
  /** Path within the tree that was checked (so including the top folder, if any). */
  path: string;
  detail: string;
}

export interface Verification {
  /** "" when the manifest sits at the tree's root, else "<top folder>/". */
  top: string;
  manifest: Manifest;
  /** SHA-256 of the manifest's bytes, to compare with a copy kept elsewhere. */
  manifestSha256: string;
  /** How many files the manifest lists. */
  checked: number;
  problems: Problem[];
}

/** A file found in the tree: its size, and its SHA-256 (computed only when the size matches). */
export interface FoundFile {
  size: number;
  /** May throw (a file that cannot be read); the file is then reported as changed. */
  sha256(): string;
}

/** Where the manifest is: at the root (an unpacked top folder) or in the one top folder. */
export function findTop(paths: readonly string[], label: string): string {
  if (paths.includes(MANIFEST_NAME)) return '';
  const tops = [...new Set(paths.filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/') + 1)))];
  const withManifest = tops.filter((t) => paths.includes(t + MANIFEST_NAME));
  if (withManifest.length === 1) return withManifest[0]!;
  const found = withManifest.length ? `found ${withManifest.map((t) => t + MANIFEST_NAME).join(', ')}` : 'found none';
  throw new Error(`${label}: expected ${MANIFEST_NAME} at its root or inside a single top folder; ${found}`);
}

/** Whether `path` could be the manifest of a tree: at its root, or one folder down. */
export const maybeManifest = (path: string) => path === MANIFEST_NAME || /^[^/]+\/manifest\.json$/.test(path);

/** The problems of `found` (the tree's regular files) against `manifest`, sorted by path. */
export function compareWithManifest(manifest: Manifest, top: string, found: ReadonlyMap<string, FoundFile>, oddities: readonly Oddity[] = []): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set<string>([top + MANIFEST_NAME]);
  for (const entry of manifest.files) {
    const path = top + entry.path;
    listed.add(path);
    const file = found.get(path);
    const expected = `expected ${entry.size} bytes, SHA-256 ${entry.sha256}`;
    if (file === undefined) {
      // A link or device in the listed file's place is named below, as not a regular file.
      problems.push({ kind: 'missing', path, detail: `listed in ${MANIFEST_NAME} (${entry.size} bytes) but not present as a regular file` });
    } else if (file.size !== entry.size) {
      problems.push({ kind: 'changed', path, detail: `${expected}; found ${file.size} bytes` });
    } else {
      let hash: string;
      try {
        hash = file.sha256();
      } catch (err) {
        problems.push({ kind: 'changed', path, detail: `${expected}; could not be read: ${(err as Error).message}` });
        continue;
      }
      if (hash !== entry.sha256) problems.push({ kind: 'changed', path, detail: `${expected}; found ${file.size} bytes, SHA-256 ${hash}` });
    }
  }
  for (const path of found.keys()) {
    if (!listed.has(path)) problems.push({ kind: 'extra', path, detail: `present but not listed in ${MANIFEST_NAME}` });
  }
  for (const o of oddities) problems.push({ kind: 'extra', path: o.path, detail: `not a regular file (${o.what}); not read` });
  return problems.sort((a, b) => byPath(a.path, b.path));
}

/** Compares `files` (held in memory) with the manifest they contain. Throws only if there is no usable manifest. */
export function verifyTree(files: FileTree, label = 'archive'): Verification {
  const paths = [...files.keys()].sort(byPath);
  const top = findTop(paths, label);
  const manifestPath = top + MANIFEST_NAME;
  const bytes = files.get(manifestPath)!;
  const manifest = parseManifest(new TextDecoder().decode(bytes), `${label}: ${manifestPath}`);
  const found = new Map([...files].map(([p, data]): [string, FoundFile] => [p, { size: data.length, sha256: () => sha256(data) }]));
  const problems = compareWithManifest(manifest, top, found);
  return { top, manifest, manifestSha256: sha256(bytes), checked: manifest.files.length, problems };
}

/**
 * How much a tar.gz may unpack to before any manifest is read: far above an edition's archive
 * (a few megabytes), far below what would strain the machine or the archivist's patience.
 */
export const UNPACK_LIMIT_BEFORE_MANIFEST: UnpackLimit = {
  bytes: 256 * 1024 * 1024,
  basis: `the most read before ${MANIFEST_NAME} says how much to expect`,
};

/** Whatever a manifest claims, never more than this. */
const UNPACK_CEILING = 64 * 1024 ** 3;

/**
 * What an archive with this manifest may unpack to: the files it lists, plus a margin for the tar
 * headers and padding (up to 4 KiB a file, with long paths) and for a few changed or extra files.
 */
export function unpackLimit(manifest: Manifest, whose = `its ${MANIFEST_NAME}`): UnpackLimit {
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  const bytes = Math.min(UNPACK_CEILING, total + Math.ceil(total / 10) + 4096 * (manifest.files.length + 1) + 16 * 1024 * 1024);
  return { bytes, basis: `${whose} lists ${manifest.files.length} files, ${total} bytes in all, so at most that plus a margin` };
}

export interface TarVerifyOptions {
  /** A copy of the manifest kept elsewhere: when given, it sets the limit from the start. */
  expected?: { manifest: Manifest; label: string };
  /** The limit until a manifest is read (tests lower it). */
  before?: UnpackLimit;
}

/**
 * Verifies a .tar.gz read from a stream of chunks, in bounded memory: each file is hashed as it
 * goes by and only the manifest is kept. Rejects, saying what was expected, when the stream is not
 * a readable tar.gz, unpacks to more than its limit, or holds no usable manifest.
 */
export async function verifyTarGz(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  label = 'archive',
  options: TarVerifyOptions = {},
): Promise<Verification> {
  const limit: UnpackLimit = options.expected
    ? unpackLimit(options.expected.manifest, options.expected.label)
    : { ...(options.before ?? UNPACK_LIMIT_BEFORE_MANIFEST) };
  let limitFromInside = false;
  const scan = await scanTar(source, {
    label,
    limit,
    keep: (path) => (maybeManifest(path) ? MANIFEST_MAX_BYTES : 0),
    onFile: (file) => {
      // The first readable manifest inside sets the limit, so a bomb behind it stops early.
      if (options.expected || limitFromInside || !file.data || !maybeManifest(file.path)) return;
      try {
        Object.assign(limit, unpackLimit(parseManifest(file.data.toString('utf8'), file.path), file.path));
        limitFromInside = true;
      } catch {
        // Not a usable manifest: judged, with its message, once the whole archive is read.
      }
    },
  });

  const top = findTop([...scan.files.keys()].sort(byPath), label);
  const manifestPath = top + MANIFEST_NAME;
  const file = scan.files.get(manifestPath)!;
  if (!file.data) {
    throw new Error(`${label}: ${manifestPath} is ${formatBytes(file.size)}; expected a manifest of at most ${formatBytes(MANIFEST_MAX_BYTES)}`);
  }
  const manifest = parseManifest(file.data.toString('utf8'), `${label}: ${manifestPath}`);
  const found = new Map([...scan.files].map(([p, f]): [string, FoundFile] => [p, { size: f.size, sha256: () => f.sha256 }]));
  const problems = compareWithManifest(manifest, top, found, scan.oddities);
  return { top, manifest, manifestSha256: file.sha256, checked: manifest.files.length, problems };
}

/** One line per problem, e.g. "changed  fenjin-qingdan-2022/2022/index.html: expected …". */
export const formatProblem = (p: Problem) => `${p.kind.padEnd(8)} ${p.path}: ${p.detail}`;
