import { stringify } from "yaml";

/**
 * YAML of plain data (objects, arrays, strings, numbers, booleans, null), byte for byte as the
 * yaml package's `stringify(value, { lineWidth: 0 })` writes it, for content files with tens of
 * thousands of targets. The package builds a document node for every value and took most of a
 * large ingest; here the block layout is written directly and each distinct scalar is rendered
 * by the package once, then reused (a text repeats its places, units, rules and categories).
 * Anything else (a string of several lines, a Date, a number that is not finite) is handed to
 * the package whole, so the output never departs from it; tests compare the two on random data.
 */
const OPTIONS = { lineWidth: 0 } as const;
const scalars = new Map<unknown, string | null>();

/**
 * Text the package always writes plain: it starts with a Han character (so it is no number, date,
 * boolean, null or indicator) and holds only Han, letters, digits and punctuation that YAML gives
 * no meaning to (no space, ASCII colon, hash, quote or bracket). Most of a Chinese text's quotes,
 * labels and paragraphs are such text, and each is new, so they skip the package.
 */
const PLAIN = /^\p{Script=Han}[\p{Script=Han}\p{L}\p{N}\u3000-\u303F\uFF01-\uFF5E“”‘’—…·%.+\-()/]*$/u;

/** A scalar as the value of a block mapping, or null when it needs the package's layout. */
function scalar(value: unknown): string | null {
  // The package writes a finite number as JSON.stringify does, and -0 as "-0".
  if (typeof value === "number" && Number.isFinite(value)) return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (typeof value === "string" && PLAIN.test(value)) return value;
  const cached = scalars.get(value);
  if (cached !== undefined) return cached;
  const out = stringify({ k: value }, OPTIONS);
  // One line "k: <value>\n" is a scalar that reads the same after "- " or "key: ".
  const rendered = out.startsWith("k: ") && out.indexOf("\n") === out.length - 1 ? out.slice(3, -1) : null;
  if (scalars.size < 100_000) scalars.set(value, rendered);
  return rendered;
}

const keys = new Map<string, string | null>();
function key(name: string): string | null {
  let k = keys.get(name);
  if (k === undefined) {
    const out = stringify({ [name]: 0 }, OPTIONS);
    k = out.endsWith(": 0\n") && !out.slice(0, -4).includes("\n") ? out.slice(0, -4) : null;
    keys.set(name, k);
  }
  return k;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;
const isScalar = (v: unknown) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** Lines of `value` as a block node (a non-empty map or list), each without indentation; null to hand it over. */
function block(value: unknown): string[] | null {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const one = entry(item);
      if (one === null) return null;
      lines.push(`- ${one[0]}`, ...one.slice(1).map((l) => `  ${l}`));
    }
    return lines;
  }
  if (!isPlainObject(value)) return null;
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined) continue; // left out, as the package leaves it out
    const k = key(name);
    if (k === null) return null;
    if (isScalar(v)) {
      const s = scalar(v);
      if (s === null) return null;
      lines.push(`${k}: ${s}`);
    } else if (Array.isArray(v) && v.length === 0) lines.push(`${k}: []`);
    else if (isPlainObject(v) && Object.values(v).every((x) => x === undefined)) lines.push(`${k}: {}`);
    else {
      const inner = block(v);
      if (inner === null) return null;
      lines.push(`${k}:`, ...inner.map((l) => `  ${l}`));
    }
  }
  return lines;
}

/** Lines of one list item after its "- ": a scalar, an empty collection, or a block. */
function entry(item: unknown): string[] | null {
  if (isScalar(item)) {
    const s = scalar(item);
    return s === null ? null : [s];
  }
  if (Array.isArray(item) && item.length === 0) return ["[]"];
  if (isPlainObject(item) && Object.values(item).every((x) => x === undefined)) return ["{}"];
  return block(item);
}

/** `stringify(value, { lineWidth: 0 })` of a mapping or a list, faster on large plain data. */
export function toYaml(value: Record<string, unknown> | unknown[]): string {
  const lines = (Array.isArray(value) ? value.length > 0 : Object.values(value).some((v) => v !== undefined)) ? block(value) : null;
  return lines === null ? stringify(value, OPTIONS) : `${lines.join("\n")}\n`;
}
