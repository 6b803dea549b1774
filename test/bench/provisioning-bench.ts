/**
 * Issue 4: provisioning an agreement over 6 columns of the 2,000,000-people dataset (× BENCH_SCALE)
 * against a raw DuckDB copy of the same columns in the same run (goal raw/provisioning >= 0.6),
 * with the live build timed on its own; then destruction (bytes wiped per second) and peak memory.
 */
import { goal, median, round, type BenchContext, type BenchReport, type BenchSection, type BenchTable } from './bench-report';
import { benchTempDir, removeBenchTempDir } from './bench-temp';
import { startBenchPlatform, streamUpload } from './bench-platform';
import { progressText, putRules, registerDataset } from './bench-world';
import { bestSeconds, medianSeconds } from './duckdb-baseline';
import { loadAverage, MiB } from './peak-memory';
import { peopleRuleSet, peopleSchema } from './people-dataset';
import { peopleFixture, peopleRowsFor } from './people-fixture';
import { POLL_MS, timeDestruction, timeProvisioning, type DestructionRun, type ProvisionRound } from './provisioning-timing';

export const PROVISIONING_RATIO_GOAL = 0.6;
export const AGREEMENT_COLUMNS = ['id_number', 'name', 'mobile', 'address', 'birth_date', 'income'];

export const provisioningBench: BenchSection = {
  name: 'provisioning-destruction',
  description: 'sandbox provisioning over 6 columns vs a raw DuckDB copy of them; destruction',
  run: runProvisioningBench,
};

async function runProvisioningBench(context: BenchContext): Promise<BenchReport> {
  const loadStart = loadAverage();
  const fixture = await peopleFixture(peopleRowsFor(context.scale));
  const workDir = benchTempDir('provisioning-work');
  const bp = await startBenchPlatform('provisioning');
  try {
    const source = await bp.principal('source', '光明区政务服务数据管理局');
    const operator = await bp.principal('operator', '深圳某数据科技公司');
    const datasetId = await registerDataset(bp, source, peopleSchema);
    const upload = await streamUpload(bp.port, datasetId, source.token, fixture.parquet, 'application/vnd.apache.parquet');
    if (upload.status !== 200) throw new Error(`upload answered ${upload.status}`);
    await putRules(bp, source, datasetId, peopleRuleSet);
    const dataset = await bp.platform.catalog.get(datasetId);
    const vaultFile = await bp.platform.catalog.currentVersionFile(dataset);
    const rules = await bp.platform.maskingRules.current(datasetId);
    if (!vaultFile || !rules) throw new Error('the dataset has no vault version or rule set');
    const rounds = await timeProvisioning({
      bp, source, operator, datasetId, schema: dataset, ruleSet: rules.document, vaultFile, columns: AGREEMENT_COLUMNS, workDir, rounds: 5,
    });
    const destructions: DestructionRun[] = [];
    for (const r of rounds) destructions.push(await timeDestruction(bp, r.provision.agreementId, r.provision.sandboxId));
    return buildReport(fixture.rows, bp.platform.config.sandbox, rounds, destructions, loadStart);
  } finally {
    await bp.stop();
    removeBenchTempDir(workDir);
  }
}

