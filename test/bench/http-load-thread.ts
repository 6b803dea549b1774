/**
 * Runs the load generator on a worker thread, so that the client's own CPU work (building
 * requests, parsing responses) does not share the event loop of the server under test when
 * both live in this process. The worker loads TypeScript through tsx's CommonJS hook.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runHttpLoad, type LoadOptions, type LoadResult } from './http-load';

export type ClientMode = 'thread' | 'inline';

type WorkerAnswer = { ok: true; result: LoadResult } | { ok: false; error: string };

export function runLoad(options: LoadOptions, mode: ClientMode): Promise<LoadResult> {
  return mode === 'inline' ? runHttpLoad(options) : runHttpLoadInWorker(options);
}

export function runHttpLoadInWorker(options: LoadOptions): Promise<LoadResult> {
  const entry = path.join(__dirname, 'http-load-worker.ts');
  const hook = require.resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`;
  return new Promise<LoadResult>((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: options });
    let settled = false;
    const finish = (error: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error || !result) reject(error ?? new Error('load worker gave no result'));
      else resolve(result);
    };
    worker.once('message', (answer: WorkerAnswer) =>
      answer.ok ? finish(null, answer.result) : finish(new Error(`load worker failed: ${answer.error}`)),
    );
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(new Error(`load worker exited early with code ${code}`)));
  });
}

export function clientModeFrom(value: string | undefined): ClientMode {
  if (value === undefined || value === '' || value === 'thread') return 'thread';
  if (value === 'inline') return 'inline';
  throw new Error(`BENCH_HTTP_CLIENT must be "thread" or "inline", not "${value}"`);
}
