/**
 * A ready sandbox for the workspace benchmark, built through the API the way the demo world of
 * the tests is (test/fixtures: the residents dataset and its rules): a source unit uploads
 * residents, an operator's application is consented and approved, the sandbox is provisioned
 * with a large dev twin, and one aggregate model is submitted and approved for live runs.
 */
import { residentsRules } from '../fixtures/demo-world';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { expectStatus, startBenchPlatform, type BenchPlatform, type Party } from './bench-platform';
import { approve, putRules, registerDataset, waitUntilReady } from './bench-world';

/** The aggregate the benchmark asks on dev (as SQL) and on live (as an approved model). */
export const AGGREGATE_SQL = 'SELECT street, count(*) AS people, avg(income) AS mean_income FROM residents WHERE income > $min GROUP BY street ORDER BY street';
export const AGGREGATE_PARAMS = { min: 0 };
/** The dev query: the model's SQL with its parameter written in. */
export const DEV_AGGREGATE_SQL = AGGREGATE_SQL.replace('$min', String(AGGREGATE_PARAMS.min));
export const ALL_ROWS_SQL = 'SELECT * FROM residents';
export const RESIDENT_COLUMNS = ['id_number', 'name', 'mobile', 'birth_date', 'street', 'income'];

export type Workspace = {
  bp: BenchPlatform;
  operator: Party;
  sandboxId: string;
  modelId: string;
  devFile: string;
  liveFile: string;
  liveRows: number;
  twinRows: number;
  provisionSeconds: number;
};

export async function startWorkspace(liveRows: number, twinRows: number): Promise<Workspace> {
  const bp = await startBenchPlatform('workspace', { SHUYU_TWIN_ROWS: String(twinRows), SHUYU_QUERY_MAX_ROWS: String(Math.min(1_000_000, twinRows)) });
  try {
    const source = await bp.principal('source', '光明区人口管理办');
    const operator = await bp.principal('operator', '深圳某数据科技公司');
    const datasetId = await registerDataset(bp, source, residentsSchema);
    const upload = await bp.call<{ rows: number }>('PUT', `/datasets/${datasetId}/data`, source.token, residentsCsv(liveRows), 'text/csv');
    expectStatus(upload, 200, 'upload residents');
    await putRules(bp, source, datasetId, residentsRules);
    const approved = await approve(bp, operator, source, datasetId, RESIDENT_COLUMNS);
    const ready = await waitUntilReady(bp, operator.token, approved.sandboxId, approved.approvedAt, 100);
    const model = expectStatus(await bp.call<{ id: string; checks: { name: string; passed: boolean }[] }>('POST', `/sandboxes/${approved.sandboxId}/models`, operator.token, {
      name: 'street_income', sql: AGGREGATE_SQL, parameters: [{ name: 'min', type: 'DOUBLE' }], purpose: '按街道统计人数与平均收入',
    }), 201, 'submit model');
    const failed = model.checks.filter((c) => !c.passed).map((c) => c.name);
    if (failed.length) throw new Error(`the model failed its checks: ${failed.join(', ')}`);
    expectStatus(await bp.call('POST', `/models/${model.id}/review`, bp.authority, { decision: 'approve', comment: '同意' }), 200, 'approve model');
    return {
      bp, operator, sandboxId: approved.sandboxId, modelId: model.id, liveRows, twinRows, provisionSeconds: ready.seconds,
      devFile: bp.platform.files.dev(approved.sandboxId), liveFile: bp.platform.files.live(approved.sandboxId),
    };
  } catch (error) {
    await bp.stop();
    throw error;
  }
}
