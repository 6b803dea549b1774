/**
 * Attack class: fourth-round variants against disclosure control of live models, after the
 * tracker defence (sandbox/disclosure/trackers.ts: a released cell Z holding released pairwise
 * disjoint cells X1..Xn, n ≥ 2, that leave r < k subjects is held back). Each attack runs in a
 * world of its own and asserts that the planted value does NOT come out: a failing test here is
 * a leak.
 *
 * Planted (as in the earlier rounds): resident 7 is the only one aged 80+ (on 公明街道);
 * resident 11 on 马田街道 earns 50 million. Streets hold 50 residents each.
 *
 * Known limits (README, "What disclosure control does not cover"): trackers over overlapping
 * pieces (inclusion–exclusion) and wholes that are unions of several released cells. Those three
 * attacks are `it.failing`: they pass while the leak exists, so that closing the hole turns them
 * red and the README and this file must say so.
 */
import { bearer } from '../../fixtures/test-platform';
import { attempt, num, rowsOf, cellOf, plantedWorlds } from './attack-outcome';

jest.setTimeout(300_000);

const all = (xs: (number | null)[]): xs is number[] => xs.every((x) => x !== null);
const near = (x: number | null, v: number) => x !== null && Math.abs(x - v) < 0.01;

// Padding groups: streets the planted residents do not live on (50 residents each).
const S1 = '光明街道';
const S2 = '新湖街道';
const S3 = '凤凰街道';
const T = "birth_date = '80+'";

