// Reads any texts and prints what the reader makes of them, without building a site:
//   npm run extract -- <files or folders…> [--year 2023] [--city 襄阳] [--ledger] [--summary] [--strict]
// One text prints its targets as JSON (with --ledger, every number and the reason); several, or
// --summary, print one JSON line per text. Warnings and a summary go to stderr; --strict exits 1
// when any text has a warning. Metadata comes from a .yaml beside each text; flags override it.
import { parseArgs } from "node:util";
import type { Extraction } from "../src/lib/extract.ts";
import { contractRecords } from "../src/data/contract.ts";
import { readText as read, textsUnder } from "./read-text.ts";
import { command, runIfScript, type Io } from "./cli.ts";

const USAGE = "usage: npm run extract -- <file.txt | folder>… [--year YYYY] [--city 城市] [--ledger] [--summary] [--strict]";
function summaryLine(file: string, r: Extraction, ms: number) {
  const s = r.summary;
  return { file, characters: s.characters, numbers: s.numbers, targets: s.targets, results: s.results, places: s.places, owners: s.owners, sections: s.sections, outside: s.outside, warnings: r.warnings.length, ms: Math.round(ms) };
}

export const main = command("extract", (argv: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      year: { type: "string" },
      city: { type: "string" },
      ledger: { type: "boolean", default: false },
      summary: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const files = positionals.flatMap(textsUnder);
  const lines = values.summary || files.length > 1;
  let failed = false;
  let warned = false;
  for (const file of files) {
    let r: Extraction;
    const started = performance.now();
    try {
      r = read(file, values).reading;
    } catch (error) {
      io.err(`extract: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const ms = performance.now() - started;
    for (const w of r.warnings) io.err(`${file}:${w.line}: warning: ${w.message}`);
    warned ||= r.warnings.length > 0;
    const s = r.summary;
    const sections = Object.entries(s.sections).map(([role, n]) => `${n} ${role}`).join(", ");
    io.err(`${file}: ${s.numbers} numbers, ${s.targets} targets, ${s.results} results, ${s.places} places; sections: ${sections}; ${s.outside} numbers outside judged sections; ${r.warnings.length} warnings`);
    const output = values.summary
      ? summaryLine(file, r, ms)
      : values.ledger
        ? { ...(lines ? { file } : {}), targets: contractRecords(r.targets), ledger: r.ledger, warnings: r.warnings, summary: s }
        : lines
          ? { file, targets: contractRecords(r.targets) }
          : contractRecords(r.targets);
    io.out(lines ? JSON.stringify(output) : JSON.stringify(output, null, 2));
  }
  if (failed) return 1;
  return values.strict && warned ? 1 : 0;
});

// A reader that closes the pipe early (| head) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

runIfScript(import.meta.url, main);
