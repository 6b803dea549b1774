/**
 * Statements on sandbox data, as the platform's services run them: each goes to a worker of
 * the sandbox tier (see worker-pool.ts), its Arrow IPC result comes back under the row and byte
 * caps, and every way it can fail becomes one of the errors in statement-errors.ts.
 * `query` collects rows in the platform's JSON form; `streamArrow` passes the Arrow stream
 * through to a writable with backpressure, after the first piece has arrived (so a failure
 * before it is still a clean HTTP error).
 */
import type { Writable } from 'node:stream';
import { END_OF_STREAM } from '../encoders/arrow-stream';
import { rowsFromIpc } from '../encoders/arrow-rows';
import { QueryTimeoutError, type QueryLimits, type QueryResult, type ResultColumn } from '../engine/run-query';
import { ResourceLimitError, StatementSqlError, WorkerLostError } from './statement-errors';
import { SandboxClosedError, type Tier, type WorkerPool } from './worker-pool';
import { StatementFailedError, WorkerStoppedError } from './worker-process';
import type { StatementParams } from './worker-protocol';

export type StatementLimits = QueryLimits & { maxBytes?: number };

/** Runs statements on one sandbox tier: what the disclosure code and the services call. */
export interface StatementRunner {
  query(sql: string, limits: StatementLimits, params?: StatementParams): Promise<QueryResult>;
}

export type ArrowStart = (out: Writable) => Promise<{ rowCount: number; truncated: boolean }>;

export class SandboxStatements {
  constructor(private readonly pool: WorkerPool, private readonly maxBytes: number) {}

  isClosed(sandboxId: string): boolean {
    return this.pool.isClosed(sandboxId);
  }

  /** Starts a worker of the tier now if none is idle (see WorkerPool.warm). */
  async warm(sandboxId: string, tier: Tier): Promise<void> {
    try {
      await this.pool.warm(sandboxId, tier);
    } catch (error) {
      throw this.translate(sandboxId, error, 0);
    }
  }

  on(sandboxId: string, tier: Tier): StatementRunner {
    return { query: (sql, limits, params) => this.query(sandboxId, tier, sql, limits, params) };
  }

  async query(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits, params?: StatementParams): Promise<QueryResult> {
    let columns: ResultColumn[] = [];
    const pieces: Uint8Array[] = [];
    const end = await this.run(sandboxId, tier, sql, limits, params, {
      schema: (c, head) => {
        columns = c;
        pieces.push(head);
      },
      batch: (ipc) => {
        pieces.push(ipc);
      },
    });
    pieces.push(END_OF_STREAM);
    const rows = rowsFromIpc(Buffer.concat(pieces), columns);
    return { columns, rows, rowCount: end.rowCount, truncated: end.truncated };
  }

  async streamArrow(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits): Promise<ArrowStart> {
    let out: Writable | null = null;
    let attached: () => void = () => undefined;
    const outReady = new Promise<void>((resolve) => (attached = resolve));
    let started: () => void = () => undefined;
    const firstPiece = new Promise<void>((resolve) => (started = resolve));
    const write = async (bytes: Uint8Array) => {
      await outReady;
      const target = out as Writable | null;
      if (!target || target.destroyed) throw new Error('the reader went away');
      if (!target.write(bytes)) await new Promise<void>((resolve, reject) => target.once('drain', resolve).once('close', () => reject(new Error('the reader went away'))));
    };
    const finished = this.run(sandboxId, tier, sql, limits, undefined, {
      schema: (_columns, head) => {
        started();
        void write(head).catch(() => undefined);
      },
      batch: (ipc) => write(ipc),
    });
    await Promise.race([firstPiece, finished]);
    return async (target) => {
      out = target;
      attached();
      const end = await finished;
      await write(END_OF_STREAM);
      target.end();
      return { rowCount: end.rowCount, truncated: end.truncated };
    };
  }

  private async run(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits, params: StatementParams | undefined, sink: Parameters<WorkerPool['run']>[4]) {
    try {
      return await this.pool.run(sandboxId, tier, { sql, params, maxRows: limits.maxRows, maxBytes: limits.maxBytes ?? this.maxBytes }, limits.timeoutMs, sink);
    } catch (error) {
      throw this.translate(sandboxId, error, limits.timeoutMs);
    }
  }

  private translate(sandboxId: string, error: unknown, timeoutMs: number): unknown {
    if (this.pool.isClosed(sandboxId)) return new SandboxClosedError('the sandbox was sealed while the statement ran');
    if (error instanceof WorkerStoppedError) {
      if (error.reason === 'deadline') return new QueryTimeoutError(timeoutMs);
      if (error.reason === 'memory') return new ResourceLimitError('memory', 'the statement needed more memory than the sandbox allows, and its worker was stopped');
      if (error.reason === 'cpu') return new ResourceLimitError('cpu', 'the statement used more CPU time than the sandbox allows, and its worker was stopped');
      return new WorkerLostError('the sandbox worker stopped while the statement ran');
    }
    if (error instanceof StatementFailedError) {
      if (error.kind === 'result_too_large') return new ResourceLimitError('result_size', error.message);
      if (error.kind === 'out_of_memory') return new ResourceLimitError('memory', 'the statement needed more memory than the sandbox allows');
      if (error.kind === 'internal') return new WorkerLostError(error.message);
      return new StatementSqlError(error.message);
    }
    return error;
  }
}
