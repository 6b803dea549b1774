/** Attack class: unsafe statistics (max, min, arg_max, any_value, mode and disguises). */
import { type AttackWorld } from '../attack-fixture';
import { plantedWorld, liveRowOf, attempt, revealing, failedChecks, airlockRowOf, releasedRowOf, column } from './attack-outcome';

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

  it('arg_max(birth_date, income) per street with the grant: the dominant earner’s own attribute must not come out', async () => {
    // Dominance is measured on the returned value (an age band, not a number), not on the
    // income that picks the contributor: the dominant earner's age band comes out.
    const o = await attempt(a, 'SELECT street, count(*) AS n, arg_max(birth_date, income) AS band_of_richest FROM residents GROUP BY street', { grantUnsafeStatistics: true });
    expect(releasedRowOf(o, rich.street).map((r) => r[column(o, 'band_of_richest')])).toEqual(o.released ? [null] : []);
  });

  it('quantile_cont(income, 1.0) per street without any grant: max in disguise must not return the dominant income', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, quantile_cont(income, 1.0) AS top FROM residents GROUP BY street');
    expect(revealing(o, rich.income)).toEqual([]);
  });

  it('quantile_disc(income, 0.0) per street without any grant: min in disguise is flagged as unsafe', async () => {
    const o = await attempt(a, 'SELECT street, count(*) AS n, quantile_disc(income, 0.0) AS bottom FROM residents GROUP BY street');
    // Refused at submission (fractions must lie from 0.1 to 0.9), or at least flagged as unsafe.
    if (o.refused !== null) return expect(o.refused).toBe('model_refused');
    expect(o.checks.find((c) => c.name === 'unsafe_statistics')?.passed).toBe(false);
  });
});
