/** A data product or service (数据产品和服务, 登记备案): a released output or an approved model. */
import type { RegistrationValidity } from '../registration/registration-validity';

export const productKinds = ['dataset', 'api'] as const;
export const productStatuses = ['submitted', 'registered', 'rejected', 'retired'] as const;
export type ProductStatus = (typeof productStatuses)[number];

export type Product = {
  id: string;
  name: string;
  kind: (typeof productKinds)[number];
  runId: string | null;
  modelId: string | null;
  agreementId: string;
  sandboxId: string;
  operatorId: string;
  operatorUnit: string;
  sourceUnits: string[];
  description: string;
  grantees: string[];
  /** `retired` is shown once the agreement has ended; the stored status stays as reviewed. */
  status: ProductStatus;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  /** The values each model parameter may take, approved at review (API products): anything else is refused. */
  parameterDomains: Record<string, ParameterDomain> | null;
  /** Once registered: valid for three years from the review, renewed by the authority (computed when read, never stored). */
  registration?: RegistrationValidity | null;
};

export type ParameterDomain = { values?: (string | number | boolean)[]; min?: number | string; max?: number | string };

export function productSubject(p: Product) {
  return { kind: 'Product' as const, id: p.id, operatorUnit: p.operatorUnit, sourceUnits: p.sourceUnits, grantees: p.grantees };
}
