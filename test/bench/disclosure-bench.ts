/**
 * Issue 9: a released aggregate run over the people dataset (2,000,000 rows at scale 1) with
 * every disclosure check (subject counting per row and per cell, dominance and p-ratio,
 * class disclosure, differencing against an earlier release, scans) against the same SELECT on
 * the same live file in raw DuckDB, in the same run. Goal: the checked run takes at most 3×.
 * The run is timed from the operator's request to the reviewer's release (airlock included).
 */
import { expectStatus } from './bench-platform';
import { median, round, type BenchContext, type BenchReport, type BenchSection } from './bench-report';
import { directQuery, openDirect } from './direct-duckdb';
import { AGGREGATE_PARAMS, AGGREGATE_SQL, startWorkspace } from './workspace-setup';

const ROUNDS = 5;

export const disclosureBench: BenchSection = {
  name: 'disclosure',
  description: 'a released, fully checked aggregate run on live vs the same SELECT in raw DuckDB',
  run: runDisclosureBench,
};

async function runDisclosureBench(context: BenchContext): Promise<BenchReport> {
  const liveRows = Math.max(1000, Math.round(2_000_000 * context.scale));
  const ws = await startWorkspace(liveRows, 1000);
  const { memoryLimit, threads } = ws.bp.platform.config.sandbox;
  const live = await openDirect(ws.liveFile, { memoryLimit, threads });
  const { bp } = ws;
  const checked = async (): Promise<number> => {
    const started = performance.now();
    const queued = expectStatus(await bp.call<{ id: string }>('POST', `/models/${ws.modelId}/runs`, ws.operator.token, { params: AGGREGATE_PARAMS }), 201, 'run');
    await bp.platform.runs.idle();
    expectStatus(await bp.call('GET', `/runs/${queued.id}/review`, bp.authority), 200, 'airlock');
    expectStatus(await bp.call('POST', `/runs/${queued.id}/release`, bp.authority, { decision: 'approve' }), 200, 'release');
    return (performance.now() - started) / 1000;
  };
  const raw = async (): Promise<number> => {
    const started = performance.now();
    await directQuery(live.connection, AGGREGATE_SQL, AGGREGATE_PARAMS);
    return (performance.now() - started) / 1000;
  };
  try {
    await raw();
    await checked();
    const rounds: { raw: number; checked: number }[] = [];
    for (let i = 0; i < ROUNDS; i += 1) rounds.push({ raw: await raw(), checked: await checked() });
    const rawS = median(rounds.map((r) => r.raw));
    const checkedS = median(rounds.map((r) => r.checked));
    const ratio = checkedS / rawS;
    return {
      name: 'disclosure',
      figures: { live_rows: liveRows, raw_query_s: round(rawS, 4), checked_released_run_s: round(checkedS, 4), checked_over_raw: round(ratio, 2), earlier_releases_compared: ROUNDS },
      tables: [{ title: `checked run vs raw DuckDB (${liveRows.toLocaleString('en')} rows, median of ${ROUNDS})`, columns: ['round', 'raw s', 'checked + released s', 'ratio'], rows: rounds.map((r, i) => [i + 1, round(r.raw, 4), round(r.checked, 4), round(r.checked / r.raw, 2)]) }],
      goals: [{ figure: 'checked_over_raw', value: round(ratio, 2), comparison: '<=', target: 3, met: ratio <= 3 }],
      notes: [`SQL: ${AGGREGATE_SQL}`, 'each checked run is compared with every earlier release of the same model (identical cells: no differencing pair)'],
    };
  } finally {
    live.close();
    await bp.stop();
  }
}
