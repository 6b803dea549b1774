/** mask: every preset and the custom prefix/suffix mask, run on DuckDB. */
import { makeBankCard } from '../../../masking-rules/identifiers/valid-identifier-generators';
import { maskRuleSchema } from '../../../masking-rules/strategies/mask-strategy';
import { compileAndRun } from '../compiler/compile-and-run';
import { MaskingTestDb } from '../compiler/masking-test-db';
import { makePeople, peopleRules, peopleSchema } from '../compiler/people-fixture';
import { textSchema } from './text-schema';
import { TRIMMED_SPACE_RANGES, trimmedSql } from '../../../masking-rules/strategies/trimmed-value';

let db: MaskingTestDb;
const people = makePeople(600, 7);

beforeAll(async () => {
  db = await MaskingTestDb.create();
  await db.createTable('people', peopleSchema, people);
});
afterAll(() => db.close());

async function maskValues(rule: Record<string, unknown>, values: (string | null)[]): Promise<unknown[]> {
  const table = `t${Math.random().toString(36).slice(2, 10)}`;
  await db.createTable(table, textSchema, values.map((v, i) => ({ i, v })));
  const rows = await compileAndRun(db, { schema: textSchema, rules: { columns: { v: rule } }, table, columns: ['i', 'v'] });
  return rows.sort((a, b) => Number(a.i) - Number(b.i)).map((r) => r.v);
}

describe('mask presets', () => {
  it('cn_mobile: every masked mobile matches ^1\\d{2}\\*{4}\\d{4}$, also from +86 forms', async () => {
    const rows = await compileAndRun(db, {
      schema: peopleSchema, table: 'people', columns: ['mobile'],
      rules: peopleRules({ mobile: { strategy: 'mask', preset: 'cn_mobile' } }),
    });
    expect(rows).toHaveLength(people.length);
    for (const row of rows) expect(row.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(await maskValues({ strategy: 'mask', preset: 'cn_mobile' }, ['13812345678', '+8613812345678', '+86 13812345678', ' 13912345678 ']))
      .toEqual(['138****5678', '138****5678', '138****5678', '139****5678']);
  });

  it('cn_mobile keeps the 3 + 4 shape on non-mobiles and fills short values completely', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'cn_mobile' }, ['0755-12345678', '12345', null]))
      .toEqual(['075******5678', '*****', null]);
  });

  it('presets trim every Unicode space separator, so padding never lets a short value out', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'cn_mobile' }, ['\u300013912345678\u3000', '  13912345678', '\u00a013912345678', '1391234567 ']))
      .toEqual(['139****5678', '139****5678', '139****5678', '139***4567']);
    expect(await maskValues({ strategy: 'mask', preset: 'cn_mobile' }, ['\u00a01234567', '1234567\u00a0', '\u00a0\u00a0\u00a0\u00a01234', '\u2003123\u202f']))
      .toEqual(['*******', '*******', '****', '***']);
    expect(await maskValues({ strategy: 'mask', preset: 'cn_id' }, ['\u00a0\u00a012', '\u205f1101051949123100\u16802X\u2009']))
      .toEqual(['**', `1${'*'.repeat(16)}2X`]);
    expect(await maskValues({ strategy: 'mask', preset: 'bank_card' }, ['\u00a012345678']))
      .toEqual(['********']);
    expect(await maskValues({ strategy: 'mask', preset: 'plate' }, ['\u00a0京A1']))
      .toEqual(['***']);
    expect(await maskValues({ strategy: 'mask', preset: 'cn_address' }, ['\u3000深圳市光明区光明街道碧眼社区华夏路1号 ']))
      .toEqual(['深圳市光明区光明街道']);
  });

  it('cn_id shows the first 1 and last 2 characters', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'cn_id' }, ['11010519491231002X', '110105491231002']))
      .toEqual(['1***************2X', '1************02']);
  });

  it('cn_name keeps the surname only, compound surnames whole', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'cn_name' }, ['张三丰', '欧阳娜娜', '司马懿', '诸葛亮', '张', '慕容复', '令狐冲', '王小二']))
      .toEqual(['张**', '欧阳**', '司马*', '诸葛*', '张', '慕容*', '令狐*', '王**']);
  });

  it('bank_card shows first 4 and last 4 of valid card numbers, spaces removed', async () => {
    const cards = [makeBankCard('622202', 19, 12345), makeBankCard('4', 16, 7)];
    const masked = await maskValues({ strategy: 'mask', preset: 'bank_card' }, [...cards, '6222 0212 3456 7890']);
    expect(masked).toEqual([
      `${cards[0].slice(0, 4)}${'*'.repeat(11)}${cards[0].slice(-4)}`,
      `${cards[1].slice(0, 4)}${'*'.repeat(8)}${cards[1].slice(-4)}`,
      '6222********7890',
    ]);
  });

  it('plate keeps province, letter and last character', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'plate' }, ['粤B12345', '粤BD12345', '京A·8888A']))
      .toEqual(['粤B****5', '粤B*****5', '京A****A']);
  });

  it('email keeps the first character and the domain', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'email' }, ['zhangsan@example.com', 'a@b.cn', 'not-an-email']))
      .toEqual(['z***@example.com', 'a***@b.cn', '************']);
  });

  it('cn_address cuts after the street, else after the district, else after the city', async () => {
    expect(await maskValues({ strategy: 'mask', preset: 'cn_address' }, [
      '广东省深圳市光明区凤凰街道光明大道123号', '广东省深圳市光明区光明大道123号', '广东省东莞市虎门镇人民路1号',
      '北京市朝阳区建国路88号', '深圳市光明大道1号', '光明大道1号',
    ])).toEqual(['广东省深圳市光明区凤凰街道', '广东省深圳市光明区', '广东省东莞市虎门镇', '北京市朝阳区', '深圳市', '******']);
    const rows = await db.all(`SELECT count(*) AS n FROM people`);
    expect(rows[0].n).toBe(people.length);
  });
});

