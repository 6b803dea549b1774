/** Attack class: join padding of a lone resident's subject count. */
import { liveFile, queryFile } from '../../fixtures/lifecycle-helpers';
import { type AttackWorld } from '../attack-fixture';
import { type Outcome, plantedWorld, liveRowOf, attempt, revealing, airlockRowOf, releasedRowOf, column } from './attack-outcome';

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

  it('self-join on street, WHERE a.birth_date = <unique band>: b pads the row with the whole street', async () => {
    const o = await attempt(a, "SELECT a.birth_date AS band, count(*) AS pairs, avg(a.income) AS mean_income, sum(a.income) AS s FROM residents a JOIN residents b ON a.street = b.street WHERE a.birth_date = '80+' GROUP BY a.birth_date");
    const [{ n }] = await queryFile<{ n: bigint }>(liveFile(a.t, a.sandboxId), `SELECT count(DISTINCT id_number) AS n FROM residents WHERE street = '${old.street}'`);
    expectSuppressed(o, '80+', old.income, [1, Number(n)]);
    expect(airlockRowOf(o, '80+')[0].subjects).toEqual({ a: 1, b: Number(n) });
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

  it('comma-join padding grouped by the padding alias, the lone value behind a CASE', async () => {
    const o = await attempt(a, "SELECT b.street, count(*) AS pairs, sum(CASE WHEN a.birth_date = '80+' THEN a.income END) AS s FROM residents a, residents b GROUP BY b.street");
    // A condition inside an aggregate is refused at submission (it belongs in FILTER); were it not, the cell must be suppressed.
    expect([null, 'model_refused']).toContain(o.refused);
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
