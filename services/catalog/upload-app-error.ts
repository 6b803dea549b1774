/**
 * The HTTP answer to each way the vault (sandbox/vault) can refuse or fail an upload. The engine
 * signals; this is where those signals become AppErrors, so the error middleware answers as it
 * always has. Any other error is returned unchanged.
 */
import { UploadBodyError } from '../../sandbox/vault/receive-upload';
import { StagingResourcesError, UploadNotReadableError, UploadRejectedError } from '../../sandbox/vault/upload-rejected';
import { StorageFullError } from '../../sandbox/storage/storage-full-error';
import { AppError, BadRequestError, InsufficientResourcesError, InsufficientStorageError, PayloadTooLargeError, UnprocessableError } from '../errors/app-error';

export function uploadAppError(error: unknown): unknown {
  if (error instanceof StorageFullError) return new InsufficientStorageError(error.message, { cause: error.cause });
  if (error instanceof StagingResourcesError) return new InsufficientResourcesError(error.message);
  if (error instanceof UploadRejectedError) return new UnprocessableError(error.message, error.details, error.code);
  if (error instanceof UploadNotReadableError) return new AppError(error.status, error.code, error.message);
  if (error instanceof UploadBodyError) {
    switch (error.reason) {
      case 'too_large': return new PayloadTooLargeError(error.limitBytes);
      case 'interrupted': return new BadRequestError(error.message, undefined, 'upload_interrupted');
      case 'empty': return new BadRequestError(error.message, [{ message: 'empty body' }], 'empty_upload');
    }
  }
  return error;
}
