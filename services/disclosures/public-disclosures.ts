/**
 * The public disclosure of authorizations (实施规范 Arts. 18–19): every agreement, current and
 * past, with its operator (an organisation), the datasets and columns it may use, its scenario,
 * term and state, and its registered products. Built only from fields that describe the
 * authorization itself: never a purpose text, a principal, a token, a row or a cell.
 */
import type { Agreement, AgreementStatus } from '../agreements/agreement';
import type { Dataset } from '../catalog/dataset';
import type { Product } from '../products/product';

export type DisclosedDataset = { title: string; sourceUnit: string; level: string; openness: string; columns: string[] };
export type DisclosedProduct = { name: string; kind: string; status: string; registeredAt: string | null };
export type DisclosedAuthorization = {
  agreementId: string;
  operatorUnit: string;
  scenario: string;
  state: AgreementStatus;
  startsAt: string;
  endsAt: string;
  datasets: DisclosedDataset[];
  products: DisclosedProduct[];
};
export type DisclosureReport = { generatedAt: string; current: DisclosedAuthorization[]; past: DisclosedAuthorization[] };

const CURRENT: readonly AgreementStatus[] = ['active', 'suspended'];
/** Products the authority registered (登记): retired ones stay on the record. */
const DISCLOSED_PRODUCTS = new Set(['registered', 'retired']);

export function disclosureReport(agreements: Agreement[], datasets: Map<string, Dataset>, products: Product[], now: Date): DisclosureReport {
  const byAgreement = new Map<string, Product[]>();
  for (const p of products) if (DISCLOSED_PRODUCTS.has(p.status)) byAgreement.set(p.agreementId, [...(byAgreement.get(p.agreementId) ?? []), p]);
  const disclosed = [...agreements]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .map((a): DisclosedAuthorization => ({
      agreementId: a.id, operatorUnit: a.operatorUnit, scenario: a.scenario, state: a.status, startsAt: a.startsAt, endsAt: a.endsAt,
      datasets: a.scope.map((s) => {
        const d = datasets.get(s.datasetId);
        return { title: d?.title ?? s.datasetId, sourceUnit: s.ownerUnit, level: d?.level ?? 'unknown', openness: d?.openness ?? 'unknown', columns: [...s.columns] };
      }),
      products: (byAgreement.get(a.id) ?? []).map((p) => ({ name: p.name, kind: p.kind, status: p.status, registeredAt: p.reviewedAt })),
    }));
  return {
    generatedAt: now.toISOString(),
    current: disclosed.filter((a) => CURRENT.includes(a.state)),
    past: disclosed.filter((a) => !CURRENT.includes(a.state)),
  };
}
