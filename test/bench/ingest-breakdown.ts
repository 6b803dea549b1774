/**
 * Where an upload's time goes: the vault builder's own steps, called one by one on the same file
 * in a scratch directory with the builder's settings: receive (stream to disk with SHA-256),
 * stage (read into a VARCHAR or Parquet-typed `staging` table in memory, spilling to a scratch directory), validate
 * (TRY_CAST and NOT NULL checks), materialise (cast into `data` of the version file, CHECKPOINT).
 * HTTP is not included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { receiveUpload } from '../../sandbox/vault/receive-upload';
import { stageUpload } from '../../sandbox/vault/stage-upload';
import { materialise, validateStaged } from '../../sandbox/vault/validate-staged';
import { DUCKDB_SAFE_OPTIONS } from './duckdb-baseline';
import type { IngestFormat } from './ingest-timing';

export type IngestSteps = { format: IngestFormat; receive: number; stage: number; validate: number; materialise: number; fileBytes: number };

export async function ingestBreakdown(file: string, format: IngestFormat, columns: ColumnSpec[], workDir: string): Promise<IngestSteps> {
  const dir = fs.mkdtempSync(path.join(workDir, `steps-${format}-`));
  const timer = () => {
    const started = performance.now();
    return () => (performance.now() - started) / 1000;
  };
  try {
    const incoming = path.join(dir, `incoming.${format}`);
    let elapsed = timer();
    await receiveUpload(fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), incoming, Number.MAX_SAFE_INTEGER);
    const receive = elapsed();
    const building = path.join(dir, 'building.duckdb');
    const instance = await DuckDBInstance.create(':memory:', { ...DUCKDB_SAFE_OPTIONS, temp_directory: path.join(dir, 'spill') });
    const db = await instance.connect();
    try {
      elapsed = timer();
      await stageUpload(db, incoming, format, columns);
      const stage = elapsed();
      elapsed = timer();
      await validateStaged(db, columns);
      const validate = elapsed();
      elapsed = timer();
      await materialise(db, columns, building);
      const done = elapsed();
      return { format, receive, stage, validate, materialise: done, fileBytes: fs.statSync(building).size };
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
