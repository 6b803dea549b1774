/**
 * Attack class: answers that never meet each other. Two runs queued before either is released,
 * or two API calls at the same time, must still be compared (differencing and trackers see
 * pending and concurrent answers); an unsafe statistic over text (which no magnitude check can
 * weigh) must not come out; opening the airlock before the run finished does not count.
 */
import { bearer } from '../../fixtures/test-platform';
import type { AttackWorld } from '../attack-fixture';
import { plantedWorld, liveRowOf, attempt, airlockRowOf, releasedRowOf, column } from './attack-outcome';
import { releaseRun } from '../../fixtures/release-run';

const OLD = 7; // the only resident aged 80+, on 公明街道
const plant = (i: number, row: string[]): string[] => (i === OLD ? [row[0], row[1], row[2], '1930-01-01', row[4], '12345.67'] : row);

describe('attack: answers that never meet each other', () => {
  let a: AttackWorld;
  let street: string;
  beforeAll(async () => {
    a = await plantedWorld(300, plant);
    street = (await liveRowOf(a, OLD)).street;
  });
  afterAll(() => a.t.destroy());

  const approvedModel = async (sql: string, grants: object = {}) => {
    const submitted = await a.t.http.post(`/api/v1/sandboxes/${a.sandboxId}/models`).set(...bearer(a.w.operator.token)).send({ name: `m${Math.random().toString(36).slice(2, 8)}`, sql, purpose: '测试' });
    expect(submitted.status).toBe(201);
    expect((await a.t.http.post(`/api/v1/models/${submitted.body.id}/review`).set(...bearer(a.t.authorityToken)).send({ decision: 'approve', ...grants })).status).toBe(200);
    return submitted.body.id as string;
  };
  const queue = async (modelId: string) => (await a.t.http.post(`/api/v1/models/${modelId}/runs`).set(...bearer(a.w.operator.token)).send({ params: {} })).body.id as string;

  it('two runs queued together, neither released: the second is compared with the first (pending answers count)', async () => {
    const all = await approvedModel('SELECT street, sum(income) AS total FROM residents GROUP BY street');
    const others = await approvedModel("SELECT street, sum(income) AS total FROM residents WHERE birth_date <> '80+' GROUP BY street");
    const [first, second] = [await queue(all), await queue(others)];
    await a.t.platform.runs.idle();
    const review = async (id: string) => (await a.t.http.get(`/api/v1/runs/${id}/review`).set(...bearer(a.t.authorityToken))).body as { rows: { values: unknown[]; cells: { column: string; reasons: string[] }[] }[] };
    expect((await review(first)).rows.find((r) => r.values[0] === street)?.cells.find((c) => c.column === 'total')?.reasons).toEqual([]);
    const held = (await review(second)).rows.find((r) => r.values[0] === street)?.cells.find((c) => c.column === 'total');
    expect(held?.reasons.join(' ')).toMatch(/differs by 1 subject/);
  });

  it('max() of a text column with the unsafe-statistics grant: no magnitude check can weigh it, so it is held back', async () => {
    const o = await attempt(a, 'SELECT birth_date, count(*) AS n, max(street) AS last_street FROM residents GROUP BY birth_date ORDER BY birth_date', { grantUnsafeStatistics: true });
    for (const row of o.airlock?.rows ?? []) {
      if (row.suppressed) continue;
      expect(row.cells.find((c) => c.column === 'last_street')?.reasons.join(' ')).toMatch(/no number/);
    }
    expect((o.released?.rows ?? []).every((r) => r[column(o, 'last_street')] === null)).toBe(true);
    expect(releasedRowOf(o, '80+')).toEqual([]);
    expect(airlockRowOf(o, '80+').every((r) => r.suppressed)).toBe(true);
  });

  it('opening the airlock of a run that has not finished does not allow its release', async () => {
    const model = await approvedModel('SELECT street, count(*) AS n FROM residents GROUP BY street');
    const id = await queue(model);
    // Opened at once: the run is queued or running, and its output does not exist yet.
    const early = await a.t.http.get(`/api/v1/runs/${id}/review`).set(...bearer(a.t.authorityToken));
    expect(early.status).toBe(200);
    await a.t.platform.runs.idle();
    const run = (await a.t.http.get(`/api/v1/runs/${id}`).set(...bearer(a.t.authorityToken))).body as { status: string; reviewOpenedBy: string | null };
    if (early.body.rows.length === 0) {
      expect(run.reviewOpenedBy).toBeNull();
      const blind = await a.t.http.post(`/api/v1/runs/${id}/release`).set(...bearer(a.t.authorityToken)).send({ decision: 'approve' });
      expect({ status: blind.status, code: blind.body.error?.code }).toEqual({ status: 409, code: 'review_not_opened' });
    }
    expect((await a.t.http.get(`/api/v1/runs/${id}/review`).set(...bearer(a.t.authorityToken))).body.rows.length).toBeGreaterThan(0);
    expect((await releaseRun(a.t, id)).status).toBe(200);
  });

  it('ORDER BY an aggregate whose cell is held back: the row goes too, so its rank does not show the held value', async () => {
    const ordered = await approvedModel("SELECT street, sum(income) AS total FROM residents WHERE birth_date <> '80+' GROUP BY street ORDER BY total DESC");
    const id = await queue(ordered);
    await a.t.platform.runs.idle();
    const review = (await a.t.http.get(`/api/v1/runs/${id}/review`).set(...bearer(a.t.authorityToken))).body as { rows: { values: unknown[]; suppressed: boolean; reasons: string[] }[] };
    // Differencing against the earlier street totals holds this street's total; its place in the order would show it.
    const row = review.rows.find((r) => r.values[0] === street);
    expect(row?.suppressed).toBe(true);
    expect(row?.reasons.join(' ')).toMatch(/ordered by an aggregate/);
  });
});
