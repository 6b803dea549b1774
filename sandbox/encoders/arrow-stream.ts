/**
 * Query results as Arrow IPC, one record batch per DuckDB chunk, built inside the sandbox
 * worker. Integers, floats and booleans keep native Arrow types; everything else (decimals,
 * dates, timestamps, nested values) travels as UTF-8 text, exactly as the JSON encoding writes
 * it (nested values and intervals as JSON text, see `isJsonText`).
 *
 * The stream is cut into self-contained pieces: `schemaBytes` is the stream's head (schema
 * message) and `batchBytes` one record batch message, so that the pieces can travel one by one
 * and be concatenated into one valid stream (`END_OF_STREAM` closes it) without re-encoding.
 */
import { JSDuckDBValueConverter, JsonDuckDBValueConverter, type DuckDBDataChunk } from '@duckdb/node-api';
import { Bool, Float64, Int32, Int64, RecordBatch, RecordBatchStreamWriter, Schema, Field, Utf8, makeData, Struct, vectorFromArray, type DataType } from 'apache-arrow';

type Kind = 'int32' | 'int64' | 'float' | 'bool' | 'text';

export function kindOf(duckdbType: string): Kind {
  if (['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT'].includes(duckdbType)) return 'int32';
  if (['BIGINT', 'UINTEGER'].includes(duckdbType)) return 'int64';
  if (['DOUBLE', 'FLOAT'].includes(duckdbType)) return 'float';
  if (duckdbType === 'BOOLEAN') return 'bool';
  return 'text';
}

/** Text columns whose JSON value is not a string (lists, structs, maps, unions, intervals). */
export function isJsonText(duckdbType: string): boolean {
  return duckdbType === 'INTERVAL' || /^(STRUCT|MAP|UNION)\(|\]$/.test(duckdbType);
}

export function arrowType(kind: Kind): DataType {
  return { int32: new Int32(), int64: new Int64(), float: new Float64(), bool: new Bool(), text: new Utf8() }[kind];
}

/** The continuation marker and zero length that end an Arrow IPC stream. */
export const END_OF_STREAM = Uint8Array.of(255, 255, 255, 255, 0, 0, 0, 0);

export class ResultTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the result is larger than ${maxBytes} bytes`);
  }
}

export function resultSchema(columns: { name: string; type: string }[]): Schema {
  return new Schema(columns.map((c) => new Field(c.name, arrowType(kindOf(c.type)), true)));
}

/** The head of the stream: its schema message (without the end marker). */
export function schemaBytes(schema: Schema): Uint8Array {
  const writer = new RecordBatchStreamWriter();
  writer.reset(undefined, schema);
  writer.finish();
  const bytes = writer.toUint8Array(true);
  return bytes.subarray(0, bytes.length - END_OF_STREAM.length);
}

/** One record batch message, to follow the head of the stream. */
export function batchBytes(batch: RecordBatch, headLength: number): Uint8Array {
  const bytes = RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true);
  return bytes.subarray(headLength, bytes.length - END_OF_STREAM.length);
}

const encoder = new TextEncoder();

/**
 * One chunk as a record batch, each column converted once, text packed by hand. Text may use
 * at most `textBudget` bytes: past it the conversion stops with ResultTooLargeError, before the
 * rest is encoded.
 */
export function chunkToBatch(chunk: DuckDBDataChunk, schema: Schema, types: string[], textBudget: number): RecordBatch {
  const length = chunk.rowCount;
  let budget = textBudget;
  const children = schema.fields.map((field, i) => {
    if (kindOf(types[i]) !== 'text') return vectorFromArray(chunk.convertColumnValues(i, JSDuckDBValueConverter) as unknown[], field.type).data[0];
    const values = types[i] === 'VARCHAR' ? varcharValues(chunk, i, budget) : (chunk.convertColumnValues(i, JsonDuckDBValueConverter) as unknown[]);
    const data = utf8Data(values, budget);
    budget -= data.values.length;
    return data;
  });
  const data = makeData({ type: new Struct(schema.fields), length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

/**
 * A VARCHAR column's values one by one, stopping as soon as they pass the budget: a few huge
 * strings are refused before the rest of the column is read (DuckDB hands each string over as is).
 */
function varcharValues(chunk: DuckDBDataChunk, column: number, budget: number): unknown[] {
  const vector = chunk.getColumnVector(column);
  const values: unknown[] = new Array(chunk.rowCount);
  let length = 0;
  for (let row = 0; row < chunk.rowCount; row += 1) {
    const value = vector.getItem(row);
    if (typeof value === 'string') {
      length += value.length;
      if (length > budget) throw new ResultTooLargeError(budget);
    }
    values[row] = value;
  }
  return values;
}

/** Arrow Utf8 data (validity bitmap, offsets, bytes) built directly, without per-value builders. */
function utf8Data(values: unknown[], budget: number) {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array(Math.ceil(n / 8));
  let bytes = new Uint8Array(Math.max(64, Math.min(n * 16, budget)));
  let used = 0;
  let nullCount = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) {
      nullCount += 1;
    } else {
      validity[i >> 3] |= 1 << (i & 7);
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      if (used + text.length > budget) throw new ResultTooLargeError(budget);
      if (used + text.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        grown.set(bytes.subarray(0, used));
        bytes = grown;
      }
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
    }
    offsets[i + 1] = used;
  }
  if (used > budget) throw new ResultTooLargeError(budget);
  return makeData({ type: new Utf8(), length: n, nullCount, nullBitmap: validity, valueOffsets: offsets, data: bytes.subarray(0, used) });
}
