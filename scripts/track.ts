// Follows the targets of one year's text into the next year's report(s):
//   npm run track -- <year N text> <year N+1 text…> [--year N] [--city 襄阳] [--summary]
// Prints a JSON array, one object per target of the first text: {target, result, status, rule,
// evidence}, target and result as `npm run extract` prints records (result null when none).
// --summary prints the counts by status instead. Warnings and a summary go to stderr.
import { parseArgs } from "node:util";
import { contractRecords } from "../src/data/contract.ts";
import { followUp, type FollowUp } from "../src/lib/follow-up.ts";
import { readText } from "./read-text.ts";
import { command, runIfScript, type Io } from "./cli.ts";

const USAGE = "usage: npm run track -- <year N text> <year N+1 text>… [--year N] [--city 城市] [--summary]";

/** Counts by status, every status named even when none has it. */
export function statusCounts(follow: readonly FollowUp[]): Record<string, number> {
  const counts: Record<string, number> = { targets: follow.length, met: 0, missed: 0, unclear: 0, "not-reported": 0 };
  for (const f of follow) counts[f.status]! += 1;
  return counts;
}

/** The year most targets are set for (a few name a later one: 到2025年). */
function mostCommonYear(targets: readonly FollowUp["target"][]): number | null {
  const counts = new Map<number, number>();
  for (const t of targets) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

export const main = command("track", (argv: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { year: { type: "string" }, city: { type: "string" }, summary: { type: "boolean", default: false } },
  });
  if (positionals.length < 2) {
    io.err(USAGE);
    return 2;
  }
  const [first, ...later] = positionals as [string, ...string[]];
  const { text: targetText, reading: targets } = readText(first, values);
  const year = values.year !== undefined ? Number(values.year) : (targets.summary.planYear ?? mostCommonYear(targets.targets));
  if (year === null || !Number.isInteger(year)) throw new Error(`${first}: cannot tell the year of its targets; give it with --year`);
  const next = later.map((file) => {
    const { text, reading } = readText(file, { city: values.city });
    // A report reviews the year before its own: a text of another year would leave every target unanswered.
    const reviews = reading.results.filter((r) => r.year === year).length;
    if (reviews === 0) io.err(`${file}: warning: no result of ${year} read here; is it the report of ${year + 1}?`);
    return { file, text, reading };
  });
  const follow = followUp(targets.targets, next, year, targetText);
  const counts = statusCounts(follow);
  io.err(`${first} → ${later.join(", ")}: ${counts.targets} targets of ${year}: ${counts.met} met, ${counts.missed} missed, ${counts.unclear} unclear, ${counts["not-reported"]} not reported`);
  if (values.summary) {
    io.out(JSON.stringify(counts));
    return 0;
  }
  const record = (t: FollowUp["target"] | null) => (t === null ? null : contractRecords([t])[0]!);
  const out = follow.map((f) => ({
    target: record(f.target),
    result: record(f.result),
    status: f.status,
    rule: f.rule,
    evidence: f.evidence && { ...f.evidence, file: next[f.source!]!.file },
    ...(f.result && f.source !== null ? { result_file: next[f.source]!.file } : {}),
  }));
  io.out(JSON.stringify(out, null, 2));
  return 0;
});

// A reader that closes the pipe early (| head) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

runIfScript(import.meta.url, main);
