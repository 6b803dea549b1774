/**
 * Builds one immutable vault version from an uploaded file.
 *
 * Contract: the result is either a complete, checkpointed `v<N>.duckdb` holding table `data`
 * with exactly the registered columns and types, or nothing at all. The building file lives
 * under a dotted scratch name and is renamed into place only when complete; on any failure it
 * is removed. The caller records the version in the control store only after the rename.
 */
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { stageUpload, type UploadFormat } from './stage-upload';
import { materialise, validateStaged } from './validate-staged';

export type BuildInput = { upload: string; format: UploadFormat; columns: ColumnSpec[]; buildingFile: string; memoryLimit?: string };

export async function buildVaultVersion(input: BuildInput): Promise<{ rows: number }> {
  const instance = await DuckDBInstance.create(input.buildingFile, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    ...(input.memoryLimit ? { memory_limit: input.memoryLimit } : {}),
  });
  const db = await instance.connect();
  let rows = 0;
  let failed = true;
  try {
    await stageUpload(db, input.upload, input.format, input.columns);
    await validateStaged(db, input.columns);
    rows = await materialise(db, input.columns);
    failed = false;
  } finally {
    db.closeSync();
    instance.closeSync();
    if (failed) removeDatabase(input.buildingFile);
  }
  return { rows };
}

export function removeDatabase(file: string): void {
  for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true });
}
