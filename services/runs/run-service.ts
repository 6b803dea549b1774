/**
 * Runs: an approved model on `live`, with its parameters bound as prepared-statement
 * parameters, through disclosure control; then the authority's release decision. The run's own
 * operator can never release it, and nothing is served before release.
 */
import crypto from 'node:crypto';
import type { DuckDBValue } from '@duckdb/node-api';
import type { AppAbility } from '../../policies/define-ability-for';
import { applyDisclosure, type DisclosureResult } from '../../sandbox/disclosure/apply-disclosure';
import { queryShape } from '../../sandbox/guard/query-shape';
import type { Clock } from '../config/clock';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, type ErrorDetail } from '../errors/app-error';
import type { AgreementSettingsStore } from '../agreements/agreement-settings';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Model, ModelParameter } from '../models/model';
import type { ModelService } from '../models/model-service';
import { sandboxSensitivity } from '../models/sensitive-columns';
import type { Principal } from '../principals/principal';
import type { SandboxService } from '../sandboxes/sandbox-service';
import type { QueryService } from '../workspace/query-service';
import type { OpenSandbox, WorkspaceAccess } from '../workspace/workspace-access';
import { OutputFiles } from './output-files';
import type { ProvenanceManifest, Run } from './run';
import type { RunStore } from './run-store';

export type RunDeps = {
  store: RunStore; models: ModelService; access: WorkspaceAccess; sandboxes: SandboxService; queries: QueryService; settings: AgreementSettingsStore;
  catalog: CatalogService; rules: MaskingRulesService; outputs: OutputFiles; clock: Clock; fingerprintKey: Buffer; maxRows: number;
};

export class RunService {
  constructor(private readonly deps: RunDeps) {}

  async run(model: Model, rawParams: Record<string, unknown>, ability: AppAbility, by: Principal): Promise<Run> {
    const open = await this.deps.access.open(model.sandboxId, ability, 'query');
    const startedAt = this.deps.clock.now().toISOString();
    const result = await this.execute(open, model, rawParams, this.deps.queries.recheckFor(open, ability));
    const id = `run_${crypto.randomUUID()}`;
    const output = { columns: result.columns, rows: result.rows };
    const run: Run = {
      id, modelId: model.id, agreementId: open.agreement.id, sandboxId: open.sandbox.id, params: rawParams,
      status: result.blocked ? 'blocked' : 'awaiting-release', rowCount: result.rows.length,
      disclosure: { suppressedRows: result.suppressedRows, checks: result.checks },
      outputSha256: result.blocked ? null : OutputFiles.hash(output),
      fingerprint: result.blocked ? null : this.fingerprint(id),
      runBy: by.id, startedAt, finishedAt: this.deps.clock.now().toISOString(), releasedBy: null, releasedAt: null, releaseComment: null,
    };
    if (!result.blocked) this.deps.outputs.writePending(open.sandbox.id, id, output);
    await this.deps.store.insert(run);
    return run;
  }

  /** An approved model on `live` through disclosure control (also used by API products). */
  async execute(open: OpenSandbox, model: Model, rawParams: Record<string, unknown>, recheck: () => Promise<void>): Promise<DisclosureResult> {
    if (model.status !== 'approved') throw new ConflictError(`the model is ${model.status}; only approved models run on live data`, 'model_not_approved');
    const params = bindParameters(model.parameters, rawParams);
    const settings = await this.deps.settings.get(open.agreement.id);
    const sensitivity = await sandboxSensitivity(open.sandbox, this.deps.catalog, this.deps.rules);
    return this.deps.queries.withGuardedStatement(open, recheck, 'live', model.sql, (statement, db, timeoutMs) =>
      applyDisclosure({
        db, sql: model.sql, params, tree: statement.tree,
        shape: queryShape(statement.tree, open.sandbox.loaded.map((l) => l.table), sensitivity.sensitive),
        subjectKeys: sensitivity.subjectKeys, sensitiveColumns: sensitivity.list, kMin: settings.kMin,
        maxSuppressedShare: settings.maxSuppressedShare, recordLevelGranted: model.recordLevelGranted, timeoutMs, maxRows: this.deps.maxRows,
      }),
    );
  }

