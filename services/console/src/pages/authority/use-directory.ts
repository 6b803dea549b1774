/**
 * Who and what the authority's pages name: datasets (title, columns with their classification),
 * principals (names behind ids) and agreements (operator, scenario). Loaded once per page.
 */
import { ref } from 'vue';
import { api, unwrap } from '../../api/client';
import type { Dataset } from '../../api/types';
import { attempt } from '../../components/notify';
import type { Agreement, Principal } from './authority-types';
import { session } from '../../session/session';

export function useDirectory() {
  const datasets = ref(new Map<string, Dataset>());
  const principals = ref(new Map<string, Principal>());
  const agreements = ref(new Map<string, Agreement>());

  async function load(what: { datasets?: boolean; principals?: boolean; agreements?: boolean }): Promise<void> {
    await Promise.all([
      what.datasets && attempt(async () => {
        const body = await unwrap(api.GET('/api/v1/datasets'));
        datasets.value = new Map(body.datasets.map((d) => [d.id, d]));
      }),
      // Only the authority lists principals; other reviewers see ids.
      what.principals && session.me.value?.role === 'authority' && attempt(async () => {
        const body = await unwrap(api.GET('/api/v1/principals'));
        principals.value = new Map(body.principals.map((p) => [p.id, p]));
      }),
      what.agreements && attempt(async () => {
        const body = await unwrap(api.GET('/api/v1/agreements'));
        agreements.value = new Map(body.agreements.map((a) => [a.id, a]));
      }),
    ]);
  }

  return {
    datasets, principals, agreements, load,
    datasetTitle: (id: string) => datasets.value.get(id)?.title ?? id,
    principalName: (id: string | null | undefined) => (id ? (principals.value.get(id)?.name ?? id) : '—'),
  };
}
