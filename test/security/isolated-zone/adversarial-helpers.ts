/**
 * Helpers of the adversarial isolated-zone attacks: a real listening server for clients that
 * stall, read slowly or hang up (supertest cannot), the worker processes of a platform as the
 * operating system sees them, and the audit trail of one request's statements.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Zone } from './zone-fixture';

export const ARROW = 'application/vnd.apache.arrow.stream';

/** A statement that runs well past any test deadline (a five-way cross join of the twin). */
export const SLOW = 'SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e';

export type Listening = { port: number; close(): Promise<void> };

export async function listen(app: Express): Promise<Listening> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type RawAnswer = { status: number; bytes: number; ms: number; ended: 'end' | 'cut' | 'hung up' | 'no answer' };

/**
 * POST a dev query from a client of our own: it counts the body's bytes without parsing them
 * (an attacker does not), and with `hangUpAfterBytes` hangs up once that many arrived, with
 * `stall` stops reading after the first piece and never resumes.
 */
export function rawQuery(
  port: number, zone: Pick<Zone, 'sandboxId' | 'w'>, sql: string,
  options: { accept?: string; requestId?: string; hangUpAfterBytes?: number; stall?: boolean; sandboxId?: string; onRequest?: (req: http.ClientRequest) => void } = {},
): Promise<RawAnswer> {
  const started = Date.now();
  const body = JSON.stringify({ sql, tier: 'dev' });
  return new Promise<RawAnswer>((resolve) => {
    let bytes = 0;
    let status = 0;
    const done = (ended: RawAnswer['ended']) => resolve({ status, bytes, ms: Date.now() - started, ended });
    const req = http.request({
      host: '127.0.0.1', port, method: 'POST', path: `/api/v1/sandboxes/${options.sandboxId ?? zone.sandboxId}/query`,
      headers: {
        Authorization: `Bearer ${zone.w.operator.token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body),
        Accept: options.accept ?? 'application/json', ...(options.requestId ? { 'X-Request-Id': options.requestId } : {}),
      },
    }, (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (options.stall) res.pause();
        if (options.hangUpAfterBytes !== undefined && bytes >= options.hangUpAfterBytes) {
          req.destroy();
          done('hung up');
        }
      });
      res.on('end', () => done('end'));
      res.on('aborted', () => done('cut'));
      res.on('error', () => done('cut'));
    });
    req.on('error', () => done(status ? 'cut' : 'no answer'));
    options.onRequest?.(req);
    req.end(body);
  });
}

/** Processes whose parent is `pid` and that run the sandbox worker's code. */
export function workerProcessesOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('worker-main')) found.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

/** True while the process runs (a zombie, exited and waiting to be reaped, does not count). */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 25): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The user id a process runs as (from /proc). */
export function uidOf(pid: number): number {
  return Number(/Uid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
}

/** Total bytes of the files in a directory (0 when it is gone). */
export function directoryBytes(dir: string): number {
  try {
    return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(`${dir}/${name}`).size, 0);
  } catch {
    return 0;
  }
}

type Entry = { action: string; resource: string; outcome: string; requestId: string; details: Record<string, unknown> };

/** The statement.start entries of one request (by X-Request-Id, or a run's id) and, for each, its end or loss. */
export function statementsOf(entries: Entry[], requestId: string): { start: Entry; end: Entry | undefined }[] {
  return entries.filter((e) => e.action === 'statement.start' && e.requestId === requestId).map((start) => ({
    start,
    end: entries.find((e) => (e.action === 'statement.end' || e.action === 'statement.lost') && e.details.statementId === start.details.statementId),
  }));
}
