/** The 422 of an upload that does not fit its dataset's schema. Details never carry cell values. */
import { AppError, InsufficientResourcesError, InsufficientStorageError, UnprocessableError, type ErrorDetail } from '../../services/errors/app-error';

export class UploadRejectedError extends UnprocessableError {
  constructor(message: string, details: ErrorDetail[], code = 'upload_rejected') {
    super(message, details.slice(0, 20), code);
  }
}

/**
 * DuckDB ran out of memory or disk while reading an upload: a 503, never a 422 that would blame a
 * file that may be fine. Null for any other error (a real problem of the file), and for errors
 * already classified (AppError), so a caller may apply it again without rewrapping.
 */
export function resourceFailure(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const message = error instanceof Error ? error.message : String(error);
  if (/No space left on device|Disk quota exceeded/i.test(message)) {
    return new InsufficientStorageError('the platform ran out of disk while staging the upload; the previous version stays in force, try again later', { cause: error });
  }
  if (!/Out of Memory|could not allocate|No space left on device|Disk quota exceeded/i.test(message)) return null;
  return new InsufficientResourcesError('the platform ran out of memory or disk while staging the upload; the previous version stays in force, try again later');
}
