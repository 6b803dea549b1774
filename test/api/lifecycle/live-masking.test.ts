/**
 * The live database holds exactly the authorized columns of the authorized datasets, in the
 * authorized order, masked by the rule set in force, and only the rows that pass its row rules.
 * The masked mobile keeps its last four digits, which in the fixture are the row number, so each
 * live row can be matched to the raw row it came from.
 */
import { residentRow } from '../../fixtures/residents-dataset';
import { residentsRules, residentsWorld, type World } from '../../fixtures/demo-world';
import { approveScope, liveFile, putRules, queryFile, tableColumns, tableNames } from '../../fixtures/lifecycle-helpers';
import { bearer, startTestPlatform, type TestPlatform } from '../../fixtures/test-platform';

const ROWS = 300;
const raw = Array.from({ length: ROWS }, (_, i) => residentRow(i));
const rawIds = new Set(raw.map((r) => r[0]));
const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;

type LiveRow = { id_number: string; mobile: string; street: string; income: number };

/** The raw row a live row came from, found by the unmasked last four digits of its mobile. */
function sourceRow(mobile: string): string[] {
  const i = Number(mobile.slice(-4));
  expect(i).toBeLessThan(ROWS);
  return raw[i];
}

describe('live database masking', () => {
  let t: TestPlatform;
  let w: World;
  beforeAll(async () => {
    t = await startTestPlatform();
    w = await residentsWorld(t, ROWS);
  });
  afterAll(() => t.destroy());

  it('holds only the authorized columns, in order, masked, with every row', async () => {
    const columns = ['id_number', 'mobile', 'street', 'income'];
    const { sandboxId } = await approveScope(t, w.operator, [w.source], [{ datasetId: w.datasetId, columns }]);
    const file = liveFile(t, sandboxId);

    expect(await tableNames(file)).toEqual(['residents']);
    const described = await tableColumns(file, 'residents');
    expect(described.map((c) => c.name)).toEqual(columns);
    expect(described.map((c) => c.name)).not.toEqual(expect.arrayContaining(['name']));
    expect(described.map((c) => c.name)).not.toEqual(expect.arrayContaining(['birth_date']));
    const rows = await queryFile<LiveRow>(file, 'SELECT * FROM residents');
    expect(rows).toHaveLength(ROWS);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);

    const pseudonyms = new Set<string>();
    const seenRows = new Set<string>();
    for (const row of rows) {
      expect(row.mobile).toMatch(MASKED_MOBILE);
      const source = sourceRow(row.mobile);
      seenRows.add(source[2]);
      expect(row.mobile.slice(0, 3)).toBe(source[2].slice(0, 3));
      expect(row.id_number).toMatch(/^[0-9a-f]{32}$/);
      expect(rawIds.has(row.id_number)).toBe(false);
      expect(row.id_number).not.toContain(source[0].slice(6, 14));
      pseudonyms.add(row.id_number);
      expect(row.street).toBe(source[4]);
      expect(typeof row.income).toBe('number');
      expect(row.income).not.toBe(Number(source[5]));
    }
    // Every raw row is there once, and distinct ids keep distinct pseudonyms.
    expect(seenRows.size).toBe(ROWS);
    expect(pseudonyms.size).toBe(rawIds.size);

    const view = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(w.operator.token));
    expect(view.status).toBe(200);
    expect(view.body.state).toBe('ready');
    expect(view.body.tables).toEqual([{ name: 'residents', rows: ROWS, columns: described }]);
    expect(view.body.loadedFrom).toEqual([{ datasetId: w.datasetId, table: 'residents', vaultVersion: 1, rulesVersion: 1 }]);
  });

  it('keeps only the rows that pass the row filter of the rule set in force', async () => {
    const version = await putRules(t, w.source, w.datasetId, `${residentsRules}rows:\n  filter: "street = '光明街道'"\n`);
    expect(version).toBe(2);
    // The filter's column is not authorized: it filters, but does not enter the sandbox.
    const columns = ['mobile', 'income', 'id_number'];
    const { sandboxId } = await approveScope(t, w.operator, [w.source], [{ datasetId: w.datasetId, columns }]);
    const file = liveFile(t, sandboxId);

    const described = await tableColumns(file, 'residents');
    expect(described.map((c) => c.name)).toEqual(columns);
    const rows = await queryFile<LiveRow>(file, 'SELECT * FROM residents');
    const expected = raw.filter((r) => r[4] === '光明街道');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ROWS);
    expect(rows).toHaveLength(expected.length);
    const kept = rows.map((r) => {
      expect(r.mobile).toMatch(MASKED_MOBILE);
      expect(r.id_number).toMatch(/^[0-9a-f]{32}$/);
      expect(rawIds.has(r.id_number)).toBe(false);
      const source = sourceRow(r.mobile);
      expect(r.income).not.toBe(Number(source[5]));
      return source[2];
    });
    expect(kept.sort()).toEqual(expected.map((r) => r[2]).sort());

    const view = await t.http.get(`/api/v1/sandboxes/${sandboxId}`).set(...bearer(t.authorityToken));
    expect(view.status).toBe(200);
    expect(view.body.tables).toEqual([{ name: 'residents', rows: expected.length, columns: described }]);
    expect(view.body.loadedFrom).toEqual([{ datasetId: w.datasetId, table: 'residents', vaultVersion: 1, rulesVersion: 2 }]);
  });
});
