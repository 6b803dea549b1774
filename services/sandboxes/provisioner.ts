/**
 * Provisions sandboxes: the `live` database of masked data, then the synthetic `dev` twin.
 *
 * Contract:
 * - Idempotent: starting a sandbox that is already being provisioned, or is no longer
 *   `provisioning`/`failed`, does nothing.
 * - Never served half loaded: databases are built under scratch names and renamed into place;
 *   the sandbox becomes `ready` only after both exist. A crash at any point leaves it
 *   `provisioning`, and `resumeInterrupted()` on the next start rebuilds it from scratch.
 * - A failure marks it `failed` (with a message that names no value); `start()` retries it.
 * - Progress is reported as done/total steps: one per live table and one per twin table.
 * - The rule-set and vault versions used are recorded with the sandbox.
 */
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { open } from '../../sandbox/keys/sealed-box';
import { buildLiveDatabase, type LiveSource } from '../../sandbox/provisioning/build-live-database';
import type { SandboxFiles } from '../../sandbox/provisioning/sandbox-files';
import { generateDevTwin } from '../../sandbox/twin/generate-dev-twin';
import { twinSeedFor } from '../../sandbox/twin/twin-disclosure';
import { twinTableOf } from '../../sandbox/twin/twin-table-of';
import type { TwinTable } from '../../sandbox/twin/twin-types';
import type { AuditEvent } from '../audit/audit-entry';
import type { AuditService } from '../audit/audit-service';
import { pausePoint } from '../faults/pause-point';
import type { Clock } from '../config/clock';
import type { Logger } from '../logging/create-logger';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Agreement } from '../agreements/agreement';
import type { AgreementStore } from '../agreements/agreement-store';
import { sandboxKeyContext } from '../agreements/agreement-service';
import type { LoadedDataset } from './sandbox';
import type { SandboxStore } from './sandbox-store';
import { ProvisioningRefusal, provisioningFailure } from './provisioning-failure';
import type { StorageFailureNotes } from '../storage/storage-monitor';

export type ProvisionerDeps = {
  sandboxes: SandboxStore;
  agreements: AgreementStore;
  catalog: CatalogService;
  rules: MaskingRulesService;
  files: SandboxFiles;
  storage?: StorageFailureNotes;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  masterKey: Buffer;
  twinRows: number;
  memoryLimit: string;
};

type Plan = { source: LiveSource; datasetId: string; vaultVersion: number; rulesVersion: number };

