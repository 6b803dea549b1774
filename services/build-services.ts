/**
 * Builds the domain services and their routes over an open control store and audit log.
 * Only this file (called by the composition root) constructs services.
 */
import type { SerialConnection } from '../sandbox/engine/serial-connection';
import type { CryptoProfile } from '../sandbox/crypto/crypto-profile';
import type { DocumentSigner } from './keys/document-signer';
import { SandboxFiles } from '../sandbox/provisioning/sandbox-files';
import { VaultPaths } from '../sandbox/vault/vault-paths';
import { agreementRoutes } from './agreements/agreement-routes';
import { AgreementService } from './agreements/agreement-service';
import { AgreementStore } from './agreements/agreement-store';
import { applicationRoutes } from './applications/application-routes';
import { ApplicationService } from './applications/application-service';
import { ApplicationStore } from './applications/application-store';
import type { AuditService } from './audit/audit-service';
import { catalogRoutes } from './catalog/catalog-routes';
import { CatalogScopeChecker } from './catalog/catalog-scope-checker';
import { CatalogService } from './catalog/catalog-service';
import { VaultJournal } from './catalog/vault-journal';
import { CatalogStore } from './catalog/catalog-store';
import { maskingRulesRoutes } from './catalog/masking-rules-routes';
import { MaskingRulesService } from './catalog/masking-rules-service';
import type { Clock } from './config/clock';
import type { Config } from './config/config';
import { certificateRoutes } from './destruction/certificate-routes';
import { DestructionStore } from './destruction/destruction-store';
import { SandboxLifecycle } from './destruction/sandbox-lifecycle';
import type { Route } from './http/route';
import type { Logger } from './logging/create-logger';
import { Provisioner } from './sandboxes/provisioner';
import { sandboxRoutes } from './sandboxes/sandbox-routes';
import { SandboxService } from './sandboxes/sandbox-service';
import { SandboxStore } from './sandboxes/sandbox-store';
import { ScheduledJob } from './scheduler/scheduled-job';
import type { SqlParser } from '../sandbox/guard/sql-parser';
import { SandboxStatements } from '../sandbox/worker/sandbox-statements';
import { WorkerIdentities } from '../sandbox/worker/worker-identities';
import { CODE_DIR, workerEntry } from '../sandbox/worker/worker-entry';
import { WorkerPool } from '../sandbox/worker/worker-pool';
import { StatementJournal } from './workspace/statement-journal';
import { AgreementSettingsStore } from './agreements/agreement-settings';
import { agreementSettingsRoutes } from './agreements/agreement-settings-routes';
import { QueryService } from './workspace/query-service';
import { queryRoutes } from './workspace/query-routes';
import { WorkspaceAccess } from './workspace/workspace-access';
import path from 'node:path';
import { ModelService } from './models/model-service';
import { ModelStore } from './models/model-store';
import { modelRoutes } from './models/model-routes';
import { OutputFiles } from './runs/output-files';
import { RunService } from './runs/run-service';
import { ReleasedCellsStore } from './runs/released-cells-store';
import { RunStore } from './runs/run-store';
import { runRoutes } from './runs/run-routes';
import { ProductService } from './products/product-service';
import { ProductStore } from './products/product-store';
import { productRoutes } from './products/product-routes';
import { RateLimiter } from './products/rate-limiter';
import { SubjectRequestService } from './subjects/subject-request-service';
import { subjectRequestRoutes } from './subjects/subject-request-routes';
import { SubjectRows } from './subjects/subject-rows';
import { SubjectUses } from './subjects/subject-uses';
import type { RoomCheck, StorageFailureNotes } from './storage/storage-monitor';
import { SandboxScope } from './inbox/sandbox-scope';
import { InboxService } from './inbox/inbox-service';
import { inboxRoutes } from './inbox/inbox-routes';
import { modelListRoute } from './models/model-list-route';
import { runListRoute } from './runs/run-list-route';
import { EntrustmentService } from './entrustments/entrustment-service';
import { EntrustmentStore } from './entrustments/entrustment-store';
import { entrustmentRoutes } from './entrustments/entrustment-routes';
import { disclosureRoutes } from './disclosures/disclosure-routes';
import { usageRoutes } from './usage/usage-routes';
import { RiskReportStore } from './risk-reports/risk-report-store';
import { RiskReportService } from './risk-reports/risk-report-service';
import { riskReportRoutes } from './risk-reports/risk-report-routes';
import { newRiskReport } from './risk-reports/risk-report';
import { PrincipalStore } from './principals/principal-store';
import { EvidenceStore } from './evidence/evidence-store';
import { defineAbilityFor } from '../policies/define-ability-for';
import type { PolicyScope } from './http/middleware/authenticate';
import { CallStore } from './qualifications/call-store';
import { QualificationStore } from './qualifications/qualification-store';
import { QualificationService } from './qualifications/qualification-service';
import { callRoutes } from './qualifications/call-routes';
import { qualificationRoutes } from './qualifications/qualification-routes';
import { DirectoryStore } from './directory/directory-store';
import { DirectoryService } from './directory/directory-service';
import { directoryRoutes } from './directory/directory-routes';
import { PartnerStore } from './partners/partner-store';
import { PartnerService } from './partners/partner-service';
import { partnerRoutes } from './partners/partner-routes';
import { FeedbackStore } from './feedback/feedback-store';
import { FeedbackService } from './feedback/feedback-service';
import { feedbackRoutes } from './feedback/feedback-routes';
import { FilingStore } from './filings/filing-store';
import { FilingService } from './filings/filing-service';
import { filingRoutes } from './filings/filing-routes';
import { OverdueFlagger } from './filings/overdue-flagger';
import { DEFAULT_FILING_SCHEDULE } from './filings/filing-schedule';
import { RenewalStore } from './registration/renewal-store';
import { PackageSources } from './registration/package-sources';
import { RegistrationService } from './registration/registration-service';
import { registrationRoutes } from './registration/registration-routes';
import { ComplianceReportService } from './compliance/compliance-service';
import { complianceRoutes } from './compliance/compliance-routes';
import { agreementHistoryProviders } from './compliance/history-providers';

