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
import { ReaderGoneError, StatementFailedError, WorkerStoppedError } from './worker-failures';
import type { StatementParams } from './worker-protocol';

/** `signal`: aborts the statement (its client went away). */
export type StatementLimits = QueryLimits & { maxBytes?: number; signal?: AbortSignal };

/** Runs statements on one sandbox tier: what the disclosure code and the services call. */
export interface StatementRunner {
  query(sql: string, limits: StatementLimits, params?: StatementParams): Promise<QueryResult>;
}

/** Writes a started result to a writable (Arrow IPC or JSON); resolves with what was written. */
export type ArrowStart = (out: Writable) => Promise<{ rowCount: number; truncated: boolean }>;

type StreamEncoding = {
  head(columns: ResultColumn[], head: Uint8Array): Uint8Array | string;
  piece(columns: ResultColumn[], head: Uint8Array, ipc: Uint8Array): Uint8Array | string;
  tail(end: { rowCount: number; truncated: boolean }): Uint8Array | string;
};

/** The rows of one piece, read as a stream of its own (head, the piece, the end marker). */
function rowsOfPiece(head: Uint8Array, ipc: Uint8Array, columns: ResultColumn[]): unknown[][] {
  return rowsFromIpc(Buffer.concat([head, ipc, END_OF_STREAM]), columns);
}

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
    let head: Uint8Array = new Uint8Array();
    const rows: unknown[][] = [];
    const end = await this.run(sandboxId, tier, sql, limits, params, {
      schema: (c, h) => {
        columns = c;
        head = h;
      },
      // Each piece is decoded as it arrives (a piece is at most about 256 KiB): no long pause.
      batch: (ipc) => {
        for (const row of rowsOfPiece(head, ipc, columns)) rows.push(row);
      },
    });
    return { columns, rows, rowCount: end.rowCount, truncated: end.truncated };
  }

  /** The result as an Arrow IPC stream, passed through as the worker made it. */
  streamArrow(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits): Promise<ArrowStart> {
    return this.startStream(sandboxId, tier, sql, limits, {
      head: (_columns, head) => head,
      piece: (_columns, _head, ipc) => ipc,
      tail: () => END_OF_STREAM,
    });
  }

  /**
   * The result as the JSON the API answers (`columns`, `rows`, then `rowCount` and `truncated`),
   * written piece by piece as the worker sends them, so that a large result neither waits whole
   * in memory nor holds the event loop while it is encoded.
   */
  streamJson(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits): Promise<ArrowStart> {
    let first = true;
    return this.startStream(sandboxId, tier, sql, limits, {
      head: (columns) => `{"columns":${JSON.stringify(columns)},"rows":[`,
      piece: (columns, head, ipc) => {
        const text = rowsOfPiece(head, ipc, columns).map((row) => JSON.stringify(row)).join(',');
        if (text === '') return '';
        const out = first ? text : `,${text}`;
        first = false;
        return out;
      },
      tail: (end) => `],"rowCount":${end.rowCount},"truncated":${end.truncated}}`,
    });
  }

  /**
   * Runs the statement and waits for its first piece (so that a refusal, a limit or an error is
   * still a clean HTTP error), then returns the function that writes the encoded result to a
   * writable, with backpressure: the worker waits while the writable is full.
   */
  private async startStream(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits, encode: StreamEncoding): Promise<ArrowStart> {
    let out: Writable | null = null;
    let attached: () => void = () => undefined;
    const outReady = new Promise<void>((resolve) => (attached = resolve));
    let started: () => void = () => undefined;
    const firstPiece = new Promise<void>((resolve) => (started = resolve));
    let columns: ResultColumn[] = [];
    let head: Uint8Array = new Uint8Array();
    const write = async (bytes: Uint8Array | string) => {
      await outReady;
      const target = out as Writable | null;
      if (!target || target.destroyed) throw new ReaderGoneError();
      if (bytes.length === 0 || target.write(bytes)) return;
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          target.off('close', onClose);
          resolve();
        };
        const onClose = () => {
          target.off('drain', onDrain);
          reject(new ReaderGoneError());
        };
        target.once('drain', onDrain).once('close', onClose);
      });
    };
    const finished = this.run(sandboxId, tier, sql, limits, undefined, {
      schema: (c, h) => {
        columns = c;
        head = h;
        started();
        void write(encode.head(columns, head)).catch(() => undefined);
      },
      batch: async (ipc) => {
        await outReady;
        await write(encode.piece(columns, head, ipc));
      },
    });
    await Promise.race([firstPiece, finished]);
    return async (target) => {
      out = target;
      target.once('close', () => {
        if (!target.writableFinished) out = null;
      });
      attached();
      const end = await finished;
      await write(encode.tail(end));
      target.end();
      return { rowCount: end.rowCount, truncated: end.truncated };
    };
  }

  private async run(sandboxId: string, tier: Tier, sql: string, limits: StatementLimits, params: StatementParams | undefined, sink: Parameters<WorkerPool['run']>[4]) {
    try {
      return await this.pool.run(sandboxId, tier, { sql, params, maxRows: limits.maxRows, maxBytes: limits.maxBytes ?? this.maxBytes }, limits.timeoutMs, sink, limits.signal);
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
