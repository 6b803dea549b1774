/** The operator's unit has no qualification in force (资格): it may not apply for data or resume work. */
import { AppError } from '../errors/app-error';

export class NotQualifiedError extends AppError {
  constructor(message: string) {
    super(403, 'not_qualified', message);
  }
}
