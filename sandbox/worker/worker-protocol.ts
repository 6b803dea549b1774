/**
 * The sandbox worker protocol: what the platform and a worker process say to each other.
 * It is transport-neutral (plain, structured-clone-safe objects), so the same messages can
 * travel over a child process's IPC channel now and over authenticated HTTP later.
 *
 * One worker serves one sandbox tier and runs one statement at a time. Results travel as
 * Arrow IPC pieces in `result` messages: the stream's head (schema, with each column's DuckDB
 * type), record batches, and the end; or `failed` at any point.
 */
import type { EngineLimits } from '../engine/locked-instance';

/** Bound values of a statement: JSON primitives only (dates travel as 'YYYY-MM-DD'). */
export type StatementParams = Record<string, string | number | boolean>;

export type StatementRequest = { sql: string; params?: StatementParams; maxRows: number; maxBytes: number };

export type ToWorker =
  | { type: 'open'; file: string; limits: EngineLimits }
  | { type: 'run'; id: number; statement: StatementRequest }
  | { type: 'ack'; id: number }
  /** Stop the statement (its reader went away); the platform kills the worker if it does not end soon. */
  | { type: 'cancel'; id: number }
  | { type: 'ping'; id: number };

/** How many batches a worker may send ahead of the platform's acknowledgements (backpressure). */
export const BATCH_WINDOW = 4;

/** Why a statement failed inside the worker. `sql` is the operator's own mistake (a 422). */
export type FailureKind = 'sql' | 'refused' | 'out_of_memory' | 'result_too_large' | 'internal';

export type FromWorker =
  | { type: 'ready' }
  | { type: 'open-failed'; message: string }
  /**
   * A piece of a statement's result. The first carries the columns and the stream's head (its
   * schema); the last carries `end`. A one-chunk result is a single message. Each piece that
   * does not end the result is acknowledged by the platform (`ack`).
   */
  | {
    type: 'result'; id: number; columns?: { name: string; type: string }[]; head?: Uint8Array; ipc?: Uint8Array; rows: number;
    end?: { rowCount: number; truncated: boolean; bytes: number };
  }
  | { type: 'failed'; id: number; kind: FailureKind; message: string }
  | { type: 'pong'; id: number };
