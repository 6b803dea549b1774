/**
 * Subject requests list a run or product only if the person's records reached it, and say why.
 * Two datasets in one agreement, residents and social_insurance, both keyed by id_number; resident
 * 3 is in residents only, resident 4 in both. What lineage can tell decides: a released run whose
 * filter or inner join left the person out is not listed (its stored cells do not hold them); a
 * run that read only the other dataset is not listed; a run not released yet read the table and
 * kept no row lineage (`read-table`); a run recorded before runs kept their tables is placed by
 * its model's SQL, parsed again; once the sandbox is destroyed, released runs that read the table
 * can no longer be checked and are all listed again, as `read-table-unchecked`.
 */
import { releaseRun } from '../fixtures/release-run';
import { residentRow } from '../fixtures/residents-dataset';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { insured, runModel, submitModel, twoDatasetWorld, type TwoDatasetWorld } from '../fixtures/two-dataset-world';

type Use = { id: string; reason: string; tables: string[] };
type Match = { agreementId: string; datasetId: string; runs: string[]; products: string[]; runItems: Use[]; productItems: Use[] };

const P = residentRow(3);
const Q = residentRow(4);

describe('subject requests, exactly', () => {
  let t: TestPlatform;
  let w: TwoDatasetWorld;
  const run: Record<string, string> = {};
  const product: Record<string, string> = {};

  const ask = async (value: string): Promise<Match[]> => {
    const res = await t.http.post('/api/v1/subject-requests').set(...bearer(t.authorityToken)).send({ semantic: 'cn_id', value });
    expect(res.status).toBe(200);
    return res.body.matches as Match[];
  };
  const matchOf = (matches: Match[], datasetId: string) => matches.find((m) => m.datasetId === datasetId && m.agreementId === w.agreementId);
  const reasons = (m: Match | undefined) => Object.fromEntries((m?.runItems ?? []).map((u) => [u.id, u.reason]));

  beforeAll(async () => {
    t = await startTestPlatform();
    w = await twoDatasetWorld(t, 120);
    expect(insured(3)).toBe(false);
    expect(insured(4)).toBe(true);
    run.all = await runModel(t, w, 'SELECT street, count(*) AS n FROM residents GROUP BY street');
    run.filtered = await runModel(t, w, `SELECT street, count(*) AS n FROM residents WHERE street <> '${P[4]}' GROUP BY street`);
    run.otherTable = await runModel(t, w, 'SELECT month, count(*) AS n FROM social_insurance GROUP BY month');
    run.joined = await runModel(t, w, 'SELECT r.street, count(*) AS n FROM residents r JOIN social_insurance s ON r.id_number = s.id_number GROUP BY r.street');
    run.waiting = await runModel(t, w, 'SELECT street, avg(income) AS mean_income FROM residents GROUP BY street', false);
    run.before = await runModel(t, w, 'SELECT birth_date AS age_band, count(*) AS n FROM residents GROUP BY birth_date');
    // A run recorded before runs kept the tables they read.
    await t.platform.store.main.run('UPDATE runs SET tables_read = NULL WHERE id = $1', [run.before]);
    for (const [name, runId] of [['all', run.all], ['filtered', run.filtered]]) {
      const res = await t.http.post('/api/v1/products').set(...bearer(w.operator.token)).send({ name: `街道人数-${name}`, kind: 'dataset', runId, description: '按街道统计常住人口' });
      expect(res.status).toBe(201);
      product[name] = res.body.id;
    }
  }, 240_000);
  afterAll(() => t.destroy());

  it('records at run time the tables a run read', async () => {
    const stored = await t.platform.store.main.all<{ id: string; tables_read: string | null }>('SELECT id, tables_read FROM runs WHERE agreement_id = $1', [w.agreementId]);
    const tables = Object.fromEntries(stored.map((r) => [r.id, r.tables_read && (JSON.parse(r.tables_read) as { table: string; datasetId: string }[])]));
    expect(tables[run.joined]).toEqual([{ table: 'residents', datasetId: w.datasetId }, { table: 'social_insurance', datasetId: w.insuranceId }]);
    expect(tables[run.otherTable]).toEqual([{ table: 'social_insurance', datasetId: w.insuranceId }]);
  });

  it('for a person in residents only: lists the runs that read residents and whose released cells hold them, says why, and nothing else', async () => {
    const matches = await ask(P[0]);
    expect(matches.map((m) => m.datasetId)).toEqual([w.datasetId]);
    const residents = matchOf(matches, w.datasetId);
    expect(reasons(residents)).toEqual({ [run.all]: 'contributed-rows', [run.waiting]: 'read-table', [run.before]: 'contributed-rows' });
    expect(residents?.runs.sort()).toEqual([run.all, run.waiting, run.before].sort());
    expect(residents?.runItems.find((u) => u.id === run.all)?.tables).toEqual(['residents']);
    expect(residents?.productItems).toEqual([{ id: product.all, reason: 'contributed-rows', tables: ['residents'] }]);
    expect(residents?.products).toEqual([product.all]);
  });

  it('for a person in both: each dataset lists the runs that read it, the join under both', async () => {
    const matches = await ask(Q[0]);
    expect(reasons(matchOf(matches, w.datasetId))).toEqual({
      [run.all]: 'contributed-rows', [run.filtered]: 'contributed-rows', [run.joined]: 'contributed-rows', [run.waiting]: 'read-table', [run.before]: 'contributed-rows',
    });
    expect(reasons(matchOf(matches, w.insuranceId))).toEqual({ [run.otherTable]: 'contributed-rows', [run.joined]: 'contributed-rows' });
    expect(matchOf(matches, w.insuranceId)?.runItems.find((u) => u.id === run.joined)?.tables).toEqual(['residents', 'social_insurance']);
    expect(matchOf(matches, w.datasetId)?.products.sort()).toEqual([product.all, product.filtered].sort());
  });

  it('a model submitted but never run is no use of anyone', async () => {
    expect((await submitModel(t, w, 'SELECT street, count(*) AS n FROM residents GROUP BY street')).status).toBe(201);
    expect(matchOf(await ask(P[0]), w.datasetId)?.runs).toHaveLength(3);
  });

  it('journals the lineage statements on live as the authority’s, with no value in the audit log', async () => {
    const audit = await t.http.get(`/api/v1/audit?agreement=${w.agreementId}&action=statement.start&limit=500`).set(...bearer(t.authorityToken));
    const mine = (audit.body.entries as { role: string; details: { tier: string } }[]).filter((e) => e.role === 'authority' && e.details.tier === 'live');
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.body)).not.toContain(P[0]);
  });

  it('once the sandbox is destroyed, released runs that read the table are listed as no longer checkable', async () => {
    expect((await releaseRun(t, run.waiting)).status).toBe(200);
    const agreement = async () => {
      const found = await t.platform.agreements.get(w.agreementId);
      if (!found) throw new Error('no agreement');
      return found;
    };
    await t.platform.agreements.apply(w.agreementId, 'terminate', null, '测试销毁后的主体请求');
    await t.platform.lifecycle.seal(await agreement());
    await t.platform.lifecycle.destroy(await agreement());
    const residents = matchOf(await ask(P[0]), w.datasetId);
    expect(reasons(residents)).toEqual({
      [run.all]: 'read-table-unchecked', [run.filtered]: 'read-table-unchecked', [run.joined]: 'read-table-unchecked', [run.waiting]: 'read-table-unchecked', [run.before]: 'read-table-unchecked',
    });
  });
});
