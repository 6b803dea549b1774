/**
 * The composition root: the one place where the platform is assembled. `buildPlatform` opens
 * the control store, restores the audit head, bootstraps the authority, builds the services,
 * resumes interrupted provisioning, and returns the app with a `close()` that stops schedules,
 * flushes the audit log and closes DuckDB.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { AuditAnchor, resolveAnchorKey } from './audit/audit-anchor';
import { auditRoutes } from './audit/audit-routes';
import { AuditService } from './audit/audit-service';
import { AuditWriter } from './audit/audit-writer';
import { buildServices, type Services } from './build-services';
import { systemClock, type Clock } from './config/clock';
import type { Config } from './config/config';
import { platformVersion } from './config/version';
import { createApp } from './http/create-app';
import type { Route } from './http/route';
import { createLogger, type Logger } from './logging/create-logger';
import { metricsRoutes } from './metrics/metrics-routes';
import { PlatformMetrics } from './metrics/platform-metrics';
import { principalRoutes } from './principals/principal-routes';
import { PrincipalService } from './principals/principal-service';
import { PrincipalStore } from './principals/principal-store';
import { startSchedules, type Schedules } from './scheduler/schedules';
import { ControlStore } from './store/control-store';
import { SqlParser } from '../sandbox/guard/sql-parser';

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
  routes: Route[];
  /** Set on first start when the authority token was generated: the file that holds it. */
  authorityTokenFile?: string;
  /** True on the first start of an empty data directory (the authority was just created). */
  firstStart: boolean;
  close(): Promise<void>;
};

/** `schedules`: run the cron schedules (the server does; tests drive the lifecycle themselves). */
export type PlatformOptions = { clock?: Clock; logger?: Logger; defaultMetrics?: boolean; schedules?: boolean };

export async function buildPlatform(config: Config, options: PlatformOptions = {}): Promise<Platform> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await ControlStore.open(config.dataDir);
  const metrics = new PlatformMetrics({ defaultMetrics: options.defaultMetrics });
  const anchor = new AuditAnchor({ dataDir: config.dataDir, key: resolveAnchorKey(config.dataDir, config.audit.hmacKey) });
  const writer = new AuditWriter({
    db: await store.connectAudit(), anchor, clock, logger,
    maxBatch: config.audit.maxBatch, anchorLogIntervalMs: config.audit.anchorLogIntervalMs, observer: metrics,
  });
  await writer.init();
  const audit = new AuditService({ db: store.main, writer, anchor, enabled: config.audit.enabled });
  const principals = new PrincipalService({ store: new PrincipalStore({ db: store.main }), clock });
  const { file: authorityTokenFile, created: firstStart } = await bootstrapAuthority(config, principals, audit);

  const parser = await SqlParser.open();
  const services = buildServices({ config, db: store.main, audit, clock, logger, parser });
  const routes = [...principalRoutes(principals), ...services.routes, ...auditRoutes(audit), ...metricsRoutes(metrics)];
  const app = createApp({
    routes, principals, sink: audit, metrics, logger,
    jsonBodyLimit: config.jsonBodyLimitBytes, metricsToken: config.metricsToken, version: platformVersion,
  });
  const resumed = await services.provisioner.resumeInterrupted();
  const lost = await services.journal.recoverLost();
  if (lost) logger.warn('statements were running when the platform stopped; recorded as statement.lost', { statements: lost });
  await services.runs.recover();
  if (resumed.length) logger.warn('resuming interrupted sandbox provisioning', { sandboxes: resumed });
  const schedules: Schedules | null = options.schedules ? startSchedules({ expiryCron: config.expiryCron, expiry: services.expiry, logger }) : null;

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await schedules?.stop();
      await services.expiry.settle();
      await services.provisioner.idle();
      await services.runs.idle();
      await services.workers.shutdown();
      parser.close();
      await writer.close();
      await store.close();
    })());

  return { ...services, app, config, clock, logger, store, audit, principals, metrics, routes, authorityTokenFile, firstStart, close };
}

/** First start: the authority principal; returns the token file when the token was generated. */
async function bootstrapAuthority(config: Config, principals: PrincipalService, audit: AuditService): Promise<{ file?: string; created: boolean }> {
  const boot = await principals.bootstrapAuthority(config.authorityToken);
  let file: string | undefined;
  if (boot.token) {
    file = path.join(config.dataDir, AUTHORITY_TOKEN_FILE);
    fs.writeFileSync(file, `${boot.token}\n`, { mode: 0o600 });
  }
  if (boot.created || boot.rotated) {
    await audit.append({
      actorId: null, role: 'system', action: boot.created ? 'principal.bootstrap' : 'principal.rotate_bootstrap_token',
      resource: `principal:${boot.principal.id}`, outcome: 'allowed', requestId: 'startup',
      details: { origin: config.authorityToken ? 'environment' : 'generated' },
    });
  }
  return { file, created: boot.created };
}
