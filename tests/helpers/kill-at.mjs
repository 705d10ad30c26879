// Test-only preload (node --import): makes this process kill itself with SIGKILL just as it is
// about to make its FAULT_KILL_AT-th change to a file under FAULT_ROOT (creating, writing,
// renaming or deleting one), after writing half of what that change would write; with
// FAULT_COUNT_FILE it instead writes how many such changes it made, as it exits. This is how
// tests/io/faults.test.ts kills ingest and archive at chosen points, with no hook in their code.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const root = process.env.FAULT_ROOT ? path.resolve(process.env.FAULT_ROOT) : null;
const killAt = Number(process.env.FAULT_KILL_AT ?? 0);
const countFile = process.env.FAULT_COUNT_FILE;
if (root) {
  const real = { ...fs };
  const fdPaths = new Map();
  const inside = (p) => typeof p === 'string' && (path.resolve(p) + path.sep).startsWith(root + path.sep);
  let changes = 0;
  /** Counts a change to `p`; at the chosen one, does `half` (a torn write) and dies. */
  const change = (p, half) => {
    if (!inside(p)) return;
    if (++changes === killAt) {
      half?.();
      process.kill(process.pid, 'SIGKILL');
    }
  };
  const halfOf = (data) => (typeof data === 'string' ? data.slice(0, data.length >> 1) : Buffer.from(data.buffer ?? data, data.byteOffset ?? 0, data.byteLength ?? data.length).subarray(0, (data.byteLength ?? data.length) >> 1));
  fs.openSync = (p, flags, ...rest) => {
    const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
    if (writing) change(p);
    const fd = real.openSync(p, flags, ...rest);
    fdPaths.set(fd, p);
    return fd;
  };
  fs.writeSync = (fd, data, ...rest) => {
    change(fdPaths.get(fd), () => real.writeSync(fd, halfOf(data)));
    return real.writeSync(fd, data, ...rest);
  };
  fs.writeFileSync = (p, data, ...rest) => {
    change(p, () => real.writeFileSync(p, halfOf(data)));
    return real.writeFileSync(p, data, ...rest);
  };
  for (const name of ['mkdirSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'renameSync', 'copyFileSync']) {
    fs[name] = (p, ...rest) => {
      change(p);
      return real[name](p, ...rest);
    };
  }
  syncBuiltinESMExports();
  if (countFile) process.on('exit', () => real.writeFileSync(countFile, String(changes)));
}
