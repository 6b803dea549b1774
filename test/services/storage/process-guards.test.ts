/**
 * A full disk must not end the process through its side doors: the operations log written to a
 * file (stdout redirected) and a background write nobody awaited. Each case runs in a child
 * process, since what is tested is whether that process survives. The full disk is /dev/full
 * (every write fails with a real ENOSPC) or, for resuming, a file on a full small tmpfs where
 * this process may mount one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { smallDisk, type SmallDisk } from './small-disk';

const ROOT = path.resolve(__dirname, '../../..');
const hook = require.resolve('tsx/cjs');
const haveDevFull = fs.existsSync('/dev/full');

/** Runs `script` (CommonJS; `root` is the repository) in a child whose stdout goes to `stdoutFile`. */
function runChild(script: string, stdoutFile: string, args: string[] = []): { status: number | null; stderr: string } {
  const out = fs.openSync(stdoutFile, 'w');
  try {
    const child = spawnSync(process.execPath, ['--require', hook, '-e', `const root = ${JSON.stringify(ROOT)};\n${script}`, '--', ...args], {
      stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 20_000,
    });
    return { status: child.status, stderr: child.stderr };
  } finally {
    fs.closeSync(out);
  }
}

const LOG_LINES = `
  const { createLogger } = require(root + '/services/logging/create-logger.ts');
  const logger = createLogger('info');
  for (let i = 0; i < 50; i += 1) logger.info('a line of the operations log', { i });
`;

(haveDevFull ? describe : describe.skip)('the operations log on a full disk (/dev/full: a real ENOSPC on every write)', () => {
  it('without the guard, the first log line kills the process (the bug this guards against)', () => {
    const child = runChild(LOG_LINES + `setTimeout(() => process.stderr.write('alive\\n'), 100);`, '/dev/full');
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('ENOSPC');
    expect(child.stderr).not.toContain('alive');
  });

  it('with the guard, lines are dropped and counted, the monitor hears of it, and the process lives on', () => {
    const child = runChild(`
      const { guardStandardStreams } = require(root + '/services/storage/guard-standard-streams.ts');
      let failures = 0;
      const guard = guardStandardStreams(() => { failures += 1; });
      ${LOG_LINES}
      setTimeout(() => process.stderr.write('alive guarded=' + guard.guarded + ' dropped=' + guard.dropped() + ' failures=' + failures + '\\n'), 100);
    `, '/dev/full');
    expect(child.stderr).toMatch(/alive guarded=1 dropped=50 failures=50/);
    expect(child.status).toBe(0);
  });
});

const disk: SmallDisk = smallDisk(2, 'shuyu-log-disk-');
afterAll(() => disk.release());

(disk.mode === 'tmpfs' ? describe : describe.skip)(`the operations log in a file on a full ${disk.mode} (2 MiB)`, () => {
  it('resumes by itself once space returns', () => {
    const logFile = path.join(disk.dir, 'shuyu.log');
    fs.writeFileSync(logFile, '');
    disk.fill(0);
    const filler = fs.readdirSync(disk.dir).filter((f) => f !== 'shuyu.log').map((f) => path.join(disk.dir, f));
    const child = runChild(`
      const fs = require('node:fs');
      const { guardStandardStreams } = require(root + '/services/storage/guard-standard-streams.ts');
      const guard = guardStandardStreams(() => undefined);
      const { createLogger } = require(root + '/services/logging/create-logger.ts');
      const logger = createLogger('info');
      logger.info('written while the disk is full');
      for (const f of process.argv.slice(1)) fs.rmSync(f);
      logger.info('written after space returned');
      setTimeout(() => process.stderr.write('alive dropped=' + guard.dropped() + '\\n'), 100);
    `, logFile, filler);
    expect(child.stderr).toMatch(/alive dropped=1/);
    expect(child.status).toBe(0);
    const log = fs.readFileSync(logFile, 'utf8');
    expect(log).not.toContain('written while the disk is full');
    expect(log).toContain('written after space returned');
  });
});

describe('a background write that fails for lack of disk and that nobody awaited', () => {
  const out = () => path.join(disk.dir, 'guard-out.log');
  const GUARD = `
    const { guardUnhandledStorageFailures } = require(root + '/services/storage/guard-unhandled-storage-failures.ts');
    const { createLogger } = require(root + '/services/logging/create-logger.ts');
    let noted = 0;
    guardUnhandledStorageFailures({ onFailure: () => { noted += 1; }, logger: createLogger('silent') });
  `;
  beforeEach(() => disk.unfill());

  it('does not end the process: it is noted (health turns degraded) and the process goes on', () => {
    const child = runChild(`${GUARD}
      void Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      void Promise.reject(new Error('TransactionContext Error: Failed to commit: Could not write file "x.wal": No space left on device'));
      setTimeout(() => process.stderr.write('alive noted=' + noted + '\\n'), 100);
    `, out());
    expect(child.stderr).toContain('alive noted=2');
    expect(child.status).toBe(0);
  });

  it('any other unhandled rejection still ends the process, as Node does by default', () => {
    const child = runChild(`${GUARD}
      void Promise.reject(new Error('a real bug'));
      setTimeout(() => process.stderr.write('alive\\n'), 100);
    `, out());
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('a real bug');
    expect(child.stderr).not.toContain('alive');
  });
});
