/**
 * Attack class: third-round variants against disclosure control of live models, after the
 * latest defences (plain aggregate arguments, FILTER complement, quantile bounds, spread
 * dominance, pairwise differencing) and the trackers they found (sandbox/disclosure/trackers.ts). Each attack runs in a world of its own and asserts that the
 * planted value does NOT come out: a failing test here is a leak.
 *
 * Planted (as in second-round-variants): resident 7 is the only one aged 80+ (on 公明街道);
 * resident 11 on 马田街道 earns 50 million.
 */
import { bearer } from '../../fixtures/test-platform';
import { attempt, rowsOf, cellOf, plantedWorlds } from './attack-outcome';

jest.setTimeout(300_000);


// Padding groups: two streets the planted residents do not live on (50 residents each).
const S1 = '光明街道';
const S2 = '新湖街道';

describe('attack: third-round variants on live models', () => {
  const { fresh, destroyAll } = plantedWorlds();
  afterAll(destroyAll);

  it('three-cell tracker in ONE output: sum FILTER (target OR S1 OR S2) - sum FILTER (S1) - sum FILTER (S2) (every pair differs by ≥ 50)', async () => {
    const { a, old } = await fresh();
    const sql = `SELECT sum(income) FILTER (WHERE birth_date = '80+' OR street IN ('${S1}', '${S2}')) AS t12, sum(income) FILTER (WHERE street = '${S1}') AS g1, sum(income) FILTER (WHERE street = '${S2}') AS g2 FROM residents`;
    const o = await attempt(a, sql);
    const [t12, g1, g2] = ['t12', 'g1', 'g2'].map((n) => cellOf(o, n));
    const derived = t12 !== null && g1 !== null && g2 !== null ? t12 - g1 - g2 : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('three-cell tracker with avg and counts: avg·n over (target ∪ S1 ∪ S2) minus avg·n over S1 and S2', async () => {
    const { a, old } = await fresh();
    const sql = `SELECT count(*) FILTER (WHERE birth_date = '80+' OR street IN ('${S1}', '${S2}')) AS n12, avg(income) FILTER (WHERE birth_date = '80+' OR street IN ('${S1}', '${S2}')) AS a12, count(*) FILTER (WHERE street = '${S1}') AS n1, avg(income) FILTER (WHERE street = '${S1}') AS a1, count(*) FILTER (WHERE street = '${S2}') AS n2, avg(income) FILTER (WHERE street = '${S2}') AS a2 FROM residents`;
    const o = await attempt(a, sql);
    const v = Object.fromEntries(['n12', 'a12', 'n1', 'a1', 'n2', 'a2'].map((n) => [n, cellOf(o, n)]));
    const ok = Object.values(v).every((x) => x !== null);
    const derived = ok ? Math.round((v.n12! * v.a12! - v.n1! * v.a1! - v.n2! * v.a2!) * 100) / 100 : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('WHERE trackers over three releases: WHERE target OR S1 OR S2, WHERE S1, WHERE S2 (releases differ by ≥ 50 subjects)', async () => {
    const { a, old } = await fresh();
    const o1 = await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE birth_date = '80+' OR street IN ('${S1}', '${S2}')`);
    const o2 = await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE street = '${S1}'`);
    const o3 = await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE street = '${S2}'`);
    const s = [o1, o2, o3].map((o) => cellOf(o, 's'));
    const derived = s.every((x) => x !== null) ? s[0]! - s[1]! - s[2]! : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('GROUP BY an expression that moves the target into a padded group, then GROUP BY street: the padded row minus two street rows', async () => {
    const { a, old } = await fresh();
    const o1 = await attempt(a, `SELECT CASE WHEN birth_date = '80+' OR street IN ('${S1}', '${S2}') THEN 'x' ELSE street END AS g, count(*) AS n, sum(income) AS s FROM residents GROUP BY 1 ORDER BY 1`);
    const o2 = await attempt(a, 'SELECT street, count(*) AS n, sum(income) AS s FROM residents GROUP BY street ORDER BY street');
    const x = rowsOf(o1).find((r) => r[0] === 'x');
    const r1 = rowsOf(o2).find((r) => r[0] === S1);
    const r2 = rowsOf(o2).find((r) => r[0] === S2);
    const derived = x && r1 && r2 && [x[2], r1[2], r2[2]].every((v) => v !== null) ? Number(x[2]) - Number(r1[2]) - Number(r2[2]) : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('GROUP BY key as a one-bit oracle after the pads’ sizes were released: GROUP BY ((target AND income >= T) OR street IN pad) — the padded group counts 100 or 101', async () => {
    const { a, old } = await fresh();
    const pads: [string, string][] = [[S1, S2], ['凤凰街道', '玉塘街道']];
    const Ts = [Math.floor(old.income) - 500, Math.floor(old.income) + 500];
    const bits: (number | null)[] = [];
    // The operator learns the pad streets' sizes inside the platform first (a released street count).
    // Sizes known from outside (a statistical yearbook) are not something exact checks can see: see the README.
    await attempt(a, 'SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY street');
    for (let i = 0; i < 2; i += 1) {
      const o = await attempt(a, `SELECT (birth_date = '80+' AND income >= ${Ts[i]}) OR street IN ('${pads[i][0]}', '${pads[i][1]}') AS k, count(*) AS n FROM residents GROUP BY 1 ORDER BY 1`);
      const row = rowsOf(o).find((r) => r[0] === true);
      bits.push(row && row[1] !== null ? Number(row[1]) - 100 : null);
    }
    // A leak: the counts answer "income ≥ T" correctly for both thresholds (1 below the income, 0 above).
    expect(bits[0] === 1 && bits[1] === 0).toBe(false);
  });

  it('age band of the dominant earner: count(*) FILTER ((income > 1e7 AND band = b) OR pad_b) with a different pair of streets per band, beside each street count', async () => {
    const { a, rich } = await fresh();
    const bands = ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'];
    const st = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道'];
    const pairs: [number, number][] = [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3]];
    const items = [
      ...bands.map((b, i) => `count(*) FILTER (WHERE (income > 10000000 AND birth_date = '${b}') OR street IN ('${st[pairs[i][0]]}', '${st[pairs[i][1]]}')) AS b${i}`),
      ...st.map((s, i) => `count(*) FILTER (WHERE street = '${s}') AS s${i}`),
    ];
    const o = await attempt(a, `SELECT ${items.join(', ')} FROM residents`);
    const v = (n: string) => cellOf(o, n);
    const found = bands.filter((_, i) => { const b = v(`b${i}`); const x = v(`s${pairs[i][0]}`); const y = v(`s${pairs[i][1]}`); return b !== null && x !== null && y !== null && b - x - y === 1; });
    expect(found).not.toEqual([rich.birth_date]);
  });

  it('regr_avgy(income, income) (no magnitude check) in a padded tracker: the dominant income exactly (the guard refuses regr_avgy)', async () => {
    const { a, rich } = await fresh();
    const M = '马田街道';
    const sql = `SELECT regr_count(income, income) FILTER (WHERE street IN ('${M}', '${S1}')) AS n, regr_avgy(income, income) FILTER (WHERE street IN ('${M}', '${S1}')) AS y, sum(income) FILTER (WHERE street = '${S1}') AS g1, sum(income) FILTER (WHERE street = '${M}' AND income < 10000000) AS g2 FROM residents`;
    const o = await attempt(a, sql);
    const [n, y, g1, g2] = ['n', 'y', 'g1', 'g2'].map((c) => cellOf(o, c));
    const derived = [n, y, g1, g2].every((x) => x !== null) ? Math.round((n! * y! - g1! - g2!) * 100) / 100 : null;
    // And per street, regr_avgy alone shows roughly a fiftieth of the dominant income.
    const o2 = await attempt(a, 'SELECT street, count(*) AS n, regr_avgy(income, income) AS y, regr_avgx(income, income) AS x FROM residents GROUP BY street ORDER BY street');
    expect(derived === null || Math.abs(derived - rich.income) >= 0.01).toBe(true);
  });

  it('dominant earner in a padded sum tracker (expected stopped by dominance)', async () => {
    const { a, rich } = await fresh();
    const M = '马田街道';
    const sql = `SELECT sum(income) FILTER (WHERE income > 10000000 OR street IN ('${S1}', '${S2}')) AS t12, sum(income) FILTER (WHERE street = '${S1}') AS g1, sum(income) FILTER (WHERE street = '${S2}') AS g2, sum(income) FILTER (WHERE street = '${M}') AS m FROM residents`;
    const o = await attempt(a, sql);
    const [t12, g1, g2] = ['t12', 'g1', 'g2'].map((c) => cellOf(o, c));
    const derived = t12 !== null && g1 !== null && g2 !== null ? t12 - g1 - g2 : null;
    expect(derived === null || Math.abs(derived - rich.income) >= 0.01).toBe(true);
  });

  it('API product grantee: the three-cell tracker as a product with a DOUBLE parameter (cap $t), invoked once at the domain edge', async () => {
    const { a, old } = await fresh();
    const { t, w, sandboxId } = a;
    const unit = '光明区智慧城市公司';
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({
      name: 'street_income', sql: `SELECT sum(income) FILTER (WHERE (birth_date = '80+' AND income < $t) OR street IN ('${S1}', '${S2}')) AS t12, sum(income) FILTER (WHERE street = '${S1}') AS g1, sum(income) FILTER (WHERE street = '${S2}') AS g2 FROM residents`,
      parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '按街道统计收入', exampleParams: { t: 10000 },
    });
    expect(model.status).toBe(201);
    expect((await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
    const created = await t.http.post('/api/v1/products').set(...bearer(w.operator.token)).send({ name: '街道收入', kind: 'api', modelId: model.body.id, description: '街道收入合计', grantees: [unit] });
    expect(created.status).toBe(201);
    const approved = await t.http.post(`/api/v1/products/${created.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', parameterDomains: { t: { min: 3000, max: 100000 } } });
    expect(approved.status).toBe(200);
    const grantee = await t.principal('operator', undefined, unit);
    const res = await t.http.get(`/api/v1/products/${created.body.id}/invoke`).query({ t: '100000' }).set(...bearer(grantee.token));
    const row = res.status === 200 ? (res.body.rows as unknown[][])[0] : null;
    const derived = row && row.every((v) => v !== null) ? Number(row[0]) - Number(row[1]) - Number(row[2]) : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });

  it('self-join padding: residents r JOIN residents p ON r.street = p.street, tracker on r with the join multiplying rows (sum over rows, not subjects)', async () => {
    const { a, old } = await fresh();
    // Every r row meets 50 p rows: sums are 50 × the subject sums; the tracker divides back.
    const sql = `SELECT sum(r.income) FILTER (WHERE r.birth_date = '80+' OR r.street IN ('${S1}', '${S2}')) AS t12, sum(r.income) FILTER (WHERE r.street = '${S1}') AS g1, sum(r.income) FILTER (WHERE r.street = '${S2}') AS g2 FROM residents r JOIN residents p ON r.street = p.street`;
    const o = await attempt(a, sql);
    const [t12, g1, g2] = ['t12', 'g1', 'g2'].map((c) => cellOf(o, c));
    const derived = t12 !== null && g1 !== null && g2 !== null ? (t12 - g1 - g2) / 50 : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.01).toBe(true);
  });
});
