/**
 * One edition's archive, assembled in memory from a build: the edition's files and the assets they
 * reference, a landing index.html, and manifest.json, all under one top folder, as a
 * deterministic tar.gz. No file system, git or clock here: the caller passes everything in.
 */
import { landingPage } from './landing.ts';
import { describeFiles, MANIFEST_FORMAT, MANIFEST_NAME, serializeManifest, type Manifest } from './manifest.ts';
import { selectEdition } from './select.ts';
import { SEARCH_STUB_PATH, searchStub } from './search-stub.ts';
import { writeTarGz } from './tar.ts';

export interface ArchiveInput {
  /** Every file of the build (paths relative to dist/, POSIX) and a way to read one. */
  site: { paths: readonly string[]; read(path: string): Uint8Array };
  edition: Manifest['edition'];
  generator: Manifest['generator'];
  buildDate: string | null;
}

export interface Archive {
  /** Top folder and file stem: <generator>-<year>. */
  name: string;
  manifest: Manifest;
  manifestBytes: Buffer;
  tarGz: Buffer;
  /** Pages outside the edition that it links to and the archive does not hold. */
  leftOut: string[];
}

export function makeArchive({ site, edition, generator, buildDate }: ArchiveInput): Archive {
  const name = `${generator.name}-${edition.year}`;
  const decoder = new TextDecoder();
  const selection = selectEdition(String(edition.year), site.paths, (p) => decoder.decode(site.read(p)));

  const head = { format: MANIFEST_FORMAT, name, edition, generator, build_date: buildDate } as const;
  const files = new Map<string, Uint8Array>(selection.files.map((p) => [p, site.read(p)]));
  files.set('index.html', Buffer.from(landingPage(head), 'utf8'));
  // The site's search is not archived; its address answers with a page that says so.
  files.set(SEARCH_STUB_PATH, Buffer.from(searchStub(head), 'utf8'));
  const manifest: Manifest = { ...head, files: describeFiles(files) };
  const manifestBytes = serializeManifest(manifest);

  const tree = new Map<string, Uint8Array>([...files].map(([p, data]) => [`${name}/${p}`, data]));
  tree.set(`${name}/${MANIFEST_NAME}`, manifestBytes);
  // The build date doubles as every entry's mtime; without one, the epoch (never "now").
  const mtime = new Date(buildDate ?? 0);
  return { name, manifest, manifestBytes, tarGz: writeTarGz(tree, mtime), leftOut: selection.leftOut };
}
