/**
 * One edition as a WACZ (Web Archive Collection Zipped, WACZ 1.1.1): the files the tar.gz holds
 * (the edition and the site-wide files it uses, chosen by select.ts), each as a WARC response
 * record at its public URL, with the index, page list and datapackage.json that ReplayWeb.page,
 * pywb and other web-archive tools read. No file system, git or clock here: the caller passes
 * everything in, and the same input gives the same bytes.
 *
 * The archive's own landing page is not in the WACZ: it has no public URL, and the site's real
 * root page lists every edition, which this archive does not hold. A replayer starts at the
 * edition's page instead (mainPageUrl, and the first line of pages.jsonl).
 *
 * The ZIP is written by fflate: every entry STORED (WACZ requires it of the WARC and index files so
 * a replayer can read them with range requests; the rest are small), in path order, with one
 * timestamp, Unix as the host system and 0644 as the mode, and no folder entries.
 */
import { zipSync, type ZipOptions } from 'fflate';
import { DATAPACKAGE_DIGEST_NAME, DATAPACKAGE_NAME, WACZ_META_FORMAT, WACZ_VERSION, serializeJson, type Datapackage, type Provenance } from './datapackage.ts';
import { byPath } from './file-tree.ts';
import type { ArchiveInput } from './make.ts';
import { sha256 } from './manifest.ts';
import { documentTitle, isPage, PAGES_PATH, pageId, pagesJsonl, type PageEntry } from './pages.ts';
import { publicUrl } from './public-url.ts';
import { contentTypeFor } from './content-type.ts';
import { selectEdition } from './select.ts';
import { writeWarc } from './warc.ts';

export const INDEX_PATH = 'indexes/index.cdxj';

export interface WaczInput extends ArchiveInput {
  /** The site's address, ending in "/" (public-url.ts: siteBase). */
  siteUrl: string;
  /** Libraries that wrote the formats, name → version, named in `software` and the warcinfo record. */
  libraries?: Record<string, string>;
}

export interface Wacz {
  /** File name: <generator>-<year>.wacz */
  filename: string;
  bytes: Uint8Array;
  datapackage: Datapackage;
  pages: PageEntry[];
}

/** The build date, or the epoch when there is none (never the clock), as an RFC 3339 date. */
const captureDate = (buildDate: string | null) => buildDate ?? '1970-01-01T00:00:00Z';

/**
 * A Date whose local-time fields read as `iso`'s UTC ones: ZIP stores a wall-clock time with no
 * zone, and fflate reads it with the local-time getters, so this keeps the bytes the same in every
 * time zone. ZIP cannot say a year before 1980; such a date becomes 1980-01-01 00:00:00.
 */
export function zipTime(iso: string): Date {
  const d = new Date(iso);
  if (d.getUTCFullYear() < 1980) return new Date(1980, 0, 1, 0, 0, 0);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export async function makeWacz({ site, edition, generator, buildDate, siteUrl, libraries = {} }: WaczInput): Promise<Wacz> {
  const name = `${generator.name}-${edition.year}`;
  const date = captureDate(buildDate);
  const decoder = new TextDecoder();
  const selection = selectEdition(String(edition.year), site.paths, (p) => decoder.decode(site.read(p)));
  const paths = [...selection.files].sort(byPath);
  const heading = `${edition.city ?? ''}${edition.year}年${edition.title ?? '奋进清单'}`;
  const software = [`${generator.name} ${generator.version}${generator.commit ? ` (commit ${generator.commit})` : ''}`, ...Object.entries(libraries).map(([n, v]) => `${n} ${v}`)].join('; ');

  const warcName = `${name}.warc.gz`;
  const warc = await writeWarc({
    filename: warcName,
    date,
    info: { software, format: 'WARC File Format 1.1', description: `${heading}: every file of the edition as published under ${siteUrl}` },
    responses: paths.map((p) => ({ url: publicUrl(p, siteUrl), contentType: contentTypeFor(p), body: site.read(p) })),
  });

  const editionPage = `${edition.year}/index.html`;
  const pagePaths = [editionPage, ...paths.filter((p) => isPage(p) && p !== editionPage)];
  const pages: PageEntry[] = pagePaths.map((p) => {
    const url = publicUrl(p, siteUrl);
    return { id: pageId(url), url, ts: date, title: documentTitle(decoder.decode(site.read(p))) ?? p };
  });

  const contents = new Map<string, Uint8Array>([
    [`archive/${warcName}`, warc.bytes],
    [INDEX_PATH, Buffer.from(warc.cdxj, 'utf8')],
    [PAGES_PATH, Buffer.from(pagesJsonl(heading, pages), 'utf8')],
  ]);
  const provenance: Provenance = { format: WACZ_META_FORMAT, name, edition, generator, build_date: buildDate, site_url: siteUrl };
  const datapackage: Datapackage = {
    profile: 'data-package',
    wacz_version: WACZ_VERSION,
    title: `${heading}（网页存档）`,
    description:
      `${heading}的网页存档：这一版的每个页面、图表和数据文件，按发布时的网址（${siteUrl}）保存。` +
      `原文 ${edition.seed}（SHA-256 ${edition.seed_sha256}）。`,
    created: date,
    modified: date,
    software,
    mainPageUrl: pages[0]!.url,
    mainPageDate: date,
    fenjin_qingdan: provenance,
    resources: [...contents.keys()].sort(byPath).map((path) => {
      const data = contents.get(path)!;
      return { name: path.slice(path.lastIndexOf('/') + 1), path, hash: `sha256:${sha256(data)}`, bytes: data.length };
    }),
  };
  const datapackageBytes = serializeJson(datapackage);
  contents.set(DATAPACKAGE_NAME, datapackageBytes);
  contents.set(DATAPACKAGE_DIGEST_NAME, serializeJson({ path: DATAPACKAGE_NAME, hash: `sha256:${sha256(datapackageBytes)}` }));

  const entry: ZipOptions & { mtime: Date } = { level: 0, mtime: zipTime(date), os: 3, attrs: (0o100644 << 16) >>> 0 };
  const zip = zipSync(Object.fromEntries([...contents.keys()].sort(byPath).map((p) => [p, [contents.get(p)!, entry]])));
  return { filename: `${name}.wacz`, bytes: zip, datapackage, pages };
}
