/**
 * The composition root: the one place where the platform is assembled. `buildPlatform` checks
 * the data directory, opens the control store, restores the audit head, bootstraps the
 * authority, builds the services, resumes interrupted provisioning, and returns the app with a
 * `close()` that stops schedules, flushes the audit log and closes DuckDB.
 *
 * The start-up check runs before anything is written (see doctor/inspect-data-directory.ts,
 * depth `start`): control.duckdb opens read-only, every table reads, and the audit chain's head
 * matches its signed anchor. If not, `buildPlatform` throws `DataDirectoryDamaged` naming each
 * file and problem, and nothing in the data directory has changed. A chain longer than its
 * anchor (a commit whose anchor the crash beat) is not damage. After an anchor break has been
 * investigated, `shuyu audit reanchor` starts with `acknowledgeAnchorBreak`: the writer records
 * the break in the chain and the command re-anchors at once.
 *
 * `buildRecoveryPlatform` serves a damaged directory read-only: the audit routes and `GET /me`
 * (see doctor/recovery-app.ts); no migration, writer, recovery, schedule, worker or bootstrap.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { AuditAnchor, readAnchorKey, resolveAnchorKey } from './audit/audit-anchor';
import { auditRoutes } from './audit/audit-routes';
import { AuditService } from './audit/audit-service';
import { AuditWriter } from './audit/audit-writer';
import { buildServices, type PlatformKeys, type Services } from './build-services';
import { systemClock, type Clock } from './config/clock';
import type { Config } from './config/config';
import { platformVersion } from './config/version';
import { consoleDist } from './console/console-bundle';
import { consoleRouter } from './console/serve-console';
import { createApp } from './http/create-app';
import type { Route } from './http/route';
import { createLogger, type Logger } from './logging/create-logger';
import { metricsRoutes } from './metrics/metrics-routes';
import { PlatformMetrics } from './metrics/platform-metrics';
import { principalRoutes } from './principals/principal-routes';
import { PrincipalService } from './principals/principal-service';
import { PrincipalStore } from './principals/principal-store';
import { startSchedules, type Schedules } from './scheduler/schedules';
import { ControlStore, controlFile } from './store/control-store';
import { migrations } from './store/migrations';
import { assertStartable, DataDirectoryInUse } from './doctor/data-directory-damaged';
import { firstLine } from './doctor/read-every-table';
import { inspectDataDirectory, inspectOpenStore, type DataDirectoryReport, type InspectOptions } from './doctor/inspect-data-directory';
import { recoveryApp } from './doctor/recovery-app';
import { SqlParser } from '../sandbox/guard/sql-parser';
import { StorageMonitor } from './storage/storage-monitor';
import { withCustodiedKeys } from './keys/key-custody';
import { documentSigner } from './keys/document-signer';
import { volumeEncryption } from './keys/encrypted-volume';
import { cryptoProfileOf } from './keys/recorded-crypto-profile';
import { assertSealedKeysOpen } from './keys/sealed-keys-check';
import { outputFingerprintKey } from './keys/platform-secrets';
import { masterKeyOf } from '../sandbox/keys/master-key';

export const AUTHORITY_TOKEN_FILE = 'authority.token';

export type Platform = Services & {
  app: Express;
  config: Config;
  clock: Clock;
  logger: Logger;
  store: ControlStore;
  audit: AuditService;
  principals: PrincipalService;
  metrics: PlatformMetrics;
  storage: StorageMonitor;
  routes: Route[];
  /** Set on first start when the authority token was generated: the file that holds it. */
  authorityTokenFile?: string;
  /** True on the first start of an empty data directory (the authority was just created). */
  firstStart: boolean;
  close(): Promise<void>;
};

/**
 * `schedules`: run the cron schedules (the server does; tests drive the lifecycle themselves).
 * `acknowledgeAnchorBreak`: start although the audit chain does not match its anchor; only for
 * `shuyu audit reanchor`, which re-anchors straight away (the writer records the break on init).
 */
export type PlatformOptions = { clock?: Clock; logger?: Logger; defaultMetrics?: boolean; schedules?: boolean; acknowledgeAnchorBreak?: boolean };

/** The problem codes of an anchor break (see doctor/check-anchor.ts). */
const ANCHOR_BREAK_CODES = ['anchor_key_missing', 'anchor_invalid', 'anchor_missing', 'chain_cut', 'chain_rewritten'] as const;

