/**
 * Dictionaries of the twin's synthetic source values (names and e-mails a raw column could hold,
 * before live's mask), built once per seed with a private zh_CN faker seeded with the twin's seed
 * (not the shared `fakerZH_CN`, whose global stream other code relies on). Rows never call faker:
 * the generated SQL picks from these lists by hash. Entries of the live fake strategy's
 * dictionaries (masking-rules/fake) are left out, so a synthetic raw name or e-mail never equals a
 * live fake value; names are 3–4 Han characters. (A fake column itself picks from the fake
 * strategy's own dictionaries: those are what live can hold.)
 */
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { fakeDictionaries } from '../../masking-rules/fake/fake-dictionaries';

export type TwinDictionaries = Readonly<{
  names: readonly string[];
  emails: readonly string[];
  remarks: readonly string[];
}>;

export const twinDictionarySizes = { names: 1500, emails: 400 } as const;

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
  const email = () =>
    `${faker.internet.username().toLowerCase()}@${faker.helpers.arrayElement(['example.com', 'example.net', 'example.org'])}`;
  const names = distinct(name, twinDictionarySizes.names, new Set(live.cn_name), (s) => /^\p{Script=Han}{3,4}$/u.test(s));
  const emails = distinct(email, twinDictionarySizes.emails, new Set(live.email), (s) => /^[a-z0-9._-]+@example\.(com|net|org)$/.test(s));
  return Object.freeze({ names, emails, remarks });
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
