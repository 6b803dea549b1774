/** Examiners entrusted with this agreement's model and release review (委托查验), and revocations. Platform-wide entrustments are not the agreement's own history. */
import type { EntrustmentStore } from '../../entrustments/entrustment-store';
import type { ComplianceLine, HistoryProvider } from '../compliance-line';

export function entrustmentHistory(entrustments: EntrustmentStore): HistoryProvider {
  return async ({ agreement, trailOf }) => {
    const own = (await entrustments.list()).filter((e) => e.agreementId === agreement.id);
    const trail = await trailOf(own.map((e) => `entrustment:${e.id}`));
    return own.flatMap((e): ComplianceLine[] => [
      { at: e.createdAt, kind: 'entrustment.created', subject: e.examinerId, by: e.createdBy, facts: { note: e.note }, auditSeqs: trail.seqs('entrustment.create', `entrustment:${e.id}`) },
      ...(e.revokedAt ? [{ at: e.revokedAt, kind: 'entrustment.revoked', subject: e.examinerId, by: e.revokedBy, facts: {}, auditSeqs: trail.seqs('entrustment.revoke', `entrustment:${e.id}`) }] : []),
    ]);
  };
}
