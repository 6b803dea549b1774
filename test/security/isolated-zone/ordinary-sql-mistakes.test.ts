/**
 * Ordinary SQL mistakes on dev (a bad cast, an unbound `?`, a bad strptime format, a missing
 * column) answer 422 sql_error with DuckDB's message, paths removed, never 500.
 */
import { startZone, type Zone } from './zone-fixture';

describe('ordinary SQL mistakes', () => {
  let zone: Zone;
  beforeAll(async () => {
    zone = await startZone();
  });
  afterAll(() => zone.t.destroy());

  it.each([
    ["a bad cast", "SELECT CAST('abc' AS INTEGER) AS n"],
    ['an unbound parameter', 'SELECT ?'],
    ['a bad strptime format', "SELECT strptime('2020-01-01', '%Q') AS t"],
    ['a missing column', 'SELECT no_such_column FROM residents'],
    ['a missing table', 'SELECT * FROM residents_nope'],
  ])('%s answers 422 with the reason', async (_name, sql) => {
    const res = await zone.query(sql);
    expect([422]).toContain(res.status);
    expect(['sql_error', 'statement_refused']).toContain(res.body.error?.code);
    expect(res.body.error?.message).not.toMatch(/\/tmp|\/work|\/var|sandboxes\//);
  });
});
