/**
 * Encodes a released output for download, each carrying its fingerprint so that a leaked file
 * leads back to its run: CSV (a leading `#` comment line), Parquet (key-value metadata),
 * Arrow IPC (schema metadata) and JSON (the manifest itself). CSV headers and cells that a
 * spreadsheet could run as formulas are neutralised.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Field, RecordBatch, RecordBatchStreamWriter, Schema, Struct, makeData, vectorFromArray } from 'apache-arrow';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { arrowType, kindOf } from './arrow-stream';

export type OutputTable = { columns: { name: string; type: string }[]; rows: unknown[][] };
export type Stamp = { fingerprint: string; runId: string; outputSha256: string };

/** What a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A plain JSON number literal. A negative number such as -5 or -1.25 starts with `-` but cannot
 * run as a formula, and a spreadsheet must still read it as a number, so it is left alone.
 * Anything else starting with `-` (`-2+3`, `-A1`) is neutralised like the other starts.
 */
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * One CSV field (header or cell). A value a spreadsheet could run as a formula gets a leading `'`
 * inside a quoted field (`"'=HYPERLINK(...)"`), which spreadsheets show as text and never run.
 * A field with a quote, comma, line break or `#` is quoted, so no row can pass for the
 * fingerprint comment line.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  const neutralised = FORMULA_START.test(text) && !NUMBER.test(text);
  const field = neutralised ? `'${text}` : text;
  return neutralised || /[",\n\r#]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(output: OutputTable, stamp: Stamp): string {
  const lines = [
    `# shuyu-fingerprint: ${stamp.fingerprint} run: ${stamp.runId} output-sha256: ${stamp.outputSha256}`,
    output.columns.map((c) => csvField(c.name)).join(','),
    ...output.rows.map((r) => r.map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function toArrow(output: OutputTable, stamp: Stamp): Buffer {
  const kinds = output.columns.map((c) => kindOf(c.type));
  const metadata = new Map([['shuyu.fingerprint', stamp.fingerprint], ['shuyu.run_id', stamp.runId], ['shuyu.output_sha256', stamp.outputSha256]]);
  const schema = new Schema(output.columns.map((c, i) => new Field(c.name, arrowType(kinds[i]), true)), metadata);
  const children = schema.fields.map((field, i) => {
    const values = output.rows.map((r) => {
      const v = r[i];
      if (v === null || v === undefined) return null;
      if (kinds[i] === 'text') return typeof v === 'string' ? v : JSON.stringify(v);
      if (kinds[i] === 'int64') return BigInt(String(v));
      return kinds[i] === 'bool' ? Boolean(v) : Number(v);
    });
    return vectorFromArray(values, field.type).data[0];
  });
  const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: output.rows.length, nullCount: 0, children }));
  const writer = RecordBatchStreamWriter.writeAll([batch]);
  return Buffer.from(writer.toUint8Array(true));
}

/** Output column types come from DuckDB; anything but a plain scalar type is written as text. */
function parquetType(type: string): string {
  return /^(VARCHAR|BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|DOUBLE|FLOAT|DATE|TIMESTAMP|DECIMAL\(\d+,\d+\))$/.test(type) ? type : 'VARCHAR';
}

export async function toParquet(output: OutputTable, stamp: Stamp): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuyu-output-'));
  const json = path.join(dir, 'rows.json');
  const parquet = path.join(dir, 'output.parquet');
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const db = await instance.connect();
  try {
    fs.writeFileSync(json, output.rows.map((r) => JSON.stringify(Object.fromEntries(output.columns.map((c, i) => [`c${i}`, r[i]])))).join('\n'));
    const columns = output.columns.map((c, i) => `${quoteLiteral(`c${i}`)}: ${quoteLiteral(parquetType(c.type))}`).join(', ');
    const select = output.columns.map((c, i) => `${quoteIdentifier(`c${i}`)} AS ${quoteIdentifier(c.name)}`).join(', ') || '1 AS empty';
    const source = output.rows.length ? `read_json(${quoteLiteral(json)}, format = 'newline_delimited', columns = {${columns}})` : '(SELECT 1 WHERE false)';
    const kv = `{'shuyu.fingerprint': ${quoteLiteral(stamp.fingerprint)}, 'shuyu.run_id': ${quoteLiteral(stamp.runId)}, 'shuyu.output_sha256': ${quoteLiteral(stamp.outputSha256)}}`;
    await db.run(`COPY (SELECT ${output.rows.length ? select : output.columns.map((c) => `NULL::${parquetType(c.type)} AS ${quoteIdentifier(c.name)}`).join(', ')} FROM ${source}) TO ${quoteLiteral(parquet)} (FORMAT parquet, KV_METADATA ${kv})`);
    return fs.readFileSync(parquet);
  } finally {
    db.closeSync();
    instance.closeSync();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
