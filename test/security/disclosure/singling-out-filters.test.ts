/** Attack class: singling-out filters on live models (see the describe block). */
import { liveFile, queryFile } from '../../fixtures/lifecycle-helpers';
import { auditEntryOf, type AttackWorld, type ModelParam } from '../attack-fixture';
import { plantedWorld, liveRowOf, attempt, numbersIn, revealing, failedChecks, airlockRowOf, releasedRowOf, column, OLD, RICH, plantOldAndRich } from './attack-outcome';

/**
 * Planted: resident 7 is the only one aged 80+ (a unique quasi-identifier) on 公明街道, with an
 * ordinary income; resident 11 on 马田街道 earns 50 million and dominates the street's sum.
 */
const plant = plantOldAndRich;

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

  it('sum(CASE WHEN birth_date = <the planted unique band> THEN income END) per street: the cell is suppressed', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, sum(CASE WHEN birth_date = '80+' THEN income END) AS s FROM residents GROUP BY street ORDER BY street");
    expect(revealing(o, old.income)).toEqual([]);
    // A condition inside an aggregate is refused at submission (it belongs in FILTER, where the contributors are counted).
    if (o.refused !== null) return expect(o.refused).toBe('model_refused');
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

  it('sum(income) next to sum(income) FILTER (WHERE NOT <unique band>): the complement is held back', async () => {
    const o = await attempt(a, "SELECT street, sum(income) AS total, sum(income) FILTER (WHERE birth_date <> '80+') AS others FROM residents GROUP BY street");
    const recovered = releasedRowOf(o, old.street).map((r) => Number(r[column(o, 'total')]) - Number(r[column(o, 'others')]));
    expect(recovered.filter((v) => Math.abs(v - old.income) < 0.01)).toEqual([]);
    const [row] = airlockRowOf(o, old.street);
    // One subject outside a FILTER: k on both sides fails (differencing would catch it next).
    expect(row.cells.some((c) => c.reasons.some((r) => /outside the cell’s FILTER|differs by 1 subject/.test(r)))).toBe(true);
  });
});
