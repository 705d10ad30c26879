/**
 * datapackage.json of a WACZ (WACZ 1.1.1 on Frictionless Data Package): every other file of the
 * WACZ with its size and SHA-256, what the collection is, and, under `fenjin_qingdan`, the same
 * provenance as the tar.gz's manifest.json: the seed text's path and hash, the generator's name,
 * version and commit, and the build date.
 */
import { z } from 'zod';
import { strictObject } from '../schemas/strict-object.ts';
import { ManifestSchema } from './manifest.ts';

export const DATAPACKAGE_NAME = 'datapackage.json';
export const DATAPACKAGE_DIGEST_NAME = 'datapackage-digest.json';
export const WACZ_VERSION = '1.1.1';
export const WACZ_META_FORMAT = 'fenjin-qingdan-wacz/1';

// A resource path names a file inside the WACZ; "../x" or "/etc/x" could only point outside it.
const insidePath = z
  .string()
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..') && !p.includes('\\'), 'expected a relative path inside the WACZ (no leading "/", no "." or ".." parts)');

const ResourceSchema = z.object({
  name: z.string().min(1),
  path: insidePath,
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 lowercase hex digits'),
  bytes: z.number().int().nonnegative(),
});

/** This project's provenance block: the manifest's head, plus the address the URLs are under. */
const ProvenanceSchema = strictObject({
  format: z.literal(WACZ_META_FORMAT),
  name: ManifestSchema.shape.name,
  edition: ManifestSchema.shape.edition,
  generator: ManifestSchema.shape.generator,
  build_date: ManifestSchema.shape.build_date,
  /** The site address every record's URL is under (SITE_URL, or the documented default). */
  site_url: z.url(),
});

// Loose at the top level: Frictionless and WACZ let tools add properties, and a WACZ made by
// another tool should still have its hashes checked. The keys read here are checked strictly.
export const DatapackageSchema = z.looseObject({
  profile: z.literal('data-package'),
  wacz_version: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  software: z.string().optional(),
  mainPageUrl: z.string().optional(),
  mainPageDate: z.string().optional(),
  fenjin_qingdan: ProvenanceSchema.optional(),
  resources: z.array(ResourceSchema),
});

export type Datapackage = z.infer<typeof DatapackageSchema>;
export type Resource = Datapackage['resources'][number];
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Stable text: the key order given, two-space indent, final newline. */
export const serializeJson = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');

/** Parses and checks a datapackage.json; the error names `label` and says what is wrong where. */
export function parseDatapackage(text: string, label = DATAPACKAGE_NAME): Datapackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${label} is not JSON: ${(err as Error).message}`);
  }
  const result = DatapackageSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${label} is not a WACZ datapackage.json:\n  ${issues.join('\n  ')}`);
  }
  const paths = result.data.resources.map((r) => r.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup !== undefined) throw new Error(`${label} lists ${dup} more than once`);
  return result.data;
}
