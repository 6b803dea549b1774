/**
 * Issue 9: a released aggregate run over the people dataset (2,000,000 rows at scale 1) with
 * every disclosure check (subject counting per row and per cell, dominance and p-ratio,
 * class disclosure, differencing against earlier releases, scans) against the same SELECT on
 * the same live file in raw DuckDB, in the same run. Goal: the checked run takes at most 3×.
 * The checked run is timed from the operator's request to the reviewer's release (the run,
 * the airlock and the release: three audited requests).
 */
import { expectStatus, startBenchPlatform, streamUpload } from './bench-platform';
import { median, round, type BenchContext, type BenchReport, type BenchSection } from './bench-report';
import { approve, putRules, registerDataset, waitUntilReady } from './bench-world';
import { directQuery, openDirect } from './direct-duckdb';
import { peopleRuleSet, peopleSchema } from './people-dataset';
import { peopleFixture, peopleRowsFor } from './people-fixture';

const ROUNDS = 5;
const SQL = 'SELECT street, count(*) AS people, avg(income) AS mean_income FROM people WHERE income > $min GROUP BY street ORDER BY street';
const PARAMS = { min: 0 };

export const disclosureBench: BenchSection = {
  name: 'disclosure',
  description: 'a released, fully checked aggregate run on live vs the same SELECT in raw DuckDB',
  run: runDisclosureBench,
};

async function runDisclosureBench(context: BenchContext): Promise<BenchReport> {
  const fixture = await peopleFixture(peopleRowsFor(context.scale));
  const bp = await startBenchPlatform('disclosure', { SHUYU_TWIN_ROWS: '1000' });
  try {
    const source = await bp.principal('source', '光明区政务服务数据管理局');
    const operator = await bp.principal('operator', '深圳某数据科技公司');
    const datasetId = await registerDataset(bp, source, peopleSchema);
    expectStatus(await streamUpload(bp.port, datasetId, source.token, fixture.parquet, 'application/vnd.apache.parquet'), 200, 'upload people');
    await putRules(bp, source, datasetId, peopleRuleSet);
    const approved = await approve(bp, operator, source, datasetId, ['id_number', 'birth_date', 'income', 'street']);
    await waitUntilReady(bp, operator.token, approved.sandboxId, approved.approvedAt, 250);
    const model = expectStatus(await bp.call<{ id: string }>('POST', `/sandboxes/${approved.sandboxId}/models`, operator.token, {
      name: 'street_income', sql: SQL, parameters: [{ name: 'min', type: 'DOUBLE' }], purpose: '按街道统计人数与平均收入',
    }), 201, 'submit model');
    expectStatus(await bp.call('POST', `/models/${model.id}/review`, bp.authority, { decision: 'approve' }), 200, 'approve model');
    const second = expectStatus(await bp.call<{ token: string }>('POST', '/principals', bp.authority, { name: 'bench-second-reviewer', role: 'authority', unit: '光明区政务服务数据管理局' }), 201, 'second reviewer');
    const { memoryLimit, threads } = bp.platform.config.sandbox;
    const live = await openDirect(bp.platform.files.live(approved.sandboxId), { memoryLimit, threads });
    const checked = async (): Promise<number> => {
      const started = performance.now();
      const queued = expectStatus(await bp.call<{ id: string }>('POST', `/models/${model.id}/runs`, operator.token, { params: PARAMS }), 201, 'run');
      await bp.platform.runs.idle();
      // Important data: two-person release, each reviewer reading the airlock first.
      for (const reviewer of [bp.authority, second.token]) {
        expectStatus(await bp.call('GET', `/runs/${queued.id}/review`, reviewer), 200, 'airlock');
        expectStatus(await bp.call('POST', `/runs/${queued.id}/release`, reviewer, { decision: 'approve' }), 200, 'release');
      }
      return (performance.now() - started) / 1000;
    };
    const raw = async (): Promise<number> => {
      const started = performance.now();
      await directQuery(live.connection, SQL, PARAMS);
      return (performance.now() - started) / 1000;
    };
    try {
      await raw();
      const first = await checked();
      const rounds: { raw: number; checked: number }[] = [];
      for (let i = 0; i < ROUNDS; i += 1) rounds.push({ raw: await raw(), checked: await checked() });
      const rawS = median(rounds.map((r) => r.raw));
      const checkedS = median(rounds.map((r) => r.checked));
      const ratio = checkedS / rawS;
      return {
        name: 'disclosure',
        figures: { live_rows: fixture.rows, raw_query_s: round(rawS, 4), checked_released_run_s: round(checkedS, 4), checked_over_raw: round(ratio, 2), first_run_s: round(first, 3) },
        tables: [{ title: `checked and released run vs raw DuckDB (${fixture.rows.toLocaleString('en')} rows, median of ${ROUNDS})`, columns: ['round', 'raw s', 'checked + released s', 'ratio'], rows: rounds.map((r, i) => [i + 1, round(r.raw, 4), round(r.checked, 4), round(r.checked / r.raw, 2)]) }],
        goals: [{ figure: 'checked_over_raw', value: round(ratio, 2), comparison: '<=', target: 3, met: ratio <= 3 }],
        notes: [
          `SQL: ${SQL}`,
          'each round is compared with every earlier release of the same model (identical cells: no differencing pair)',
          'the first run also learns, once per sandbox, which tables hold one row per subject (first_run_s)',
        ],
      };
    } finally {
      live.close();
    }
  } finally {
    await bp.stop();
  }
}
