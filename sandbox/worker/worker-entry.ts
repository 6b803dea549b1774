/**
 * How to start a worker process. Where the platform was built (npm run build), the compiled
 * `worker-main.js` beside this file. From the TypeScript sources (development, tests), the
 * worker is bundled once per platform start with esbuild into one plain script under
 * `<code>/.worker-build/`, so that a worker under another user runs no compiler and starts
 * no helper process (tsx would spawn esbuild from inside it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** The directory that holds the platform's code (a worker under another user must reach it). */
export const CODE_DIR = path.resolve(__dirname, '..', '..');

export type WorkerEntry = { module: string; execArgv: string[] };

export function workerEntry(): WorkerEntry {
  const compiled = path.join(__dirname, 'worker-main.js');
  if (fs.existsSync(compiled)) return { module: compiled, execArgv: [] };
  const dir = path.join(CODE_DIR, '.worker-build');
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  // Named by the sources it is built from: built once, rebuilt when they change.
  const target = path.join(dir, `worker-main-${sourcesHash()}.js`);
  if (fs.existsSync(target)) return { module: target, execArgv: [] };
  const scratch = path.join(dir, `.worker-main-${crypto.randomUUID()}.js`);
  buildSync({
    entryPoints: [path.join(__dirname, 'worker-main.ts')], outfile: scratch, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    // The native engine stays a package: it resolves from the code directory's node_modules.
    external: ['@duckdb/node-api'], logLevel: 'silent',
  });
  fs.chmodSync(scratch, 0o644);
  fs.renameSync(scratch, target);
  return { module: target, execArgv: [] };
}

/** A hash of the sandbox sources a worker bundles (its own folder, the encoders, the engine). */
function sourcesHash(): string {
  const hash = crypto.createHash('sha256');
  for (const folder of ['worker', 'encoders', 'engine']) {
    const dir = path.join(__dirname, '..', folder);
    for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
