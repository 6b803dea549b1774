/**
 * Streams a query result as an Arrow IPC stream, one record batch per DuckDB chunk, without
 * materialising the whole result. Integers, floats and booleans keep native Arrow types;
 * everything else (decimals, dates, timestamps, nested values) travels as UTF-8 text, exactly
 * as the JSON encoding writes it.
 */
import type { Writable } from 'node:stream';
import { JSDuckDBValueConverter, JsonDuckDBValueConverter, type DuckDBConnection, type DuckDBDataChunk, type DuckDBValue } from '@duckdb/node-api';
import { Bool, Float64, Int32, Int64, RecordBatch, RecordBatchStreamWriter, Schema, Field, Utf8, makeData, Struct, vectorFromArray, type DataType } from 'apache-arrow';
import { withTimeout, type QueryLimits } from '../engine/run-query';

type Kind = 'int32' | 'int64' | 'float' | 'bool' | 'text';

export function kindOf(duckdbType: string): Kind {
  if (['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT'].includes(duckdbType)) return 'int32';
  if (['BIGINT', 'UINTEGER'].includes(duckdbType)) return 'int64';
  if (['DOUBLE', 'FLOAT'].includes(duckdbType)) return 'float';
  if (duckdbType === 'BOOLEAN') return 'bool';
  return 'text';
}

export function arrowType(kind: Kind): DataType {
  return { int32: new Int32(), int64: new Int64(), float: new Float64(), bool: new Bool(), text: new Utf8() }[kind];
}

/**
 * Runs the query and waits for its first chunk (so that a refusal, a timeout or an error is
 * still a clean HTTP error), then returns the function that streams the batches.
 */
export async function startArrow(
  db: DuckDBConnection,
  sql: string,
  params: DuckDBValue[] | Record<string, DuckDBValue> | undefined,
  limits: QueryLimits,
): Promise<(out: Writable) => Promise<{ rowCount: number; truncated: boolean }>> {
  const started = Date.now();
  const { result, first } = await withTimeout(db, limits.timeoutMs, async () => {
    const r = await db.stream(sql, params);
    return { result: r, first: await r.fetchChunk() };
  });
  const names = result.columnNames();
  const kinds = result.columnTypes().map((t) => kindOf(t.toString()));
  const schema = new Schema(names.map((n, i) => new Field(n, arrowType(kinds[i]), true)));
  return (out) =>
    withTimeout(db, Math.max(1, limits.timeoutMs - (Date.now() - started)), async () => {
      const writer = new RecordBatchStreamWriter();
      const stream = writer.toNodeStream();
      stream.pipe(out);
      writer.reset(undefined, schema);
      let rowCount = 0;
      let truncated = false;
      for (let chunk = first; chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        let batch = toBatch(chunk, schema, kinds);
        if (rowCount + batch.numRows > limits.maxRows) {
          batch = batch.slice(0, limits.maxRows - rowCount);
          truncated = true;
        }
        rowCount += batch.numRows;
        writer.write(batch);
        if (truncated) break;
      }
      writer.finish();
      await new Promise<void>((resolve, reject) => stream.once('end', resolve).once('error', reject));
      return { rowCount, truncated };
    });
}

const encoder = new TextEncoder();

/** One chunk as a record batch; each column converted once, text columns packed by hand. */
function toBatch(chunk: DuckDBDataChunk, schema: Schema, kinds: Kind[]): RecordBatch {
  const length = chunk.rowCount;
  const children = schema.fields.map((field, i) => {
    if (kinds[i] !== 'text') return vectorFromArray(chunk.convertColumnValues(i, JSDuckDBValueConverter) as unknown[], field.type).data[0];
    return utf8Data(chunk.convertColumnValues(i, JsonDuckDBValueConverter) as unknown[]);
  });
  const data = makeData({ type: new Struct(schema.fields), length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

/** Arrow Utf8 data (validity bitmap, offsets, bytes) built directly, without per-value builders. */
function utf8Data(values: unknown[]) {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array(Math.ceil(n / 8));
  let bytes = new Uint8Array(Math.max(64, n * 16));
  let used = 0;
  let nullCount = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) {
      nullCount += 1;
    } else {
      validity[i >> 3] |= 1 << (i & 7);
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      if (used + text.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        grown.set(bytes.subarray(0, used));
        bytes = grown;
      }
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
    }
    offsets[i + 1] = used;
  }
  return makeData({ type: new Utf8(), length: n, nullCount, nullBitmap: validity, valueOffsets: offsets, data: bytes.subarray(0, used) });
}