describe('custom mask', () => {
  it('keeps prefix and suffix with the given char; short values are filled', async () => {
    expect(await maskValues({ strategy: 'mask', keepPrefix: 2, keepSuffix: 1, char: '#' }, ['AB1234C', 'ABC', 'AB', '', null]))
      .toEqual(['AB####C', '###', '##', '', null]);
    expect(await maskValues({ strategy: 'mask', keepSuffix: 4 }, ['13812345678'])).toEqual(['*******5678']);
    expect(await maskValues({ strategy: 'mask', keepPrefix: 0 }, ['secret'])).toEqual(['******']);
  });

  it('a multi-byte fill char works', async () => {
    expect(await maskValues({ strategy: 'mask', keepPrefix: 1, char: '某' }, ['张三丰'])).toEqual(['张某某']);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ strategy: 'mask' }, 'neither preset nor keep'],
    [{ strategy: 'mask', preset: 'cn_id', keepPrefix: 1 }, 'both'],
    [{ strategy: 'mask', preset: 'cn_id', char: '**' }, 'two chars'],
    [{ strategy: 'mask', preset: 'cn_id', char: '' }, 'empty char'],
    [{ strategy: 'mask', preset: 'cn_id', char: "'" }, 'quote char'],
    [{ strategy: 'mask', preset: 'cn_id', char: '\\' }, 'backslash char'],
    [{ strategy: 'mask', preset: 'ssn' }, 'unknown preset'],
    [{ strategy: 'mask', keepPrefix: -1 }, 'negative'],
    [{ strategy: 'mask', keepPrefix: 1.5 }, 'fractional'],
  ])('refuses %j (%s)', (rule) => {
    expect(maskRuleSchema.safeParse(rule).success).toBe(false);
  });
});

describe('trimmedSql', () => {
  it('equals trim() for values starting or ending with every character trim() removes, and for others', async () => {
    const spaces = TRIMMED_SPACE_RANGES.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCodePoint(lo + k)));
    const others = ['\t', '\n', '\u200b', '\ufeff', 'a', '号', '', '\u00a1', '\u1681', '\u200b', '\u3001'];
    const values: string[] = ['', ' ', 'abc', '深圳市'];
    for (const pad of [...spaces, ...others]) values.push(`${pad}ab`, `ab${pad}`, `${pad}${pad}`, `${pad}1${pad}`, pad);
    const table = `trim_${Math.random().toString(36).slice(2, 10)}`;
    await db.createTable(table, textSchema, values.map((v, i) => ({ i, v })));
    const rows = await db.all(`SELECT i, ${trimmedSql('v')} AS guarded, trim(v) AS plain FROM ${table} ORDER BY i`);
    expect(rows).toHaveLength(values.length);
    expect(rows.filter((r) => r.guarded !== r.plain)).toEqual([]);
  });

  it('covers exactly the characters DuckDB trims (the Basic Multilingual Plane checked)', async () => {
    const trimmed = await db.column<number>(`SELECT cp FROM range(1, 65536) t(cp) WHERE (cp < 55296 OR cp > 57343)
      AND trim(chr(cp::INTEGER) || 'a') = 'a' AND trim('a' || chr(cp::INTEGER)) = 'a' ORDER BY cp`, 'cp');
    const ours = TRIMMED_SPACE_RANGES.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k));
    expect(trimmed.map(Number)).toEqual(ours);
  });
});
