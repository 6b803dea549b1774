/**
 * Whether requested datasets × columns may enter a sandbox: the dataset exists, is not
 * `closed`, has data in the vault and a valid masking rule set, and every column exists and
 * is not dropped by that rule set. Separately, whether the rule set in force (the latest version)
 * keeps identifiers in clear without the authority's approval.
 */
import type { ErrorDetail } from '../errors/app-error';
import type { RequestedDataset } from '../applications/application';
import type { ScopeChecker } from '../applications/application-service';
import type { CatalogStore } from './catalog-store';
import { approvalOf, isUsable } from './rule-set-approval';

type StoredRules = { columns?: Record<string, { strategy?: string }> };

export class CatalogScopeChecker implements ScopeChecker {
  constructor(private readonly deps: { store: CatalogStore }) {}

  async problems(request: RequestedDataset[]): Promise<ErrorDetail[]> {
    const details: ErrorDetail[] = [];
    for (const [i, wanted] of request.entries()) {
      const path = `datasets.${i}`;
      const dataset = await this.deps.store.dataset(wanted.datasetId);
      if (!dataset) {
        details.push({ path, message: 'unknown dataset' });
        continue;
      }
      if (dataset.openness === 'closed') details.push({ path, message: 'a closed dataset can never enter a sandbox' });
      if (dataset.currentVersion === null) details.push({ path, message: 'the dataset has no data in the vault yet' });
      const rules = (await this.deps.store.ruleSets(dataset.id)).at(-1)?.document as StoredRules | undefined;
      if (!rules) details.push({ path, message: 'the dataset has no valid masking rule set' });
      for (const column of wanted.columns) {
        if (!dataset.columns.some((c) => c.name === column)) details.push({ path, column, message: 'unknown column' });
        else if (rules?.columns?.[column]?.strategy === 'drop') details.push({ path, column, message: 'the masking rules drop this column' });
      }
    }
    return details;
  }

  async unapprovedRules(request: RequestedDataset[]): Promise<ErrorDetail[]> {
    const details: ErrorDetail[] = [];
    for (const [i, wanted] of request.entries()) {
      const dataset = await this.deps.store.dataset(wanted.datasetId);
      const latest = dataset && (await this.deps.store.ruleSets(dataset.id)).at(-1);
      if (!dataset || !latest) continue;
      const { keptInClear, approval } = approvalOf(latest, dataset.columns);
      if (isUsable(approval)) continue;
      details.push({
        path: `datasets.${i}`,
        message: `rule-set version ${latest.version} keeps ${keptInClear.join(', ') || 'identifiers'} in clear and is ${approval.status}: the authority must approve it first`,
      });
    }
    return details;
  }
}
