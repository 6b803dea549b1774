/**
 * Attack: differencing. The operator gets a per-street count and mean income released, then
 * asks the same question with one person filtered out (here: the one planted resident whose
 * income is far above everyone else's). Subtracting the two cells gives that person's income.
 * The later cell differs by one subject from a released cell, so it must be suppressed and the
 * reviewer's airlock must list the pair. Asking the very same question again (difference 0) or
 * about a much larger population is no differencing and must not be flagged.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { findDifferencingPairs, type ReleasedCell } from '../../../sandbox/disclosure/differencing';
import { runQuery } from '../../../sandbox/engine/run-query';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { bearer, startTestPlatform } from '../../fixtures/test-platform';
import { reviewModel, runModel, submitModel, type AttackWorld } from '../attack-fixture';
import { connectionRunner } from '../../fixtures/connection-runner';
import { releaseRun } from '../../fixtures/release-run';

const PLANTED = 7; // row 7 lives in 公明街道 (streets cycle every 6 rows)
const PLANTED_STREET = '公明街道';
const PLANTED_INCOME = '90000.00'; // every other income lies in 3 000 … 14 063

type Pair = { cell: string; earlier: { sourceId: string; cell: string }; difference: number };
type Row = { values: unknown[]; suppressed: boolean; reasons: string[]; cells: { column: string; reasons: string[]; differencing?: Pair }[] };

describe('attack: differencing between released outputs', () => {
  let a: AttackWorld;
  let firstRun: string;

  const approved = async (sql: string, parameters: { name: string; type: string }[] = []) => {
    const m = await submitModel(a, sql, parameters);
    expect({ status: m.status, error: m.body.error }).toEqual({ status: 201, error: undefined });
    expect((await reviewModel(a, m.body.id)).status).toBe(200);
    return m.body.id as string;
  };
  const runAndOpen = async (modelId: string, params: Record<string, unknown> = {}) => {
    const run = await runModel(a, modelId, params);
    expect(run.status).toBe(201);
    await a.t.platform.runs.idle();
    const airlock = await a.t.http.get(`/api/v1/runs/${run.body.id}/review`).set(...bearer(a.t.authorityToken));
    expect(airlock.status).toBe(200);
    return { id: run.body.id as string, airlock: airlock.body as { verdict: string; rows: Row[]; differencing: Pair[]; run: { status: string } } };
  };
  const rowOf = (rows: Row[], street: string) => rows.find((r) => r.values[0] === street) as Row;

  beforeAll(async () => {
    // Plant: in the source data (before masking) one resident far richer than anyone else.
    const t = await startTestPlatform();
    const w = await residentsWorld(t, 300, (i, row) => (i === PLANTED ? [...row.slice(0, 5), PLANTED_INCOME] : row));
    const { sandboxId, agreementId } = await approvedAgreement(t, w);
    a = { t, w, sandboxId, agreementId };
  });
  afterAll(() => a.t.destroy());

  it('releases the per-street count and mean income', async () => {
    const model = await approved('SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents GROUP BY street ORDER BY street');
    const { id, airlock } = await runAndOpen(model);
    expect(airlock.run.status).toBe('awaiting-release');
    expect(airlock.differencing).toEqual([]);
    expect(airlock.rows).toHaveLength(6);
    expect(airlock.rows.every((r) => !r.suppressed && r.cells.every((c) => c.reasons.length === 0))).toBe(true);
    const released = await releaseRun(a.t, id);
    expect(released.body.status).toBe('released');
    firstRun = id;
  });

  it('the same question minus one person (a quasi-identifier filter): the differing cells are suppressed and the pair is listed', async () => {
    const model = await approved('SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents WHERE income < $t GROUP BY street ORDER BY street', [{ name: 't', type: 'DOUBLE' }]);
    const { id, airlock } = await runAndOpen(model, { t: 50000 });
    const planted = rowOf(airlock.rows, PLANTED_STREET);
    expect(planted.values[1]).toBe(49);
    for (const cell of planted.cells.filter((c) => c.column !== 'street')) {
      expect(cell.differencing).toMatchObject({ difference: 1, earlier: { sourceId: firstRun } });
      expect(cell.reasons.join(' ')).toMatch(/differs by 1 subject/);
    }
    expect(airlock.differencing.length).toBeGreaterThanOrEqual(1);
    expect(airlock.differencing.every((p) => p.earlier.sourceId === firstRun && p.difference === 1)).toBe(true);
    // The other streets lost nobody: same sets as released (difference 0), not flagged.
    for (const r of airlock.rows.filter((x) => x.values[0] !== PLANTED_STREET)) {
      expect(r.cells.every((c) => c.reasons.length === 0 && !c.differencing)).toBe(true);
    }
    // Released, the subtraction is impossible: the planted street's figures are NULL.
    await releaseRun(a.t, id);
    const out = await a.t.http.get(`/api/v1/runs/${id}/output`).set(...bearer(a.w.operator.token));
    expect(out.status).toBe(200);
    const row = (out.body.rows as unknown[][]).find((r) => r[0] === PLANTED_STREET);
    expect(row === undefined || (row[1] === null && row[2] === null)).toBe(true);
  });

  it('the same question again (difference 0) is not flagged', async () => {
    const model = await approved('SELECT street, count(*) AS n, avg(income) AS mean_income FROM residents GROUP BY street ORDER BY street');
    const { airlock } = await runAndOpen(model);
    expect(airlock.differencing).toEqual([]);
    expect(airlock.rows.every((r) => !r.suppressed && r.cells.every((c) => c.reasons.length === 0))).toBe(true);
  });

  it('a question about a much larger population is not flagged', async () => {
    const model = await approved('SELECT count(*) AS n, avg(income) AS mean_income FROM residents WHERE income >= 4000');
    const { airlock } = await runAndOpen(model);
    expect(airlock.differencing).toEqual([]);
    expect(airlock.rows).toHaveLength(1);
    expect(airlock.rows[0].cells.every((c) => c.reasons.length === 0)).toBe(true);
    expect(airlock.rows[0].values[0]).toBeGreaterThan(150);
  });

  it('a cell that is the sum of released cells (three released streets) is held back, with the reason: add them up', async () => {
    const model = await approved("SELECT count(*) AS n, avg(income) AS mean_income FROM residents WHERE street IN ('光明街道', '新湖街道', '凤凰街道')");
    const { airlock } = await runAndOpen(model);
    expect(airlock.rows[0].cells.map((c) => c.reasons.join(' '))).toEqual([expect.stringMatching(/a tracker \(this cell is their sum/), expect.stringMatching(/a tracker/)]);
  });

  it('within one output: a FILTER that drops one person is held back (the row keeps k on both sides of a FILTER)', async () => {
    const model = await approved('SELECT street, count(*) AS n, count(*) FILTER (WHERE income < 50000) AS n_below FROM residents GROUP BY street');
    const { airlock } = await runAndOpen(model);
    const below = rowOf(airlock.rows, PLANTED_STREET).cells.find((c) => c.column === 'n_below');
    expect(below?.reasons.join(' ')).toMatch(/outside the cell’s FILTER/);
  });

  it('within one output: two FILTER cells whose subjects differ by one person, each with k on both sides: the later one is suppressed as differencing', async () => {
    // Incomes lie in 3 000 … 14 063 (and the planted 90 000): both FILTERs keep more than k in and out.
    const model = await approved('SELECT street, count(*) FILTER (WHERE income < 8000) AS low, count(*) FILTER (WHERE income < 8000 OR income > 60000) AS low_or_rich FROM residents GROUP BY street');
    const { airlock } = await runAndOpen(model);
    const cells = rowOf(airlock.rows, PLANTED_STREET).cells;
    expect(cells.find((c) => c.column === 'low')?.reasons).toEqual([]);
    const later = cells.find((c) => c.column === 'low_or_rich');
    expect(later?.differencing?.difference).toBe(1);
    expect(later?.reasons.join(' ')).toMatch(/differs by 1 subject/);
  });
});

describe('the exact difference count under a timeout', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
    await db.run('CREATE TABLE people AS SELECT hash(i) AS s, i FROM range(3000000) r(i)');
  });

  it('a query stopped by its timeout never answers as if it had finished (partial or empty rows)', async () => {
    // Every checked query (output, lineage, scans, exact differences) goes through runQuery; an
    // interrupt that lands while the result streams must be an error, never a short answer.
    const silent: string[] = [];
    for (const ms of [20, 50, 100]) {
      const limited = await runQuery(db, 'SELECT s FROM people', undefined, { timeoutMs: ms, maxRows: 10_000_000 }).catch(() => null);
      if (limited !== null && limited.rows.length !== 3_000_000 && !limited.truncated) silent.push(`${ms} ms: ${limited.rows.length} of 3000000 rows, no error, truncated=false`);
    }
    expect(silent).toEqual([]);
  });

  it('an exact count that times out never turns a one-subject difference into "no difference"', async () => {
    const set = (except: number) => `SELECT s FROM people WHERE i <> ${except}`;
    const cell = (sourceId: string, lineage: string): ReleasedCell => ({ sourceId, cell: `0:n:people`, table: 'people', subjects: 2_999_999, hashSum: sourceId, sketch: [], lineage });
    const missed: number[] = [];
    for (const ms of [5, 10, 20, 40, 60, 80, 100, 130, 160, 200, 250, 400]) {
      const pairs = await findDifferencingPairs(connectionRunner(db), [cell('later', set(1))], [cell('earlier', set(2))], 10, 64, { timeoutMs: ms, maxExact: 200 }).catch(() => 'error' as const);
      if (pairs !== 'error' && pairs.size === 0) missed.push(ms);
    }
    expect({ missedAtTimeouts: missed }).toEqual({ missedAtTimeouts: [] });
  });
});
