/** Attack class: spoofing the platform's internal (hidden) column and alias names. */
import { bearer, startTestPlatform } from '../../fixtures/test-platform';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { liveFile, queryFile } from '../../fixtures/lifecycle-helpers';
import { auditEntryOf, runModel, submitModel, type AttackWorld, type ModelParam, type Res } from '../attack-fixture';

// ---- shared attack helpers (kept in this file: the folder holds test files only) ----
type Check = { name: string; passed: boolean; message: string };
type AirlockRow = { values: unknown[]; suppressed: boolean; reasons: string[]; subjects: Record<string, number>; cells: { column: string; contributors: number[]; reasons: string[] }[] };
type Grants = { grantRecordLevel?: boolean; grantUnsafeStatistics?: boolean };
type Outcome = {
  submit: Res; refused: string | null; checks: Check[]; status: string | null; runChecks: Check[];
  airlock: { rows: AirlockRow[]; columns: { name: string }[]; verdict: string } | null;
  released: { columns: { name: string }[]; rows: unknown[][] } | null; operatorBodies: unknown[];
};

/** A world whose residents include the planted rows of `mutate`, with an approved agreement. */
async function plantedWorld(rows: number, mutate: (i: number, row: string[]) => string[]): Promise<AttackWorld> {
  const t = await startTestPlatform();
  const w = await residentsWorld(t, rows, mutate);
  const { sandboxId, agreementId } = await approvedAgreement(t, w);
  return { t, w, sandboxId, agreementId };
}

/** The planted resident's row on live (masked), found by the masked mobile's last four digits. */
async function liveRowOf(a: AttackWorld, i: number): Promise<{ income: number; birth_date: string; street: string }> {
  const rows = await queryFile<{ income: number; birth_date: string; street: string }>(liveFile(a.t, a.sandboxId), `SELECT income, birth_date, street FROM residents WHERE mobile LIKE '%${String(i).padStart(4, '0')}'`);
  if (rows.length !== 1) throw new Error(`planted row ${i} not found on live`);
  return { ...rows[0], income: Number(rows[0].income) };
}

/** Submit, review (with grants), run, let the reviewer read and (when releasable) release; everything the operator saw on the way. */
async function attempt(a: AttackWorld, sql: string, grants: Grants = {}, params: ModelParam[] = [], values: Record<string, unknown> = {}): Promise<Outcome> {
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
    const released = await a.t.http.post(`/api/v1/runs/${runId}/release`).set(...bearer(a.t.authorityToken)).send({ decision: 'approve' });
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
function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v === 'string') return [...v.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)].map((m) => Number(m[0]));
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(numbersIn);
  return [];
}

/** The operator-visible numbers within 0.01 of the planted live value (what a leak would show). */
function revealing(o: Outcome, value: number): number[] {
  return numbersIn(o.operatorBodies).filter((n) => Math.abs(n - value) < 0.01);
}

const failedChecks = (checks: Check[]) => checks.filter((c) => !c.passed).map((c) => c.name);
const airlockRowOf = (o: Outcome, value: unknown) => (o.airlock?.rows ?? []).filter((r) => r.values.includes(value));
const releasedRowOf = (o: Outcome, value: unknown) => (o.released?.rows ?? []).filter((r) => r.includes(value));
const column = (o: Outcome, name: string) => (o.released?.columns ?? []).findIndex((c) => c.name === name);
// ---- end of helpers ----

describe('attack: output columns and aliases named like the platform’s internal columns', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await plantedWorld(120, (_i, row) => row);
  });
  afterAll(() => a.t.destroy());

  const expectRefusedAndDenied = async (sql: string) => {
    const o = await attempt(a, sql);
    // Refused by the statement guard (statement_refused) or by the live form (model_refused).
    expect({ status: o.submit.status, code: o.refused }).toEqual({ status: 422, code: expect.stringMatching(/^(model_refused|statement_refused)$/) });
    if (o.refused === 'model_refused') expect(JSON.stringify(o.submit.body)).toMatch(/reserved for the platform/);
    const entry = await auditEntryOf(a.t, o.submit, 'model.submit');
    expect(entry).toMatchObject({ action: 'model.submit', outcome: 'denied', actorId: a.w.operator.id, agreementId: a.agreementId });
    expect(entry.details.status).toBe(422);
    const models = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token));
    expect((models.body.models as { sql: string }[]).some((m) => m.sql === sql)).toBe(false);
  };

  it('an aggregate aliased __shuyu_n (the lineage subject count)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS __shuyu_n FROM residents GROUP BY street');
  });

  it('an upper-case alias __SHUYU_x', async () => {
    await expectRefusedAndDenied('SELECT street, avg(income) AS __SHUYU_x FROM residents GROUP BY street');
  });

  it('a quoted alias "__shuyu_gk0" (the hidden group key)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS "__shuyu_gk0" FROM residents GROUP BY street');
  });

  it('a grouping key aliased __shuyu_gk0 and grouped by position', async () => {
    await expectRefusedAndDenied('SELECT street AS __shuyu_gk0, count(*) AS n FROM residents GROUP BY 1');
  });

  it('a quoted mixed-case alias "__Shuyu_Having" (the hidden HAVING flag)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS "__Shuyu_Having" FROM residents GROUP BY street');
  });

  it('a table alias __shuyu_l (the lineage subquery’s alias)', async () => {
    await expectRefusedAndDenied('SELECT __shuyu_l.street, count(*) AS n FROM residents AS __shuyu_l GROUP BY __shuyu_l.street');
  });

  it('a table alias __shuyu_s in a self-join (the hidden subject column)', async () => {
    await expectRefusedAndDenied('SELECT a.street, count(*) AS n FROM residents a JOIN residents __shuyu_s ON a.street = __shuyu_s.street GROUP BY a.street');
  });

  it('a struct literal with a field named __shuyu_n', async () => {
    await expectRefusedAndDenied("SELECT street, {'__shuyu_n': count(*)} AS s FROM residents GROUP BY street");
  });

  it('a struct_pack field named __shuyu_n', async () => {
    await expectRefusedAndDenied('SELECT street, struct_pack(__shuyu_n := count(*)) AS s FROM residents GROUP BY street');
  });

  it('a column reference to a hidden name in ORDER BY', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY __shuyu_n');
  });

  it('a HAVING reference to the hidden HAVING flag __shuyu_having', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS n FROM residents GROUP BY street HAVING __shuyu_having');
  });

  it('an unaliased constant column whose text is __shuyu_having fails safe (not an internal column)', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, '__shuyu_having' FROM residents GROUP BY street");
    // Report: whatever the platform does, no row may come out with fewer than 10 residents behind it.
    if (o.released) {
      for (const r of o.released.rows) expect(Number(r[column(o, 'n')])).toBeGreaterThanOrEqual(10);
      expect(o.released.columns.map((c) => c.name)).not.toContain('__shuyu_having');
    }
  });
});
