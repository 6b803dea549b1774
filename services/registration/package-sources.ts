/**
 * Gathers what a registration package is made of, from the control store only: the product and
 * its validity, its agreement's datasets (schema, the vault and rule-set versions its sandbox was
 * loaded from), the approved model behind it, the released runs behind it, and the audit entries
 * of its registration, renewals, model approvals and releases. Never a row, a cell or a token.
 */
import type { AgreementStore } from '../agreements/agreement-store';
import type { AuditHead } from '../audit/audit-anchor';
import { AuditTrail } from '../audit/audit-trail';
import type { CatalogStore, RuleSetRecord } from '../catalog/catalog-store';
import type { Dataset } from '../catalog/dataset';
import type { Model } from '../models/model';
import type { ModelStore } from '../models/model-store';
import type { Product } from '../products/product';
import type { Run } from '../runs/run';
import type { RunStore } from '../runs/run-store';
import type { SandboxStore } from '../sandboxes/sandbox-store';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import type { RegistrationValidity } from './registration-validity';

export type RegisteredProduct = Product & { registration: RegistrationValidity };

export type SourceDataset = {
  dataset: Dataset;
  columnsInScope: string[];
  vault: { version: number; sha256: string } | null;
  rules: RuleSetRecord | null;
};

export type RegistrationSources = {
  product: RegisteredProduct;
  scenario: string;
  datasets: SourceDataset[];
  models: Model[];
  releases: Run[];
  trail: AuditTrail;
  head: AuditHead;
  generatedAt: string;
};

export class PackageSources {
  constructor(private readonly deps: {
    db: SqlRunner; agreements: AgreementStore; sandboxes: SandboxStore; catalog: CatalogStore; models: ModelStore; runs: RunStore;
    head: () => AuditHead; now: () => Date;
  }) {}

  async gather(product: RegisteredProduct): Promise<RegistrationSources> {
    const [agreement, sandbox] = await Promise.all([this.deps.agreements.get(product.agreementId), this.deps.sandboxes.get(product.sandboxId)]);
    const runs = await this.deps.runs.bySandbox(product.sandboxId);
    const modelId = product.modelId ?? runs.find((r) => r.id === product.runId)?.modelId;
    const model = modelId ? await this.deps.models.get(modelId) : undefined;
    // A dataset product stands on its run; an API product on its model's released runs, if any.
    const releases = runs.filter((r) => r.status === 'released' && (product.runId ? r.id === product.runId : r.modelId === modelId));
    const datasets = await Promise.all((agreement?.scope ?? []).map(async (scoped): Promise<SourceDataset | null> => {
      const dataset = await this.deps.catalog.dataset(scoped.datasetId);
      if (!dataset) return null;
      const loaded = sandbox?.loaded.find((l) => l.datasetId === scoped.datasetId);
      const version = loaded ? await this.deps.catalog.version(dataset.id, loaded.vaultVersion) : undefined;
      const rules = loaded ? await this.deps.catalog.ruleSet(dataset.id, loaded.rulesVersion) : undefined;
      return { dataset, columnsInScope: [...scoped.columns], vault: version ? { version: version.version, sha256: version.sha256 } : null, rules: rules ?? null };
    }));
    const models = model ? [model] : [];
    const resources = [`product:${product.id}`, ...models.map((m) => `model:${m.id}`), ...releases.map((r) => `run:${r.id}`)];
    return {
      product, scenario: agreement?.scenario ?? '', datasets: datasets.filter((d): d is SourceDataset => d !== null), models, releases,
      trail: await AuditTrail.load(this.deps.db, { agreementId: null, resources }), head: this.deps.head(), generatedAt: this.deps.now().toISOString(),
    };
  }
}
