/** The in-memory shape every archive step works on, and the one order used for paths. */

/** Path (POSIX, relative, no leading "/") → file bytes. Folders are implied by the paths. */
export type FileTree = ReadonlyMap<string, Uint8Array>;

/** Code-unit order, never locale order: the same on every machine. */
export const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An entry that is not a regular file (a link, device, FIFO, socket …): named, never read. */
export interface Oddity {
  /** Path within what was read (the archive, or the folder), POSIX. */
  path: string;
  /** What it is instead: "symbolic link", "FIFO", "appears more than once" … */
  what: string;
}

/** A file's size and SHA-256 (lowercase hex), as a manifest lists it. */
export interface FileDigest {
  size: number;
  sha256: string;
}
