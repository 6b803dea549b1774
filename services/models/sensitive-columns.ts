/**
 * What disclosure control needs to know of a sandbox's live tables: per table its subject key,
 * its sensitive columns (pseudonyms, the keyed hash that joins records, and direct identifiers
 * in whatever masked form) and its personal columns (personal or sensitive data).
 */
import type { TableProfile } from '../../sandbox/disclosure/live-model-form';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Sandbox } from '../sandboxes/sandbox';

export type SandboxSensitivity = {
  sensitive: Map<string, Set<string>>; subjectKeys: Map<string, string>; list: { table: string; column: string }[]; profiles: Map<string, TableProfile>;
};

export async function sandboxSensitivity(sandbox: Sandbox, catalog: CatalogService, rules: MaskingRulesService): Promise<SandboxSensitivity> {
  const sensitive = new Map<string, Set<string>>();
  const subjectKeys = new Map<string, string>();
  const profiles = new Map<string, TableProfile>();
  const list: { table: string; column: string }[] = [];
  for (const loaded of sandbox.loaded) {
    const dataset = await catalog.get(loaded.datasetId);
    const ruleSet = (await rules.versions(dataset.id)).find((v) => v.version === loaded.rulesVersion)?.document;
    const columns = new Set<string>();
    const personal = new Set<string>();
    for (const c of loaded.columns) {
      const spec = dataset.columns.find((d) => d.name === c.name);
      if (ruleSet?.columns[c.name]?.strategy === 'pseudonymize' || spec?.identifier === 'direct') {
        columns.add(c.name);
        list.push({ table: loaded.table, column: c.name });
      }
      if (spec && spec.personal !== 'none') personal.add(c.name);
    }
    const table = loaded.table.toLowerCase();
    sensitive.set(table, columns);
    const subjectKey = dataset.subjectKey && loaded.columns.some((c) => c.name === dataset.subjectKey) ? dataset.subjectKey : null;
    if (subjectKey) subjectKeys.set(table, subjectKey);
    profiles.set(table, { subjectKey, sensitive: columns, personal });
  }
  return { sensitive, subjectKeys, list, profiles };
}
