/**
 * The shape every command here has: `main(argv, io)` returns an exit code and writes through
 * `io`, so a test calls it in the same process (no Node and tsx start-up per case), and the
 * same module run as a script (`tsx scripts/x.ts …`) calls it with the process's arguments.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface Io {
  /** A line of the command's output (stdout). */
  out(line: string): void;
  /** A line of messages: warnings, errors, notes (stderr). */
  err(line: string): void;
}

export const consoleIo: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

export type Main = (argv: string[], io?: Io) => Promise<number> | number;

/**
 * `body`, with any error it throws printed as "<name>: <message>" and exit code 1: scripts fail
 * naming what was wrong, never with a stack trace.
 */
export function command(name: string, body: (argv: string[], io: Io) => Promise<number> | number): Main {
  return async (argv, io = consoleIo) => {
    try {
      return await body(argv, io);
    } catch (error) {
      io.err(`${name}: ${(error as Error).message}`);
      return 1;
    }
  };
}

/** Runs `main` with the process's arguments when `moduleUrl` is the script Node was started with. */
export function runIfScript(moduleUrl: string, main: Main): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(resolve(entry)).href !== moduleUrl) return;
  Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}

/** Captures what a command writes, for tests: `const io = captureIo(); await main(args, io); io.stdout`. */
export function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (line: string) => void (io.stdout += `${line}\n`),
    err: (line: string) => void (io.stderr += `${line}\n`),
  };
  return io;
}
