/** The in-memory shape every archive step works on, and the one order used for paths. */

/** Path (POSIX, relative, no leading "/") → file bytes. Folders are implied by the paths. */
export type FileTree = ReadonlyMap<string, Uint8Array>;

/** Code-unit order, never locale order: the same on every machine. */
export const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
