/**
 * Attack class: second-round variants against disclosure control of live models, which the other
 * suites do not try. Each attack runs in a world of its own (so that differencing against the
 * releases of another attack never hides or causes a result) and asserts that the planted value
 * does NOT come out: a failing test here is a leak.
 *
 * Planted: resident 7 is the only one aged 80+ (on 公明街道) with an ordinary income; resident 11
 * on 马田街道 earns 50 million and dominates the street's sum.
 */
import { liveFile, queryFile } from '../../fixtures/lifecycle-helpers';
import { bearer } from '../../fixtures/test-platform';
import type { AttackWorld } from '../attack-fixture';
import { plantedWorld, liveRowOf, attempt, type Outcome, OLD, RICH, plantOldAndRich, type Live } from './attack-outcome';

jest.setTimeout(180_000);

const plant = plantOldAndRich;


async function world(): Promise<{ a: AttackWorld; old: Live; rich: Live }> {
  const a = await plantedWorld(300, plant);
  const old = await liveRowOf(a, OLD);
  const rich = await liveRowOf(a, RICH);
  expect(old.birth_date).toBe('80+');
  return { a, old, rich };
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const rowsOf = (o: Outcome) => o.released?.rows ?? [];
const col = (o: Outcome, name: string) => (o.released?.columns ?? []).findIndex((c) => c.name === name);

describe('attack: second-round variants on live models', () => {
  const worlds: AttackWorld[] = [];
  afterAll(async () => { for (const a of worlds) await a.t.destroy(); });
  const fresh = async () => { const w = await world(); worlds.push(w.a); return w; };

  it('arithmetic indicator: sum(income) next to sum(income * length(birth_date)) ("80+" has 3 characters, the other bands 5)', async () => {
    const { a, old } = await fresh();
    const sql = 'SELECT street, count(*) AS n, sum(income) AS s1, sum(income * length(birth_date)) AS s5 FROM residents GROUP BY street ORDER BY street';
    const o = await attempt(a, sql);
    const row = rowsOf(o).find((r) => r[0] === old.street);
    const s1 = row ? num(row[col(o, 's1')]) : null;
    const s5 = row ? num(row[col(o, 's5')]) : null;
    const derived = s1 !== null && s5 !== null ? (5 * s1 - s5) / 2 : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('arithmetic indicator over the whole table: sum(income) and sum(income * (5 - length(birth_date)) + income)', async () => {
    const { a, old } = await fresh();
    const sql = 'SELECT count(*) AS n, sum(income) AS s1, sum(income * (5 - length(birth_date)) + income) AS s2 FROM residents';
    const o = await attempt(a, sql);
    const row = rowsOf(o)[0];
    const s1 = row ? num(row[col(o, 's1')]) : null;
    const s2 = row ? num(row[col(o, 's2')]) : null;
    const derived = s1 !== null && s2 !== null ? (s2 - s1) / 2 : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('suppression as an oracle: count(*) FILTER (WHERE birth_date <> \'80+\' OR bit i of the income = 0), 22 bits in one output', async () => {
    const { a, old } = await fresh();
    const bits = Array.from({ length: 22 }, (_, i) => i);
    const items = bits.map((i) => `count(*) FILTER (WHERE birth_date <> '80+' OR (CAST(round(income * 100) AS BIGINT) // ${2 ** i}) % 2 = 0) AS b${i}`);
    const o = await attempt(a, `SELECT ${items.join(', ')} FROM residents`);
    const row = rowsOf(o)[0];
    // A released cell (299) means the lone resident did not meet the condition: that bit is 1. A suppressed one (NULL): 0.
    const cents = row ? bits.reduce((acc, i) => acc + (row[i] !== null ? 2 ** i : 0), 0) : null;
    expect(cents === null || Math.abs(cents / 100 - old.income) >= 0.01).toBe(true);
  });

  it('suppression as an oracle: GROUP BY floor(income / 1000) with count(*) FILTER (WHERE birth_date <> \'80+\')', async () => {
    const { a, old } = await fresh();
    const o = await attempt(a, "SELECT floor(income / 1000) AS thousand, count(*) FILTER (WHERE birth_date <> '80+') AS others FROM residents GROUP BY floor(income / 1000) ORDER BY 1");
    const shown = rowsOf(o).filter((r) => r[1] !== null).map((r) => num(r[0]));
    // A leak: exactly one bucket shows its count, and it is the lone resident's.
    expect(shown.length === 1 && shown[0] === Math.floor(old.income / 1000)).toBe(false);
  });

  it('HAVING with a class-disclosure cell as an oracle: the street row shows iff the lone income < T', async () => {
    const { a, old } = await fresh();
    const presence: Record<number, boolean> = {};
    for (const T of [12000, 13000]) {
      const o = await attempt(a, `SELECT street, count(*) AS n FROM residents GROUP BY street HAVING count(*) FILTER (WHERE birth_date <> '80+' OR income >= ${T}) > 0 ORDER BY street`);
      presence[T] = rowsOf(o).some((r) => r[0] === old.street);
    }
    expect(presence[12000]).toBe(presence[13000]);
  });

  it('stddev_pop(income) per street: a spread that skips the dominance check gives the dominant income (median of the other streets as their mean)', async () => {
    const { a, rich } = await fresh();
    const o = await attempt(a, 'SELECT street, count(*) AS n, avg(income) AS mean, median(income) AS mean_y, stddev_pop(income) AS sd FROM residents GROUP BY street ORDER BY street');
    const rows = rowsOf(o);
    const row = rows.find((r) => r[0] === rich.street);
    const others = rows.filter((r) => r[0] !== rich.street).map((r) => num(r[col(o, 'mean_y')])).filter((v): v is number => v !== null);
    const m0 = others.reduce((s, v) => s + v, 0) / Math.max(1, others.length);
    const n = row ? Number(row[col(o, 'n')]) : 0;
    const y = row ? num(row[col(o, 'mean_y')]) : null;
    const sd = row ? num(row[col(o, 'sd')]) : null;
    const fromMean = null as number | null;
    const fromSd = sd === null ? null : m0 + (sd * n) / Math.sqrt(n - 1);
    for (const derived of [fromMean, fromSd]) expect(derived === null || Math.abs(derived - rich.income) / rich.income > 0.01).toBe(true);
  });

  it('quantile_disc(income, 1e-1) (a DOUBLE literal: the DECIMAL 0.1 is refused) over exactly 10 contributors is their minimum: the lone resident plus the nine top earners', async () => {
    const { a, old } = await fresh();
    // The threshold an attacker finds with released counts (count(*) FILTER (WHERE income > T) stops at 10 and is suppressed at 9).
    const top = await queryFile<{ income: number }>(liveFile(a.t, a.sandboxId), "SELECT CAST(income AS DOUBLE) AS income FROM residents WHERE birth_date <> '80+' ORDER BY income DESC LIMIT 10");
    const T = (Number(top[8].income) + Number(top[9].income)) / 2;
    const o = await attempt(a, `SELECT count(*) AS n, quantile_disc(income, 1e-1) FILTER (WHERE birth_date = '80+' OR income > ${T}) AS q FROM residents`);
    const q = rowsOf(o)[0] ? num(rowsOf(o)[0][col(o, 'q')]) : null;
    expect(q === null || Math.abs(q - old.income) >= 0.01).toBe(true);
  });

  it('a run that fails iff the lone income < T (sqrt of a negative): refused on the dev twin, or the operator sees the same before the decision', async () => {
    const { a, old } = await fresh();
    const seen: unknown[] = [];
    const refusals: (string | null)[] = [];
    for (const T of [12000, 13000]) {
      const o = await attempt(a, `SELECT street, count(*) AS n, sum(sqrt((income - ${T}) * (5 - length(birth_date)) / 2)) AS s FROM residents GROUP BY street ORDER BY street`);
      const view = (o.operatorBodies[2] ?? {}) as { status?: string };
      seen.push(view.status);
      refusals.push(o.refused);
    }
    expect(refusals[0]).toBe(refusals[1]);
    expect(seen[0]).toBe(seen[1]);
  });

  it('HAVING oracle with the other streets kept from class disclosure: row 公明街道 shows iff the lone income < T', async () => {
    const { a, old } = await fresh();
    const presence: Record<number, boolean> = {};
    for (const T of [12000, 13000]) {
      const o = await attempt(a, `SELECT street, count(*) AS n FROM residents GROUP BY street HAVING count(*) FILTER (WHERE (birth_date <> '80+' OR income >= ${T}) AND NOT (street <> '${old.street}' AND income < 6000)) > 0 ORDER BY street`);
      presence[T] = rowsOf(o).some((r) => r[0] === old.street);
    }
    expect(presence[12000]).toBe(presence[13000]);
  });

  it('digits of the dominant income, each in a sum the dominance check passes: sum((floor(income / 10^j) % 10 + 1) * floor(income / 1e7) + 1)', async () => {
    const { a, rich } = await fresh();
    const js = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7];
    const items = js.map((j, i) => `sum((floor(income * ${10 ** -j}) % 10 + 1) * floor(income / 10000000) + 1) AS d${i}`);
    const o = await attempt(a, `SELECT street, count(*) AS n, sum(floor(income / 10000000) + 1) AS m, ${items.join(', ')} FROM residents GROUP BY street ORDER BY street`);
    const row = rowsOf(o).find((r) => r[0] === rich.street);
    let derived: number | null = null;
    if (row && row.slice(1).every((v) => v !== null)) {
      const n = Number(row[1]);
      const m = Number(row[2]) - n;
      derived = js.reduce((acc, j, i) => acc + ((Number(row[3 + i]) - n) / m - 1) * 10 ** j, 0);
    }
    expect(derived === null || Math.abs(derived - rich.income) >= 0.01).toBe(true);
  });

  it('age band of the dominant earner: sum(floor(income / 1e7) + 1) FILTER (WHERE birth_date = b) beside count(*) FILTER (same)', async () => {
    const { a, rich } = await fresh();
    const bands = ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'];
    const items = bands.flatMap((b, i) => [`count(*) FILTER (WHERE birth_date = '${b}') AS c${i}`, `sum(floor(income / 10000000) + 1) FILTER (WHERE birth_date = '${b}') AS s${i}`]);
    const o = await attempt(a, `SELECT ${items.join(', ')} FROM residents`);
    const row = rowsOf(o)[0];
    const found = row ? bands.filter((_, i) => row[2 * i] !== null && row[2 * i + 1] !== null && Number(row[2 * i + 1]) - Number(row[2 * i]) > 0) : [];
    expect(found).not.toEqual([rich.birth_date]);
  });

  it('API product (no reviewer): binary search on count(*) FILTER (WHERE birth_date <> \'80+\' OR income >= $t), NULL = the lone income is ≥ t', async () => {
    const { a, old } = await fresh();
    const { t, w, sandboxId } = a;
    const unit = '光明区智慧城市公司';
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({
      name: 'income_share', sql: "SELECT count(*) FILTER (WHERE birth_date <> '80+' OR income >= $t) AS n FROM residents",
      parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '按收入上限统计', exampleParams: { t: 10000 },
    });
    expect(model.status).toBe(201);
    expect((await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
    const created = await t.http.post('/api/v1/products').set(...bearer(w.operator.token)).send({ name: '收入上限人数', kind: 'api', modelId: model.body.id, description: '收入上限以下人数', grantees: [unit] });
    expect(created.status).toBe(201);
    const approved = await t.http.post(`/api/v1/products/${created.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', parameterDomains: { t: { min: 3000, max: 100000 } } });
    expect(approved.status).toBe(200);
    const grantee = await t.principal('operator', undefined, unit);
    let lo = 3000;
    let hi = 100000;
    const calls: unknown[] = [];
    for (let i = 0; i < 24; i += 1) {
      const mid = (lo + hi) / 2;
      const res = await t.http.get(`/api/v1/products/${created.body.id}/invoke`).query({ t: String(mid) }).set(...bearer(grantee.token));
      const v = res.status === 200 ? (res.body.rows as unknown[][])[0]?.[0] : `status ${res.status}`;
      calls.push([mid, v]);
      if (res.status !== 200) break;
      // NULL: every subject met the condition, so the lone income is ≥ mid.
      if (v === null) lo = mid; else hi = mid;
    }
    expect(Math.abs(lo - old.income) >= 0.01).toBe(true);
  });

  describe('amplification and bucketing variants on the dominant income (expected stopped)', () => {
    const cases: [string, string, (x: number) => number][] = [
      ['sum(income * income)', 'sum(income * income)', (x) => x * x],
      ['avg(income / 1e-9)', 'avg(income / 1e-9)', (x) => x / 1e-9],
      ['sum(round(income, -3))', 'sum(round(income, -3))', (x) => Math.round(x / 1000) * 1000],
      ['sum(sqrt(income)) (a shrinking transform that passes dominance)', 'sum(sqrt(income))', (x) => Math.sqrt(x)],
      ['kurtosis(income)', 'kurtosis(income)', (x) => x],
    ];
    for (const [name, expression, f] of cases) {
      it(`${name} per street`, async () => {
        const { a, rich } = await fresh();
        const o = await attempt(a, `SELECT street, count(*) AS n, ${expression} AS v FROM residents GROUP BY street ORDER BY street`);
        const row = rowsOf(o).find((r) => r[0] === rich.street);
        const v = row ? num(row[2]) : null;
        expect(v === null || Math.abs(v - f(rich.income)) / Math.abs(f(rich.income)) > 0.05).toBe(true);
      });
    }

    it('GROUP BY floor(income / 1e6): the lone 50-million bucket must not come out', async () => {
      const { a, rich } = await fresh();
      const o = await attempt(a, 'SELECT floor(income / 1000000) AS million, count(*) AS n FROM residents GROUP BY floor(income / 1000000) ORDER BY 1');
      expect(rowsOf(o).some((r) => num(r[0]) === Math.floor(rich.income / 1e6))).toBe(false);
    });

    it('ORDER BY sum(income) DESC LIMIT 1: the dominated street row is dropped before LIMIT', async () => {
      const { a, rich } = await fresh();
      const o = await attempt(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY sum(income) DESC LIMIT 1');
      expect(rowsOf(o).some((r) => r[0] === rich.street)).toBe(false);
    });
  });
});