describe('attack: fourth-round variants on live models (trackers)', () => {
  const { fresh, destroyAll } = plantedWorlds();
  afterAll(destroyAll);

  it.failing('[known limit] inclusion–exclusion in one output: Z = T∪S1∪S2, A = S1∪S3, B = S2∪S3, C = S3 → Z − A − B + 2C', async () => {
    const { a, old } = await fresh();
    const sql = `SELECT sum(income) FILTER (WHERE ${T} OR street IN ('${S1}', '${S2}')) AS z, sum(income) FILTER (WHERE street IN ('${S1}', '${S3}')) AS a, sum(income) FILTER (WHERE street IN ('${S2}', '${S3}')) AS b, sum(income) FILTER (WHERE street = '${S3}') AS c FROM residents`;
    const o = await attempt(a, sql);
    const v = ['z', 'a', 'b', 'c'].map((n) => cellOf(o, n));
    const derived = all(v) ? v[0] - v[1] - v[2] + 2 * v[3] : null;
    expect(near(derived, old.income)).toBe(false);
  });

  it.failing('[known limit] three cells, whole = union of two released cells: A = T∪S1, B = S2, C = S1∪S2 → A + B − C', async () => {
    const { a, old } = await fresh();
    const sql = `SELECT sum(income) FILTER (WHERE ${T} OR street = '${S1}') AS a, sum(income) FILTER (WHERE street = '${S2}') AS b, sum(income) FILTER (WHERE street IN ('${S1}', '${S2}')) AS c FROM residents`;
    const o = await attempt(a, sql);
    const v = ['a', 'b', 'c'].map((n) => cellOf(o, n));
    const derived = all(v) ? v[0] + v[1] - v[2] : null;
    expect(near(derived, old.income)).toBe(false);
  });

  it.failing('[known limit] whole = union of released cells: whole split across two outputs of different models (Z1 = T∪S1 by WHERE, Z2 = S2∪S3 by GROUP BY expr), disjoint pieces S1∪S2 and S3 in a third (FILTER)', async () => {
    const { a, old } = await fresh();
    const o1 = await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE ${T} OR street = '${S1}'`);
    const o2 = await attempt(a, `SELECT street IN ('${S2}', '${S3}') AS g, count(*) AS n, sum(income) AS s FROM residents GROUP BY 1 ORDER BY 1`);
    const o3 = await attempt(a, `SELECT sum(income) FILTER (WHERE street IN ('${S1}', '${S2}')) AS p12, sum(income) FILTER (WHERE street = '${S3}') AS p3 FROM residents`);
    const z1 = cellOf(o1, 's');
    const g = rowsOf(o2).find((r) => r[0] === true);
    const z2 = g ? num(g[2]) : null;
    const v = [z1, z2, cellOf(o3, 'p12'), cellOf(o3, 'p3')];
    const derived = all(v) ? v[0] + v[1] - v[2] - v[3] : null;
    expect(near(derived, old.income)).toBe(false);
  });

  it('self-join (1:1 on id_number): whole over alias a, pieces over alias b, then pieces released again by a plain model', async () => {
    const { a, old } = await fresh();
    const sql = `SELECT sum(a.income) FILTER (WHERE a.birth_date = '80+' OR a.street IN ('${S1}', '${S2}')) AS z, sum(b.income) FILTER (WHERE b.street = '${S1}') AS g1, sum(b.income) FILTER (WHERE b.street = '${S2}') AS g2 FROM residents a JOIN residents b ON a.id_number = b.id_number`;
    const o = await attempt(a, sql);
    const v = ['z', 'g1', 'g2'].map((n) => cellOf(o, n));
    let derived = all(v) ? v[0] - v[1] - v[2] : null;
    if (derived === null && v[0] !== null) {
      // Only the whole came out: take the pieces from a model over one alias.
      const o2 = await attempt(a, `SELECT street, sum(income) AS s FROM residents GROUP BY street ORDER BY street`);
      const p = [S1, S2].map((s) => rowsOf(o2).find((r) => r[0] === s)).map((r) => (r ? num(r[1]) : null));
      derived = all(p) ? v[0] - p[0] - p[1] : null;
    }
    expect(near(derived, old.income)).toBe(false);
  });

  it('avg and count across releases: pieces by GROUP BY street (count, avg) first, then count and avg over T∪S1∪S2', async () => {
    const { a, old } = await fresh();
    const o1 = await attempt(a, 'SELECT street, count(*) AS n, avg(income) AS m FROM residents GROUP BY street ORDER BY street');
    const o2 = await attempt(a, `SELECT count(income) AS n, avg(income) AS m FROM residents WHERE ${T} OR street IN ('${S1}', '${S2}')`);
    const r = [S1, S2].map((s) => rowsOf(o1).find((x) => x[0] === s));
    const v = [cellOf(o2, 'n'), cellOf(o2, 'm'), ...r.flatMap((x) => (x ? [num(x[1]), num(x[2])] : [null, null]))];
    const derived = all(v) ? v[0] * v[1] - v[2] * v[3] - v[4] * v[5] : null;
    expect(derived === null || Math.abs(derived - old.income) >= 0.5).toBe(true);
  });

  it('API product call as the last piece: runs release Z = T∪S1∪S2 and S1, a grantee’s call answers S2', async () => {
    const { a, old } = await fresh();
    const { t, w, sandboxId } = a;
    const o1 = await attempt(a, `SELECT sum(income) AS s FROM residents WHERE ${T} OR street IN ('${S1}', '${S2}')`);
    const o2 = await attempt(a, `SELECT sum(income) AS s FROM residents WHERE street = '${S1}'`);
    const unit = '光明区智慧城市公司';
    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({
      name: 'street_income', sql: `SELECT sum(income) AS s FROM residents WHERE street = '${S2}' AND income < $t`,
      parameters: [{ name: 't', type: 'DOUBLE' }], purpose: '按街道统计收入', exampleParams: { t: 10000000 },
    });
    expect(model.status).toBe(201);
    expect((await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
    const created = await t.http.post('/api/v1/products').set(...bearer(w.operator.token)).send({ name: '街道收入', kind: 'api', modelId: model.body.id, description: '街道收入合计', grantees: [unit] });
    expect(created.status).toBe(201);
    const approved = await t.http.post(`/api/v1/products/${created.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve', parameterDomains: { t: { min: 1000000, max: 100000000 } } });
    expect(approved.status).toBe(200);
    const grantee = await t.principal('operator', undefined, unit);
    const res = await t.http.get(`/api/v1/products/${created.body.id}/invoke`).query({ t: '100000000' }).set(...bearer(grantee.token));
    const p2 = res.status === 200 ? num((res.body.rows as unknown[][])[0]?.[0]) : null;
    const v = [cellOf(o1, 's'), cellOf(o2, 's'), p2];
    const derived = all(v) ? v[0] - v[1] - v[2] : null;
    expect(near(derived, old.income)).toBe(false);
  });

  it('greedy decoy: a larger released cell D ⊂ Z overlapping both true pieces (S1∪S2 minus the 30–49 bands: 60 subjects) is chosen first, so S1, S2 are never tried → Z − S1 − S2', async () => {
    const { a, old } = await fresh();
    const D = `street IN ('${S1}', '${S2}') AND birth_date NOT IN ('30-39', '40-49')`;
    const sql = `SELECT sum(income) FILTER (WHERE ${T} OR street IN ('${S1}', '${S2}')) AS z, sum(income) FILTER (WHERE ${D}) AS d, sum(income) FILTER (WHERE street = '${S1}') AS g1, sum(income) FILTER (WHERE street = '${S2}') AS g2 FROM residents`;
    const o = await attempt(a, sql);
    const v = ['z', 'g1', 'g2'].map((n) => cellOf(o, n));
    const derived = all(v) ? v[0] - v[1] - v[2] : null;
    expect(near(derived, old.income)).toBe(false);
  });

  it('greedy decoy across releases: D released first, then S1 and S2, then Z (new whole, decoy still the largest candidate)', async () => {
    const { a, old } = await fresh();
    await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE street IN ('${S1}', '${S2}') AND birth_date NOT IN ('30-39', '40-49')`);
    const o2 = await attempt(a, 'SELECT street, count(*) AS n, sum(income) AS s FROM residents GROUP BY street ORDER BY street');
    const o3 = await attempt(a, `SELECT count(*) AS n, sum(income) AS s FROM residents WHERE ${T} OR street IN ('${S1}', '${S2}')`);
    const p = [S1, S2].map((s) => rowsOf(o2).find((r) => r[0] === s)).map((r) => (r ? num(r[2]) : null));
    const v = [cellOf(o3, 's'), ...p];
    const derived = all(v) ? v[0] - v[1] - v[2] : null;
    expect(near(derived, old.income)).toBe(false);
  });
});
