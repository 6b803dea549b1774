/**
 * Worker-thread entry for `runHttpLoadInWorker`: runs one load with the options it was given
 * and posts the result back. It has no exports; it is loaded only as a worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runHttpLoad, type LoadOptions } from './http-load';

const port = parentPort;
if (port) {
  runHttpLoad(workerData as LoadOptions).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
}
