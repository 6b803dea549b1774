/**
 * Operator SQL in the synthetic `dev` twin: guarded, locked down, timed out, row-capped.
 * `live` is never reachable here: real answers come only from approved models.
 */
import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AppAbility } from '../../policies/define-ability-for';
import { startArrow } from '../../sandbox/encoders/arrow-stream';
import { SandboxClosedError, type SandboxEngines, type Tier } from '../../sandbox/engine/sandbox-engines';
import { QueryTimeoutError, runQuery, type QueryResult } from '../../sandbox/engine/run-query';
import { GuardRefusal, guardStatement, type GuardedStatement } from '../../sandbox/guard/statement-guard';
import { AppError, ForbiddenError, GoneError } from '../errors/app-error';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
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

export type QueryLimitsConfig = { maxRows: number; maxArrowRows: number };

export class QueryService {
  constructor(private readonly deps: { access: WorkspaceAccess; engines: SandboxEngines; settings: AgreementSettingsStore; limits: QueryLimitsConfig }) {}

  /** Refuses `live` outright: 403, before anything else is looked at but visibility. */
  async open(sandboxId: string, ability: AppAbility, tier: 'dev' | 'live'): Promise<OpenSandbox> {
    const open = await this.deps.access.open(sandboxId, ability, 'query');
    if (tier === 'live') throw new ForbiddenError('live data is reached only through approved models; query the dev twin instead');
    return open;
  }

  async query(open: OpenSandbox, ability: AppAbility, sql: string): Promise<QueryResult> {
    return this.withGuardedStatement(open, this.recheckFor(open, ability), 'dev', sql, async (_statement, db, timeoutMs) =>
      runQuery(db, sql, undefined, { timeoutMs, maxRows: this.deps.limits.maxRows }));
  }

  /** Guards and starts the query now (errors are clean 4xx); the returned function streams the rows. */
  async queryArrow(open: OpenSandbox, ability: AppAbility, sql: string): Promise<(out: Writable) => Promise<void>> {
    const db = await this.acquire(open.sandbox.id, 'dev');
    try {
      await this.guard(db, sql, open);
      const { queryTimeoutMs } = await this.deps.settings.get(open.agreement.id);
      await this.recheckFor(open, ability)();
      const stream = await startArrow(db, sql, undefined, { timeoutMs: queryTimeoutMs, maxRows: this.deps.limits.maxArrowRows }).catch((error: unknown) => {
        throw this.mapFailure(open, error);
      });
      return async (out) => {
        try {
          await stream(out);
        } finally {
          await this.deps.engines.release(open.sandbox.id, 'dev', db);
        }
      };
    } catch (error) {
      await this.deps.engines.release(open.sandbox.id, 'dev', db);
      throw error;
    }
  }

  /** The access re-check of an operator working in its own sandbox. */
  recheckFor(open: OpenSandbox, ability: AppAbility): () => Promise<void> {
    return () => this.deps.access.recheck(open.sandbox.id, ability, 'query');
  }

  /**
   * Guards `sql` on `tier`, calls `recheck` (access may have ended while waiting) right before
   * it runs, then hands `work` the guarded statement with its parse tree, the connection and the
   * agreement's timeout. Timeouts become 408.
   */
  async withGuardedStatement<T>(
    open: OpenSandbox, recheck: () => Promise<void>, tier: Tier, sql: string,
    work: (statement: GuardedStatement, db: DuckDBConnection, timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const db = await this.acquire(open.sandbox.id, tier);
    try {
      const statement = await this.guard(db, sql, open);
      const { queryTimeoutMs } = await this.deps.settings.get(open.agreement.id);
      await recheck();
      return await work(statement, db, queryTimeoutMs).catch((error: unknown) => {
        throw this.mapFailure(open, error);
      });
    } finally {
      await this.deps.engines.release(open.sandbox.id, tier, db);
    }
  }

  /** Sealing, timeouts and the memory limit become clear HTTP errors; anything else stays a 500. */
  private mapFailure(open: OpenSandbox, error: unknown): unknown {
    if (this.deps.engines.isClosed(open.sandbox.id)) return new GoneError('the sandbox was sealed while the query ran');
    if (error instanceof QueryTimeoutError) return new QueryTimedOutError(error.timeoutMs);
    if (/Out of Memory/i.test(String(error))) return new AppError(422, 'query_too_large', 'the query needs more memory than the sandbox allows; aggregate earlier or narrow it');
    return error;
  }

  private async acquire(sandboxId: string, tier: Tier) {
    try {
      return await this.deps.engines.acquire(sandboxId, tier);
    } catch (error) {
      if (error instanceof SandboxClosedError) throw new GoneError('the sandbox is sealed');
      throw error;
    }
  }

  private async guard(db: DuckDBConnection, sql: string, open: OpenSandbox) {
    try {
      return await guardStatement(db, sql, open.sandbox.loaded.map((l) => l.table));
    } catch (error) {
      if (error instanceof GuardRefusal) throw new StatementRefusedError(error.reason);
      throw error;
    }
  }
}

export function sqlFingerprint(sql: string): { sqlSha256: string; sql: string } {
  return { sqlSha256: crypto.createHash('sha256').update(sql).digest('hex'), sql: sql.slice(0, 4000) };
}