function buildReport(rows: number, sandbox: { twinRows: number; memoryLimit: string }, rounds: ProvisionRound[], destructions: DestructionRun[], loadStart: number): BenchReport {
  const raw = medianSeconds(rounds.map((r) => r.raw));
  const provision = medianSeconds(rounds.map((r) => r.provision));
  const liveStep = median(rounds.map((r) => r.provision.liveStepSeconds ?? Number.NaN));
  const liveBuild = medianSeconds(rounds.map((r) => r.liveBuild));
  const ratio = raw / provision;
  const wipedBytes = destructions.reduce((n, d) => n + d.certificateBytes, 0);
  const destroySeconds = destructions.reduce((n, d) => n + d.seconds, 0);
  const figures = {
    rows,
    columns: AGREEMENT_COLUMNS.length,
    twin_rows: sandbox.twinRows,
    raw_copy_s: round(raw),
    provisioning_s: round(provision),
    raw_to_provisioning_ratio: round(ratio),
    raw_to_provisioning_ratio_best: round(bestSeconds(rounds.map((r) => r.raw)) / bestSeconds(rounds.map((r) => r.provision))),
    raw_to_provisioning_cpu_ratio: round(median(rounds.map((r) => r.raw.memory.cpuSeconds)) / median(rounds.map((r) => r.provision.memory.cpuSeconds))),
    live_step_s: round(liveStep),
    twin_step_s: round(provision - liveStep),
    raw_to_live_step_ratio: round(raw / liveStep),
    build_live_direct_s: round(liveBuild),
    raw_to_build_live_ratio: round(raw / liveBuild),
    raw_to_build_live_ratio_best: round(bestSeconds(rounds.map((r) => r.raw)) / bestSeconds(rounds.map((r) => r.liveBuild))),
    raw_to_build_live_cpu_ratio: round(median(rounds.map((r) => r.raw.memory.cpuSeconds)) / median(rounds.map((r) => r.liveBuild.memory.cpuSeconds))),
    provisioning_rows_per_s: Math.round(rows / provision),
    live_mib: round(median(rounds.map((r) => r.provision.liveBytes)) / MiB),
    dev_mib: round(median(rounds.map((r) => r.provision.devBytes)) / MiB),
    raw_copy_mib: round(median(rounds.map((r) => r.raw.fileBytes)) / MiB),
    provisioning_rss_peak_mib: Math.max(...rounds.map((r) => r.provision.memory.rssPeakMiB)),
    build_live_rss_peak_mib: Math.max(...rounds.map((r) => r.liveBuild.memory.rssPeakMiB)),
    raw_copy_rss_peak_mib: Math.max(...rounds.map((r) => r.raw.memory.rssPeakMiB)),
    raw_copy_duckdb_peak_mib: Math.max(...rounds.map((r) => r.raw.memory.duckdbPeakMiB ?? 0)),
    destruction_s_median: round(median(destructions.map((d) => d.seconds))),
    destruction_mib_per_s: round(wipedBytes / MiB / destroySeconds),
    destruction_files_per_sandbox: median(destructions.map((d) => d.files)),
    destruction_mib_per_sandbox: round(median(destructions.map((d) => d.certificateBytes)) / MiB),
    destruction_rss_peak_mib: Math.max(...destructions.map((d) => d.memory.rssPeakMiB)),
    sandbox_answer_after_destruction: destructions.map((d) => d.sandboxAnswer).join(','),
    load_avg_1m_start: loadStart,
    load_avg_1m_end: loadAverage(),
  };
  return {
    name: provisioningBench.name,
    figures,
    tables: [roundsTable(rounds), destructionTable(destructions)],
    goals: [goal('raw_to_provisioning_ratio', round(ratio), '>=', PROVISIONING_RATIO_GOAL)],
    notes: [
      `provisioning = from sending the authority's approval until GET /sandboxes/:id answers ready (polled every ${POLL_MS} ms, and once more as soon as the provisioner's run settles, so the end is not rounded up to the next poll): key, plan, live table (masked projection of ${AGREEMENT_COLUMNS.join(', ')}), CHECKPOINT, then the dev twin of ${sandbox.twinRows} rows, renames and the ready record.`,
      `raw copy = ATTACH the same vault version READ_ONLY into a fresh file database (memory_limit ${sandbox.memoryLimit}, the same spill directory setting) + CREATE TABLE AS SELECT the same 6 columns + CHECKPOINT.`,
      'live_step_s = when progress first showed 1/2 (live table built, before its CHECKPOINT); twin_step_s = the rest. build_live_direct_s = buildLiveDatabase called directly on the same vault file, rules and columns (includes its CHECKPOINT).',
      '*_ratio uses medians of the 5 rounds; *_ratio_best the fastest run of each side (noise only ever adds time; the same raw copy itself takes about 4.7 or 6.2 CPU-seconds from run to run).',
      'cpu = process CPU time (all threads) of the phase; provisioning cpu includes the polling requests. Other jobs on this shared 2-core machine stretch wall times, so cpu ratios are given too (the goal uses wall time).',
      'destruction = one lifecycle.run() after terminate: seal, close handles, SHA-256 manifest of every file, overwrite with zeros + fsync + unlink, key destruction, certificate, audit chaining; MiB/s = bytes in the certificate / run time.',
    ],
  };
}

function roundsTable(rounds: ProvisionRound[]): BenchTable {
  return {
    title: 'provisioning rounds (raw copy and provisioning alternate)',
    columns: ['round', 'raw s', 'provision s', 'raw/prov', 'live step s', 'buildLive s', 'raw cpu s', 'prov cpu s', 'buildLive cpu s', 'progress', 'polls', 'rows', 'rss MiB'],
    rows: rounds.map((r) => [
      r.round, round(r.raw.seconds), round(r.provision.seconds), round(r.raw.seconds / r.provision.seconds), round(r.provision.liveStepSeconds ?? Number.NaN),
      round(r.liveBuild.seconds), round(r.raw.memory.cpuSeconds), round(r.provision.memory.cpuSeconds), round(r.liveBuild.memory.cpuSeconds),
      progressText(r.provision.steps), r.provision.polls, r.provision.rows, r.provision.memory.rssPeakMiB,
    ]),
  };
}

function destructionTable(destructions: DestructionRun[]): BenchTable {
  return {
    title: 'destruction: terminate, then one lifecycle.run()',
    columns: ['agreement', 'seconds', 'files', 'MiB', 'MiB/s', 'rss MiB', 'GET sandbox after'],
    rows: destructions.map((d) => [
      d.agreementId.slice(0, 12), round(d.seconds), d.files, round(d.certificateBytes / MiB), round(d.certificateBytes / MiB / d.seconds), d.memory.rssPeakMiB, d.sandboxAnswer,
    ]),
  };
}