/** `keys`: the master key (seals agreement keys), the output-fingerprint key and the data directory's cryptographic profile, from services/keys. */
export type DomainDeps = { config: Config; db: SerialConnection; audit: AuditService; clock: Clock; logger: Logger; parser: SqlParser; room?: RoomCheck & StorageFailureNotes; keys: PlatformKeys };
export type PlatformKeys = { master: Buffer; fingerprint: Buffer; profile: CryptoProfile; documents: DocumentSigner };

export function buildServices({ config, db, audit, clock, logger, parser, room, keys }: DomainDeps) {
  const vaultPaths = new VaultPaths(config.dataDir);
  const evidenceFiles = new EvidenceStore(config.dataDir);
  const catalogStore = new CatalogStore({ db, dataDir: config.dataDir });
  const vaultJournal = new VaultJournal({ db, dataDir: config.dataDir });
  const catalog = new CatalogService({ store: catalogStore, journal: vaultJournal, paths: vaultPaths, clock, uploadLimitBytes: config.uploadLimitBytes, memoryLimit: config.vault.memoryLimit, room });
  const maskingRules = new MaskingRulesService({ store: catalogStore, catalog, clock });
  const masterKey = keys.master;
  const agreementStore = new AgreementStore({ db });
  const sandboxStore = new SandboxStore({ db });
  const riskReportStore = new RiskReportStore({ db });
  const agreements = new AgreementService({
    db, store: agreementStore, sandboxes: sandboxStore, masterKey, cryptoProfile: keys.profile, clock,
    riskStop: (tx, stop) => riskReportStore.insert(newRiskReport({
      agreementId: stop.agreement.id, operatorUnit: stop.agreement.operatorUnit, source: 'operator_suspension', summary: stop.reason, openedBy: stop.by.id, openedAt: stop.at,
    }), tx),
    resumeBlocker: (agreement): Promise<string | null> => qualifications.resumeBlocker(agreement.operatorUnit),
  });
  const qualifications: QualificationService = new QualificationService({ calls: new CallStore({ db }), store: new QualificationStore({ db }), evidenceFiles, agreements, clock });
  const directory = new DirectoryService({ store: new DirectoryStore({ db }), catalog, clock });
  const partners = new PartnerService({ store: new PartnerStore({ db }), evidenceFiles, clock });
  const applicationStore = new ApplicationStore({ db });
  const applications = new ApplicationService({
    db, store: applicationStore, catalog, scope: new CatalogScopeChecker({ store: catalogStore }), agreements, clock, room,
    eligibility: {
      qualifiedUntil: (unit) => qualifications.qualifiedUntil(unit),
      qualificationEnd: (unit, db) => qualifications.qualificationEnd(unit, db),
      outsideDirectory: (scenario, request) => directory.outsideDirectory(scenario, request),
    },
  });
  const sandboxes = new SandboxService({ sandboxes: sandboxStore, agreements: agreementStore });
  const files = new SandboxFiles(config.dataDir);
  const provisioner = new Provisioner({
    sandboxes: sandboxStore, agreements: agreementStore, catalog, rules: maskingRules, files, audit, clock, logger, masterKey,
    twinRows: config.sandbox.twinRows, memoryLimit: config.sandbox.memoryLimit, storage: room,
  });
  const identities = new WorkerIdentities({
    dataDir: config.dataDir, sandboxesDir: files.root, codeDir: CODE_DIR, uidBase: config.workers.uidBase, slots: config.workers.max * 2, enabled: config.workers.isolation === 'uid',
  });
  identities.prepare();
  const workers = new WorkerPool({
    max: config.workers.max, idleMs: config.workers.idleMs, queueMax: config.workers.queueMax, queueWaitMs: config.workers.queueWaitMs,
    cpuCapMs: config.workers.cpuMs, memoryBytes: config.workers.memoryBytes, entry: workerEntry(),
    engine: { memoryLimit: config.sandbox.memoryLimit, threads: config.sandbox.threads, tempDirectory: '', maxTempSize: config.workers.spillLimit },
  }, {
    identities,
    filesFor: (id, tier) => ({ key: `${id}:${tier}`, file: tier === 'live' ? files.live(id) : files.dev(id), home: path.join(files.tmp(id), tier), sandboxDir: files.dir(id) }),
  });
  logger.info(workers.describe());
  const statements = new SandboxStatements(workers, config.query.maxResultBytes);
  const journal = new StatementJournal({ audit, db });
  const settings = new AgreementSettingsStore({ db, defaults: { ...config.disclosure, queryTimeoutMs: config.query.timeoutMs, twoPersonRelease: false, ...DEFAULT_FILING_SCHEDULE } });
  const access = new WorkspaceAccess({ sandboxes, now: () => clock.now() });
  const queries = new QueryService({ access, statements, parser, journal, settings, limits: { maxRows: config.query.maxRows, maxArrowRows: config.query.maxArrowRows } });
  const modelStore = new ModelStore({ db });
  const models = new ModelService({ store: modelStore, access, sandboxes, queries, catalog, rules: maskingRules, clock });
  const principalStore = new PrincipalStore({ db });
  const entrustmentStore = new EntrustmentStore({ db });
  const entrustments = new EntrustmentService({ store: entrustmentStore, principals: principalStore, agreements: agreementStore, clock });
  /** What a principal's ability depends on beyond its role, read on every request: entrustments, partnerships. */
  const policyScope: PolicyScope = async (p) => {
    if (p.role === 'examiner') return { entrusted: await entrustments.scope(p.id) };
    if (p.role === 'partner') return { partner: await partners.scope(p.partnerId) };
    return {};
  };
  const outputs = new OutputFiles({ dataDir: config.dataDir, sandboxFiles: files });
  const cells = new ReleasedCellsStore({ db });
  const runStore = new RunStore({ db });
  const runs = new RunService({
    store: runStore, models, access, sandboxes, queries, settings, catalog, rules: maskingRules, outputs, cells, clock,
    // The message may quote a live value (a cast error): only its kind goes to the operations log.
    onError: (runId, error) => {
      room?.noteFailure(error);
      logger.warn('run failed', { runId, kind: error instanceof Error ? error.name : typeof error });
    },
    fingerprintKey: keys.fingerprint, maxRows: config.query.maxRows,
    currentAbility: async (principalId) => {
      const principal = await principalStore.byId(principalId);
      return principal && !principal.revokedAt ? defineAbilityFor({ ...principal, ...(await policyScope(principal)) }) : null;
    },
    stillReviews: async (principalId, agreement) => {
      const reviewer = await principalStore.byId(principalId);
      if (!reviewer || reviewer.revokedAt) return false;
      if (reviewer.role !== 'examiner') return reviewer.role === 'authority';
      const scope = await entrustments.scope(reviewer.id);
      return scope === 'all' || scope.includes(agreement.id);
    },
  });
  const productStore = new ProductStore({ db });
  const renewals = new RenewalStore({ db });
  const products = new ProductService({
    store: productStore, runs, models, agreements, access, outputs, clock, settings, cells, renewals,
    limiter: new RateLimiter({ limit: config.productRateLimit, windowMs: 60_000, now: () => Date.now() }),
  });
  const destructionStore = new DestructionStore({ db });
  const lifecycle = new SandboxLifecycle({
    db, agreements: agreementStore, sandboxes: sandboxStore, destructions: destructionStore, files, handles: [workers], signer: keys.documents,
    settleProvisioning: (id) => provisioner.settle(id), audit, clock, logger,
  });
  const expiry = new ScheduledJob('expiry', async () => {
    const result = await lifecycle.run();
    for (const failed of await sandboxStore.inState(['failed'])) if (failed.attempts < 3) void provisioner.start(failed.id);
    return result;
  }, logger);

  const feedback = new FeedbackService({ store: new FeedbackStore({ db }), agreements, runs: runStore, clock });
  const filingStore = new FilingStore({ db });
  const filings = new FilingService({ store: filingStore, agreements, settings, evidenceFiles, clock, partnersActiveIn: (unit, from, to) => partners.activeIn(unit, from, to) });
  const flagger = new OverdueFlagger({ store: filingStore, agreements: agreementStore, settings, audit, clock });
  const filingsJob = new ScheduledJob('filings', () => flagger.run(), logger);

  const riskReports = new RiskReportService({ store: riskReportStore, agreements: agreementStore, clock });
  const scope = new SandboxScope({ sandboxes: sandboxStore, agreements: agreementStore });
  const levelOf = async (datasetId: string) => (await catalog.get(datasetId)).level;
  const routes: Route[] = [
    ...catalogRoutes(catalog),
    ...maskingRulesRoutes(catalog, maskingRules),
    ...applicationRoutes(applications, (sandboxId) => void provisioner.start(sandboxId)),
    ...agreementRoutes(agreements, () => void expiry.run()),
    ...agreementSettingsRoutes(agreements, settings, clock, levelOf, (id) => filings.scheduleInUse(id)),
    ...certificateRoutes(agreements, lifecycle),
    ...sandboxRoutes(sandboxes),
    ...queryRoutes(queries, access, catalog, maskingRules),
    ...modelRoutes(models, access),
    ...runRoutes({ runs, models, outputs, settings, sandboxes, clock }),
    ...productRoutes(products),
    modelListRoute(models, scope),
    runListRoute({ runs, scope, settings, clock }),
    ...inboxRoutes(new InboxService({
      db, applications, models, runs, products, scope, clock,
      counters: {
        'feedback.open': (_, ability) => feedback.list(ability, { status: 'open' }).then((l) => l.length),
        'feedback.answered': (_, ability) => feedback.list(ability, { status: 'answered' }).then((l) => l.length),
        'filings.due': (_, ability) => filings.dueSoon(ability),
        'filings.overdue': (_, ability) => filings.overdue(ability),
        'risks.open': async (_, ability) => (await riskReports.list(ability)).filter((r) => r.status !== 'closed').length,
        'qualifications.review': async (_, ability) => (ability.can('decide', 'Qualification') ? (await qualifications.list(ability)).filter((q) => q.status === 'submitted').length : 0),
        'directory.review': async (_, ability) => (ability.can('decide', 'DirectoryProposal') ? (await directory.proposals(ability)).filter((p) => p.status === 'proposed').length : 0),
        'partners.review': async (_, ability) => (ability.can('decide', 'Partner') ? (await partners.list(ability)).filter((p) => p.status === 'filed').length : 0),
      },
    })),
    ...subjectRequestRoutes(new SubjectRequestService({
      catalog, catalogStore, agreements: agreementStore,
      uses: new SubjectUses({
        runs: runStore, models: modelStore, products: productStore, sandboxes: sandboxStore, parser,
        rows: new SubjectRows({ sandboxes: sandboxStore, catalog, catalogStore, rules: maskingRules, masterKey, statements, journal, settings, cells }),
      }),
    })),
    ...entrustmentRoutes(entrustments),
    ...disclosureRoutes({ agreements: agreementStore, catalog, products: productStore, clock }),
    ...usageRoutes({ db, agreements: agreementStore, products: productStore }),
    ...riskReportRoutes(riskReports),
    ...callRoutes(qualifications),
    ...qualificationRoutes(qualifications, evidenceFiles),
    ...directoryRoutes(directory, catalog),
    ...partnerRoutes(partners, evidenceFiles),
    ...feedbackRoutes(feedback, clock),
    ...filingRoutes(filings, evidenceFiles),
    ...registrationRoutes(new RegistrationService({
      products, renewals, clock,
      sources: new PackageSources({ db, agreements: agreementStore, sandboxes: sandboxStore, catalog: catalogStore, models: modelStore, runs: runStore, head: () => audit.head(), now: () => clock.now() }),
    })),
    ...complianceRoutes(new ComplianceReportService({
      db, agreements: agreementStore, applications: applicationStore, catalog: catalogStore, principals: principalStore, head: () => audit.head(), clock,
      providers: agreementHistoryProviders({
        agreements: agreementStore, applications: applicationStore, sandboxes: sandboxStore, destructions: destructionStore, entrustments: entrustmentStore,
        models: modelStore, runs: runStore, products: productStore, renewals, riskReports: riskReportStore, filings: filingStore,
      }),
    })),
  ];
  return {
    policyScope, catalog, evidenceFiles, qualifications, directory, partners, entrustments, vaultJournal, maskingRules, applications, agreements, sandboxes, provisioner, lifecycle, expiry, filingsJob,
    files, workers, journal, settings, queries, models, runs, outputs, products, routes,
  };
}

export type Services = ReturnType<typeof buildServices>;
