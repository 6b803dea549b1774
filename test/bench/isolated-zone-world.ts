/**
 * Many ready sandboxes for the isolated-zone benchmark, built through the API the way
 * workspace-setup.ts builds one: a source unit uploads the residents dataset and its rules
 * once; then each sandbox is its own application (consented and approved, so its own
 * agreement) of an operator unit, provisioned a few at a time until GET /sandboxes/:id says ready.
 */
import { residentsRules } from '../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { expectStatus, type BenchPlatform, type Party } from './bench-platform';
import { approve, putRules, registerDataset, waitUntilReady } from './bench-world';
import { RESIDENT_COLUMNS } from './workspace-setup';

/** One ready sandbox and the operators (all of its operator unit) who query it. */
export type ZoneSandbox = { sandboxId: string; agreementId: string; operators: Party[]; devFile: string };

export type ZonePlan = {
  sandboxes: number;
  liveRows: number;
  /** Operators per sandbox: each sandbox gets an operator unit of its own with this many principals. */
  operatorsPerSandbox: number;
  /** How many sandboxes provision at once. */
  parallel: number;
};

export type ZoneWorld = { sandboxes: ZoneSandbox[]; uploadSeconds: number; provisionSeconds: number };

export async function provisionZone(bp: BenchPlatform, plan: ZonePlan): Promise<ZoneWorld> {
  const uploadStarted = performance.now();
  const source = await bp.principal('source', '光明区人口管理办');
  const datasetId = await registerDataset(bp, source, residentsSchema);
  expectStatus(await bp.call('PUT', `/datasets/${datasetId}/data`, source.token, residentsCsv(plan.liveRows), 'text/csv'), 200, 'upload residents');
  await putRules(bp, source, datasetId, residentsRules);
  const uploadSeconds = (performance.now() - uploadStarted) / 1000;

  const started = performance.now();
  const sandboxes: ZoneSandbox[] = [];
  let next = 0;
  const provisionOne = async (index: number): Promise<ZoneSandbox> => {
    const operators: Party[] = [];
    for (let k = 0; k < plan.operatorsPerSandbox; k += 1) operators.push(await bp.principal('operator', `隔离区运营单位-${index + 1}`));
    const approved = await approve(bp, operators[0], source, datasetId, RESIDENT_COLUMNS);
    await waitUntilReady(bp, operators[0].token, approved.sandboxId, approved.approvedAt, 50);
    return { sandboxId: approved.sandboxId, agreementId: approved.agreementId, operators, devFile: bp.platform.files.dev(approved.sandboxId) };
  };
  const lane = async (): Promise<void> => {
    while (next < plan.sandboxes) {
      const index = next;
      next += 1;
      sandboxes[index] = await provisionOne(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(plan.parallel, plan.sandboxes) }, lane));
  return { sandboxes, uploadSeconds, provisionSeconds: (performance.now() - started) / 1000 };
}
