/** Attack class: unsafe statistics (max, min, arg_max, any_value, mode and disguises). */
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
 * Planted: resident 11 on 马田街道 earns 50 million (a dominant max); resident 7 is the only one
 * aged 80+ (on 公明街道).
 */
const RICH = 11;
const OLD = 7;
const plant = (i: number, row: string[]): string[] => {
  if (i === RICH) return [...row.slice(0, 5), '50000000.00'];
  if (i === OLD) return [row[0], row[1], row[2], '1930-01-01', row[4], '12345.67'];
  return row;
};

describe('attack: unsafe statistics that return one contributor’s value', () => {
  let a: AttackWorld;
  let rich: { income: number; birth_date: string; street: string };
  beforeAll(async () => {
    a = await plantedWorld(300, plant);
    rich = await liveRowOf(a, RICH);
  });
  afterAll(() => a.t.destroy());

  const UNSAFE: [string, string][] = [
    ['max(income)', 'max'],
    ['min(income)', 'min'],
    ['arg_max(birth_date, income)', 'arg_max'],
    ['any_value(income)', 'any_value'],
    ['mode(income)', 'mode'],
  ];

  for (const [expression, name] of UNSAFE) {
    it(`${expression} per street: flagged at submission, blocked without the grant`, async () => {
      const o = await attempt(a, `SELECT street, count(*) AS n, ${expression} AS v FROM residents GROUP BY street`);
      expect(o.refused).toBeNull();
      const check = o.checks.find((c) => c.name === 'unsafe_statistics');
      expect(check).toMatchObject({ passed: false, message: expect.stringContaining(name) });
      expect(o.status).toBe('blocked');
      expect(failedChecks(o.runChecks)).toEqual(['unsafe_statistics']);
      expect(o.released).toBeNull();
      expect(revealing(o, rich.income)).toEqual([]);
    });
  }

  it('max(income) per street with the grant: runs, and the planted dominant max is suppressed by dominance', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, max(income) AS top FROM residents GROUP BY street', { grantUnsafeStatistics: true });
    expect(o.status).toBe('awaiting-release');
    const [row] = airlockRowOf(o, rich.street);
    expect(row.cells.find((c) => c.column === 'top')?.reasons.join(' ')).toMatch(/dominance/);
    expect(releasedRowOf(o, rich.street).map((r) => r[column(o, 'top')])).toEqual([null]);
    expect(revealing(o, rich.income)).toEqual([]);
  });

  it('max_by(income, income) per street with the grant: the dominant max is suppressed too', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, max_by(income, income) AS top FROM residents GROUP BY street', { grantUnsafeStatistics: true });
    expect(revealing(o, rich.income)).toEqual([]);
  });

  it.failing('arg_max(birth_date, income) per street with the grant: the dominant earner’s own attribute must not come out', async () => {
    // Dominance is measured on the returned value (an age band, not a number), not on the
    // income that picks the contributor: the dominant earner's age band comes out.
    const o = await attempt(a, 'SELECT street, count(*) AS n, arg_max(birth_date, income) AS band_of_richest FROM residents GROUP BY street', { grantUnsafeStatistics: true });
    expect(releasedRowOf(o, rich.street).map((r) => r[column(o, 'band_of_richest')])).toEqual(o.released ? [null] : []);
  });

  it('quantile_cont(income, 1.0) per street without any grant: max in disguise must not return the dominant income', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, quantile_cont(income, 1.0) AS top FROM residents GROUP BY street');
    expect(revealing(o, rich.income)).toEqual([]);
  });

  it.failing('quantile_disc(income, 0.0) per street without any grant: min in disguise is flagged as unsafe', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, quantile_disc(income, 0.0) AS bottom FROM residents GROUP BY street');
    expect(o.checks.find((c) => c.name === 'unsafe_statistics')?.passed).toBe(false);
  });
});