export class Provisioner {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: ProvisionerDeps) {}

  /** Starts (or joins) provisioning of a sandbox in the background. */
  start(sandboxId: string): Promise<void> {
    let run = this.running.get(sandboxId);
    if (!run) {
      // Never rejects: recording the outcome can itself fail (a full disk); that is noted and logged.
      run = this.provision(sandboxId)
        .catch((error: unknown) => {
          this.deps.storage?.noteFailure(error);
          this.deps.logger.error('sandbox provisioning could not record its outcome', { sandboxId, error: provisioningFailure(error).logged });
        })
        .finally(() => this.running.delete(sandboxId));
      this.running.set(sandboxId, run);
    }
    return run;
  }

  /** On start: sandboxes left `provisioning` by a crash are rebuilt from scratch. */
  async resumeInterrupted(): Promise<string[]> {
    const interrupted = await this.deps.sandboxes.inState(['provisioning']);
    for (const sandbox of interrupted) void this.start(sandbox.id);
    return interrupted.map((s) => s.id);
  }

  /** Waits for the provisioning run of one sandbox, if one is in progress. */
  async settle(sandboxId: string): Promise<void> {
    await this.running.get(sandboxId)?.catch(() => undefined);
  }

  /** Waits for every provisioning run in progress (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private async provision(sandboxId: string): Promise<void> {
    const sandbox = await this.deps.sandboxes.get(sandboxId);
    if (!sandbox || (sandbox.state !== 'provisioning' && sandbox.state !== 'failed')) return;
    const agreement = await this.deps.agreements.get(sandbox.agreementId);
    if (!agreement) return;
    await this.deps.sandboxes.startAttempt(sandboxId);
    try {
      const loaded = await this.build(sandboxId, agreement);
      await pausePoint('provisioning.built');
      const at = this.deps.clock.now().toISOString();
      const tables = loaded.map((l) => ({ table: l.table, rows: l.rows, vaultVersion: l.vaultVersion, rulesVersion: l.rulesVersion }));
      await this.deps.audit.recordIfChanged(this.event(agreement, sandboxId, 'sandbox.ready', 'allowed', { tables }), (tx) => this.deps.sandboxes.markReady(sandboxId, loaded, at, tx));
      await pausePoint('provisioning.ready');
    } catch (error) {
      const { shown, logged } = provisioningFailure(error);
      this.deps.logger.error('sandbox provisioning failed', { sandboxId, error: logged });
      this.deps.files.resetBuild(sandboxId);
      await this.deps.audit.recordIfChanged(this.event(agreement, sandboxId, 'sandbox.provision_failed', 'failed', { error: logged }), (tx) => this.deps.sandboxes.markFailed(sandboxId, shown, tx));
    }
  }

  private async build(sandboxId: string, agreement: Agreement): Promise<LoadedDataset[]> {
    const { files } = this.deps;
    files.ensure(sandboxId);
    files.resetBuild(sandboxId);
    const plans = await this.plan(agreement);
    const total = plans.length * 2;
    await this.deps.sandboxes.progress(sandboxId, 0, total);
    const key = open(await this.requireKey(sandboxId), this.deps.masterKey, sandboxKeyContext(sandboxId)).toString('hex');

    const liveScratch = files.scratch(sandboxId, 'live');
    const tables = await buildLiveDatabase({
      file: liveScratch, sources: plans.map((p) => p.source), key, asOf: agreement.createdAt.slice(0, 10),
      tempDirectory: files.tmp(sandboxId), memoryLimit: this.deps.memoryLimit,
      onTable: (done) => this.deps.sandboxes.progress(sandboxId, done, total),
    });
    const devScratch = files.scratch(sandboxId, 'dev');
    const twinTables = plans.map((p, i) => twinTableOf({ table: p.source.table, schema: p.source.schema, ruleSet: p.source.ruleSet, columns: tables[i].columns }));
    await this.buildTwin(liveScratch, devScratch, twinTables, twinSeedFor(key), (done) => this.deps.sandboxes.progress(sandboxId, plans.length + done, total));
    fs.renameSync(liveScratch, files.live(sandboxId));
    fs.renameSync(devScratch, files.dev(sandboxId));
    return plans.map((p, i) => ({ datasetId: p.datasetId, table: p.source.table, vaultVersion: p.vaultVersion, rulesVersion: p.rulesVersion, rows: tables[i].rows, columns: tables[i].columns }));
  }

  private async buildTwin(liveFile: string, devFile: string, tables: TwinTable[], seed: number, onProgress: (done: number) => Promise<void>): Promise<void> {
    const options = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', memory_limit: this.deps.memoryLimit };
    const liveInstance = await DuckDBInstance.create(liveFile, { ...options, access_mode: 'READ_ONLY' });
    const devInstance = await DuckDBInstance.create(devFile, options);
    const live = await liveInstance.connect();
    const dev = await devInstance.connect();
    const progress: Promise<void>[] = [];
    try {
      await generateDevTwin({
        live, dev, tables, rowsPerTable: this.deps.twinRows, seed,
        onProgress: (done: number) => {
          const written = onProgress(done);
          written.catch(() => undefined); // awaited below; never unhandled meanwhile
          progress.push(written);
        },
      });
      await Promise.all(progress);
      await dev.run('CHECKPOINT');
    } finally {
      live.closeSync();
      dev.closeSync();
      liveInstance.closeSync();
      devInstance.closeSync();
    }
  }

  private async plan(agreement: Agreement): Promise<Plan[]> {
    const plans: Plan[] = [];
    for (const item of agreement.scope) {
      const dataset = await this.deps.catalog.get(item.datasetId);
      const vaultFile = await this.deps.catalog.currentVersionFile(dataset);
      const rules = await this.deps.rules.current(dataset.id);
      if (!vaultFile || dataset.currentVersion === null) throw new ProvisioningRefusal(`dataset ${dataset.name} has no data in the vault`);
      if (!rules) throw new ProvisioningRefusal(`dataset ${dataset.name} has no valid masking rule set`);
      plans.push({
        datasetId: dataset.id, vaultVersion: dataset.currentVersion, rulesVersion: rules.version,
        source: { table: dataset.name, schema: dataset, ruleSet: rules.document, columns: item.columns, vaultFile },
      });
    }
    return plans;
  }

  private async requireKey(sandboxId: string): Promise<string> {
    const sealed = await this.deps.sandboxes.sealedKey(sandboxId);
    if (!sealed) throw new ProvisioningRefusal('the sandbox key is gone');
    return sealed;
  }

  private event(agreement: Agreement, sandboxId: string, action: string, outcome: 'allowed' | 'failed', details: Record<string, unknown>): AuditEvent {
    return { actorId: null, role: 'system', action, resource: `sandbox:${sandboxId}`, outcome, requestId: 'provisioner', agreementId: agreement.id, details };
  }
}
