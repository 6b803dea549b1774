/** Trackers over hand-built subject sets: which cell is held back, and what is left alone. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ReleasedCell } from '../../../sandbox/disclosure/differencing';
import { findTrackers } from '../../../sandbox/disclosure/trackers';
import { connectionRunner } from '../../fixtures/connection-runner';

const K = 10;
const M = 64;

describe('trackers', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => db.closeSync());

  /** A released cell over subjects from..to (inclusive), with its sketch, hash sum and stand-alone set query. */
  const cell = async (name: string, from: number, to: number): Promise<ReleasedCell> => {
    const lineage = `SELECT hash(i) AS __shuyu_s FROM range(${from}, ${to + 1}) t(i)`;
    const row = (await db.runAndReadAll(`SELECT count(*) AS n, CAST(sum(CAST(__shuyu_s AS HUGEINT)) AS VARCHAR) AS h, CAST(min(__shuyu_s, ${M}) AS VARCHAR[]) AS k FROM (${lineage})`)).getRowObjectsJS()[0];
    const sketch = (row.k as string[]).map((h) => BigInt(h)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { sourceId: `run_${name}`, cell: name, table: 'people', subjects: Number(row.n), hashSum: String(row.h), sketch, lineage };
  };
  const held = async (current: ReleasedCell[], earlier: ReleasedCell[]) =>
    [...(await findTrackers(connectionRunner(db), current, earlier, K, M, { timeoutMs: 10_000, maxExact: 10 })).keys()].map((c) => c.cell).sort();

  it('holds back a new whole that holds two released pieces and one more subject', async () => {
    expect(await held([await cell('z', 0, 100)], [await cell('x1', 1, 50), await cell('x2', 51, 100)])).toEqual(['z']);
  });

  it('holds back the smallest new piece that completes an earlier whole', async () => {
    expect(await held([await cell('x2', 51, 100)], [await cell('z', 0, 100), await cell('x1', 1, 50)])).toEqual(['x2']);
  });

  it('holds back a whole that is exactly the sum of released pieces, so that its suppression answers nothing', async () => {
    expect(await held([await cell('z', 1, 100)], [await cell('x1', 1, 50), await cell('x2', 51, 100)])).toEqual(['z']);
  });

  it('leaves k or more subjects alone', async () => {
    expect(await held([await cell('z', 0, 109)], [await cell('x1', 10, 59), await cell('x2', 60, 109)])).toEqual([]);
  });

  it('leaves wholes alone whose pieces overlap, and pieces that are not inside', async () => {
    expect(await held([await cell('z', 0, 100)], [await cell('x1', 1, 60), await cell('x2', 50, 100)])).toEqual([]);
    expect(await held([await cell('z', 0, 100)], [await cell('x1', 1, 50), await cell('x2', 51, 120)])).toEqual([]);
  });

  it('finds large sets from their sketches and confirms exactly (one subject out of 20,001)', async () => {
    expect(await held([await cell('z', 0, 20_000)], [await cell('x1', 1, 10_000), await cell('x2', 10_001, 20_000)])).toEqual(['z']);
  });
});
