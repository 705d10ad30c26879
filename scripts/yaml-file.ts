/**
 * Reading a YAML file written by an editor (the metadata beside a seed text), refusing what
 * is wrong with a message that names the file, the line where there is one, and what was
 * expected: syntax errors, duplicate keys, alias bombs, a folder where a file should be.
 */
import { readFileSync, statSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";
import { decodeSeed } from "../src/lib/decode.ts";

/**
 * Aliases an editor's metadata may resolve. It needs none; a few are harmless. The yaml
 * package counts every resolution, so a "billion laughs" file of nested aliases passes any
 * limit within its first levels and is refused before it can expand.
 */
export const MAX_ALIASES = 20;

export interface YamlFile {
  /** The plain data (mappings as objects), as `yaml.parse` gives it. */
  data: unknown;
  /** The line (1-based) of the key or item at `path`, or of its nearest ancestor below the root; undefined if none. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads and parses the YAML file at `path`; `label` names it in errors (a relative path). */
export function readYamlFile(path: string, label = path): YamlFile {
  if (!statSync(path).isFile()) throw new Error(`${label}: not a file; expected a YAML file`);
  return parseYamlBytes(readFileSync(path), label);
}

/** Parses a YAML file's bytes: UTF-8 as a seed is, a blank file being an empty document. */
export function parseYamlBytes(bytes: Uint8Array, label: string): YamlFile {
  // A blank file is an empty document (null) for the caller to judge; decodeSeed refuses blank texts.
  const blank = bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  return parseYamlText(blank ? "" : decodeSeed(bytes, label), label);
}

/** Parses YAML text; throws naming `label` and the line on any error the parser reports. */
export function parseYamlText(text: string, label: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const where = line === undefined ? label : `${label}:${line}`;
    if (error.code === "DUPLICATE_KEY") {
      // The error points at the repeated key; it runs to the ":" after it.
      const key = /^[^:,{}\n]*/.exec(text.slice(error.pos[0]))![0].trim();
      throw new Error(`${where}: duplicate key \`${key}\`; expected each key once in a mapping`);
    }
    // The parser's own message says what it expected; its position is already in `where`.
    const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new Error(`${where}: not valid YAML: ${message}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    // The yaml package says "Unresolved alias (…): name" for *name with no &name before it.
    const unresolved = e instanceof ReferenceError ? /^Unresolved alias\b.*: (.+)$/.exec(e.message) : null;
    if (unresolved) {
      const name = unresolved[1]!;
      const at = new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![^\\s,\\]}])`).exec(text)?.index;
      const where = at === undefined ? label : `${label}:${lines.linePos(at).line}`;
      throw new Error(`${where}: alias *${name} refers to no anchor; expected &${name} set before it (or plain text, quoted)`);
    }
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new Error(`${label}: too many YAML aliases (more than ${MAX_ALIASES} resolved); expected plain metadata, not nested aliases`);
    }
    throw new Error(`${label}: not valid YAML: ${(e as Error).message}`);
  }
  return { data, lineOf: (path) => lineIn(doc.contents, path, lines) };
}

function lineIn(root: unknown, path: readonly PropertyKey[], lines: LineCounter): number | undefined {
  let node = root;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number" && node.items[key] !== undefined) {
      node = node.items[key];
      offset = (node as Node).range?.[0];
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/**
 * One line per schema issue: `<file>:<line>: <path>: <message>`, the line where the YAML has
 * one (for an unknown key, the key's own line).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], label: string, lineOf: YamlFile["lineOf"]): string {
  return issues
    .map((issue) => {
      const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
      const line = lineOf(at);
      const path = issue.path.map(String).join(".");
      return `${label}${line === undefined ? "" : `:${line}`}: ${path ? `${path}: ` : ""}${issue.message}`;
    })
    .join("\n");
}
