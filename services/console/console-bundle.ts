/**
 * The console's built bundle (`services/console/dist`, served at `/`). `ensureConsoleBuilt`
 * builds it when it is missing or stale: the fingerprint of the console's sources, the Vite
 * configuration and the lock file is kept in `dist/.fingerprint`, so an unchanged console starts
 * at once and a changed one is rebuilt (about 5 s here). The build runs Vite in a child process
 * (Vite is ESM-only; the platform runs as CommonJS), and is written to a temporary directory
 * first so a failed or interrupted build never leaves a half bundle being served.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../config/version';

const run = promisify(execFile);

export const consoleRoot = path.join(packageRoot, 'services', 'console');
export const consoleDist = path.join(consoleRoot, 'dist');
const FINGERPRINT = '.fingerprint';

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A hash over everything the bundle is built from. */
export function consoleFingerprint(): string {
  const inputs = [
    ...listFiles(path.join(consoleRoot, 'src')),
    ...listFiles(path.join(consoleRoot, 'public')),
    path.join(consoleRoot, 'index.html'),
    path.join(consoleRoot, 'vite.config.mts'),
    path.join(packageRoot, 'package-lock.json'),
  ].sort();
  const hash = crypto.createHash('sha256');
  for (const file of inputs) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(consoleRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function consoleIsCurrent(dist = consoleDist): boolean {
  const file = path.join(dist, FINGERPRINT);
  return fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === consoleFingerprint();
}

/** Whether the sources are present to build from (an installation may ship only `dist`). */
export function consoleSourcesPresent(): boolean {
  return fs.existsSync(path.join(consoleRoot, 'src', 'main.ts')) && fs.existsSync(path.join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js'));
}

export type BuildOutcome = { built: boolean; ms: number };

export async function ensureConsoleBuilt(log: (line: string) => void = () => undefined): Promise<BuildOutcome> {
  const started = Date.now();
  if (consoleIsCurrent()) return { built: false, ms: 0 };
  if (!consoleSourcesPresent()) {
    if (fs.existsSync(path.join(consoleDist, 'index.html'))) return { built: false, ms: 0 };
    throw new Error('the console is not built and its sources or Vite are missing: run npm install');
  }
  log('building the web console…');
  const fingerprint = consoleFingerprint();
  const staging = path.join(consoleRoot, `.dist-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const vite = path.join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--config', path.join(consoleRoot, 'vite.config.mts'), '--outDir', staging, '--emptyOutDir'], {
      cwd: consoleRoot, env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024,
    });
    fs.writeFileSync(path.join(staging, FINGERPRINT), `${fingerprint}\n`);
    swapInto(staging, consoleDist);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  log(`web console built in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, ms };
}

/** Replaces `dist` with the staged build; another process building at the same time may win. */
function swapInto(staging: string, dist: string): void {
  const old = path.join(consoleRoot, `.dist-old-${process.pid}`);
  for (let attempt = 0; ; attempt++) {
    try {
      if (fs.existsSync(dist)) fs.renameSync(dist, old);
      fs.renameSync(staging, dist);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT')) throw error;
    } finally {
      fs.rmSync(old, { recursive: true, force: true });
    }
  }
}
