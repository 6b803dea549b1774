/**
 * Where an upload's time goes: the vault builder's own steps, called one by one on the same file
 * in a scratch directory with the builder's settings, HTTP not included.
 *
 * CSV: receive (stream to disk with SHA-256 and the UTF-8 check), read (`read_csv` with the
 * registered types straight into `data` of the version file, rejects collected), check (the
 * rejects and NOT NULL in SQL), finish (CHECKPOINT, count). Parquet: receive, stage (into an
 * in-memory `staging` table, spilling to a scratch directory), check (TRY_CAST and NOT NULL),
 * finish (cast into `data` of the version file, CHECKPOINT).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { checkTypedCsv, finishTypedCsv, readTypedCsv, type TypedRead } from '../../sandbox/vault/load-typed-csv';
import { receiveUpload } from '../../sandbox/vault/receive-upload';
import { stageUpload } from '../../sandbox/vault/stage-upload';
import { UploadInspection } from '../../sandbox/vault/upload-inspection';
import { materialise, validateStaged } from '../../sandbox/vault/validate-staged';
import { DUCKDB_SAFE_OPTIONS } from './duckdb-baseline';
import type { IngestFormat } from './ingest-timing';

export type IngestSteps = { format: IngestFormat; receive: number; stage: number; validate: number; materialise: number; fileBytes: number };

type Steps = { stage: () => Promise<void>; validate: () => Promise<void>; materialise: () => Promise<void>; close: () => Promise<void> };

export async function ingestBreakdown(file: string, format: IngestFormat, columns: ColumnSpec[], workDir: string): Promise<IngestSteps> {
  const dir = fs.mkdtempSync(path.join(workDir, `steps-${format}-`));
  const timer = () => {
    const started = performance.now();
    return () => (performance.now() - started) / 1000;
  };
  try {
    const incoming = path.join(dir, `incoming.${format}`);
    const inspection = new UploadInspection();
    let elapsed = timer();
    await receiveUpload(fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), incoming, Number.MAX_SAFE_INTEGER, (chunk) => inspection.push(chunk));
    const receive = elapsed();
    const building = path.join(dir, 'building.duckdb');
    const instance = await DuckDBInstance.create(':memory:', { ...DUCKDB_SAFE_OPTIONS, temp_directory: path.join(dir, 'spill') });
    const db = await instance.connect();
    try {
      const steps = format === 'csv' ? await csvSteps(db, incoming, columns, building) : parquetSteps(db, incoming, columns, building);
      const times: number[] = [];
      for (const step of [steps.stage, steps.validate, steps.materialise]) {
        elapsed = timer();
        await step();
        times.push(elapsed());
      }
      await steps.close();
      return { format, receive, stage: times[0], validate: times[1], materialise: times[2], fileBytes: fs.statSync(building).size };
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function csvSteps(db: DuckDBConnection, incoming: string, columns: ColumnSpec[], building: string): Promise<Steps> {
  await db.run(`ATTACH ${quoteLiteral(building)} AS target`);
  let read: TypedRead | null = null;
  return {
    stage: async () => void (read = await readTypedCsv(db, incoming, columns)),
    validate: async () => (read ? checkTypedCsv(db, read, columns) : undefined),
    materialise: async () => void (await finishTypedCsv(db)),
    close: async () => void (await db.run('DETACH target')),
  };
}

function parquetSteps(db: DuckDBConnection, incoming: string, columns: ColumnSpec[], building: string): Steps {
  return {
    stage: () => stageUpload(db, incoming, 'parquet', columns),
    validate: () => validateStaged(db, columns),
    materialise: async () => void (await materialise(db, columns, building)),
    close: async () => undefined,
  };
}
