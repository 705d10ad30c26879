// Prints the targets read from any text as JSON, without building a site:
//   npm run extract -- <file.txt> [--year 2023] [--city 襄阳] [--ledger]
// Metadata comes from a .yaml beside the file when there is one; flags override it.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { decodeSeed } from "../src/lib/decode.ts";
import { extractTargets } from "../src/lib/extract.ts";
import { contractRecords } from "../src/data/contract.ts";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { year: { type: "string" }, city: { type: "string" }, ledger: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) {
    console.error("usage: npm run extract -- <file.txt> [--year YYYY] [--city 城市] [--ledger]");
    return 2;
  }
  const [file] = positionals;
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const text = decodeSeed(readFileSync(file), file);
  const yamlPath = file.replace(/\.[^./]+$/, "") + ".yaml";
  const meta = existsSync(yamlPath) ? (parseYaml(readFileSync(yamlPath, "utf8")) ?? {}) : {};
  const year = values.year !== undefined ? Number(values.year) : typeof meta.year === "number" ? meta.year : null;
  if (year !== null && !Number.isInteger(year)) throw new Error(`--year ${values.year}: expected a year such as 2023`);
  const city = values.city ?? (typeof meta.city === "string" ? meta.city : undefined);
  const result = extractTargets(text, { year, city });
  for (const w of result.warnings) console.error(`${file}:${w.line}: warning: ${w.message}`);
  const output = values.ledger
    ? { targets: contractRecords(result.targets), ledger: result.ledger, warnings: result.warnings }
    : contractRecords(result.targets);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

// A reader that closes the pipe early (| head) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

try {
  process.exitCode = main();
} catch (error) {
  console.error(`extract: ${(error as Error).message}`);
  process.exitCode = 1;
}
