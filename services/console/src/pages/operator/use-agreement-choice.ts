/**
 * The agreement (and so the sandbox) a page of the operator area works on: chosen in the page,
 * kept in the address (`?agreement=`), by default the first active one.
 */
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { api, unwrap } from '../../api/client';
import { attempt } from '../../components/notify';
import type { Agreement } from './operator-types';

/** Agreements whose sandbox still answers (a sealed or destroyed sandbox answers 410). */
export const OPEN_STATUSES = ['active', 'suspended', 'expired', 'terminated'];

export function useAgreementChoice() {
  const route = useRoute();
  const router = useRouter();
  const agreements = ref<Agreement[]>([]);
  const chosenId = ref('');
  const ready = ref(false);
  const chosen = computed(() => agreements.value.find((a) => a.id === chosenId.value) ?? null);
  /** The chosen agreement when its sandbox can still be read. */
  const open = computed(() => (chosen.value && OPEN_STATUSES.includes(chosen.value.status) ? chosen.value : null));

  onMounted(async () => {
    const body = await attempt(() => unwrap(api.GET('/api/v1/agreements')));
    agreements.value = [...(body?.agreements ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const asked = String(route.query.agreement ?? '');
    const fallback = agreements.value.find((a) => a.status === 'active') ?? agreements.value[0];
    chosenId.value = agreements.value.some((a) => a.id === asked) ? asked : fallback?.id ?? '';
    ready.value = true;
  });

  function choose(id: string): void {
    chosenId.value = id;
    void router.replace({ query: { ...route.query, agreement: id } });
  }

  return { agreements, chosenId, chosen, open, ready, choose };
}