  async visible(id: string, ability: AppAbility, action: 'read' | 'query' = 'read'): Promise<Run> {
    const run = await this.deps.store.get(id);
    if (!run) throw new NotFoundError('run');
    await this.deps.sandboxes.visible(run.sandboxId, ability, action).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('run') : error;
    });
    return run;
  }

  async release(id: string, ability: AppAbility, decision: 'approve' | 'reject', comment: string | null, by: Principal): Promise<Run> {
    const run = await this.visible(id, ability);
    if (run.runBy === by.id) throw new ForbiddenError('a run can never be released by its own operator');
    if (run.status !== 'awaiting-release') throw new ConflictError(`the run is ${run.status}`, 'not_awaiting_release');
    const at = this.deps.clock.now().toISOString();
    if (decision === 'approve') {
      const model = await this.deps.models.visible(run.modelId, ability);
      const { sandbox } = await this.deps.sandboxes.visible(run.sandboxId, ability);
      const manifest: ProvenanceManifest = {
        runId: run.id, agreementId: run.agreementId, sandboxId: run.sandboxId,
        model: { id: model.id, name: model.name, version: model.version, sha256: model.sha256 },
        rulesVersions: sandbox.loaded.map((l) => ({ datasetId: l.datasetId, table: l.table, vaultVersion: l.vaultVersion, rulesVersion: l.rulesVersion })),
        params: run.params, checks: run.disclosure.checks, suppressedRows: run.disclosure.suppressedRows, rowCount: run.rowCount,
        outputSha256: run.outputSha256 as string, fingerprint: run.fingerprint as string, releasedBy: by.id, releasedAt: at,
      };
      this.deps.outputs.release(run.sandboxId, run.id, manifest);
    } else {
      this.deps.outputs.discardPending(run.sandboxId, run.id);
    }
    if (!(await this.deps.store.decide(id, decision === 'approve' ? 'released' : 'rejected', by.id, at, comment))) throw new ConflictError('the run was decided concurrently', 'not_awaiting_release');
    return (await this.deps.store.get(id)) as Run;
  }

  /** Which run a leaked file's fingerprint belongs to. */
  async trace(fingerprint: string): Promise<Run> {
    const run = await this.deps.store.byFingerprint(fingerprint);
    if (!run) throw new NotFoundError('fingerprint');
    return run;
  }

  private fingerprint(runId: string): string {
    return crypto.createHmac('sha256', this.deps.fingerprintKey).update(`output-fingerprint|${runId}`).digest('hex').slice(0, 32);
  }
}

/** Checks and converts parameters by their declared types; they are bound, never spliced. */
export function bindParameters(declared: ModelParameter[], raw: Record<string, unknown>): Record<string, DuckDBValue> {
  const details: ErrorDetail[] = [];
  const bound: Record<string, DuckDBValue> = {};
  for (const key of Object.keys(raw)) if (!declared.some((p) => p.name === key)) details.push({ path: `params.${key}`, message: 'not a parameter of this model' });
  for (const p of declared) {
    const value = raw[p.name];
    const path = `params.${p.name}`;
    if (value === undefined || value === null) details.push({ path, message: 'missing' });
    else if ((p.type === 'INTEGER' || p.type === 'BIGINT') && !(Number.isSafeInteger(Number(value)) && String(value).trim() !== '')) details.push({ path, message: `expected ${p.type}` });
    else if (p.type === 'DOUBLE' && !(Number.isFinite(Number(value)) && String(value).trim() !== '')) details.push({ path, message: 'expected DOUBLE' });
    else if (p.type === 'BOOLEAN' && !['true', 'false', true, false].includes(value as string | boolean)) details.push({ path, message: 'expected BOOLEAN' });
    else if (p.type === 'DATE' && !(/^\d{4}-\d{2}-\d{2}$/.test(String(value)) && !Number.isNaN(Date.parse(String(value))))) details.push({ path, message: 'expected DATE (YYYY-MM-DD)' });
    else if (p.type === 'VARCHAR' && (typeof value !== 'string' || value.length > 1000)) details.push({ path, message: 'expected VARCHAR (at most 1000 characters)' });
    else bound[p.name] = p.type === 'INTEGER' || p.type === 'BIGINT' || p.type === 'DOUBLE' ? Number(value) : p.type === 'BOOLEAN' ? value === true || value === 'true' : String(value);
  }
  if (details.length) throw new BadRequestError('invalid model parameters', details, 'invalid_parameters');
  return bound;
}
