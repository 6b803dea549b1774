/**
 * Provisioning against a raw DuckDB copy of the same columns, in alternating rounds:
 * - raw: ATTACH the vault version READ_ONLY into a fresh file database (the loader's memory limit
 *   and spill directory) and `CREATE TABLE AS SELECT <columns>` + CHECKPOINT;
 * - platform: from the authority's approval until `GET /sandboxes/:id` says ready, with the
 *   progress steps seen on the way (step 1 of 2 = live table built, step 2 = dev twin);
 * - live build alone: `buildLiveDatabase` called directly on the same inputs.
 * Then destruction: terminate, and time one `lifecycle.run()` (seal, hash, wipe, certificate).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { quoteIdentifier } from '../../masking-rules/compiler/sql-quote';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { buildLiveDatabase } from '../../sandbox/provisioning/build-live-database';
import { listFilesUnder } from '../../sandbox/wipe/secure-wipe';
import type { BenchPlatform, Party } from './bench-platform';
import { approve, waitUntilReady, type ProgressStep } from './bench-world';
import { attachReadOnly, timeInFreshDatabase, type TimedStatement } from './duckdb-baseline';
import { asOfToday } from './masking-projection-timing';
import { withPeakMemory, type PeakMemory } from './peak-memory';

/** Progress polls: a client checking twice a second or so; the last poll follows the provisioner at once. */
export const POLL_MS = 250;

export type ProvisionPlan = {
  bp: BenchPlatform; source: Party; operator: Party; datasetId: string; schema: DatasetSchema; ruleSet: RuleSet;
  vaultFile: string; columns: string[]; workDir: string; rounds: number;
};

export type ProvisionRun = {
  agreementId: string; sandboxId: string; seconds: number; liveStepSeconds: number | null; steps: ProgressStep[];
  polls: number; rows: number; liveBytes: number; devBytes: number; memory: PeakMemory;
};
export type LiveBuildRun = { seconds: number; bytes: number; memory: PeakMemory };
export type ProvisionRound = { round: number; raw: TimedStatement; provision: ProvisionRun; liveBuild: LiveBuildRun };

export async function timeProvisioning(plan: ProvisionPlan): Promise<ProvisionRound[]> {
  const { memoryLimit } = plan.bp.platform.config.sandbox;
  const select = plan.columns.map(quoteIdentifier).join(', ');
  const raw = () => timeInFreshDatabase(plan.workDir, 'raw-copy', { memoryLimit, tempDirectory: plan.workDir }, [attachReadOnly(plan.vaultFile, 'vault')],
    `CREATE TABLE people AS SELECT ${select} FROM vault.data`, 'people');
  const rounds: ProvisionRound[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    if (round % 2 === 1) {
      const r = await raw();
      const provision = await provisionOnce(plan);
      rounds.push({ round, raw: r, provision, liveBuild: await liveBuild(plan, memoryLimit) });
    } else {
      const liveBuilt = await liveBuild(plan, memoryLimit);
      const provision = await provisionOnce(plan);
      rounds.push({ round, raw: await raw(), provision, liveBuild: liveBuilt });
    }
  }
  return rounds;
}

async function provisionOnce(plan: ProvisionPlan): Promise<ProvisionRun> {
  const { bp } = plan;
  const { result, memory } = await withPeakMemory(async () => {
    const approved = await approve(bp, plan.operator, plan.source, plan.datasetId, plan.columns);
    const settled = bp.platform.provisioner.settle(approved.sandboxId);
    const ready = await waitUntilReady(bp, plan.operator.token, approved.sandboxId, approved.approvedAt, POLL_MS, undefined, settled);
    return { approved, ready };
  });
  const { approved, ready } = result;
  const liveStep = ready.steps.find((s) => s.done >= 1 && s.total === 2);
  const files = bp.platform.files;
  return {
    agreementId: approved.agreementId, sandboxId: approved.sandboxId, seconds: ready.seconds, liveStepSeconds: liveStep?.atSeconds ?? null,
    steps: ready.steps, polls: ready.polls, rows: ready.tables.reduce((n, t) => n + t.rows, 0),
    liveBytes: fs.statSync(files.live(approved.sandboxId)).size, devBytes: fs.statSync(files.dev(approved.sandboxId)).size, memory,
  };
}

async function liveBuild(plan: ProvisionPlan, memoryLimit: string): Promise<LiveBuildRun> {
  const dir = fs.mkdtempSync(path.join(plan.workDir, 'live-'));
  const file = path.join(dir, 'live.duckdb');
  try {
    const started = performance.now();
    const { memory } = await withPeakMemory(() => buildLiveDatabase({
      file, key: crypto.randomBytes(32).toString('hex'), asOf: asOfToday(), tempDirectory: dir, memoryLimit,
      sources: [{ table: 'people', schema: plan.schema, ruleSet: plan.ruleSet, columns: plan.columns, vaultFile: plan.vaultFile }],
    }));
    return { seconds: (performance.now() - started) / 1000, bytes: fs.statSync(file).size, memory };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export type DestructionRun = { agreementId: string; seconds: number; files: number; bytes: number; certificateBytes: number; memory: PeakMemory; sandboxAnswer: number };

/** Terminates the agreement (as the authority's route does, without its immediate background run) and times one lifecycle pass. */
export async function timeDestruction(bp: BenchPlatform, agreementId: string, sandboxId: string): Promise<DestructionRun> {
  const { platform } = bp;
  const dir = platform.files.dir(sandboxId);
  const bytes = listFilesUnder(dir).reduce((n, f) => n + fs.statSync(f).size, 0);
  await platform.agreements.apply(agreementId, 'terminate', null, 'benchmark: destruction timing');
  const started = performance.now();
  const { result, memory } = await withPeakMemory(() => platform.lifecycle.run());
  const seconds = (performance.now() - started) / 1000;
  if (!result.destroyed.includes(agreementId) || result.failed.length > 0) throw new Error(`destruction did not complete: ${JSON.stringify(result)}`);
  const certificate = await platform.lifecycle.certificate(agreementId);
  if (!certificate || fs.existsSync(dir)) throw new Error('no certificate, or the sandbox directory remains');
  const answer = await bp.call('GET', `/sandboxes/${sandboxId}`, bp.authority);
  return {
    agreementId, seconds, files: certificate.files.length, bytes, certificateBytes: certificate.files.reduce((n, f) => n + f.size, 0), memory, sandboxAnswer: answer.status,
  };
}
