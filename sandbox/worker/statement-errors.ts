/**
 * How a statement on sandbox data can end other than with its result, as the platform's
 * services see it (they turn each into an HTTP answer): the SQL's own mistake, a limit of the
 * sandbox (memory, CPU time, result size), a deadline, a lost worker, a sealed sandbox, a full pool.
 */
export { BusyError, SandboxClosedError } from './worker-pool';
export { ReaderGoneError } from './worker-failures';
export { QueryTimeoutError } from '../engine/run-query';

/** DuckDB refused or failed the statement: the operator's mistake (message without paths). */
export class StatementSqlError extends Error {}

/** The statement hit a limit of the sandbox: 'memory', 'cpu' or 'result_size'. */
export class ResourceLimitError extends Error {
  constructor(readonly limit: 'memory' | 'cpu' | 'result_size', message: string) {
    super(message);
  }
}

/** The worker died for a reason of its own (killed from outside, crashed). */
export class WorkerLostError extends Error {}
