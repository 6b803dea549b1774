/**
 * The sandbox worker process. It is started by the platform with an empty environment, under
 * a user of its own where the platform runs as root, inside a memory cgroup where one exists;
 * it holds one sandbox tier's database file, opened read-only and locked down (see
 * locked-instance.ts), and nothing else: no key, no control store, no vault.
 *
 * It runs one statement at a time: a statement must be a single SELECT (checked again here by
 * its prepared type, beneath the platform's guard), and its result goes back as Arrow IPC
 * pieces, capped by rows and bytes while it streams. Limits that DuckDB cannot enforce on itself
 * (a runaway scalar call, a wall-clock deadline) are enforced from outside: the platform kills
 * this process. When the platform goes away, the worker exits.
 */
import { StatementType, type DuckDBConnection, type DuckDBInstance } from '@duckdb/node-api';
import type { RecordBatch } from 'apache-arrow';
import { batchBytes, chunkToBatch, resultSchema, ResultTooLargeError, schemaBytes } from '../encoders/arrow-stream';
import { openLockedInstance } from '../engine/locked-instance';
import { BATCH_WINDOW, type FailureKind, type FromWorker, type StatementRequest, type ToWorker } from './worker-protocol';

let instance: DuckDBInstance | null = null;
/** The one connection statements run on, one at a time (kept: connecting costs more than a small query). */
let connection: DuckDBConnection | null = null;
let busy = false;
/** The running statement's connection and id (for `cancel`). */
let running: { id: number; connection: DuckDBConnection; cancelled: boolean } | null = null;
/** Batches sent and not yet acknowledged, and the wait for the next acknowledgement. */
let unacknowledged = 0;
let onAck: (() => void) | null = null;

function send(message: FromWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('no channel to the platform'));
    process.send(message, undefined, undefined, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

// Without its platform a worker has no purpose. It ends at once with SIGKILL, not exit(): an exit
// would wait for DuckDB's threads, and a statement in one long scalar call never lets them go.
const endNow = () => process.kill(process.pid, 'SIGKILL');
process.on('disconnect', endNow);
setInterval(() => {
  if (!process.connected) endNow();
}, 1000).unref();
process.on('message', (message: ToWorker) => {
  void handle(message).catch(() => process.exit(70));
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'ping') return send({ type: 'pong', id: message.id });
  if (message.type === 'cancel') {
    if (running?.id === message.id) {
      running.cancelled = true;
      running.connection.interrupt();
    }
    onAck?.();
    return;
  }
  if (message.type === 'ack') {
    unacknowledged = Math.max(0, unacknowledged - 1);
    onAck?.();
    return;
  }
  if (message.type === 'open') {
    try {
      instance = await openLockedInstance(message.file, message.limits);
      connection = await instance.connect();
      return send({ type: 'ready' });
    } catch (error) {
      return send({ type: 'open-failed', message: withoutPaths(error) });
    }
  }
  if (!instance || !connection || busy) return send({ type: 'failed', id: message.id, kind: 'internal', message: 'the worker is not ready for a statement' });
  busy = true;
  unacknowledged = 0;
  running = { id: message.id, connection, cancelled: false };
  try {
    await run(connection, message.id, message.statement);
  } catch (error) {
    await send({ type: 'failed', id: message.id, ...failure(error) });
  } finally {
    running = null;
    busy = false;
  }
}

async function run(connection: DuckDBConnection, id: number, statement: StatementRequest): Promise<void> {
  // Beneath the platform's guard: one plain SELECT only. DuckDB rewrites PRAGMA and SHOW into
  // SELECTs (so the prepared type alone admits them); its serializer refuses everything else.
  // SHOW, DESCRIBE and SUMMARIZE serialise as a SELECT over a SHOW_REF: refused too.
  const serialised = String((await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [statement.sql])).getRowObjectsJS()[0]?.tree);
  const tree = JSON.parse(serialised) as { error?: boolean; statements?: unknown[] };
  if (tree.error === true || tree.statements?.length !== 1 || serialised.includes('"type":"SHOW_REF"')) throw new RefusedError('only one plain SELECT is allowed');
  const prepared = await connection.prepare(statement.sql);
  try {
    if (prepared.statementType !== StatementType.SELECT) throw new RefusedError('only read-only queries (SELECT) are allowed');
    if (statement.params) prepared.bind(statement.params);
    const result = await prepared.stream();
    const columns = result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i].toString() }));
    const types = columns.map((c) => c.type);
    const schema = resultSchema(columns);
    const head = schemaBytes(schema);
    let rowCount = 0;
    let bytes = head.length;
    let truncated = false;
    let first = true;
    // One chunk is read ahead, so that the last batch carries the end: a small result is one message.
    let chunk = await result.fetchChunk();
    while (chunk && chunk.rowCount > 0) {
      let batch = chunkToBatch(chunk, schema, types, statement.maxBytes - bytes);
      if (rowCount + batch.numRows > statement.maxRows) {
        batch = batch.slice(0, statement.maxRows - rowCount);
        truncated = true;
      }
      const pieces = piecesOf(batch, head.length);
      for (const piece of pieces) bytes += piece.bytes.length;
      if (bytes > statement.maxBytes) throw new ResultTooLargeError(statement.maxBytes);
      rowCount += batch.numRows;
      const next = truncated ? null : await result.fetchChunk();
      for (const [i, piece] of pieces.entries()) {
        const last = i === pieces.length - 1 && (!next || next.rowCount === 0);
        // The platform acknowledges each piece once its reader took it: DuckDB waits with it.
        while (!last && unacknowledged >= BATCH_WINDOW) {
          await new Promise<void>((resolve) => (onAck = resolve));
          if (running?.cancelled) throw new Error('the statement was cancelled');
        }
        if (!last) unacknowledged += 1;
        await send({ type: 'result', id, ...(first ? { columns, head } : {}), ipc: piece.bytes, rows: piece.rows, ...(last ? { end: { rowCount, truncated, bytes } } : {}) });
        first = false;
      }
      chunk = next;
    }
    if (first) await send({ type: 'result', id, columns, head, rows: 0, end: { rowCount, truncated, bytes } });
  } finally {
    prepared.destroySync();
  }
}

