/**
 * Worker-thread entry for `runLoads`: runs every load it was given at once and posts the
 * results back, in order. It has no exports; it is loaded only as a worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runHttpLoad, type LoadOptions } from './http-load';

const port = parentPort;
if (port) {
  Promise.all((workerData as LoadOptions[]).map(runHttpLoad)).then(
    (results) => port.postMessage({ ok: true, results }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
}
