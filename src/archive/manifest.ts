/**
 * manifest.json: what an archive holds and where it came from.
 *
 * It lists every other file of the archive with its size and SHA-256, so anyone can check the
 * archive with standard tools (sha256sum) as well as with `npm run archive:verify`; and it ties
 * the build to its inputs: the seed text's hash, the generator's version and commit, and the
 * build date (never the wall clock, so archiving twice gives the same bytes).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { strictObject } from '../schemas/strict-object.ts';
import { byPath, type FileTree } from './file-tree.ts';

export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_FORMAT = 'fenjin-qingdan-archive/1';
/**
 * The largest manifest read into memory. An edition's lists a few hundred files in some tens
 * of kilobytes; anything near this is not one of ours.
 */
export const MANIFEST_MAX_BYTES = 8 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
// A manifest path names a file inside the archive; "../x" or "/etc/x" could only point outside it.
const insidePath = z
  .string()
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'expected a relative path inside the archive (no leading "/", no "." or ".." parts)');

// Strict at every level: a key this format does not define is an error naming it, so a
// manifest from another tool (or a later format) is never half-understood.
export const ManifestSchema = strictObject({
  /** Identifies this layout, so a later format can be told apart. */
  format: z.literal(MANIFEST_FORMAT),
  /** The archive's name, also its top folder: fenjin-qingdan-2022. */
  name: z.string().min(1),
  edition: strictObject({
    year: z.number().int(),
    title: z.string().nullable(),
    city: z.string().nullable(),
    /** The seed text's path in the generator's repository, and the SHA-256 of its bytes. */
    seed: z.string().min(1),
    seed_sha256: sha256Hex,
  }),
  generator: strictObject({
    name: z.string().min(1),
    version: z.string().min(1),
    /** `git rev-parse HEAD` of the checkout that built it; null outside git. */
    commit: z.string().regex(/^[0-9a-f]{40,64}$/).nullable(),
  }),
  /** ISO 8601 UTC, from SOURCE_DATE_EPOCH or the commit date; null when neither is known. */
  build_date: z.iso.datetime().nullable(),
  /** Every file of the archive except this manifest, sorted by path (relative to the top folder). */
  files: z.array(strictObject({ path: insidePath, size: z.number().int().nonnegative(), sha256: sha256Hex })),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestEntry = Manifest['files'][number];

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The file list of a manifest for `files` (paths relative to the archive's top folder). */
export function describeFiles(files: FileTree): ManifestEntry[] {
  return [...files.keys()].sort(byPath).map((path) => {
    const data = files.get(path)!;
    return { path, size: data.length, sha256: sha256(data) };
  });
}

/** Stable text: fixed key order (the schema's), two-space indent, final newline. */
export function serializeManifest(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(ManifestSchema.parse(manifest), null, 2) + '\n', 'utf8');
}

/** Parses and checks a manifest; the error says what is wrong and where. */
export function parseManifest(text: string, label = MANIFEST_NAME): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${label} is not JSON: ${(err as Error).message}`);
  }
  const result = ManifestSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${label} is not a ${MANIFEST_FORMAT} manifest:\n  ${issues.join('\n  ')}`);
  }
  const paths = result.data.files.map((f) => f.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup !== undefined) throw new Error(`${label} lists ${dup} more than once`);
  return result.data;
}
