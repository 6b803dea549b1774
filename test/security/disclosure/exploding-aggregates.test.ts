/** Attack class: exploding aggregates (lists, maps, structs, text) that carry records out of a run. */
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

/** Planted: resident 7 on 公明街道 with an income of 12345.67 (noised on live); its value must never come out. */
const LONE = 7;
const plant = (i: number, row: string[]): string[] => (i === LONE ? [...row.slice(0, 5), '12345.67'] : row);
/** 101 quantile levels (a bracket literal is refused by the guard as main.list_value; list_value(...) is not). */
const QUANTILES = `list_value(${Array.from({ length: 101 }, (_, i) => (i / 100).toFixed(2)).join(', ')})`;

describe('attack: aggregates that explode back into records', () => {
  let a: AttackWorld;
  let lone: { income: number; birth_date: string; street: string };
  beforeAll(async () => {
    a = await plantedWorld(300, plant);
    lone = await liveRowOf(a, LONE);
  });
  afterAll(() => a.t.destroy());

  /** Refused at submission, or blocked at run time without grants, and blocked with only the unsafe-statistics grant. */
  const expectNeverReleased = async (sql: string) => {
    const plain = await attempt(a, sql);
    if (plain.refused !== null) {
      expect(plain.refused).toBe('model_refused');
      return;
    }
    expect(plain.status).toBe('blocked');
    expect(revealing(plain, lone.income)).toEqual([]);
    const granted = await attempt(a, sql, { grantUnsafeStatistics: true });
    expect({ status: granted.status, failed: failedChecks(granted.runChecks) }).toEqual({ status: 'blocked', failed: expect.arrayContaining(['record_level']) });
    expect(granted.released).toBeNull();
    expect(revealing(granted, lone.income)).toEqual([]);
  };

  it('unnest(list(struct_pack(i := id_number, v := income))) turns the table back into records', async () => {
    await expectNeverReleased('SELECT unnest(list(struct_pack(i := id_number, v := income))) FROM residents');
  });

  it('unnest(list(income)) per street', async () => {
    await expectNeverReleased('SELECT street, unnest(list(income)) AS v FROM residents GROUP BY street');
  });

  it('list(income) per street (a list of every resident’s income)', async () => {
    await expectNeverReleased('SELECT street, count(*) AS n, list(income) AS incomes FROM residents GROUP BY street');
  });

  it('histogram(income) per street (a map of every income)', async () => {
    await expectNeverReleased('SELECT street, count(*) AS n, histogram(income) AS h FROM residents GROUP BY street');
  });

  it('array_agg(struct_pack(b := birth_date, v := income)) per street (records as structs)', async () => {
    await expectNeverReleased('SELECT street, count(*) AS n, array_agg(struct_pack(b := birth_date, v := income)) AS r FROM residents GROUP BY street');
  });

  it.failing('string_agg(income) per street: without a grant the run is blocked', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, string_agg(CAST(income AS VARCHAR), '; ') AS incomes FROM residents GROUP BY street");
    expect(failedChecks(o.checks)).toContain('unsafe_statistics');
    expect(o.status).toBe('blocked');
    expect(revealing(o, lone.income)).toEqual([]);
  });

  it('string_agg(round(income, 2)) per street with only the unsafe-statistics grant: every income as text must not come out', async () => {
    // Rounded so that no run of digits looks like a mobile number to the identifier scan.
    const o = await attempt(a, "SELECT street, count(*) AS n, string_agg(CAST(round(income, 2) AS VARCHAR), '; ') AS incomes FROM residents GROUP BY street", { grantUnsafeStatistics: true });
    expect(revealing(o, lone.income)).toEqual([]);
  });

  it('CAST(list(round(income, 2)) AS VARCHAR) per street with only the unsafe-statistics grant: a list in disguise must not come out', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, CAST(list(round(income, 2)) AS VARCHAR) AS incomes FROM residents GROUP BY street', { grantUnsafeStatistics: true });
    expect(revealing(o, lone.income)).toEqual([]);
  });

  it('quantile_disc(income, [0, 0.01, …, 1]) per street: without a grant the list is blocked as nested output', async () => {
    const o = await attempt(a, `SELECT street, count(*) AS n, quantile_disc(income, ${QUANTILES}) AS q FROM residents GROUP BY street`);
    expect(o.refused ?? o.status).toMatch(/^(blocked|model_refused|statement_refused)$/);
    expect(o.released).toBeNull();
    expect(revealing(o, lone.income)).toEqual([]);
  });

  it('CAST(quantile_disc(round(income, 2), [0, 0.01, …, 1]) AS VARCHAR) per street without any grant: every income as text must not come out', async () => {
    const o = await attempt(a, `SELECT street, count(*) AS n, CAST(quantile_disc(round(income, 2), ${QUANTILES}) AS VARCHAR) AS q FROM residents GROUP BY street`);
    expect(revealing(o, lone.income)).toEqual([]);
  });
});
