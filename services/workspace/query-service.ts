/**
 * Operator SQL on sandbox data: guarded here, in the platform, then run in a sandbox worker
 * (sandbox/worker) under the sandbox's limits. Every statement is journalled before it is sent
 * (statement-journal.ts). `live` is never reachable by a query: real answers come only from
 * approved models (runs and products come through `withGuardedStatement`).
 */
import crypto from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AppAbility } from '../../policies/define-ability-for';
import { QueryTimeoutError, type QueryResult } from '../../sandbox/engine/run-query';
import { GuardRefusal, guardStatement, type GuardedStatement } from '../../sandbox/guard/statement-guard';
import { GuardedCache } from '../../sandbox/guard/guarded-cache';
import type { SqlParser } from '../../sandbox/guard/sql-parser';
import type { ArrowStart, SandboxStatements, StatementRunner } from '../../sandbox/worker/sandbox-statements';
import { BusyError, ReaderGoneError, ResourceLimitError, SandboxClosedError, StatementSqlError, WorkerLostError } from '../../sandbox/worker/statement-errors';
import type { Tier } from '../../sandbox/worker/worker-pool';
import { AppError, ForbiddenError, GoneError, ServiceUnavailableError } from '../errors/app-error';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import { LiveQueryFailedError } from './live-query-failed-error';
import type { StatementActor, StatementJournal } from './statement-journal';
import type { WorkspaceAccess, OpenSandbox } from './workspace-access';

export class StatementRefusedError extends AppError {
  constructor(reason: string) {
    super(422, 'statement_refused', `the statement was refused: ${reason}`);
  }
}

export class QueryTimedOutError extends AppError {
  constructor(ms: number) {
    super(408, 'query_timeout', `the query ran longer than ${ms} ms and was stopped; narrow it or aggregate earlier`);
  }
}

/** A statement that starts later than this after its access check is checked again. */
const RECHECK_AFTER_MS = 100;

export type QueryLimitsConfig = { maxRows: number; maxArrowRows: number };

/** What a guarded statement's work gets: the parse tree, a runner on the tier, the parser, the timeout. */
export type GuardedWork<T> = (statement: GuardedStatement, runner: StatementRunner, parser: DuckDBConnection, timeoutMs: number) => Promise<T>;

export class QueryService {
  private readonly verdicts = new GuardedCache();

  constructor(private readonly deps: {
    access: WorkspaceAccess; statements: SandboxStatements; parser: SqlParser; journal: StatementJournal; settings: AgreementSettingsStore; limits: QueryLimitsConfig;
  }) {}

  /** Refuses `live` outright: 403, before anything else is looked at but visibility. */
  async open(sandboxId: string, ability: AppAbility, tier: 'dev' | 'live'): Promise<OpenSandbox> {
    const open = await this.deps.access.open(sandboxId, ability, 'query');
    if (tier === 'live') throw new ForbiddenError('live data is reached only through approved models; query the dev twin instead');
    return open;
  }

  async query(open: OpenSandbox, ability: AppAbility, sql: string, actor: StatementActor): Promise<QueryResult> {
    return this.withGuardedStatement(open, this.recheckFor(open, ability), 'dev', sql, actor, (_statement, runner, _parser, timeoutMs) =>
      runner.query(sql, { timeoutMs, maxRows: this.deps.limits.maxRows }));
  }

  /**
   * Guards and starts the query now (errors are clean 4xx); the returned function streams the
   * result, as Arrow IPC or as the API's JSON. The statement's journal entry ends when the
   * stream does, with its outcome (a result cut by a limit, or a reader that went away, included).
   */
  async queryStream(open: OpenSandbox, ability: AppAbility, sql: string, actor: StatementActor, format: 'arrow' | 'json', signal?: AbortSignal): Promise<ArrowStart> {
    const { timeoutMs } = await this.guarded(open, this.recheckFor(open, ability), sql);
    const entry = await this.deps.journal.begin(actor, { sandboxId: open.sandbox.id, agreementId: open.agreement.id, tier: 'dev', sql });
    let start: ArrowStart;
    try {
      await this.deps.statements.warm(open.sandbox.id, 'dev');
      start = format === 'arrow'
        ? await this.deps.statements.streamArrow(open.sandbox.id, 'dev', sql, { timeoutMs, maxRows: this.deps.limits.maxArrowRows, signal })
        : await this.deps.statements.streamJson(open.sandbox.id, 'dev', sql, { timeoutMs, maxRows: this.deps.limits.maxRows, signal });
    } catch (error) {
      const mapped = this.mapFailure(error, 'dev');
      entry.end(mapped);
      throw mapped;
    }
    return async (out) => {
      try {
        const result = await start(out);
        entry.end(undefined, { rowCount: result.rowCount, truncated: result.truncated });
        return result;
      } catch (error) {
        const mapped = this.mapFailure(error, 'dev');
        entry.end(mapped);
        throw mapped;
      }
    };
  }

