/**
 * The agreement's life: its sandbox provisioned (which vault and rule-set versions were loaded),
 * suspensions and resumptions, termination or expiry, sealing, and destruction with its
 * certificate (销毁证明), each transition backed by its own audit entry.
 */
import type { AgreementStore } from '../../agreements/agreement-store';
import type { DestructionStore } from '../../destruction/destruction-store';
import type { SandboxStore } from '../../sandboxes/sandbox-store';
import type { ComplianceLine, HistoryContext, HistoryProvider } from '../compliance-line';

/** The audit action behind each transition, and the resource it is recorded on. */
const ACTIONS: Record<string, { action: string; on: 'agreement' | 'sandbox' }> = {
  suspended: { action: 'agreement.suspend', on: 'agreement' },
  active: { action: 'agreement.resume', on: 'agreement' },
  terminated: { action: 'agreement.terminate', on: 'agreement' },
  expired: { action: 'agreement.expired', on: 'agreement' },
  sealed: { action: 'sandbox.sealed', on: 'agreement' },
  destroyed: { action: 'sandbox.destroyed', on: 'sandbox' },
};

export function lifecycleHistory(agreements: AgreementStore, sandboxes: SandboxStore, destructions: DestructionStore): HistoryProvider {
  return async (ctx) => {
    const { agreement, trail } = ctx;
    const lines: ComplianceLine[] = [];
    const sandbox = await sandboxes.get(agreement.sandboxId);
    if (sandbox?.readyAt) {
      lines.push({
        at: sandbox.readyAt, kind: 'sandbox.ready', subject: sandbox.id, by: null, auditSeqs: trail.seqs('sandbox.ready', `sandbox:${sandbox.id}`),
        facts: { tables: sandbox.loaded.map((l) => `${l.table} ← ${ctx.datasetTitle(l.datasetId)} (vault v${l.vaultVersion}, rules v${l.rulesVersion})`) },
      });
    }
    const seen = new Map<string, number>();
    for (const t of await agreements.history(agreement.id)) {
      const backing = ACTIONS[t.to];
      const nth = seen.get(t.to) ?? 0;
      seen.set(t.to, nth + 1);
      const entries = backing ? trail.find(backing.action, backing.on === 'agreement' ? `agreement:${agreement.id}` : `sandbox:${agreement.sandboxId}`) : [];
      lines.push({ at: t.at, kind: `agreement.${t.to === 'active' ? 'resumed' : t.to}`, subject: null, by: t.actorId, facts: { from: t.from, reason: t.reason }, auditSeqs: entries[nth] ? [entries[nth].seq] : [] });
    }
    lines.push(...(await certificateLines(ctx, destructions)));
    return lines;
  };
}

async function certificateLines({ agreement }: HistoryContext, destructions: DestructionStore): Promise<ComplianceLine[]> {
  const journal = await destructions.byAgreement(agreement.id);
  const certificate = journal?.certificate;
  if (!certificate) return [];
  return [{
    at: certificate.destroyedAt, kind: 'certificate.issued', subject: certificate.certificateId, by: null, auditSeqs: journal.auditSeq === null ? [] : [journal.auditSeq],
    facts: {
      certificateHash: certificate.hash, files: certificate.files.length, nothingRemains: certificate.nothingRemains,
      keyDestroyedAt: certificate.keyDestruction.destroyedAt, auditHeadAtDestruction: `${certificate.auditHead.seq} / ${certificate.auditHead.hash}`,
    },
  }];
}
