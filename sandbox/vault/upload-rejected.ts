/** The 422 of an upload that does not fit its dataset's schema. Details never carry cell values. */
import { UnprocessableError, type ErrorDetail } from '../../services/errors/app-error';

export class UploadRejectedError extends UnprocessableError {
  constructor(message: string, details: ErrorDetail[], code = 'upload_rejected') {
    super(message, details.slice(0, 20), code);
  }
}
