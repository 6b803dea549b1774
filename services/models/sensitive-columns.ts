/**
 * Which live columns of a sandbox are sensitive for output: pseudonyms (the keyed hash that
 * joins records) and direct identifiers in whatever masked form. Also each table's subject key.
 */
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Sandbox } from '../sandboxes/sandbox';

export type SandboxSensitivity = { sensitive: Map<string, Set<string>>; subjectKeys: Map<string, string>; list: { table: string; column: string }[] };

export async function sandboxSensitivity(sandbox: Sandbox, catalog: CatalogService, rules: MaskingRulesService): Promise<SandboxSensitivity> {
  const sensitive = new Map<string, Set<string>>();
  const subjectKeys = new Map<string, string>();
  const list: { table: string; column: string }[] = [];
  for (const loaded of sandbox.loaded) {
    const dataset = await catalog.get(loaded.datasetId);
    const ruleSet = (await rules.versions(dataset.id)).find((v) => v.version === loaded.rulesVersion)?.document;
    const columns = new Set<string>();
    for (const c of loaded.columns) {
      const spec = dataset.columns.find((d) => d.name === c.name);
      if (ruleSet?.columns[c.name]?.strategy === 'pseudonymize' || spec?.identifier === 'direct') {
        columns.add(c.name);
        list.push({ table: loaded.table, column: c.name });
      }
    }
    sensitive.set(loaded.table.toLowerCase(), columns);
    if (dataset.subjectKey && loaded.columns.some((c) => c.name === dataset.subjectKey)) subjectKeys.set(loaded.table.toLowerCase(), dataset.subjectKey);
  }
  return { sensitive, subjectKeys, list };
}
