/**
 * The kinds of history a compliance report is made of, one provider each: a new kind is one more
 * function in this list.
 */
import type { AgreementStore } from '../agreements/agreement-store';
import type { ApplicationStore } from '../applications/application-store';
import type { DestructionStore } from '../destruction/destruction-store';
import type { EntrustmentStore } from '../entrustments/entrustment-store';
import type { FilingStore } from '../filings/filing-store';
import type { ModelStore } from '../models/model-store';
import type { ProductStore } from '../products/product-store';
import type { RenewalStore } from '../registration/renewal-store';
import type { RiskReportStore } from '../risk-reports/risk-report-store';
import type { RunStore } from '../runs/run-store';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import type { HistoryProvider } from './compliance-line';
import { applicationHistory } from './history/application-history';
import { entrustmentHistory } from './history/entrustment-history';
import { filingHistory } from './history/filing-history';
import { lifecycleHistory } from './history/lifecycle-history';
import { modelHistory } from './history/model-history';
import { productHistory } from './history/product-history';
import { riskHistory } from './history/risk-history';
import { runHistory } from './history/run-history';
import { settingsHistory } from './history/settings-history';

export type HistoryStores = {
  agreements: AgreementStore; applications: ApplicationStore; sandboxes: SandboxStore; destructions: DestructionStore; entrustments: EntrustmentStore;
  models: ModelStore; runs: RunStore; products: ProductStore; renewals: RenewalStore; riskReports: RiskReportStore; filings: FilingStore;
};

export function agreementHistoryProviders(s: HistoryStores): HistoryProvider[] {
  return [
    applicationHistory(s.applications),
    entrustmentHistory(s.entrustments),
    lifecycleHistory(s.agreements, s.sandboxes, s.destructions),
    settingsHistory(),
    modelHistory(s.models),
    runHistory(s.runs, s.models),
    productHistory(s.products, s.renewals),
    riskHistory(s.riskReports),
    filingHistory(s.filings),
  ];
}
