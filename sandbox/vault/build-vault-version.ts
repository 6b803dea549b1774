/**
 * Builds one immutable vault version from an uploaded file.
 *
 * Contract: the result is either a complete, checkpointed `v<N>.duckdb` holding table `data`
 * with exactly the registered columns and types, or nothing at all. The building file lives
 * under a dotted scratch name and is renamed into place only when complete; on any failure it
 * is removed, with the CSV a conversion wrote (`<building>.csv`). The caller records the
 * version in the control store only after the rename.
 *
 * CSV (UTF-8 as it is; GB18030/GBK and .xlsx sheets converted to UTF-8 CSV first) is read by
 * `read_csv` with the registered types straight into the version file (load-typed-csv.ts).
 * Parquet and Arrow are staged in an in-memory database that spills to a dotted scratch
 * directory (`.building-….tmp`, removed in every case), checked, then written in upload order
 * (ORDER BY rowid): staging in the version file left the dropped table's blocks behind, and a
 * parallel copy of Parquet-staged data left partial row groups and freed blocks.
 */
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { csvSource } from './csv-source';
import { loadTypedCsv } from './load-typed-csv';
import { uploadFormatOf } from './sniff-upload';
import { stageUpload } from './stage-upload';
import type { UploadDeclaration, UploadReading } from './upload-format';
import { resourceFailure } from './upload-rejected';
import { materialise, validateStaged } from './validate-staged';

/** What receiving the body found out (upload-inspection.ts): its first bytes, and where it stops being UTF-8. */
export type ReceivedBytes = { head: Buffer; firstInvalidUtf8: number | null };

export type BuildInput = {
  upload: string; declared: UploadDeclaration; received: ReceivedBytes; columns: ColumnSpec[]; buildingFile: string; memoryLimit?: string;
};

export async function buildVaultVersion(input: BuildInput): Promise<{ rows: number; reading: UploadReading }> {
  const spill = `${input.buildingFile}.tmp`;
  const converted = `${input.buildingFile}.csv`;
  let failed = true;
  try {
    const format = uploadFormatOf(input.declared, input.received.head);
    const source = format === 'csv' || format === 'xlsx'
      ? await csvSource(input.upload, format, input.declared, input.received.firstInvalidUtf8, input.columns, converted)
      : null;
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      temp_directory: spill,
      ...(input.memoryLimit ? { memory_limit: input.memoryLimit } : {}),
    });
    const db = await instance.connect();
    try {
      let rows: number;
      if (source) {
        rows = await loadTypedCsv(db, source.file, input.columns, input.buildingFile, source);
      } else {
        await stageUpload(db, input.upload, format === 'parquet' ? 'parquet' : 'arrow', input.columns);
        await validateStaged(db, input.columns);
        rows = await materialise(db, input.columns, input.buildingFile);
      }
      failed = false;
      return { rows, reading: source?.reading ?? { format } };
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  } catch (error) {
    throw resourceFailure(error) ?? error;
  } finally {
    fs.rmSync(spill, { recursive: true, force: true });
    fs.rmSync(converted, { force: true });
    if (failed) removeDatabase(input.buildingFile);
  }
}

/** Removes a database file with its WAL and its spill directory. */
export function removeDatabase(file: string): void {
  for (const f of [file, `${file}.wal`, `${file}.tmp`]) fs.rmSync(f, { force: true, recursive: true });
}
