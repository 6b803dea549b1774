/** The datasets of the signed-in source unit: owned by its unit, or registered by this principal. */
import { api, unwrap } from '../../api/client';
import type { Dataset } from '../../api/types';
import { session } from '../../session/session';

export function isMine(dataset: Pick<Dataset, 'ownerUnit' | 'createdBy'>): boolean {
  const me = session.me.value;
  return me !== null && (dataset.ownerUnit === me.unit || dataset.createdBy === me.id);
}

/** Every dataset of the catalog (for titles) and the caller's own. */
export async function loadDatasets(): Promise<{ all: Dataset[]; mine: Dataset[] }> {
  const all = (await unwrap(api.GET('/api/v1/datasets'))).datasets;
  return { all, mine: all.filter(isMine) };
}

/** True when the signed-in principal is a source unit that owns the dataset (may write to it). */
export function canWrite(dataset: Pick<Dataset, 'ownerUnit' | 'createdBy'> | null): boolean {
  return dataset !== null && session.me.value?.role === 'source' && isMine(dataset);
}