export async function buildPlatform(configured: Config, options: PlatformOptions = {}): Promise<Platform> {
  const config = withCustodiedKeys(configured, 'create');
  const cryptoProfile = cryptoProfileOf(config.dataDir, config.cryptoProfile, true);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new PlatformMetrics({ defaultMetrics: options.defaultMetrics });
  const { store, writer, audit } = await openAuditedStore(config, { clock, logger, metrics, acknowledgeAnchorBreak: options.acknowledgeAnchorBreak === true });
  const masterKey = masterKeyOf(config.masterKeyHex);
  let keys: PlatformKeys;
  try {
    await assertSealedKeysOpen(store.main, masterKey);
    if (!config.audit.hmacKey) throw new Error('the audit anchor key is missing');
    keys = {
      master: masterKey, profile: cryptoProfile, documents: documentSigner(cryptoProfile, config.audit.hmacKey),
      fingerprint: await outputFingerprintKey(store.main, masterKey, clock.now().toISOString(), cryptoProfile),
    };
  } catch (error) {
    // A refused start lets go of the data directory, so that the rotation (or a fixed start) can open it.
    await writer.close();
    await store.close();
    throw error;
  }
  const principals = new PrincipalService({ store: new PrincipalStore({ db: store.main }), clock });
  const { file: authorityTokenFile, created: firstStart } = await bootstrapAuthority(config, principals, audit);

  const parser = await SqlParser.open();
  // A full disk is an answer (507) and a degraded health, never a crash; see storage/storage-monitor.ts.
  const storage = new StorageMonitor({ dir: config.dataDir, reserve: config.diskReserve, logger });
  await storage.start();
  const services = buildServices({ config, db: store.main, audit, clock, logger, parser, room: storage, keys });
  const routes = [...principalRoutes(principals, (id, unit) => services.partners.admissible(id, unit)), ...services.routes, ...auditRoutes(audit, keys.documents), ...metricsRoutes(metrics)];
  const app = createApp({
    routes, principals, sink: audit, metrics, logger,
    jsonBodyLimit: config.jsonBodyLimitBytes, metricsToken: config.metricsToken, version: platformVersion,
    health: () => storage.health(), onStorageFailure: (error) => void storage.noteFailure(error),
    console: consoleRouter(consoleDist),
    policyScope: services.policyScope,
  });
  const vault = await services.vaultJournal.reconcile(async (event) => void (await audit.append(event)));
  if (vault.rolledBack || vault.orphansRemoved.length) logger.warn('reconciled the vault after an interruption', { rolledBack: vault.rolledBack, orphansRemoved: vault.orphansRemoved.length });
  const resumed = await services.provisioner.resumeInterrupted();
  const lost = await services.journal.recoverLost();
  if (lost) logger.warn('statements were running when the platform stopped; recorded as statement.lost', { statements: lost });
  await services.runs.recover();
  if (resumed.length) logger.warn('resuming interrupted sandbox provisioning', { sandboxes: resumed });
  const schedules: Schedules | null = options.schedules ? startSchedules({ expiryCron: config.expiryCron, expiry: services.expiry, filingsCron: config.filingsCron, filings: services.filingsJob, logger }) : null;

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await schedules?.stop();
      await services.expiry.settle();
      await services.filingsJob.settle();
      await services.provisioner.idle();
      await services.runs.idle();
      await services.workers.shutdown();
      parser.close();
      await writer.close();
      await store.close();
      storage.stop();
    })());

  return { ...services, app, config, clock, logger, store, audit, principals, metrics, storage, routes, authorityTokenFile, firstStart, close };
}

export type AuditedStore = { store: ControlStore; writer: AuditWriter; audit: AuditService };

/**
 * The checked control store with its audit writer: what every change needs, and all that an
 * offline maintenance command (the master-key rotation) opens.
 */
export async function openAuditedStore(config: Config, deps: { clock: Clock; logger: Logger; metrics?: PlatformMetrics; acknowledgeAnchorBreak?: boolean }): Promise<AuditedStore> {
  const store = await openCheckedStore(config, deps.logger, deps.acknowledgeAnchorBreak === true);
  const anchor = new AuditAnchor({ dataDir: config.dataDir, key: resolveAnchorKey(config.dataDir, config.audit.hmacKey) });
  const writer = new AuditWriter({
    db: await store.connectAudit(), anchor, clock: deps.clock, logger: deps.logger,
    maxBatch: config.audit.maxBatch, anchorLogIntervalMs: config.audit.anchorLogIntervalMs, observer: deps.metrics,
  });
  await writer.init();
  return { store, writer, audit: new AuditService({ db: store.main, writer, anchor, enabled: config.audit.enabled }) };
}

/**
 * The start-up check, then the read-write open. When DuckDB cannot open the store read-only
 * (a WAL it can replay only read-write), the same checks run on the read-write store before it
 * migrates; the WAL replay and its checkpoint are then the only writes before the check.
 */
