/** Attack class: exploding aggregates (lists, maps, structs, text) that carry records out of a run. */
import { type AttackWorld } from '../attack-fixture';
import { plantedWorld, liveRowOf, attempt, revealing, failedChecks } from './attack-outcome';

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

  it('string_agg(income) per street: without a grant the run is blocked', async () => {
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
