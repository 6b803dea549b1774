/**
 * The operator reads the dev twin freely, without any review: attacks that try to read a live
 * value out of it. Live is masked from raw rows by the rule compiler, the twin described as the
 * provisioner describes it. The threshold is 10 subjects (twin-disclosure.ts): a category, band
 * or bucket fewer hold never appears, counted in subjects, not rows; a range never reaches live's
 * minimum or maximum; rows are never copied; frequencies are coarse enough that one person more or
 * less leaves a twin unchanged, and the seed is secret per sandbox.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { generateDevTwin } from '../../sandbox/twin/generate-dev-twin';
import { TWIN_MIN_SUBJECTS, twinSeedFor } from '../../sandbox/twin/twin-disclosure';
import type { TwinTable } from '../../sandbox/twin/twin-types';
import { columnSpec, maskedLive } from '../fixtures/masked-live';
import { memoryConnection, readColumn, readRows } from '../sandbox/twin/twin-test-db';

const firms: DatasetSchema = {
  name: 'firms', level: 'general', openness: 'conditional', subjectKey: 'code',
  columns: [
    columnSpec('code', 'VARCHAR', 'uscc', 'none', 'direct'), columnSpec('industry', 'VARCHAR', 'category', 'none'),
    columnSpec('street', 'VARCHAR', 'category', 'none'), columnSpec('owner_gender', 'VARCHAR', 'category', 'personal', 'quasi'),
    columnSpec('capital', 'DECIMAL(18,2)', 'amount', 'none', 'quasi'), columnSpec('staff', 'INTEGER', undefined, 'none'),
    columnSpec('founded', 'DATE', 'date', 'none'),
  ],
};
const firmRules: RuleSet = {
  columns: {
    code: { strategy: 'pseudonymize', length: 32 },
    owner_gender: { strategy: 'keep', justification: '法定代表人性别用于分性别统计，输出均经最小群组检查' },
    capital: { strategy: 'generalize', to: 'bucket', width: 1_000_000 },
  },
};

/**
 * 300 ordinary firms in three industries (street follows industry), capital under 10 million,
 * 10–100 staff, founded 2000–2019; plus planted rarities: 9 firms in 航天 and exactly 10 in 核能,
 * one owner of gender 'X', one firm with 5 billion capital, 0 and 99,999 staff, one with none
 * given (NULL), founded 1901 and 2024.
 */
function firmRows(moved = false): string {
  const industries = `['制造业', '批发和零售业', '信息技术服务业']`;
  const streets = `['光明街道', '公明街道', '新湖街道']`;
  return `SELECT 'F' || i AS code,
    CASE WHEN i >= 300 AND i < 309 THEN '航天' WHEN i >= 309 THEN '核能' WHEN ${moved} AND i = 0 THEN '批发和零售业' ELSE list_element(${industries}, CAST(i % 3 AS INTEGER) + 1) END AS industry,
    list_element(${streets}, CAST(i % 3 AS INTEGER) + 1) AS street,
    CASE WHEN i = 7 THEN 'X' WHEN i % 2 = 0 THEN '男' ELSE '女' END AS owner_gender,
    CAST(CASE WHEN i = 11 THEN 5000000000 ELSE (i % 10) * 1000000 + 50000 END AS DECIMAL(18,2)) AS capital,
    CAST(CASE WHEN i = 12 THEN 99999 WHEN i = 13 THEN 0 WHEN i = 16 THEN NULL ELSE 10 + i % 91 END AS INTEGER) AS staff,
    CASE WHEN i = 14 THEN DATE '1901-01-01' WHEN i = 15 THEN DATE '2024-12-31' ELSE DATE '2000-01-01' + CAST(i * 23 % 7300 AS INTEGER) END AS founded
  FROM range(319) r(i)`;
}

async function twinOf(rawSql: string, seed = 5): Promise<{ live: DuckDBConnection; dev: DuckDBConnection; table: TwinTable }> {
  const live = await memoryConnection();
  const table = await maskedLive(live, firms, firmRules, rawSql);
  const dev = await memoryConnection();
  await generateDevTwin({ live, dev, tables: [table], rowsPerTable: 20_000, seed });
  return { live, dev, table };
}

let live: DuckDBConnection;
let dev: DuckDBConnection;
beforeAll(async () => {
  ({ live, dev } = await twinOf(firmRows()));
});

const twinValues = (column: string) => readColumn<string>(dev, `SELECT DISTINCT CAST(${column} AS VARCHAR) FROM firms ORDER BY 1`);

it('uses a threshold of 10 subjects', () => {
  expect(TWIN_MIN_SUBJECTS).toBe(10);
});

it('attack: a rare category (9 firms) is not in the twin; one 10 firms hold is', async () => {
  const industries = await twinValues('industry');
  expect(industries).not.toContain('航天');
  expect(industries).toContain('核能');
  expect([...industries].sort()).toEqual(['信息技术服务业', '制造业', '批发和零售业', '核能'].sort());
});