  /** The guard's verdict and the agreement's timeout, access checked again if the request waited. */
  private async guarded(open: OpenSandbox, recheck: () => Promise<void>, sql: string): Promise<{ statement: GuardedStatement; timeoutMs: number }> {
    if (this.deps.statements.isClosed(open.sandbox.id)) throw new GoneError('the sandbox is sealed');
    const statement = await this.deps.parser.use((parser) => this.guard(parser, sql, open));
    const { queryTimeoutMs } = await this.deps.settings.get(open.agreement.id);
    if (Date.now() - open.openedAt > RECHECK_AFTER_MS) await recheck();
    return { statement, timeoutMs: queryTimeoutMs };
  }

  /** The access re-check of an operator working in its own sandbox (`execute` for a run on live data). */
  recheckFor(open: OpenSandbox, ability: AppAbility, action: 'query' | 'execute' = 'query'): () => Promise<void> {
    return () => this.deps.access.recheck(open.sandbox.id, ability, action);
  }

  /**
   * Guards `sql` for `tier`, calls `recheck` (access may have ended while waiting) right before
   * it runs, journals it, then hands `work` the guarded statement, a runner on the sandbox tier,
   * the parser and the agreement's timeout. Limits and failures become clear HTTP errors.
   */
  async withGuardedStatement<T>(open: OpenSandbox, recheck: () => Promise<void>, tier: Tier, sql: string, actor: StatementActor, work: GuardedWork<T>): Promise<T> {
    const { statement, timeoutMs } = await this.guarded(open, recheck, sql);
    const runner = this.deps.statements.on(open.sandbox.id, tier);
    return this.deps.journal.around(actor, { sandboxId: open.sandbox.id, agreementId: open.agreement.id, tier, sql }, () =>
      this.deps.parser.use(async (parser) => {
        try {
          // The timeout is the statement's own: a worker that has to start does so before it counts.
          await this.deps.statements.warm(open.sandbox.id, tier);
          return await work(statement, runner, parser, timeoutMs);
        } catch (error) {
          throw this.mapFailure(error, tier);
        }
      }));
  }

  /**
   * Sealing, limits, lost workers and the operator's own SQL mistakes become clear HTTP errors.
   * On `live`, DuckDB's own text never reaches the caller: it can quote a live cell ("value
   * 3071.29 can't be cast"), and a product's grantee calls live with no reviewer in between. The
   * text stays on the error for the reviewer (see LiveQueryFailedError).
   */
  private mapFailure(error: unknown, tier: Tier): unknown {
    if (error instanceof SandboxClosedError) return new GoneError('the sandbox was sealed while the query ran');
    if (error instanceof QueryTimeoutError) return new QueryTimedOutError(error.timeoutMs);
    if (error instanceof ResourceLimitError) {
      return error.limit === 'result_size'
        ? new AppError(413, 'result_too_large', `${error.message}; select fewer or shorter values (SHUYU_RESULT_MAX_BYTES)`)
        : new AppError(422, 'resource_limit', `${error.message}; aggregate earlier or narrow the query`, [{ path: 'sql', message: `limit: ${error.limit}` }]);
    }
    if (error instanceof BusyError) return new ServiceUnavailableError('busy', error.message, error.retryAfterSeconds);
    if (error instanceof WorkerLostError) return new ServiceUnavailableError('worker_lost', `${error.message}; try again`, 1);
    // nginx's 499: nobody reads the answer, but the journal and the request's entry say why it ended.
    if (error instanceof ReaderGoneError) return new AppError(499, 'client_gone', error.message);
    if (error instanceof StatementSqlError) return tier === 'live' ? new LiveQueryFailedError(error.message) : new AppError(422, 'sql_error', `the query failed: ${error.message}`);
    return error;
  }

  private async guard(parser: DuckDBConnection, sql: string, open: OpenSandbox): Promise<GuardedStatement> {
    const tables = open.sandbox.loaded.map((l) => l.table);
    try {
      return await this.verdicts.through(sql, tables, () => guardStatement(parser, sql, tables));
    } catch (error) {
      if (error instanceof GuardRefusal) throw new StatementRefusedError(error.reason);
      throw error;
    }
  }
}

export function sqlFingerprint(sql: string): { sqlSha256: string; sql: string } {
  return { sqlSha256: crypto.createHash('sha256').update(sql).digest('hex'), sql: sql.slice(0, 4000) };
}
