/** Products registered from the agreement's outputs and models (登记): submission, the authority's decision, renewals of the registration. */
import type { ProductStore } from '../../products/product-store';
import type { RenewalStore } from '../../registration/renewal-store';
import { addYears, REGISTRATION_YEARS } from '../../registration/registration-validity';
import type { ComplianceLine, HistoryProvider } from '../compliance-line';

export function productHistory(products: ProductStore, renewals: RenewalStore): HistoryProvider {
  return async ({ agreement, trail }) => {
    const own = (await products.list()).filter((p) => p.agreementId === agreement.id);
    const lines: ComplianceLine[] = [];
    for (const p of own) {
      const resource = `product:${p.id}`;
      lines.push({
        at: p.createdAt, kind: 'product.submitted', subject: p.name, by: p.operatorId, auditSeqs: trail.seqs('product.create', resource),
        facts: { kind: p.kind, source: p.runId ?? p.modelId, grantees: p.grantees },
      });
      if (!p.reviewedAt) continue;
      const registered = p.status === 'registered';
      const history = registered ? await renewals.forProduct(p.id) : [];
      lines.push({
        at: p.reviewedAt, kind: registered ? 'product.registered' : 'product.rejected', subject: p.name, by: p.reviewedBy, auditSeqs: trail.seqs('product.review', resource),
        facts: { comment: p.reviewComment, ...(registered ? { validUntil: addYears(p.reviewedAt, REGISTRATION_YEARS) } : {}) },
      });
      for (const r of history) {
        lines.push({
          at: r.renewedAt, kind: 'product.renewed', subject: p.name, by: r.renewedBy, facts: { previousExpiry: r.previousExpiry, newExpiry: r.newExpiry, comment: r.comment },
          auditSeqs: trail.seqs('product.renew', resource, { previousExpiry: r.previousExpiry }),
        });
      }
    }
    return lines;
  };
}
