/**
 * Builds an agreement's compliance report (合规报告) from its history providers: every line of
 * every provider, in time order, with the actor's role and unit, the audit head at generation and
 * a digest of the whole. Readable by the authority, auditors and the agreement's operator; anyone
 * else's agreement answers 404. Readers of the audit log (authority, auditors) see runs as
 * reviewers do; an operator sees them as its run views show them.
 */
import crypto from 'node:crypto';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { AgreementStore } from '../agreements/agreement-store';
import type { ApplicationStore } from '../applications/application-store';
import type { AuditHead } from '../audit/audit-anchor';
import { AuditTrail } from '../audit/audit-trail';
import { canonicalJson } from '../audit/canonical-json';
import type { CatalogStore } from '../catalog/catalog-store';
import type { Clock } from '../config/clock';
import { NotFoundError } from '../errors/app-error';
import type { PrincipalStore } from '../principals/principal-store';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { HistoryContext, HistoryProvider } from './compliance-line';
import { REPORT_FORMAT, type ComplianceReport, type ReportActor } from './compliance-report';

export class ComplianceReportService {
  constructor(private readonly deps: {
    db: SqlRunner; agreements: AgreementStore; applications: ApplicationStore; catalog: CatalogStore; principals: PrincipalStore;
    providers: readonly HistoryProvider[]; head: () => AuditHead; clock: Clock;
  }) {}

  async report(agreementId: string, ability: AppAbility): Promise<ComplianceReport> {
    const agreement = await this.deps.agreements.get(agreementId);
    if (!agreement || !permits(ability, 'read', { kind: 'ComplianceReport', id: agreement.id, operatorUnit: agreement.operatorUnit })) throw new NotFoundError('agreement');
    const [application, datasets] = await Promise.all([this.deps.applications.get(agreement.applicationId), this.deps.catalog.datasets()]);
    const titles = new Map(datasets.map((d) => [d.id, d.title]));
    const ctx: HistoryContext = {
      agreement, application, reviewerView: ability.can('read', 'AuditLog'),
      trail: await AuditTrail.load(this.deps.db, { agreementId: agreement.id, resources: [`application:${agreement.applicationId}`] }),
      trailOf: (resources) => AuditTrail.load(this.deps.db, { agreementId: null, resources }),
      datasetTitle: (id) => titles.get(id) ?? id,
    };
    const lines = (await Promise.all(this.deps.providers.map((provide) => provide(ctx)))).flat()
      .sort((a, b) => a.at.localeCompare(b.at) || (a.auditSeqs[0] ?? 0) - (b.auditSeqs[0] ?? 0));
    const actors = await this.actors(lines.map((l) => l.by));
    const body: Omit<ComplianceReport, 'reportSha256'> = {
      format: REPORT_FORMAT,
      generatedAt: this.deps.clock.now().toISOString(),
      agreement: {
        id: agreement.id, applicationId: agreement.applicationId, operatorUnit: agreement.operatorUnit, scenario: agreement.scenario, purpose: application?.purpose ?? null,
        status: agreement.status, startsAt: agreement.startsAt, endsAt: agreement.endsAt, sandboxId: agreement.sandboxId,
        datasets: agreement.scope.map((s) => ({ datasetId: s.datasetId, title: ctx.datasetTitle(s.datasetId), ownerUnit: s.ownerUnit, columns: [...s.columns] })),
      },
      lines: lines.map((l) => ({ ...l, actor: l.by ? actors.get(l.by) ?? { id: l.by, role: 'unknown', unit: null } : null })),
      audit: { headAtGeneration: this.deps.head() },
    };
    return { ...body, reportSha256: crypto.createHash('sha256').update(canonicalJson(body)).digest('hex') };
  }

  /** Each acting principal's role and unit (a report names organisations, not people). */
  private async actors(ids: (string | null)[]): Promise<Map<string, ReportActor>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const found = await Promise.all(unique.map(async (id) => {
      const p = await this.deps.principals.byId(id);
      return [id, { id, role: p?.role ?? 'unknown', unit: p?.unit ?? null }] as const;
    }));
    return new Map(found);
  }
}
