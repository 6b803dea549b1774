/**
 * The benchmark's people dataset: a schema, its masking rules, and a deterministic generator of
 * rows with valid resident ID numbers (GB 11643), Chinese names, 11-digit mobiles, Guangming
 * addresses, birth dates, incomes and 6-digit region codes. No real person: every value comes
 * from a seeded xorshift generator, so the same row count always gives the same file.
 */
import { makeCnResidentId } from '../../masking-rules/identifiers/valid-identifier-generators';
import { guangmingCommunities, guangmingPrefix, guangmingRoads, guangmingStreets } from '../../masking-rules/fake/guangming-address-parts';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import type { ColumnRule } from '../../masking-rules/strategies/strategy-registry';

export const PEOPLE_TABLE = 'people';

export const peopleColumns: ColumnSpec[] = [
  { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id', nullable: false, description: '公民身份号码' },
  { name: 'name', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_name', description: '姓名' },
  { name: 'mobile', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_mobile', description: '手机号码' },
  { name: 'address', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'cn_address', description: '居住地址' },
  { name: 'birth_date', type: 'DATE', personal: 'personal', identifier: 'quasi', semantic: 'birth_date', description: '出生日期' },
  { name: 'income', type: 'DECIMAL(18,2)', personal: 'personal', identifier: 'none', semantic: 'amount', description: '月收入（元）' },
  { name: 'region_code', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'region_code', description: '户籍地区划代码' },
  { name: 'street', type: 'VARCHAR', personal: 'none', identifier: 'none', semantic: 'category', description: '所属街道' },
];

export const peopleSchema = {
  name: PEOPLE_TABLE,
  title: '光明区人口基准数据集（生成）',
  description: 'benchmark data: generated values only',
  level: 'important' as const,
  openness: 'conditional' as const,
  subjectKey: 'id_number',
  columns: peopleColumns,
};

/** The masking rule per column (7 masked columns; street kept). */
export const peopleRules: Record<string, ColumnRule> = {
  id_number: { strategy: 'pseudonymize', length: 32 },
  name: { strategy: 'fake', kind: 'cn_name' },
  mobile: { strategy: 'mask', preset: 'cn_mobile', char: '*' },
  address: { strategy: 'mask', preset: 'cn_address', char: '*' },
  birth_date: { strategy: 'generalize', to: 'age_band', width: 10, max: 80 },
  income: { strategy: 'noise', distribution: 'laplace', scale: 500, round: 2 },
  region_code: { strategy: 'generalize', to: 'region', digits: 4 },
};

export const peopleRuleSet: RuleSet = { description: 'benchmark rule set', columns: peopleRules };

/** A rule set where only `masked` keeps its rule and every other column is kept, with a justification. */
export function singleRuleSet(masked: string): RuleSet {
  const columns: Record<string, ColumnRule> = {};
  for (const c of peopleColumns) {
    columns[c.name] = c.name === masked && peopleRules[c.name]
      ? peopleRules[c.name]
      : { strategy: 'keep', justification: 'benchmark: isolates the cost of one strategy' };
  }
  return { description: `only ${masked} masked`, columns };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞',
  '平', '刚', '桂英', '建华', '文', '华', '红', '建国', '志强', '丹', '萍', '鹏', '辉', '玲', '晨', '宇航', '子涵', '欣怡', '浩然', '梓萱',
  '一诺', '思远', '雨桐', '俊杰', '佳怡', '家豪', '晓明', '海燕', '立新', '春梅'];
const REGIONS = ['440311', '440306', '440304', '440305', '440307', '440309', '440310', '440303', '441322', '441302', '445102', '440106',
  '440113', '360121', '360731', '430102', '430524', '450102', '450902', '420102', '421087', '510104', '511602', '350102', '350581',
  '410102', '411302', '320102', '330102', '370102', '522601', '460105'];

export const PEOPLE_HEADER = peopleColumns.map((c) => c.name).join(',');

/** Writes rows as CSV lines (with '\n'), `count` at a time, from a generator state. */
export class PeopleRows {
  private state = 0x2545f491;
  private index = 0;

  private next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.next() % list.length];
  }

  /** The next `count` rows as CSV text. */
  lines(count: number): string {
    const out: string[] = new Array<string>(count);
    for (let k = 0; k < count; k += 1) out[k] = this.line();
    return `${out.join('\n')}\n`;
  }

  private line(): string {
    const i = this.index;
    this.index += 1;
    const region = this.pick(REGIONS);
    const year = 1940 + (this.next() % 68);
    const month = 1 + (this.next() % 12);
    const day = 1 + (this.next() % 28);
    const mm = month < 10 ? `0${month}` : String(month);
    const dd = day < 10 ? `0${day}` : String(day);
    const id = makeCnResidentId(region, `${year}${mm}${dd}`, i % 1000);
    const name = this.pick(SURNAMES) + this.pick(GIVEN);
    const mobile = `1${3 + (this.next() % 7)}${String(this.next() % 1_000_000_000).padStart(9, '0')}`;
    const street = this.pick(guangmingStreets);
    const address = `${guangmingPrefix}${street}${this.pick(guangmingCommunities)}社区${this.pick(guangmingRoads)}${1 + (this.next() % 999)}号`;
    const income = (2000 + (this.next() % 4_800_000) / 100).toFixed(2);
    return `${id},${name},${mobile},${address},${year}-${mm}-${dd},${income},${region},${street}`;
  }
}
