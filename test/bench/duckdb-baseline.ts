/**
 * Raw DuckDB baselines: a statement timed in a fresh file-backed database (created for the
 * measurement and removed after it), with given settings, after optional untimed setup such as
 * ATTACHing a vault file read-only. The timed part ends with a CHECKPOINT, as the platform's
 * own builds do, so both sides pay for writing the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { median } from './bench-report';
import { MemorySampler, type PeakMemory } from './peak-memory';

export type DuckDBSettings = { memoryLimit?: string; threads?: number; tempDirectory?: string };

export type TimedStatement = { seconds: number; rows: number; fileBytes: number; memory: PeakMemory };

export const DUCKDB_SAFE_OPTIONS = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' } as const;

export function instanceOptions(settings: DuckDBSettings): Record<string, string> {
  return {
    ...DUCKDB_SAFE_OPTIONS,
    ...(settings.memoryLimit ? { memory_limit: settings.memoryLimit } : {}),
    ...(settings.threads ? { threads: String(settings.threads) } : {}),
    ...(settings.tempDirectory ? { temp_directory: settings.tempDirectory } : {}),
  };
}

/** `ATTACH '<file>' AS <alias> (READ_ONLY)`. */
export function attachReadOnly(file: string, alias: string): string {
  return `ATTACH ${quoteLiteral(file)} AS ${alias} (READ_ONLY)`;
}

/**
 * Creates `<dir>/<label>-<uuid>.duckdb`, runs `setup` untimed, then times `sql` + CHECKPOINT;
 * `table` is counted afterwards (untimed). The database file is removed before returning.
 */
export async function timeInFreshDatabase(
  dir: string, label: string, settings: DuckDBSettings, setup: string[], sql: string, table: string,
): Promise<TimedStatement> {
  const file = path.join(dir, `${label}-${crypto.randomUUID()}.duckdb`);
  const instance = await DuckDBInstance.create(file, instanceOptions(settings));
  const db = await instance.connect();
  const probe = await instance.connect();
  try {
    for (const statement of setup) await db.run(statement);
    const sampler = MemorySampler.start(probe);
    const started = performance.now();
    let memory: PeakMemory;
    try {
      await db.run(sql);
      await db.run('CHECKPOINT');
    } finally {
      memory = sampler.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const counted = (await db.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJS();
    return { seconds, rows: Number(counted[0]?.n ?? 0), fileBytes: fs.statSync(file).size, memory };
  } finally {
    probe.closeSync();
    db.closeSync();
    instance.closeSync();
    for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true });
  }
}

/** The median of the `seconds` of several measurements. */
export function medianSeconds(list: readonly { seconds: number }[]): number {
  return median(list.map((m) => m.seconds));
}

/** The fastest of several measurements (noise on a shared machine only ever adds time). */
export function bestSeconds(list: readonly { seconds: number }[]): number {
  return Math.min(...list.map((m) => m.seconds));
}

/** The highest RSS and DuckDB peaks of several measurements. */
export function maxMemory(list: readonly { memory: PeakMemory }[]): { rssPeakMiB: number; duckdbPeakMiB: number | null } {
  const duck = list.map((m) => m.memory.duckdbPeakMiB).filter((v): v is number => v !== null);
  return { rssPeakMiB: Math.max(...list.map((m) => m.memory.rssPeakMiB)), duckdbPeakMiB: duck.length ? Math.max(...duck) : null };
}
