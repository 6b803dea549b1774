/** Attack class: singling-out filters on live models (see the describe block). */
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
 * Planted: resident 7 is the only one aged 80+ (a unique quasi-identifier) on 公明街道, with an
 * ordinary income; resident 11 on 马田街道 earns 50 million and dominates the street's sum.
 */
const OLD = 7;
const RICH = 11;
const plant = (i: number, row: string[]): string[] => {
  if (i === OLD) return [row[0], row[1], row[2], '1930-01-01', row[4], '12345.67'];
  if (i === RICH) return [...row.slice(0, 5), '50000000.00'];
  return row;
};

describe('attack: filters that single out one resident', () => {
  let a: AttackWorld;
  let old: { income: number; birth_date: string; street: string };
  let rich: { income: number; birth_date: string; street: string };
  beforeAll(async () => {
    a = await plantedWorld(300, plant);
    old = await liveRowOf(a, OLD);
    rich = await liveRowOf(a, RICH);
    expect(old.birth_date).toBe('80+');
    const sameBand = await queryFile<{ n: bigint }>(liveFile(a.t, a.sandboxId), "SELECT count(*) AS n FROM residents WHERE birth_date = '80+'");
    expect(Number(sameBand[0].n)).toBe(1);
  });
  afterAll(() => a.t.destroy());

  const expectRefused = async (sql: string, params: ModelParam[] = []) => {
    const o = await attempt(a, sql, {}, params);
    expect({ refused: o.refused, status: o.submit.status }).toEqual({ refused: 'model_refused', status: 422 });
    const entry = await auditEntryOf(a.t, o.submit, 'model.submit');
    expect(entry).toMatchObject({ outcome: 'denied', actorId: a.w.operator.id });
    return o;
  };

  it('WHERE id_number = $p (a parameter naming one pseudonym) is refused at submission', async () => {
    await expectRefused('SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE id_number = $p GROUP BY street', [{ name: 'p', type: 'VARCHAR' }]);
  });

  it('WHERE id_number IN (...) is refused at submission', async () => {
    await expectRefused("SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE id_number IN ('a', 'b', 'c') GROUP BY street");
  });

  it('WHERE on the masked mobile (its last four digits single a resident out) is refused at submission', async () => {
    await expectRefused(`SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE mobile LIKE '%${String(OLD).padStart(4, '0')}' GROUP BY street`);
  });

  it('WHERE hash(id_number) % 50 = 0 (a pseudonym inside an expression) is refused at submission', async () => {
    await expectRefused('SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE hash(id_number) % 50 = 0 GROUP BY street');
  });

  it('CASE WHEN id_number = x inside an aggregate is refused, or at least blocked and never released', async () => {
    const o = await attempt(a, "SELECT street, sum(CASE WHEN id_number = 'x' THEN income END) AS s FROM residents GROUP BY street");
    // What happens is reported: refused at submission, or flagged as record-level and blocked at run time.
    if (o.refused === null) {
      expect(failedChecks(o.checks)).toContain('no_identifier_output');
      expect(o.status).toBe('blocked');
      expect(failedChecks(o.runChecks)).toContain('record_level');
    } else {
      expect(o.refused).toBe('model_refused');
    }
    expect(o.released).toBeNull();
  });

  it('GROUP BY id_number is refused at submission', async () => {
    await expectRefused('SELECT count(*) AS n, sum(income) AS s FROM residents GROUP BY id_number');
  });

  it('ORDER BY id_number (and an aggregate of it) is refused at submission', async () => {
    await expectRefused('SELECT street, count(*) AS n FROM residents GROUP BY street, id_number ORDER BY id_number');
    await expectRefused('SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY min(id_number)');
  });

  it.failing('sum(CASE WHEN birth_date = <the planted unique band> THEN income END) per street: the cell is suppressed', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, sum(CASE WHEN birth_date = '80+' THEN income END) AS s FROM residents GROUP BY street ORDER BY street");
    expect(revealing(o, old.income)).toEqual([]);
    const [row] = airlockRowOf(o, old.street);
    expect(row.cells.find((c) => c.column === 's')?.reasons.join(' ')).toMatch(/fewer than 10 subjects contribute/);
    expect(releasedRowOf(o, old.street).map((r) => r[column(o, 's')])).toEqual(o.released ? [null] : []);
  });

  it('sum(income) FILTER (WHERE <the planted unique band>) per street: the cell is suppressed', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, sum(income) FILTER (WHERE birth_date = '80+') AS s, avg(income) FILTER (WHERE birth_date = '80+') AS m FROM residents GROUP BY street");
    expect(revealing(o, old.income)).toEqual([]);
    const [row] = airlockRowOf(o, old.street);
    expect(row.cells.find((c) => c.column === 's')?.contributors).toEqual([1]);
    expect(row.cells.find((c) => c.column === 's')?.reasons.length).toBeGreaterThan(0);
    expect(row.cells.find((c) => c.column === 'm')?.reasons.length).toBeGreaterThan(0);
  });

  it('a planted huge income dominating its street: dominance suppresses the sum and the mean', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, sum(income) AS total, avg(income) AS mean_income FROM residents GROUP BY street');
    expect(o.status).toBe('awaiting-release');
    expect(o.released).not.toBeNull();
    const [row] = airlockRowOf(o, rich.street);
    for (const name of ['total', 'mean_income']) expect(row.cells.find((c) => c.column === name)?.reasons.join(' ')).toMatch(/dominance/);
    const [out] = releasedRowOf(o, rich.street);
    expect([out[column(o, 'total')], out[column(o, 'mean_income')]]).toEqual([null, null]);
    expect(numbersIn(o.released?.rows).filter((n) => n > 5_000_000)).toEqual([]);
  });

  it('sum(CASE WHEN <unique band> THEN income ELSE 1e9 END): padding the others with a constant must not let the lone income through', async () => {
    // Every resident "contributes" (the CASE has an ELSE), the constant padding defeats dominance,
    // and the sum minus (n - 1) * 1e9 is the planted resident's income.
    const o = await attempt(a, "SELECT street, count(*) AS n, sum(CASE WHEN birth_date = '80+' THEN income ELSE 1000000000 END) AS padded FROM residents GROUP BY street");
    const recovered = releasedRowOf(o, old.street).map((r) => Number(r[column(o, 'padded')]) - (Number(r[column(o, 'n')]) - 1) * 1e9);
    expect(recovered.filter((v) => Math.abs(v - old.income) < 0.01)).toEqual([]);
  });

  it('sum(income) next to sum(CASE WHEN <unique band> THEN 0 ELSE income END): zeroing one resident must not let the difference through', async () => {
    const o = await attempt(a, "SELECT street, sum(income) AS total, sum(CASE WHEN birth_date = '80+' THEN 0 ELSE income END) AS others FROM residents GROUP BY street");
    const recovered = releasedRowOf(o, old.street).map((r) => Number(r[column(o, 'total')]) - Number(r[column(o, 'others')]));
    expect(recovered.filter((v) => Math.abs(v - old.income) < 0.01)).toEqual([]);
  });

  it('sum(income) next to sum(income) FILTER (WHERE NOT <unique band>): the complement is caught as differencing', async () => {
    const o = await attempt(a, "SELECT street, sum(income) AS total, sum(income) FILTER (WHERE birth_date <> '80+') AS others FROM residents GROUP BY street");
    const recovered = releasedRowOf(o, old.street).map((r) => Number(r[column(o, 'total')]) - Number(r[column(o, 'others')]));
    expect(recovered.filter((v) => Math.abs(v - old.income) < 0.01)).toEqual([]);
    const [row] = airlockRowOf(o, old.street);
    expect(row.cells.some((c) => c.reasons.some((r) => /differs by 1 subject/.test(r)))).toBe(true);
  });
});