class RefusedError extends Error {}

/** A piece's size the platform decodes in one go (a few ms): larger batches are cut into row ranges (a single huge row stays whole). */
const PIECE_BYTES = 256 * 1024;

/** One batch as IPC pieces of about PIECE_BYTES at most, so that no message holds the platform's event loop for long. */
function piecesOf(batch: RecordBatch, headLength: number): { bytes: Uint8Array; rows: number }[] {
  const whole = batchBytes(batch, headLength);
  if (whole.length <= PIECE_BYTES || batch.numRows <= 1) return [{ bytes: whole, rows: batch.numRows }];
  const rowsPerPiece = Math.max(1, Math.floor((batch.numRows * PIECE_BYTES) / whole.length));
  const pieces: { bytes: Uint8Array; rows: number }[] = [];
  for (let start = 0; start < batch.numRows; start += rowsPerPiece) {
    const part = batch.slice(start, Math.min(batch.numRows, start + rowsPerPiece));
    pieces.push({ bytes: batchBytes(part, headLength), rows: part.numRows });
  }
  return pieces;
}

function failure(error: unknown): { kind: FailureKind; message: string } {
  if (error instanceof ResultTooLargeError) return { kind: 'result_too_large', message: error.message };
  if (error instanceof RefusedError) return { kind: 'refused', message: error.message };
  const message = withoutPaths(error);
  if (/Out of Memory|could not allocate|failed to allocate/i.test(message)) return { kind: 'out_of_memory', message };
  return { kind: 'sql', message };
}

/** DuckDB's first lines, without file-system paths (they would tell the server's layout). */
function withoutPaths(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join(' ').slice(0, 500);
  return /Permission Error|IO Error/i.test(text) ? 'the sandbox engine does not allow this' : text.replace(/(["'])?\/[^\s"']*\1?/g, '<path>');
}
