/**
 * A deterministic "people" dataset for masking tests: valid resident ID numbers (via the identifier
 * generators), Chinese names including compound surnames, mobiles (some with +86), Guangming
 * addresses, birth dates, incomes, region codes and statuses.
 */
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';
import { makeCnResidentId } from '../../../masking-rules/identifiers/valid-identifier-generators';
import type { TestRow } from './masking-test-db';

export const peopleSchema: DatasetSchema = {
  name: 'people',
  level: 'important',
  openness: 'conditional',
  subjectKey: 'id_number',
  columns: [
    { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id' },
    { name: 'name', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_name' },
    { name: 'mobile', type: 'VARCHAR', personal: 'personal', identifier: 'direct', semantic: 'cn_mobile' },
    { name: 'address', type: 'VARCHAR', personal: 'personal', identifier: 'quasi', semantic: 'cn_address' },
    { name: 'birth_date', type: 'DATE', personal: 'personal', identifier: 'quasi', semantic: 'birth_date' },
    { name: 'income', type: 'DECIMAL(18,2)', personal: 'sensitive', identifier: 'none', semantic: 'amount' },
    { name: 'region_code', type: 'VARCHAR', personal: 'none', identifier: 'quasi', semantic: 'region_code' },
    { name: 'gender', type: 'VARCHAR', personal: 'personal', identifier: 'quasi' },
    { name: 'notes', type: 'VARCHAR', personal: 'personal', identifier: 'none', semantic: 'free_text' },
    { name: 'status', type: 'VARCHAR', personal: 'none', identifier: 'none' },
    { name: 'age', type: 'INTEGER', personal: 'none', identifier: 'none' },
    { name: 'district', type: 'VARCHAR', personal: 'none', identifier: 'none' },
  ],
};

export const TEST_KEY = '0123456789abcdef0123456789abcdef';
export const OTHER_KEY = 'fedcba9876543210fedcba9876543210';
export const AS_OF = '2024-04-30';

const surnames = ['张', '李', '王', '刘', '陈', '欧阳', '司马', '诸葛', '上官', '令狐', '黄', '周'];
const given = ['三丰', '娜娜', '伟', '秀英', '建国', '小明', '丽', '国强', '子轩', '一'];
const regions = ['440311', '440306', '110105', '310104', '440303'];
const streets = ['凤凰街道', '光明街道', '公明街道', '新湖街道'];
const districts = ['光明街道', '公明街道', '新湖街道', '马田街道'];

/** A small deterministic pseudo-random sequence (LCG), so fixtures never change between runs. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` people; the same `seed` always gives the same rows. */
export function makePeople(count: number, seed = 1): TestRow[] {
  const rand = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const year = 1935 + Math.floor(rand() * 88);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const region = pick(regions);
    const mobile = `1${3 + Math.floor(rand() * 7)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
    return {
      id_number: makeCnResidentId(region, birth.replaceAll('-', ''), i % 1000),
      name: pick(surnames) + pick(given),
      mobile: i % 5 === 0 ? `+86${mobile}` : mobile,
      address: `广东省深圳市光明区${pick(streets)}光明大道${1 + (i % 300)}号`,
      birth_date: birth,
      income: Math.round(rand() * 2_000_000) / 100,
      region_code: region,
      gender: i % 2 === 0 ? 'F' : 'M',
      notes: i % 7 === 0 ? null : `note ${i}`,
      status: i % 4 === 0 ? 'closed' : 'active',
      age: 2024 - year,
      district: pick(districts),
    };
  });
}

/** A people rule set: every column that needs a rule is dropped unless `columns` gives it one. */
export function peopleRules(columns: Record<string, unknown>, rows?: Record<string, unknown>): Record<string, unknown> {
  const drops = Object.fromEntries(peopleSchema.columns
    .filter((c) => c.personal !== 'none' || c.identifier !== 'none')
    .map((c) => [c.name, { strategy: 'drop' }]));
  return { columns: { ...drops, ...columns }, ...(rows === undefined ? {} : { rows }) };
}
