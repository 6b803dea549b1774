/**
 * Deterministic, realistic sample rows for detection tests: valid resident IDs, credit codes and
 * bank cards from the identifier generators, plus names, mobiles, plates, e-mails, addresses,
 * dates, region codes, incomes, categories and remarks.
 */
import { USCC_ALPHABET, makeBankCard, makeCnResidentId, makeUscc } from '../../../masking-rules/identifiers';

/** Fixed clock for every detection test: 2024-06-15 12:00 China Standard Time. */
export const NOW = new Date('2024-06-15T04:00:00Z');

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const REGIONS = ['110105', '310104', '440305', '510107', '330106', '420111', '610113', '370202'];
const CITIES = ['北京市朝阳区', '上海市徐汇区', '深圳市南山区', '成都市武侯区', '杭州市西湖区', '武汉市洪山区'];
const ROADS = ['建国路', '漕溪北路', '科技园路', '人民南路', '文三路', '珞喻路'];
const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const PLATE_PROVINCES = '京沪粤川浙鄂陕鲁';
const REMARKS = ['已电话回访，客户表示满意', '资料待补充，下周再联系', '地址变更，需重新核实', '申请材料齐全，予以受理', '逾期未缴费，已发提醒'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function birthDateFor(i: number): string {
  return `${1940 + ((i * 7) % 65)}${pad(1 + ((i * 5) % 12), 2)}${pad(1 + ((i * 11) % 28), 2)}`;
}

export function nameFor(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
}

export function mobileFor(i: number): string {
  const prefixes = ['138', '139', '150', '186', '177', '199', '135', '158'];
  return prefixes[i % prefixes.length] + pad((i * 7919 + 12345) % 100000000, 8);
}

export function cnIdFor(i: number): string {
  return makeCnResidentId(REGIONS[i % REGIONS.length], birthDateFor(i), (i * 37) % 1000);
}

export function usccFor(i: number): string {
  let body = '91';
  for (let k = 0; k < 15; k++) body += USCC_ALPHABET[(i * 13 + k * k * 7 + k) % 31];
  return makeUscc(body);
}

export function bankCardFor(i: number): string {
  return makeBankCard('622202', 19, 1000 + i * 97);
}

export function plateFor(i: number): string {
  let serial = '';
  for (let k = 0; k < 5; k++) serial += PLATE_CHARS[(i * 7 + k * 13) % PLATE_CHARS.length];
  return `${PLATE_PROVINCES[i % PLATE_PROVINCES.length]}${'ABCDE'[i % 5]}${serial}`;
}

export function emailFor(i: number): string {
  return `user${i}.${['zhang', 'li', 'wang'][i % 3]}@example${i % 4}.com.cn`;
}

export function addressFor(i: number): string {
  return `${CITIES[i % CITIES.length]}${ROADS[(i * 5) % ROADS.length]}${10 + ((i * 17) % 300)}号`;
}

export function eventDateFor(i: number): string {
  return `2023-${pad(1 + (i % 12), 2)}-${pad(1 + ((i * 3) % 28), 2)}`;
}

export function isoBirthDateFor(i: number): string {
  const b = birthDateFor(i);
  return `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`;
}

/** `n` rows of a realistic personal dataset, keyed by the given column names in order. */
export function personRows(n: number, keys: {
  id: string; name: string; mobile: string; address: string; uscc: string; card: string; plate: string; email: string;
  birth: string; event: string; region: string; income: string; gender: string; remark: string;
}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    [keys.id]: cnIdFor(i),
    [keys.name]: nameFor(i),
    [keys.mobile]: mobileFor(i),
    [keys.address]: addressFor(i),
    [keys.uscc]: usccFor(i),
    [keys.card]: bankCardFor(i),
    [keys.plate]: plateFor(i),
    [keys.email]: emailFor(i),
    [keys.birth]: isoBirthDateFor(i),
    [keys.event]: eventDateFor(i),
    [keys.region]: REGIONS[i % REGIONS.length],
    [keys.income]: 3000 + ((i * 7919) % 20000),
    [keys.gender]: i % 3 === 0 ? '女' : '男',
    [keys.remark]: `${REMARKS[i % REMARKS.length]}（第${i}次）`,
  }));
}

/** Every sampled value of every row as text, for checking that evidence leaks none of them. */
export function sampleTexts(rows: readonly Record<string, unknown>[]): string[] {
  const texts = new Set<string>();
  for (const row of rows) {
    for (const value of Object.values(row)) {
      if (value === null || value === undefined) continue;
      texts.add(value instanceof Date ? value.toISOString() : String(value).trim());
    }
  }
  return [...texts].filter((t) => t !== '');
}
