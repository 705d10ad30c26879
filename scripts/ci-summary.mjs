#!/usr/bin/env node
// Usage: node scripts/ci-summary.mjs <vitest-json-report>
//
// Prints exactly one line: "N passed, N failed" (", N skipped" appended when
// tests were skipped or todo). Exits 1 if the report is missing/unreadable or
// anything failed. A test file that failed before running any test (import or
// syntax error) has no test entries; it is counted as one failed test so that
// the line never says "0 failed" for a red run.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/ci-summary.mjs <vitest-json-report>');
  process.exit(1);
}

let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  const why = err?.code === 'ENOENT' ? 'file not found' : err?.message ?? String(err);
  console.error(`ci-summary: no usable test results at ${file} (${why})`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const mod of report.testResults ?? []) {
  let failedHere = 0;
  for (const t of mod.assertionResults ?? []) {
    if (t.status === 'passed') passed++;
    else if (t.status === 'failed') failedHere++;
    else skipped++; // skipped, pending, todo, disabled
  }
  if (mod.status === 'failed' && failedHere === 0) failedHere = 1;
  failed += failedHere;
}
// Run-level failure with no failing test (e.g. an unhandled error between tests).
if (report.success === false && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
