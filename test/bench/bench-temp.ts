/**
 * Temporary directories of the data benchmarks. Each is removed by its owner when done, and any
 * still left (a failed section, Ctrl-C, `timeout` sending SIGTERM) is removed when the process
 * exits or is interrupted, so a run never leaves gigabytes behind in the temp directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const live = new Set<string>();
let hooked = false;

/** Creates `<tmp>/shuyu-bench-<label>-XXXXXX` and registers it for cleanup at exit. */
export function benchTempDir(label: string): string {
  hookCleanup();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shuyu-bench-${label}-`));
  live.add(dir);
  return dir;
}

/** Removes a directory made by `benchTempDir` (idempotent). */
export function removeBenchTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

function removeAll(): void {
  for (const dir of [...live]) removeBenchTempDir(dir);
}

function hookCleanup(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeAll();
      process.kill(process.pid, signal);
    });
  }
}