it('attack: a rare personal category (one owner of gender X) is not in the twin; the published labels are', async () => {
  expect([...(await twinValues('owner_gender'))].sort()).toEqual(['女', '男'].sort());
});

it('attack: an extreme bucket (one firm with 5 billion capital) is not in the twin; the common buckets all are', async () => {
  const buckets = (await twinValues('capital')).map(Number).sort((a, b) => a - b);
  expect(buckets).toEqual(Array.from({ length: 10 }, (_, k) => k * 1_000_000));
  expect(await readColumn(live, 'SELECT count(DISTINCT capital) FROM firms')).toEqual([11]);
});

it('attack: neither live’s exact minimum nor maximum, nor anything beyond the 10th subject from each end', async () => {
  const [staff] = await readRows(dev, 'SELECT min(staff) AS lo, max(staff) AS hi, min(founded) AS first, max(founded) AS last FROM firms');
  const sorted = await readColumn<number>(live, 'SELECT staff FROM firms ORDER BY staff');
  expect(staff.lo).toBeGreaterThanOrEqual(sorted[TWIN_MIN_SUBJECTS - 1]);
  expect(staff.hi).toBeLessThanOrEqual(sorted[sorted.length - TWIN_MIN_SUBJECTS]);
  expect(await readColumn(dev, 'SELECT count(*) FROM firms WHERE staff IN (0, 99999)')).toEqual([0]);
  const days = await readColumn<string>(live, 'SELECT CAST(founded AS VARCHAR) FROM firms ORDER BY founded');
  expect(String((staff.first as Date).toISOString()).slice(0, 10) >= days[TWIN_MIN_SUBJECTS - 1]).toBe(true);
  expect(String((staff.last as Date).toISOString()).slice(0, 10) <= days[days.length - TWIN_MIN_SUBJECTS]).toBe(true);
});

it('attack: a NULL only one firm has is not in the twin either', async () => {
  expect(await readColumn(live, 'SELECT count(*) FROM firms WHERE staff IS NULL')).toEqual([1]);
  expect(await readColumn(dev, 'SELECT count(*) FROM firms WHERE staff IS NULL')).toEqual([0]);
});

it('attack: a value one subject holds in 40 rows is counted once, not 40 times', async () => {
  const payments = await memoryConnection();
  await payments.run(`CREATE TABLE payments AS SELECT 'S' || (i % 200) AS person, CASE WHEN i % 200 = 0 THEN '玉律村' ELSE list_element(['光明', '公明'], CAST(i % 2 AS INTEGER) + 1) END AS village FROM range(8000) r(i)`);
  expect(await readColumn(payments, `SELECT count(*) FROM payments WHERE village = '玉律村'`)).toEqual([40]);
  const twin = await memoryConnection();
  const table: TwinTable = { name: 'payments', subjectKey: 'person', columns: [
    { name: 'person', type: 'VARCHAR', strategy: 'pseudonymize', sensitive: true, semantic: 'cn_id' },
    { name: 'village', type: 'VARCHAR', strategy: 'keep', sensitive: false, semantic: 'category' },
  ] };
  await generateDevTwin({ live: payments, dev: twin, tables: [table], rowsPerTable: 5_000, seed: 1 });
  expect((await readColumn<string>(twin, 'SELECT DISTINCT village FROM payments')).sort()).toEqual(['公明', '光明'].sort());
});

it('attack: look for live rows in the twin — columns are drawn independently, so pairs live never holds appear', async () => {
  const livePairs = await readColumn(live, `SELECT count(*) FROM (SELECT DISTINCT industry, street FROM firms WHERE industry NOT IN ('航天', '核能'))`);
  const twinPairs = await readColumn(dev, `SELECT count(*) FROM (SELECT DISTINCT industry, street FROM firms WHERE industry <> '核能')`);
  expect(livePairs).toEqual([3]);
  expect(twinPairs).toEqual([9]);
  expect(await readColumn(dev, 'SELECT count(*) FROM firms d WHERE d.code IN (SELECT code FROM firms)')).toEqual([20_000]);
  expect(await readColumn(live, 'SELECT count(*) FROM firms')).toEqual([319]);
});

it('attack: compare the twins of two lives that differ by one firm — the same seed gives the same twin', async () => {
  const other = await twinOf(firmRows(true));
  const dump = async (db: DuckDBConnection) => JSON.stringify(await readRows(db, 'SELECT industry, owner_gender, capital FROM firms'));
  expect(await readColumn(other.live, `SELECT count(*) FROM firms WHERE industry = '批发和零售业'`)).toEqual([101]);
  expect(await dump(other.dev)).toBe(await dump(dev));
});

it('attack: guess the seed — it is derived from the sandbox’s secret key, different for every sandbox', () => {
  const a = twinSeedFor('11'.repeat(32));
  expect(twinSeedFor('11'.repeat(32))).toBe(a);
  expect(twinSeedFor('12'.repeat(32))).not.toBe(a);
  expect(Number.isSafeInteger(a)).toBe(true);
  expect(a).not.toBe(20261123);
});
