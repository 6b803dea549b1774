/**
 * A statement that failed on `live`. Its message says only that: DuckDB's own text can quote a
 * live cell value (a failed cast names the value), so it is kept apart in `reviewerDetail`, for
 * the run's reviewer, and never answered to the caller (an operator, or a product's grantee).
 */
import { AppError } from '../errors/app-error';

export class LiveQueryFailedError extends AppError {
  constructor(readonly reviewerDetail: string) {
    super(422, 'sql_error', 'the query failed on live data; the reviewer of a run can read why');
  }
}
