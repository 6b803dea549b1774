/**
 * How reading an upload into the vault fails, as the engine signals it; the services turn each
 * into its HTTP answer (services/catalog/upload-app-error.ts). Details never carry cell values.
 */
import { StorageFullError } from '../storage/storage-full-error';

/** Where an upload is wrong (row, column, path) and how; never the value itself. */
export type UploadProblem = { path?: string; row?: number; column?: string; message: string };

/** The upload does not fit its dataset's schema (a 422); `code` names how (`schema_mismatch`, `malformed_csv`, …). */
export class UploadRejectedError extends Error {
  readonly details: UploadProblem[];

  constructor(message: string, details: UploadProblem[], readonly code = 'upload_rejected') {
    super(message);
    this.name = new.target.name;
    this.details = details.slice(0, 20);
  }
}

/**
 * The upload cannot be read as the vault reads uploads: a kind it does not take (415, a legacy
 * .xls workbook), or a workbook that unpacks past the limits (413). Nothing of it is kept.
 */
export class UploadNotReadableError extends Error {
  constructor(message: string, readonly status: 413 | 415, readonly code: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** DuckDB ran out of memory (or disk) while staging an upload (a 503): the file may well be fine. */
export class StagingResourcesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * DuckDB ran out of memory or disk while reading an upload: never an UploadRejectedError that
 * would blame a file that may be fine. A full disk is a StorageFullError (a 507), anything else
 * a StagingResourcesError (a 503). Null for any other error (a real problem of the file), and
 * for errors already classified, so a caller may apply it again without rewrapping.
 */
export function resourceFailure(error: unknown): StorageFullError | StagingResourcesError | null {
  if (error instanceof UploadRejectedError || error instanceof UploadNotReadableError || error instanceof StorageFullError || error instanceof StagingResourcesError) return null;
  const message = error instanceof Error ? error.message : String(error);
  if (/No space left on device|Disk quota exceeded/i.test(message)) {
    return new StorageFullError('the platform ran out of disk while staging the upload; the previous version stays in force, try again later', { cause: error });
  }
  if (!/Out of Memory|could not allocate|No space left on device|Disk quota exceeded/i.test(message)) return null;
  return new StagingResourcesError('the platform ran out of memory or disk while staging the upload; the previous version stays in force, try again later');
}
