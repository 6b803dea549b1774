/**
 * Dictionaries of the twin, built once per seed with a private zh_CN faker seeded with the twin's
 * seed (not the shared `fakerZH_CN`, whose global stream other code relies on). Rows never call
 * faker: the generated SQL picks from these lists by hash. Entries of the live fake strategy's
 * dictionaries (masking-rules/fake) are left out, so a twin name, company or e-mail never equals a
 * live fake value; names are 3–4 Han characters.
 */
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { fakeDictionaries } from '../../masking-rules/fake/fake-dictionaries';

export type TwinDictionaries = Readonly<{
  names: readonly string[];
  companies: readonly string[];
  emails: readonly string[];
  remarks: readonly string[];
}>;

export const twinDictionarySizes = { names: 1500, companies: 400, emails: 400 } as const;

const industries = ['科技', '电子', '实业', '贸易', '物流', '建设', '精密', '新材料', '智能', '光电', '医疗器械', '餐饮管理'];
const companySuffixes = ['有限公司', '股份有限公司', '有限责任公司'];

/** Short case-file remarks for free_text columns. */
const remarks = [
  '资料齐全', '已核实', '待补充材料', '按期缴纳', '情况正常', '需电话回访', '已办结', '暂无异常',
  '申请材料已受理', '信息已更新', '地址已变更', '待现场核查', '已转街道办理', '本人到场办理',
] as const;

const cache = new Map<number, TwinDictionaries>();
const CACHE_LIMIT = 8;

/** The dictionaries for `seed`, built on first use. */
export function twinDictionaries(seed: number): TwinDictionaries {
  const hit = cache.get(seed);
  if (hit !== undefined) return hit;
  const built = build(seed);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as number);
  cache.set(seed, built);
  return built;
}

function build(seed: number): TwinDictionaries {
  const faker = new Faker({ locale: [zh_CN, en, base] });
  faker.seed(seed);
  const live = fakeDictionaries();
  const name = () => faker.person.fullName().replace(/\s+/g, '');
  const company = () => {
    const given = faker.person.firstName();
    const stem = given.length >= 2 ? given : faker.person.lastName() + given;
    return '深圳市' + stem + faker.helpers.arrayElement(industries) + faker.helpers.arrayElement(companySuffixes);
  };
  const email = () =>
    `${faker.internet.username().toLowerCase()}@${faker.helpers.arrayElement(['example.com', 'example.net', 'example.org'])}`;
  const names = distinct(name, twinDictionarySizes.names, new Set(live.cn_name), (s) => /^\p{Script=Han}{3,4}$/u.test(s));
  const companies = distinct(company, twinDictionarySizes.companies, new Set(live.company), (s) => /^\p{Script=Han}+$/u.test(s));
  const emails = distinct(email, twinDictionarySizes.emails, new Set(live.email), (s) => /^[a-z0-9._-]+@example\.(com|net|org)$/.test(s));
  return Object.freeze({ names, companies, emails, remarks });
}

/** Up to `size` distinct values of `make` that pass `accept` and are not in `exclude`. */
function distinct(make: () => string, size: number, exclude: ReadonlySet<string>, accept: (s: string) => boolean): readonly string[] {
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < size && attempt < size * 40; attempt += 1) {
    const value = make();
    if (accept(value) && !exclude.has(value)) seen.add(value);
  }
  if (seen.size === 0) throw new Error('faker supplied no twin dictionary entries');
  return Object.freeze([...seen]);
}
