/** Attack class: join padding of a lone resident's subject count. */
// Tests marked it.failing are holes this suite found that are still open (issue 9): each passes only while the hole exists.
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

/**
 * Planted: resident 13 is the only one on 玉律村 (a unique street); resident 7 is the only one
 * aged 80+ and lives on 公明街道. Each attack pads the lone resident's row with other residents
 * through a join; the lone resident's alias must still count 1 subject and be suppressed.
 */
const LONE = 13;
const OLD = 7;
const plant = (i: number, row: string[]): string[] => {
  if (i === LONE) return [row[0], row[1], row[2], row[3], '玉律村', '23456.78'];
  if (i === OLD) return [row[0], row[1], row[2], '1930-01-01', row[4], '12345.67'];
  return row;
};

describe('attack: joins that pad a lone resident’s row with other residents', () => {
  let a: AttackWorld;
  let lone: { income: number; birth_date: string; street: string };
  let old: { income: number; birth_date: string; street: string };
  beforeAll(async () => {
    a = await plantedWorld(240, plant);
    lone = await liveRowOf(a, LONE);
    old = await liveRowOf(a, OLD);
    expect([lone.street, old.birth_date]).toEqual(['玉律村', '80+']);
  });
  afterAll(() => a.t.destroy());

  /** The planted row is in the airlock, marked suppressed, and absent from whatever is released; no value of the planted resident comes out. */
  const expectSuppressed = (o: Outcome, key: string, income: number, factors: number[] = [1]) => {
    expect(o.refused).toBeNull();
    const rows = airlockRowOf(o, key);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect({ key, suppressed: row.suppressed }).toEqual({ key, suppressed: true });
    expect(releasedRowOf(o, key)).toEqual([]);
    for (const f of factors) expect(revealing(o, income * f)).toEqual([]);
  };

  it.failing('self-join on street, WHERE a.birth_date = <unique band>: b pads the row with the whole street', async () => {
    const o = await attempt(a, "SELECT a.birth_date AS band, count(*) AS pairs, avg(a.income) AS mean_income, sum(a.income) AS s FROM residents a JOIN residents b ON a.street = b.street WHERE a.birth_date = '80+' GROUP BY a.birth_date");
    expectSuppressed(o, '80+', old.income, [1, 40]);
    expect(airlockRowOf(o, '80+')[0].subjects).toEqual({ a: 1, b: 40 });
  });

  it('self-join on a shared attribute, grouping by the lone resident’s street', async () => {
    const o = await attempt(a, 'SELECT a.street, count(*) AS pairs, avg(a.income) AS mean_income FROM residents a JOIN residents b ON a.birth_date = b.birth_date GROUP BY a.street');
    expectSuppressed(o, '玉律村', lone.income);
  });

  it('CROSS JOIN padding: every street row multiplied by the whole table', async () => {
    const o = await attempt(a, 'SELECT a.street, count(*) AS pairs, sum(a.income) AS s, avg(a.income) AS mean_income FROM residents a CROSS JOIN residents b GROUP BY a.street');
    expectSuppressed(o, '玉律村', lone.income, [1, 240]);
  });

  it('CROSS JOIN padding with a barely varying argument: sum(a.income + b.income * 1e-9) / pairs must not give the lone income', async () => {
    // The nudge by b defeats the single-valued (class disclosure) check on a.income alone.
    const o = await attempt(a, 'SELECT a.street, count(*) AS pairs, sum(a.income + b.income * 0.000000001) AS s FROM residents a CROSS JOIN residents b GROUP BY a.street');
    const recovered = releasedRowOf(o, '玉律村').map((r) => Number(r[column(o, 's')]) / Number(r[column(o, 'pairs')]));
    expect(recovered.filter((v) => Math.abs(v - lone.income) < 0.01)).toEqual([]);
    for (const row of airlockRowOf(o, '玉律村')) expect(row.subjects.a).toBe(1);
  });

  it.failing('comma-join padding grouped by the padding alias, the lone value behind a CASE', async () => {
    const o = await attempt(a, "SELECT b.street, count(*) AS pairs, sum(CASE WHEN a.birth_date = '80+' THEN a.income END) AS s FROM residents a, residents b GROUP BY b.street");
    expect(o.refused).toBeNull();
    for (const row of o.airlock?.rows ?? []) expect(row.suppressed || (row.cells.find((c) => c.column === 's')?.reasons.length ?? 0) > 0).toBe(true);
    for (const f of [1, 40, 41]) expect(revealing(o, old.income * f)).toEqual([]);
  });

  it('LEFT JOIN padding: the lone street left-joined to residents of other streets', async () => {
    const o = await attempt(a, "SELECT a.street, count(b.street) AS matches, avg(a.income) AS mean_income FROM residents a LEFT JOIN residents b ON a.street <> b.street AND b.birth_date <> '80+' GROUP BY a.street");
    expectSuppressed(o, '玉律村', lone.income);
  });

  it('LEFT JOIN padding from the other side: residents left-joined to the lone street', async () => {
    const o = await attempt(a, "SELECT b.street, count(*) AS n, avg(b.income) AS lone_income FROM residents a LEFT JOIN residents b ON b.street = '玉律村' GROUP BY b.street");
    expectSuppressed(o, '玉律村', lone.income);
  });

  it('SEMI JOIN: which street the only 80+ resident lives on must not come out', async () => {
    const o = await attempt(a, "SELECT a.street, count(*) AS n FROM residents a SEMI JOIN residents b ON a.street = b.street AND b.birth_date = '80+' GROUP BY a.street");
    // Refused, failed, blocked or suppressed: the released output never names the 80+ resident's street.
    expect(releasedRowOf(o, old.street)).toEqual([]);
  });

  it('ANTI JOIN: the streets without the 80+ resident (its complement) must not come out', async () => {
    const o = await attempt(a, "SELECT a.street, count(*) AS n FROM residents a ANTI JOIN residents b ON a.street = b.street AND b.birth_date = '80+' GROUP BY a.street");
    const streets = (o.released?.rows ?? []).map((r) => r[0]);
    // Six ordinary streets: releasing five of them names the sixth as the 80+ resident's.
    expect(streets.length === 0 || streets.includes(old.street)).toBe(true);
  });
});
