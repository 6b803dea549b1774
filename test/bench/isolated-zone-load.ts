/**
 * Several closed-loop HTTP loads at once (one per client, each with its own path and token), on
 * one worker thread as `runLoad` does for a single load, or inline on the server's thread. The
 * loads start together; each ends by its own duration and request cap.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runHttpLoad, type LoadOptions, type LoadResult } from './http-load';
import type { ClientMode } from './http-load-thread';

type WorkerAnswer = { ok: true; results: LoadResult[] } | { ok: false; error: string };

export function runLoads(loads: LoadOptions[], mode: ClientMode): Promise<LoadResult[]> {
  return mode === 'inline' ? Promise.all(loads.map(runHttpLoad)) : runLoadsInWorker(loads);
}

function runLoadsInWorker(loads: LoadOptions[]): Promise<LoadResult[]> {
  const entry = path.join(__dirname, 'isolated-zone-load-worker.ts');
  const hook = require.resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`;
  return new Promise<LoadResult[]>((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: loads });
    let settled = false;
    const finish = (error: Error | null, results?: LoadResult[]) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error || !results) reject(error ?? new Error('load worker gave no result'));
      else resolve(results);
    };
    worker.once('message', (answer: WorkerAnswer) =>
      answer.ok ? finish(null, answer.results) : finish(new Error(`load worker failed: ${answer.error}`)),
    );
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(new Error(`load worker exited early with code ${code}`)));
  });
}
