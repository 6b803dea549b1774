/**
 * The composition root: the one place where services are constructed and wired.
 * `buildPlatform` opens the control store, restores the audit head, bootstraps the authority
 * and returns the app together with a `close()` that flushes the audit log and closes DuckDB.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { AuditAnchor, resolveAnchorKey } from './audit/audit-anchor';
import { auditRoutes } from './audit/audit-routes';
import { AuditService } from './audit/audit-service';
import { AuditWriter } from './audit/audit-writer';
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
import { ControlStore } from './store/control-store';
import { VaultPaths } from '../sandbox/vault/vault-paths';
import { catalogRoutes } from './catalog/catalog-routes';
import { CatalogService } from './catalog/catalog-service';
import { CatalogStore } from './catalog/catalog-store';
import { CatalogScopeChecker } from './catalog/catalog-scope-checker';
import { maskingRulesRoutes } from './catalog/masking-rules-routes';
import { MaskingRulesService } from './catalog/masking-rules-service';
import { resolveMasterKey } from '../sandbox/keys/master-key';
import { AgreementStore } from './agreements/agreement-store';
import { AgreementService } from './agreements/agreement-service';
import { agreementRoutes } from './agreements/agreement-routes';
import { ApplicationService } from './applications/application-service';
import { ApplicationStore } from './applications/application-store';
import { applicationRoutes } from './applications/application-routes';
import { SandboxStore } from './sandboxes/sandbox-store';
import { SandboxService } from './sandboxes/sandbox-service';
import { sandboxRoutes } from './sandboxes/sandbox-routes';

export const AUTHORITY_TOKEN_FILE = 'authority.token';

export type Platform = {
  app: Express;
  config: Config;
  clock: Clock;
  logger: Logger;
  store: ControlStore;
  audit: AuditService;
  principals: PrincipalService;
  catalog: CatalogService;
  maskingRules: MaskingRulesService;
  applications: ApplicationService;
  agreements: AgreementService;
  metrics: PlatformMetrics;
  routes: Route[];
  /** Set on first start when the authority token was generated: the file that holds it. */
  authorityTokenFile?: string;
  close(): Promise<void>;
};

export type PlatformOptions = { clock?: Clock; logger?: Logger; defaultMetrics?: boolean };

export async function buildPlatform(config: Config, options: PlatformOptions = {}): Promise<Platform> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await ControlStore.open(config.dataDir);
  const metrics = new PlatformMetrics({ defaultMetrics: options.defaultMetrics });
  const anchor = new AuditAnchor({ dataDir: config.dataDir, key: resolveAnchorKey(config.dataDir, config.audit.hmacKey) });
  const writer = new AuditWriter({
    db: await store.connectAudit(),
    anchor,
    clock,
    logger,
    maxBatch: config.audit.maxBatch,
    anchorLogIntervalMs: config.audit.anchorLogIntervalMs,
    observer: metrics,
  });
  await writer.init();
  const audit = new AuditService({ db: store.main, writer, anchor, enabled: config.audit.enabled });
  const principals = new PrincipalService({ store: new PrincipalStore({ db: store.main }), clock });

  const boot = await principals.bootstrapAuthority(config.authorityToken);
  let authorityTokenFile: string | undefined;
  if (boot.token) {
    authorityTokenFile = path.join(config.dataDir, AUTHORITY_TOKEN_FILE);
    fs.writeFileSync(authorityTokenFile, `${boot.token}\n`, { mode: 0o600 });
  }
  if (boot.created || boot.rotated) {
    await audit.append({
      actorId: null,
      role: 'system',
      action: boot.created ? 'principal.bootstrap' : 'principal.rotate_bootstrap_token',
      resource: `principal:${boot.principal.id}`,
      outcome: 'allowed',
      requestId: 'startup',
      details: { origin: config.authorityToken ? 'environment' : 'generated' },
    });
  }

  const vaultPaths = new VaultPaths(config.dataDir);
  const swept = vaultPaths.sweep();
  if (swept > 0) logger.warn('removed leftovers of interrupted uploads', { files: swept });
  const catalogStore = new CatalogStore({ db: store.main });
  const catalog = new CatalogService({ store: catalogStore, paths: vaultPaths, clock, uploadLimitBytes: config.uploadLimitBytes });
  const maskingRules = new MaskingRulesService({ store: catalogStore, catalog, clock });
  const masterKey = resolveMasterKey(config.dataDir, config.masterKeyHex);
  const agreementStore = new AgreementStore({ db: store.main });
  const sandboxStore = new SandboxStore({ db: store.main });
  const agreements = new AgreementService({ db: store.main, store: agreementStore, sandboxes: sandboxStore, masterKey, clock });
  const applications = new ApplicationService({
    db: store.main, store: new ApplicationStore({ db: store.main }), catalog, scope: new CatalogScopeChecker({ store: catalogStore }), agreements, clock,
  });
  const sandboxes = new SandboxService({ sandboxes: sandboxStore, agreements: agreementStore });

  const routes = [
    ...principalRoutes(principals),
    ...catalogRoutes(catalog),
    ...maskingRulesRoutes(catalog, maskingRules),
    ...applicationRoutes(applications, () => undefined),
    ...agreementRoutes(agreements),
    ...sandboxRoutes(sandboxes),
    ...auditRoutes(audit),
    ...metricsRoutes(metrics),
  ];
  const app = createApp({
    routes,
    principals,
    sink: audit,
    metrics,
    logger,
    jsonBodyLimit: config.jsonBodyLimitBytes,
    metricsToken: config.metricsToken,
    version: platformVersion,
  });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await writer.close();
      await store.close();
    })());

  return { app, config, clock, logger, store, audit, principals, catalog, maskingRules, applications, agreements, metrics, routes, authorityTokenFile, close };
}
