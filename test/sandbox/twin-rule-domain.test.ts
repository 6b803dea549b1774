/**
 * Every twin column holds only values its live column can hold, for every masking strategy (and
 * every generalisation and mask preset). What live can hold is asked of the rule, never of the twin
 * code: for each distinct twin value v the test builds a raw value that should produce it (v itself
 * for rules that leave their own outputs as they are: masks, regions, buckets, clamps, kept
 * columns; a date in that year or month; a birth date of that age; a number in that band) and runs
 * the loader's own compiled SQL on it: the output must be v. Pseudonyms, noise and fakes cannot be
 * inverted; their image is read off the rule (prefix and length of a hex hash; numbers rounded to
 * the rule's places; the compiler's own dictionaries). Live is masked from raw rows by the rule
 * compiler, once with every label common (the twin draws from live's labels) and once with too few
 * subjects for any (the twin makes values from the rule's domain alone).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetSchema } from '../../masking-rules/dataset-schema';
import { fakeDictionaries } from '../../masking-rules/fake/fake-dictionaries';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { generateDevTwin } from '../../sandbox/twin/generate-dev-twin';
import { AS_OF, columnSpec, maskedLive, ruleImageMisses } from '../fixtures/masked-live';
import { memoryConnection, readColumn } from './twin/twin-test-db';

const col = columnSpec;

const schema: DatasetSchema = {
  name: 'people', level: 'general', openness: 'conditional', subjectKey: 'pid',
  columns: [
    col('pid', 'VARCHAR', 'cn_id', 'sensitive', 'direct'),
    col('gender', 'VARCHAR', 'category', 'personal', 'quasi'),
    col('street', 'VARCHAR', 'category', 'none'),
    col('staff', 'INTEGER', undefined, 'none'),
    col('founded', 'DATE', 'date', 'none'),
    col('note', 'VARCHAR', 'free_text'),
    col('mobile', 'VARCHAR', 'cn_mobile', 'personal', 'direct'),
    col('fullname', 'VARCHAR', 'cn_name', 'personal', 'direct'),
    col('address', 'VARCHAR', 'cn_address', 'personal', 'quasi'),
    col('card', 'VARCHAR', 'bank_card', 'sensitive', 'direct'),
    col('mail', 'VARCHAR', 'email', 'personal', 'direct'),
    col('plate', 'VARCHAR', 'plate', 'personal', 'direct'),
    col('idm', 'VARCHAR', 'cn_id', 'sensitive', 'direct'),
    col('code', 'VARCHAR', undefined, 'personal', 'quasi'),
    col('birth', 'DATE', 'birth_date', 'personal', 'quasi'),
    col('birth_year', 'DATE', 'birth_date', 'personal', 'quasi'),
    col('paid', 'DATE', 'date', 'personal'),
    col('region', 'VARCHAR', 'region_code', 'personal', 'quasi'),
    col('capital', 'DECIMAL(18,2)', 'amount', 'personal', 'quasi'),
    col('band', 'DECIMAL(18,2)', 'amount'),
    col('capped', 'DOUBLE', 'amount'),
    col('income', 'DECIMAL(18,2)', 'amount'),
    col('fname', 'VARCHAR', 'cn_name', 'personal', 'direct'),
    col('fcompany', 'VARCHAR', undefined),
    col('faddr', 'VARCHAR', 'cn_address', 'personal', 'quasi'),
    col('femail', 'VARCHAR', 'email', 'personal', 'direct'),
    col('fphone', 'VARCHAR', 'cn_mobile', 'personal', 'direct'),
  ],
};

const ruleSet: RuleSet = {
  columns: {
    pid: { strategy: 'pseudonymize', length: 20, prefix: 'P' },
    gender: { strategy: 'keep', justification: '性别用于分性别统计，单独不能识别个人，输出均经最小群组检查' },
    street: { strategy: 'keep' },
    staff: { strategy: 'keep' },
    founded: { strategy: 'keep' },
    note: { strategy: 'redact', value: '[已删除]' },
    mobile: { strategy: 'mask', preset: 'cn_mobile', char: '*' },
    fullname: { strategy: 'mask', preset: 'cn_name', char: '*' },
    address: { strategy: 'mask', preset: 'cn_address', char: '*' },
    card: { strategy: 'mask', preset: 'bank_card', char: '*' },
    mail: { strategy: 'mask', preset: 'email', char: '*' },
    plate: { strategy: 'mask', preset: 'plate', char: '*' },
    idm: { strategy: 'mask', preset: 'cn_id', char: '*' },
    code: { strategy: 'mask', keepPrefix: 2, keepSuffix: 1, char: '#' },
    birth: { strategy: 'generalize', to: 'age_band', width: 10, max: 80 },
    birth_year: { strategy: 'generalize', to: 'year' },
    paid: { strategy: 'generalize', to: 'month' },
    region: { strategy: 'generalize', to: 'region', digits: 4 },
    capital: { strategy: 'generalize', to: 'bucket', width: 1_000_000 },
    band: { strategy: 'generalize', to: 'bucket', breaks: [3000, 8000, 20000] },
    capped: { strategy: 'generalize', to: 'clamp', min: 1000, max: 30000 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 200, round: 0 },
    fname: { strategy: 'fake', kind: 'cn_name' },
    fcompany: { strategy: 'fake', kind: 'company' },
    faddr: { strategy: 'fake', kind: 'cn_address' },
    femail: { strategy: 'fake', kind: 'email' },
    fphone: { strategy: 'fake', kind: 'cn_mobile' },
  },
};

const raw = (people: number) => `SELECT
  'p' || i AS pid, CASE WHEN i % 2 = 0 THEN '男' ELSE '女' END AS gender,
  list_element(['光明街道', '公明街道', '新湖街道'], CAST(i % 3 AS INTEGER) + 1) AS street,
  CAST(5 + i % 200 AS INTEGER) AS staff, DATE '2001-03-01' + CAST(i * 7 % 3000 AS INTEGER) AS founded, 'n' || i AS note,
  '138' || lpad(CAST(i AS VARCHAR), 8, '0') AS mobile, list_element(['张伟', '欧阳娜娜', '李秀英'], CAST(i % 3 AS INTEGER) + 1) AS fullname,
  '广东省深圳市光明区' || list_element(['光明街道', '公明街道'], CAST(i % 2 AS INTEGER) + 1) || '华夏路' || i || '号' AS address,
  '6222020000' || lpad(CAST(i AS VARCHAR), 9, '0') AS card, 'user' || i || '@example.com' AS mail, '粤B' || lpad(CAST(i AS VARCHAR), 5, '0') AS plate,
  '44031119900101' || lpad(CAST(i AS VARCHAR), 4, '0') AS idm, 'AB' || lpad(CAST(i AS VARCHAR), 4, '0') || 'C' AS code,
  DATE '1940-01-01' + CAST(i * 47 % 30000 AS INTEGER) AS birth, DATE '1950-01-01' + CAST(i * 31 % 20000 AS INTEGER) AS birth_year,
  DATE '2024-01-01' + CAST(i % 700 AS INTEGER) AS paid, list_element(['440311', '440306', '441322', '360121'], CAST(i % 4 AS INTEGER) + 1) AS region,
  CAST((i % 11) * 1000000 + 12345 AS DECIMAL(18,2)) AS capital, CAST(1000 + i * 97 % 30000 AS DECIMAL(18,2)) AS band,
  CAST(i * 113 % 50000 AS DOUBLE) AS capped, CAST(2000 + i * 37 % 20000 AS DECIMAL(18,2)) AS income,
  'n' || i AS fname, 'c' || i AS fcompany, 'a' || i AS faddr, 'e' || i AS femail, 'm' || i AS fphone
FROM range(${people}) r(i)`;

/** A raw value each strategy would turn into the twin value `__v`; the rest leave their outputs as they are. */
const preimages: Record<string, string> = {
  note: 'NULL',
  birth: `CAST(CASE WHEN ends_with(__v, '+') THEN DATE '${AS_OF}' - INTERVAL (CAST(rtrim(__v, '+') AS INTEGER)) YEAR
    ELSE DATE '${AS_OF}' - INTERVAL (CAST(split_part(__v, '-', 1) AS INTEGER)) YEAR END AS DATE)`,
  birth_year: `CAST(__v || '-06-15' AS DATE)`,
  paid: `CAST(__v || '-15' AS DATE)`,
  band: `CASE WHEN starts_with(__v, '(-inf,') THEN CAST(regexp_extract(__v, ',(.*)\\)', 1) AS DOUBLE) - 1 ELSE CAST(regexp_extract(__v, '\\[(.*),', 1) AS DOUBLE) END`,
};
const invertible = schema.columns.map((c) => c.name).filter((name) => !['pid', 'income', 'fname', 'fcompany', 'faddr', 'femail', 'fphone'].includes(name));

