// Large and hostile inputs for npm run bench: the seed repeated to 3 MB and to 30 MB through
// extract and ingest, and archive:verify of a WACZ whose WARC has a 600 MB header line, each in
// a child process measured for time and peak memory. Nothing here is asserted: it measures.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { timedNode, type TimedRun } from "./bench-builds.ts";
import { longHeaderWacz } from "../tests/archive/wacz-helpers.ts";

export interface LargeRow {
  measure: string;
  run: TimedRun;
  note: string;
}

/** seeds/<year>/ holding the seed repeated to `bytes`, with its YAML; returns the seeds folder. */
function repeatedSeed(seedFile: string, bytes: number, root: string): { seeds: string; text: string } {
  const text = readFileSync(seedFile, "utf8");
  const big = text.repeat(Math.ceil(bytes / Buffer.byteLength(text)));
  const year = /\/(\d{4})\//.exec(seedFile)![1]!;
  const seeds = join(root, "seeds");
  mkdirSync(join(seeds, year), { recursive: true });
  writeFileSync(join(seeds, year, "repeated.txt"), big);
  copyFileSync(seedFile.replace(/\.txt$/, ".yaml"), join(seeds, year, "repeated.yaml"));
  return { seeds, text: join(seeds, year, "repeated.txt") };
}

export async function largeRows(seedFile: string, root: string): Promise<LargeRow[]> {
  const rows: LargeRow[] = [];
  for (const mb of [3, 30]) {
    const dir = join(root, `repeated-${mb}`);
    const { seeds, text } = repeatedSeed(seedFile, mb * 1e6, dir);
    console.error(`bench: the seed repeated to ${mb} MB through extract and ingest …`);
    const extract = timedNode(["--import", "tsx", "scripts/extract.ts", text, "--summary"]);
    const summary = JSON.parse(extract.stdout) as { characters: number; targets: number; numbers: number };
    rows.push({ measure: `extract: seed repeated to ${mb} MB`, run: extract, note: `${summary.characters} characters, ${summary.targets} targets (--summary, a process)` });
    const ingest = timedNode(["--import", "tsx", "scripts/ingest.ts"], { SEEDS_DIR: seeds, CONTENT_DIR: join(dir, "content") });
    rows.push({ measure: `ingest: seed repeated to ${mb} MB`, run: ingest, note: `into a temporary CONTENT_DIR; ${mb === 30 ? "targets ≤ 60 s, ≤ 1 GiB" : "repeated unit names joined"}` });
    rmSync(dir, { recursive: true, force: true });
  }
  console.error("bench: archive:verify of a WACZ whose WARC has a 600 MB header line …");
  const wacz = join(root, "long-line.wacz");
  writeFileSync(wacz, await longHeaderWacz(600 * 1024 * 1024));
  // It must be refused (exit 1); the measurement is of that refusal.
  const verify = timedNode(["--import", "tsx", "scripts/archive-verify.ts", wacz], {}, 1);
  rows.push({ measure: "archive:verify: crafted WACZ (600 MB header line)", run: verify, note: "refused; target ≤ 256 MiB" });
  return rows;
}
