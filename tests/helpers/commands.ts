/**
 * The project's commands called in the test's own process (their main(argv, io)), with extra
 * environment set only while they run: as `npm run <command>` would run them, without a Node
 * and tsx start-up per call.
 */
import { captureIo, type Main } from "../../scripts/cli.ts";

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `fn` with `env` set (undefined: unset), putting the environment back afterwards. */
export async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    return await fn();
  } finally {
    set(saved);
  }
}

/** Calls a command's main with `args` and `env`, capturing what it printed. */
export async function runMain(main: Main, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const io = captureIo();
  const status = await withEnv(env, async () => main(args, io));
  return { status, stdout: io.stdout, stderr: io.stderr };
}

/** `npm run ingest` with SEEDS_DIR and CONTENT_DIR (and any other variables) set. */
export async function ingest(env: Record<string, string>): Promise<Run> {
  const { main } = await import("../../scripts/ingest.ts");
  return runMain(main, [], env);
}
