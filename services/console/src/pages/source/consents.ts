/** What a source unit sees of an application: the datasets it owns that the application asks for. */
import type { Dataset } from '../../api/types';
import { session } from '../../session/session';
import type { Application } from './source-types';

/** `reopened`: the authority's coordination of an earlier refusal of this dataset (its note asks to reconsider). */
export type AskedDataset = { datasetId: string; title: string; name: string; columns: string[]; consent: Application['consents'][number] | null; reopened: Application['reopened'][number] | null };
export type InboxEntry = { application: Application; mine: AskedDataset[]; open: boolean };

export function inboxEntries(applications: Application[], datasets: Dataset[]): InboxEntry[] {
  const unit = session.me.value?.unit;
  return applications
    .map((application) => {
      const mine = application.datasets.filter((d) => d.ownerUnit === unit).map((d) => {
        const dataset = datasets.find((x) => x.id === d.datasetId);
        return { datasetId: d.datasetId, title: dataset?.title ?? d.datasetId, name: dataset?.name ?? '', columns: d.columns, consent: application.consents.find((c) => c.datasetId === d.datasetId) ?? null, reopened: application.reopened.find((r) => r.datasetId === d.datasetId) ?? null };
      });
      // Open: still undecided by the authority (submitted, or refused by another unit), and one of my datasets has no decision yet.
      const undecided = application.status === 'submitted' || application.status === 'refused';
      return { application, mine, open: undecided && mine.some((m) => m.consent === null) };
    })
    .filter((e) => e.mine.length > 0)
    .sort((a, b) => b.application.createdAt.localeCompare(a.application.createdAt));
}
