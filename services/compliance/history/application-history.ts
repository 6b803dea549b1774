/** The application (scenario, purpose, datasets, columns, term), each consent, refusal and coordination, and the authority's decision. */
import type { ApplicationStore } from '../../applications/application-store';
import type { Consent } from '../../applications/application';
import type { ComplianceLine, HistoryProvider } from '../compliance-line';

export function applicationHistory(applications: ApplicationStore): HistoryProvider {
  return async ({ agreement, trail, datasetTitle }) => {
    const app = await applications.get(agreement.applicationId);
    if (!app) return [];
    const resource = `application:${app.id}`;
    const lines: ComplianceLine[] = [{
      at: app.createdAt, kind: 'application.submitted', subject: app.id, by: app.operatorId, auditSeqs: trail.seqs('application.create', resource),
      facts: {
        scenario: app.scenario, purpose: app.purpose, term: `${app.startsAt} – ${app.endsAt}`,
        datasets: app.datasets.map((d) => `${datasetTitle(d.datasetId)} (${d.ownerUnit}): ${d.columns.join(', ')}`),
      },
    }];
    for (const dataset of app.datasets) {
      // In the order they were given: a refusal the authority reopened, then the decision in force.
      const decisions: Consent[] = [...app.reopened.filter((r) => r.datasetId === dataset.datasetId), ...app.consents.filter((c) => c.datasetId === dataset.datasetId)];
      const entries = trail.find('application.consent', resource, { datasetId: dataset.datasetId });
      decisions.forEach((c, i) => lines.push({
        at: c.decidedAt, kind: c.decision === 'approve' ? 'consent.approved' : 'consent.refused', subject: datasetTitle(c.datasetId), by: c.decidedBy,
        facts: { sourceUnit: c.sourceUnit, comment: c.comment }, auditSeqs: entries[i] ? [entries[i].seq] : [],
      }));
    }
    for (const r of app.reopened) {
      lines.push({
        at: r.reopenedAt, kind: 'consent.coordinated', subject: datasetTitle(r.datasetId), by: r.reopenedBy, facts: { note: r.note, refusal: r.comment },
        auditSeqs: trail.seqs('application.coordinate', resource, { datasetId: r.datasetId }),
      });
    }
    if (app.decidedAt) {
      lines.push({
        at: app.decidedAt, kind: app.status === 'approved' ? 'application.approved' : 'application.rejected', subject: app.id, by: app.decidedBy,
        facts: { comment: app.decisionComment }, auditSeqs: trail.seqs('application.decide', resource),
      });
    }
    return lines;
  };
}
