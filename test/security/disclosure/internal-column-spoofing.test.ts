/** Attack class: spoofing the platform's internal (hidden) column and alias names. */
import { bearer } from '../../fixtures/test-platform';
import { auditEntryOf, type AttackWorld } from '../attack-fixture';
import { plantedWorld, attempt, column } from './attack-outcome';


describe('attack: output columns and aliases named like the platform’s internal columns', () => {
  let a: AttackWorld;
  beforeAll(async () => {
    a = await plantedWorld(120, (_i, row) => row);
  });
  afterAll(() => a.t.destroy());

  const expectRefusedAndDenied = async (sql: string) => {
    const o = await attempt(a, sql);
    // Refused by the statement guard (statement_refused) or by the live form (model_refused).
    expect({ status: o.submit.status, code: o.refused }).toEqual({ status: 422, code: expect.stringMatching(/^(model_refused|statement_refused)$/) });
    if (o.refused === 'model_refused') expect(JSON.stringify(o.submit.body)).toMatch(/reserved for the platform/);
    const entry = await auditEntryOf(a.t, o.submit, 'model.submit');
    expect(entry).toMatchObject({ action: 'model.submit', outcome: 'denied', actorId: a.w.operator.id, agreementId: a.agreementId });
    expect(entry.details.status).toBe(422);
    const models = await a.t.http.get(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token));
    expect((models.body.models as { sql: string }[]).some((m) => m.sql === sql)).toBe(false);
  };

  it('an aggregate aliased __shuyu_n (the lineage subject count)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS __shuyu_n FROM residents GROUP BY street');
  });

  it('an upper-case alias __SHUYU_x', async () => {
    await expectRefusedAndDenied('SELECT street, avg(income) AS __SHUYU_x FROM residents GROUP BY street');
  });

  it('a quoted alias "__shuyu_gk0" (the hidden group key)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS "__shuyu_gk0" FROM residents GROUP BY street');
  });

  it('a grouping key aliased __shuyu_gk0 and grouped by position', async () => {
    await expectRefusedAndDenied('SELECT street AS __shuyu_gk0, count(*) AS n FROM residents GROUP BY 1');
  });

  it('a quoted mixed-case alias "__Shuyu_Having" (the hidden HAVING flag)', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS "__Shuyu_Having" FROM residents GROUP BY street');
  });

  it('a table alias __shuyu_l (the lineage subquery’s alias)', async () => {
    await expectRefusedAndDenied('SELECT __shuyu_l.street, count(*) AS n FROM residents AS __shuyu_l GROUP BY __shuyu_l.street');
  });

  it('a table alias __shuyu_s in a self-join (the hidden subject column)', async () => {
    await expectRefusedAndDenied('SELECT a.street, count(*) AS n FROM residents a JOIN residents __shuyu_s ON a.street = __shuyu_s.street GROUP BY a.street');
  });

  it('a struct literal with a field named __shuyu_n', async () => {
    await expectRefusedAndDenied("SELECT street, {'__shuyu_n': count(*)} AS s FROM residents GROUP BY street");
  });

  it('a struct_pack field named __shuyu_n', async () => {
    await expectRefusedAndDenied('SELECT street, struct_pack(__shuyu_n := count(*)) AS s FROM residents GROUP BY street');
  });

  it('a column reference to a hidden name in ORDER BY', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS n FROM residents GROUP BY street ORDER BY __shuyu_n');
  });

  it('a HAVING reference to the hidden HAVING flag __shuyu_having', async () => {
    await expectRefusedAndDenied('SELECT street, count(*) AS n FROM residents GROUP BY street HAVING __shuyu_having');
  });

  it('an unaliased constant column whose text is __shuyu_having fails safe (not an internal column)', async () => {
    const o = await attempt(a, "SELECT street, count(*) AS n, '__shuyu_having' FROM residents GROUP BY street");
    // Report: whatever the platform does, no row may come out with fewer than 10 residents behind it.
    if (o.released) {
      for (const r of o.released.rows) expect(Number(r[column(o, 'n')])).toBeGreaterThanOrEqual(10);
      expect(o.released.columns.map((c) => c.name)).not.toContain('__shuyu_having');
    }
  });
});