describe.each([
  ['every label common (drawn from live)', 600],
  ['too few subjects for any label (made from the rule alone)', 15],
])('%s', (_label, people) => {
  let dev: DuckDBConnection;
  beforeAll(async () => {
    const live = await memoryConnection();
    const table = await maskedLive(live, schema, ruleSet, raw(people));
    dev = await memoryConnection();
    await generateDevTwin({ live, dev, tables: [table], rowsPerTable: 3_000, seed: 17 });
  });
  const distinct = (column: string) => readColumn<string>(dev, `SELECT DISTINCT CAST("${column}" AS VARCHAR) FROM people WHERE "${column}" IS NOT NULL`);

  it.each(invertible)('%s: the rule makes every twin value', async (column) => {
    expect((await distinct(column)).length).toBeGreaterThan(0);
    expect(await ruleImageMisses(dev, schema, ruleSet, column, 'people', preimages[column])).toEqual([]);
  });

  it('pid (pseudonymize): the rule’s prefix and length of lower-case hex', async () => {
    expect((await distinct('pid')).filter((v) => !/^P[0-9a-f]{20}$/.test(v))).toEqual([]);
  });

  it('income (noise, round: 0): whole numbers, as the rule rounds them', async () => {
    expect((await distinct('income')).filter((v) => Number(v) !== Math.round(Number(v)))).toEqual([]);
  });

  it.each([['fname', 'cn_name'], ['fcompany', 'company'], ['faddr', 'cn_address'], ['femail', 'email']] as const)('%s (fake %s): entries of the compiler’s dictionary', async (column, kind) => {
    const dictionary = new Set(fakeDictionaries()[kind]);
    expect((await distinct(column)).filter((v) => !dictionary.has(v))).toEqual([]);
  });

  it('fphone (fake cn_mobile): 1, then 3 to 9, then 9 digits, as the compiled rule writes them', async () => {
    expect((await distinct('fphone')).filter((v) => !/^1[3-9]\d{9}$/.test(v))).toEqual([]);
  });

  it('never holds a placeholder in a generalised column', async () => {
    for (const column of ['birth', 'birth_year', 'paid', 'region', 'band']) {
      expect((await distinct(column)).filter((v) => v.startsWith(`${column}_`))).toEqual([]);
    }
  });
});