async function openCheckedStore(config: Config, logger: Logger, acknowledgeAnchorBreak: boolean): Promise<ControlStore> {
  const started = process.hrtime.bigint();
  const inspect: InspectOptions = { hmacKey: config.audit.hmacKey, depth: 'start' };
  const ignore: string[] = acknowledgeAnchorBreak ? [...ANCHOR_BREAK_CODES] : [];
  const report = await inspectDataDirectory(config.dataDir, inspect);
  assertStartable(report, [...ignore, 'wal_replay_read_only']);
  const deferred = report.problems.some((p) => p.code === 'wal_replay_read_only');
  let checked: DataDirectoryReport = report;
  const store = await ControlStore.open(config.dataDir, migrations, {
    beforeMigrate: deferred
      ? async (opened) => {
          checked = await inspectOpenStore(opened.main, config.dataDir, inspect);
          assertStartable(checked, ignore);
        }
      : undefined,
  });
  for (const problem of checked.problems) logger.error('data directory problem (run `shuyu doctor`)', { file: problem.file, problem: problem.what, advice: problem.advice });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  logger.info('data directory checked', { ms: Math.round(ms), tables: checked.controlStore.tables.length, auditHeadSeq: checked.audit.head?.seq ?? 0 });
  const volume = volumeEncryption(config.dataDir);
  if (volume.state !== 'encrypted') {
    logger.warn('data at rest is protected by the file system only: the data directory is not on an encrypted volume that can be detected (dm-crypt/LUKS); unless its disk is encrypted below the operating system (an encrypted cloud disk), see deploy/SECURITY.md', { dataDir: config.dataDir, device: volume.device, state: volume.state, detail: volume.detail });
  }
  return store;
}

export type RecoveryPlatform = {
  app: Express;
  config: Config;
  logger: Logger;
  store: ControlStore;
  audit: AuditService;
  /** What the start-up check found: why the platform runs in recovery. */
  report: DataDirectoryReport;
  close(): Promise<void>;
};

/**
 * Read-only recovery: the store opened read-only, an audit service without a writer, and only
 * the audit routes and `GET /me` behind the usual authentication. Throws when control.duckdb
 * cannot be opened at all (there is nothing to serve then).
 */
export async function buildRecoveryPlatform(configured: Config, options: { logger?: Logger; clock?: Clock } = {}): Promise<RecoveryPlatform> {
  const config = withCustodiedKeys(configured, 'read');
  const logger = options.logger ?? createLogger(config.logLevel);
  const report = await inspectDataDirectory(config.dataDir, { hmacKey: config.audit.hmacKey, depth: 'start' });
  if (report.problems.some((p) => p.code === 'in_use')) throw new DataDirectoryInUse(config.dataDir);
  let store: ControlStore;
  try {
    store = await ControlStore.openReadOnly(config.dataDir);
  } catch (error) {
    throw new Error(`read-only recovery cannot open ${controlFile(config.dataDir)} (${firstLine(error)}): restore it from the backup; \`shuyu doctor\` says more`);
  }
  // Without the key the anchor cannot be checked; verification then reports its signature invalid.
  const anchor = new AuditAnchor({ dataDir: config.dataDir, key: readAnchorKey(config.dataDir, config.audit.hmacKey) ?? '' });
  const audit = new AuditService({ db: store.main, writer: null, anchor, enabled: false });
  const principals = new PrincipalService({ store: new PrincipalStore({ db: store.main }), clock: options.clock ?? systemClock });
  const routes = [...principalRoutes(principals, async () => undefined).filter((route) => route.id === 'me.read'), ...auditRoutes(audit)];
  const inner = createApp({
    routes, principals, sink: audit, metrics: new PlatformMetrics(), logger,
    jsonBodyLimit: config.jsonBodyLimitBytes, metricsToken: config.metricsToken, version: platformVersion,
  });
  const app = recoveryApp({ inner, logger, sink: audit, problems: report.problems, version: platformVersion, jsonBodyLimit: config.jsonBodyLimitBytes });
  for (const problem of report.problems) logger.warn('read-only recovery: data directory problem', { file: problem.file, problem: problem.what });
  let closing: Promise<void> | null = null;
  return { app, config, logger, store, audit, report, close: () => (closing ??= store.close()) };
}

/**
 * First start: the authority principal; returns the token file when the token was generated.
 * The principal row commits with its audit entry; a generated token is written to its file
 * before that commit, so a crash cannot leave an authority whose token nobody has.
 */
async function bootstrapAuthority(config: Config, principals: PrincipalService, audit: AuditService): Promise<{ file?: string; created: boolean }> {
  const file = path.join(config.keys.dir, AUTHORITY_TOKEN_FILE);
  let written = false;
  const boot = await principals.bootstrapAuthority(config.authorityToken, ({ action, principal, token }) => (change) => {
    if (token) {
      fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flush: true });
      written = true;
    }
    return audit.recordWith({
      actorId: null, role: 'system', action, resource: `principal:${principal.id}`, outcome: 'allowed', requestId: 'startup',
      details: { origin: config.authorityToken ? 'environment' : 'generated' },
    }, change);
  });
  return { ...(written ? { file } : {}), created: boot.created };
}
