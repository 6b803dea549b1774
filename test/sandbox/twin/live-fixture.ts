/**
 * A small `live` database that looks like masked sandbox output, for the twin tests: residents
 * (pseudonymized id_number, faked name, masked mobile, birth date generalised to age bands, a
 * non-sensitive street category, noised income) and social_insurance (pseudonymized id_number,
 * 'YYYY-MM' month, DECIMAL amount, insured_type category), plus the twin tables that describe them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import { presetMaskSql } from '../../../masking-rules/strategies/mask-presets';
import type { TwinTable } from '../../../sandbox/twin/twin-types';

export const liveStreets = ['光明街道', '公明街道', '新湖街道', '凤凰街道', '玉塘街道', '马田街道'] as const;
export const liveInsuredTypes = ['城镇职工', '城乡居民', '灵活就业'] as const;

/** The live tables as the loader would describe them to the twin generator. */
export const twinTables: TwinTable[] = [
  {
    name: 'residents',
    columns: [
      { name: 'id_number', type: 'VARCHAR', semantic: 'cn_id', strategy: 'pseudonymize', sensitive: true, params: { length: 32 } },
      { name: 'name', type: 'VARCHAR', semantic: 'cn_name', strategy: 'fake', sensitive: true, params: { kind: 'cn_name' } },
      { name: 'mobile', type: 'VARCHAR', semantic: 'cn_mobile', strategy: 'mask', sensitive: true, params: { preset: 'cn_mobile' } },
      { name: 'birth_date', type: 'VARCHAR', semantic: 'birth_date', strategy: 'generalize', sensitive: true, params: { to: 'age_band', width: 10, max: 80 } },
      { name: 'street', type: 'VARCHAR', semantic: 'category', strategy: 'keep', sensitive: false },
      { name: 'income', type: 'DOUBLE', semantic: 'amount', strategy: 'noise', sensitive: true, params: { distribution: 'laplace', scale: 500, round: 0 } },
    ],
  },
  {
    name: 'social_insurance',
    columns: [
      { name: 'id_number', type: 'VARCHAR', semantic: 'cn_id', strategy: 'pseudonymize', sensitive: true, params: { length: 32 } },
      { name: 'month', type: 'VARCHAR', semantic: 'date', strategy: 'generalize', sensitive: false, params: { to: 'month' } },
      { name: 'amount', type: 'DECIMAL(18,2)', semantic: 'amount', strategy: 'keep', sensitive: false },
      { name: 'insured_type', type: 'VARCHAR', semantic: 'category', strategy: 'keep', sensitive: false },
    ],
  },
];

/**
 * Creates the live tables with `people` residents and 3 payments each, masked the way the loader
 * masks: sha256 pseudonyms, names from the live fake dictionary, real-looking mobiles masked with
 * the cn_mobile preset (138****5678), age bands, noised incomes.
 */
export async function createLiveTables(live: DuckDBConnection, people = 500): Promise<void> {
  const names = fakeDictionaries().cn_name.slice(0, 300).map((n) => `'${n}'`).join(', ');
  const streets = liveStreets.map((s) => `'${s}'`).join(', ');
  const prefixes = `['138', '139', '135', '150', '158', '186', '188', '131']`;
  const types = liveInsuredTypes.map((s) => `'${s}'`).join(', ');
  await live.run(`
    CREATE TABLE raw_people AS SELECT i,
      '440311' || strftime(DATE '1950-01-01' + CAST(hash(i, 'b') % 25000 AS INTEGER), '%Y%m%d') || lpad(CAST(i % 1000 AS VARCHAR), 3, '0') || 'X' AS id,
      DATE '1950-01-01' + CAST(hash(i, 'b') % 25000 AS INTEGER) AS birth,
      list_element(${prefixes}, CAST(hash(i, 'm') % 8 AS INTEGER) + 1) || lpad(CAST(hash(i, 'm2') % 100000000 AS VARCHAR), 8, '0') AS raw_mobile
    FROM range(${people}) r(i);
    CREATE TABLE residents AS SELECT
      left(sha256('livekey|' || id), 32) AS id_number,
      list_element([${names}], CAST(hash(i, 'n') % 300 AS INTEGER) + 1) AS name,
      ${presetMaskSql('cn_mobile', 'raw_mobile', "'*'")} AS mobile,
      CASE WHEN date_diff('year', birth, DATE '2024-06-30') >= 80 THEN '80+'
        ELSE CAST(date_diff('year', birth, DATE '2024-06-30') // 10 * 10 AS VARCHAR) || '-' || CAST(date_diff('year', birth, DATE '2024-06-30') // 10 * 10 + 9 AS VARCHAR) END AS birth_date,
      list_element([${streets}], CAST(hash(i, 's') % 6 AS INTEGER) + 1) AS street,
      round(3000 + CAST(hash(i, 'inc') % 40000 AS DOUBLE) + 0.37, 0) AS income
    FROM raw_people;
    CREATE TABLE social_insurance AS SELECT
      left(sha256('livekey|' || id), 32) AS id_number,
      '2024-' || lpad(CAST(m AS VARCHAR), 2, '0') AS month,
      CAST(800 + (hash(i, m, 'amt') % 150000) / 100.0 AS DECIMAL(18,2)) AS amount,
      list_element([${types}], CAST(hash(i, 't') % 3 AS INTEGER) + 1) AS insured_type
    FROM raw_people, range(1, 4) mm(m);
    DROP TABLE raw_people;`);
}
