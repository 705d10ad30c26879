import { readFileSync } from "node:fs";
import { extractTargets, type Extraction } from "../../src/lib/extract.ts";

const read = new Map<string, { text: string; r: Extraction }>();

/** A text of tests/fixtures/corpus/ and its reading, read once per test file however many cases ask. */
export function readCorpus(file: string): { text: string; r: Extraction } {
  if (!read.has(file)) {
    const text = readFileSync(`tests/fixtures/corpus/${file}`, "utf8");
    read.set(file, { text, r: extractTargets(text) });
  }
  return read.get(file)!;
}
