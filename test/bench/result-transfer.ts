/**
 * A large dev result over HTTP: `POST /sandboxes/:id/query` with `Accept` Arrow IPC or JSON,
 * timed at the client from sending to the last byte. The client only counts bytes while timing
 * (Arrow bodies are kept and decoded afterwards to check the row count; for JSON the tail is
 * kept, which carries `rowCount` and `truncated`).
 */
import http from 'node:http';
import { tableFromIPC } from 'apache-arrow';
import { API } from './bench-platform';
import { LOOPBACK } from './http-load';
import { withPeakMemory, type PeakMemory } from './peak-memory';

export const ARROW_TYPE = 'application/vnd.apache.arrow.stream';

export type TransferFormat = 'arrow' | 'json';
export type Transfer = { format: TransferFormat; seconds: number; firstByteSeconds: number; bytes: number; rows: number; truncated: boolean; memory: PeakMemory };

const TAIL_BYTES = 256;

export async function fetchResult(port: number, sandboxId: string, token: string, sql: string, format: TransferFormat): Promise<Transfer> {
  const { result, memory } = await withPeakMemory(() => download(port, sandboxId, token, sql, format));
  const rows = format === 'arrow' ? tableFromIPC(Buffer.concat(result.chunks)).numRows : Number(/"rowCount":(\d+)/.exec(result.tail)?.[1] ?? Number.NaN);
  const truncated = format === 'json' ? /"truncated":true/.test(result.tail) : false;
  return { format, seconds: result.seconds, firstByteSeconds: result.firstByteSeconds, bytes: result.bytes, rows, truncated, memory };
}

type Downloaded = { seconds: number; firstByteSeconds: number; bytes: number; chunks: Buffer[]; tail: string };

function download(port: number, sandboxId: string, token: string, sql: string, format: TransferFormat): Promise<Downloaded> {
  const body = JSON.stringify({ sql, tier: 'dev' });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: LOOPBACK, port, method: 'POST', path: `${API}/sandboxes/${sandboxId}/query`,
      headers: {
        authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
        accept: format === 'arrow' ? ARROW_TYPE : 'application/json',
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      let firstByteSeconds = Number.NaN;
      let tail = Buffer.alloc(0);
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteSeconds = (performance.now() - started) / 1000;
        bytes += chunk.length;
        if (format === 'arrow' || res.statusCode !== 200) chunks.push(chunk);
        else tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES);
      });
      res.on('end', () => {
        const seconds = (performance.now() - started) / 1000;
        if (res.statusCode !== 200) {
          reject(new Error(`query answered ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`));
          return;
        }
        resolve({ seconds, firstByteSeconds, bytes, chunks, tail: tail.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(600_000, () => req.destroy(new Error('query timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
