/**
 * What disclosure control needs to know of a sandbox's live tables: per table its subject key,
 * its sensitive columns (pseudonyms, the keyed hash that joins records, and direct identifiers
 * in whatever masked form), its personal columns (personal or sensitive data) and all its
 * columns (so that a name binds to the table that has it); and the sensitive columns as a
 * list, for the output scans.
 */
import type { TableProfile } from '../../sandbox/disclosure/live-model-form';
import type { CatalogService } from '../catalog/catalog-service';
import type { MaskingRulesService } from '../catalog/masking-rules-service';
import type { Sandbox } from '../sandboxes/sandbox';

export type SandboxSensitivity = { profiles: Map<string, TableProfile>; list: { table: string; column: string }[] };

export async function sandboxSensitivity(sandbox: Sandbox, catalog: CatalogService, rules: MaskingRulesService): Promise<SandboxSensitivity> {
  const profiles = new Map<string, TableProfile>();
  const list: { table: string; column: string }[] = [];
  for (const loaded of sandbox.loaded) {
    const dataset = await catalog.get(loaded.datasetId);
    const ruleSet = (await rules.versions(dataset.id)).find((v) => v.version === loaded.rulesVersion)?.document;
    const sensitive = new Set<string>();
    const personal = new Set<string>();
    for (const c of loaded.columns) {
      const spec = dataset.columns.find((d) => d.name === c.name);
      if (ruleSet?.columns[c.name]?.strategy === 'pseudonymize' || spec?.identifier === 'direct') {
        sensitive.add(c.name);
        list.push({ table: loaded.table, column: c.name });
      }
      if (spec && spec.personal !== 'none') personal.add(c.name);
    }
    const subjectKey = dataset.subjectKey && loaded.columns.some((c) => c.name === dataset.subjectKey) ? dataset.subjectKey : null;
    profiles.set(loaded.table.toLowerCase(), { subjectKey, sensitive, personal, columns: new Set(loaded.columns.map((c) => c.name)) });
  }
  return { profiles, list };
}
