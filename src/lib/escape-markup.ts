const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe inside HTML or SVG, in element content and in quoted attributes alike. */
export const escapeMarkup = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
