/**
 * The single-pass path (one table with one row per subject: the figures ride on the output
 * query) must judge exactly as the general two-level lineage does, on the same data.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { applyDisclosure, type DisclosureInput } from '../../../sandbox/disclosure/apply-disclosure';
import type { JsonObject } from '../../../sandbox/guard/parse-tree';
import { connectionRunner } from '../../fixtures/connection-runner';

const settings = { kMin: 10, dominanceShare: 0.9, pRatio: 0.1, maxSuppressedShare: 1 };
const tables = new Map([['residents', { subjectKey: 'id_number', sensitive: new Set(['id_number']), personal: new Set(['income']) }]]);

describe('single-pass figures', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    // 5 streets: 30, 25, 12, 9 (under k) and 15 people, one of whom on 凤凰 earns a dominant income.
    await db.run(`CREATE TABLE residents AS SELECT 'p' || i AS id_number,
      CASE WHEN i < 30 THEN '光明' WHEN i < 55 THEN '公明' WHEN i < 67 THEN '玉塘' WHEN i < 76 THEN '马田' ELSE '凤凰' END AS street,
      CASE WHEN i = 80 THEN 9000000 ELSE 5000 + (i * 37) % 900 END AS income, i % 2 = 0 AS insured FROM range(91) t(i)`);
  });
  afterAll(() => db.closeSync());

  const judge = async (sql: string, unique: boolean) => {
    const tree = JSON.parse(String((await db.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS t', [sql])).getRowObjectsJS()[0].t)) as JsonObject;
    const input: DisclosureInput = {
      db: connectionRunner(db), parser: db, params: {}, tree, sourceId: 'run_test', tables, sensitiveColumns: [], settings, grants: { recordLevel: false, unsafeStatistics: false },
      earlier: [], timeoutMs: 10_000, maxRows: 1000, uniqueSubjects: async () => new Set(unique ? ['residents'] : []),
    };
    const result = await applyDisclosure(input);
    // Each released cell's stored subject-set query recomputes exactly its subjects (differencing relies on it).
    for (const cell of result.cells) {
      const counted = (await db.runAndReadAll(`SELECT count(*) AS n FROM (${cell.lineage})`)).getRowObjectsJS()[0].n;
      expect({ cell: cell.cell, n: Number(counted) }).toEqual({ cell: cell.cell, n: cell.subjects });
    }
    return { rows: result.rows, review: result.review.map((r) => ({ suppressed: r.suppressed, subjects: r.subjects, cells: r.cells.map((c) => [c.contributors, c.reasons]) })), sets: result.cells.map((c) => [c.cell, c.subjects]) };
  };

  it.each([
    'SELECT street, count(*) AS n, avg(income) AS mean_income, sum(income) AS total FROM residents GROUP BY street ORDER BY street',
    'SELECT street, count(*) FILTER (WHERE insured) AS insured, sum(income) FILTER (WHERE NOT insured) AS other FROM residents GROUP BY street ORDER BY street',
    'SELECT count(DISTINCT id_number) AS people, avg(income) AS mean_income FROM residents',
  ])('judges %s as the two-level lineage does', async (sql) => {
    const general = await judge(sql, false);
    const single = await judge(sql, true);
    expect(single.rows).toEqual(general.rows);
    expect(single.review).toEqual(general.review);
    expect(single.sets.map(([cell, n]) => [cell, n])).toEqual(general.sets.map(([cell, n]) => [cell, n]));
  });

  it('suppresses the street under k and the dominated sum on both paths', async () => {
    const single = await judge('SELECT street, count(*) AS n, sum(income) AS total FROM residents GROUP BY street ORDER BY street', true);
    expect(single.review.find((r) => r.subjects.residents === 9)?.suppressed).toBe(true);
    expect(single.rows.find((r) => r[0] === '凤凰')).toEqual(['凤凰', 15, null]);
  });
});
