/**
 * How a statement on a worker can end other than with its result, as the worker's handle
 * (worker-process.ts) reports it: the worker stopped, the reader went away, or the statement
 * failed inside the worker. sandbox-statements.ts turns each into the services' errors.
 */
import type { FailureKind } from './worker-protocol';

export type StopReason = 'deadline' | 'memory' | 'cpu' | 'crashed' | 'closed';

/** The worker stopped (or was stopped) while a statement ran. */
export class WorkerStoppedError extends Error {
  constructor(readonly reason: StopReason, readonly limitMs = 0) {
    super(`the sandbox worker stopped: ${reason}`);
  }
}

/** The statement's reader went away (its HTTP client hung up): the statement was cancelled. */
export class ReaderGoneError extends Error {
  constructor() {
    super('the reader of the result went away; the statement was cancelled');
  }
}

/** The statement itself failed inside the worker (its SQL, a refusal, a result cap). */
export class StatementFailedError extends Error {
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
  }
}
