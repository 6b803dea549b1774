/**
 * Shared helpers of the disclosure attack suites: a world with planted residents, the planted
 * row as it is on live, and `attempt`, which takes a model through submission, review, run,
 * the airlock and (when releasable) release, collecting everything the operator saw on the way.
 */
import { bearer, startTestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { liveFile, queryFile } from '../../fixtures/lifecycle-helpers';
import { runModel, submitModel, type AttackWorld, type ModelParam, type Res } from '../attack-fixture';
import { releaseRun } from '../../fixtures/release-run';

export type Check = { name: string; passed: boolean; message: string };
export type AirlockRow = { values: unknown[]; suppressed: boolean; reasons: string[]; subjects: Record<string, number>; cells: { column: string; contributors: number[]; reasons: string[] }[] };
export type Grants = { grantRecordLevel?: boolean; grantUnsafeStatistics?: boolean };
export type Outcome = {
  submit: Res; refused: string | null; checks: Check[]; status: string | null; runChecks: Check[];
  airlock: { rows: AirlockRow[]; columns: { name: string }[]; verdict: string } | null;
  released: { columns: { name: string }[]; rows: unknown[][] } | null; operatorBodies: unknown[];
};

/** A world whose residents include the planted rows of `mutate`, with an approved agreement. */
export async function plantedWorld(rows: number, mutate: (i: number, row: string[]) => string[]): Promise<AttackWorld> {
  const t = await startTestPlatform();
  const w = await residentsWorld(t, rows, mutate);
  const { sandboxId, agreementId } = await approvedAgreement(t, w);
  return { t, w, sandboxId, agreementId };
}

/** The planted resident's row on live (masked), found by the masked mobile's last four digits. */
export async function liveRowOf(a: AttackWorld, i: number): Promise<{ income: number; birth_date: string; street: string }> {
  const rows = await queryFile<{ income: number; birth_date: string; street: string }>(liveFile(a.t, a.sandboxId), `SELECT income, birth_date, street FROM residents WHERE mobile LIKE '%${String(i).padStart(4, '0')}'`);
  if (rows.length !== 1) throw new Error(`planted row ${i} not found on live`);
  return { ...rows[0], income: Number(rows[0].income) };
}

/** Submit, review (with grants), run, let the reviewer read and (when releasable) release; everything the operator saw on the way. */
export async function attempt(a: AttackWorld, sql: string, grants: Grants = {}, params: ModelParam[] = [], values: Record<string, unknown> = {}): Promise<Outcome> {
  const submit = await submitModel(a, sql, params);
  const none: Outcome = { submit, refused: null, checks: [], status: null, runChecks: [], airlock: null, released: null, operatorBodies: [submit.body] };
  if (submit.status !== 201) return { ...none, refused: String(submit.body?.error?.code ?? submit.status) };
  const reviewed = await a.t.http.post(`/api/v1/models/${submit.body.id}/review`).set(...bearer(a.t.authorityToken)).send({ decision: 'approve', ...grants });
  expect(reviewed.status).toBe(200);
  const started = await runModel(a, submit.body.id, values);
  expect(started.status).toBe(201);
  await a.t.platform.runs.idle();
  const runId = started.body.id as string;
  const run = (await a.t.http.get(`/api/v1/runs/${runId}`).set(...bearer(a.t.authorityToken))).body;
  const airlock = (await a.t.http.get(`/api/v1/runs/${runId}/review`).set(...bearer(a.t.authorityToken))).body;
  const seen = await a.t.http.get(`/api/v1/runs/${runId}`).set(...bearer(a.w.operator.token));
  const outcome: Outcome = { ...none, checks: submit.body.checks, status: run.status, runChecks: run.disclosure?.checks ?? [], airlock, operatorBodies: [submit.body, started.body, seen.body] };
  if (run.status === 'awaiting-release') {
    const released = await releaseRun(a.t, runId);
    expect(released.status).toBe(200);
    const output = await a.t.http.get(`/api/v1/runs/${runId}/output`).set(...bearer(a.w.operator.token));
    expect(output.status).toBe(200);
    outcome.released = { columns: output.body.columns, rows: output.body.rows };
    outcome.operatorBodies.push(output.body);
  } else {
    // Nothing leaves a run that is not releasable.
    const output = await a.t.http.get(`/api/v1/runs/${runId}/output`).set(...bearer(a.w.operator.token));
    expect(output.status).toBe(409);
    outcome.operatorBodies.push(output.body);
  }
  return outcome;
}

/** Every number in a value: numbers, and numbers written inside strings (lists cast to text, string_agg). */
export function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v === 'string') return [...v.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)].map((m) => Number(m[0]));
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(numbersIn);
  return [];
}

/** The operator-visible numbers within 0.01 of the planted live value (what a leak would show). */
export function revealing(o: Outcome, value: number): number[] {
  return numbersIn(o.operatorBodies).filter((n) => Math.abs(n - value) < 0.01);
}

export const failedChecks = (checks: Check[]) => checks.filter((c) => !c.passed).map((c) => c.name);
export const airlockRowOf = (o: Outcome, value: unknown) => (o.airlock?.rows ?? []).filter((r) => r.values.includes(value));
export const releasedRowOf = (o: Outcome, value: unknown) => (o.released?.rows ?? []).filter((r) => r.includes(value));
export const column = (o: Outcome, name: string) => (o.released?.columns ?? []).findIndex((c) => c.name === name);

/** The planted residents of the singling-out suites: 7 is the only one aged 80+ (an ordinary income); 11 earns 50 million. */
export const OLD = 7;
export const RICH = 11;
export const plantOldAndRich = (i: number, row: string[]): string[] => {
  if (i === OLD) return [row[0], row[1], row[2], '1930-01-01', row[4], '12345.67'];
  if (i === RICH) return [...row.slice(0, 5), '50000000.00'];
  return row;
};

/** A planted resident as live holds them (masked). */
export type Live = { income: number; birth_date: string; street: string };

export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const rowsOf = (o: Outcome) => o.released?.rows ?? [];
/** A released cell as a number, by column name. */
export const cellOf = (o: Outcome, name: string, row = 0): number | null => {
  const r = rowsOf(o)[row];
  return r ? num(r[column(o, name)]) : null;
};

/** Fresh planted worlds, one per attack (so that no release of one attack meets another's), destroyed together. */
export function plantedWorlds(): { fresh: () => Promise<{ a: AttackWorld; old: Live; rich: Live }>; destroyAll: () => Promise<void> } {
  const worlds: AttackWorld[] = [];
  return {
    fresh: async () => {
      const a = await plantedWorld(300, plantOldAndRich);
      worlds.push(a);
      const old = await liveRowOf(a, OLD);
      expect(old.birth_date).toBe('80+');
      return { a, old, rich: await liveRowOf(a, RICH) };
    },
    destroyAll: async () => {
      for (const a of worlds) await a.t.destroy();
    },
  };
}
