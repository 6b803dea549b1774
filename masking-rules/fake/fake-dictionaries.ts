/**
 * Dictionaries for the fake strategy, built ONCE per process with a private faker zh_CN instance and a
 * fixed seed, so the same faker version always yields the same lists and the compiler stays
 * deterministic. Rows never call faker: the compiled SQL picks from these lists by keyed hash.
 * Sizes: 1000 names (CJK only), 500 Guangming addresses, 500 company names, 500 e-mails on the
 * reserved example.com/.net/.org domains (never a real mailbox). All entries are distinct.
 */
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { guangmingCommunities, guangmingPrefix, guangmingRoads, guangmingStreets } from './guangming-address-parts';

export const fakeDictionaryKinds = ['cn_name', 'cn_address', 'company', 'email'] as const;
export type FakeDictionaryKind = (typeof fakeDictionaryKinds)[number];
export type FakeDictionaries = Readonly<Record<FakeDictionaryKind, readonly string[]>>;

/** The seed of the dictionary faker; changing it changes every fake value. */
export const FAKE_DICTIONARY_SEED = 37964;

export const fakeDictionarySizes: Readonly<Record<FakeDictionaryKind, number>> = {
  cn_name: 1000,
  cn_address: 500,
  company: 500,
  email: 500,
};

let cached: FakeDictionaries | undefined;

/** The dictionaries, built on first use and frozen. */
export function fakeDictionaries(): FakeDictionaries {
  cached ??= buildDictionaries();
  return cached;
}

function buildDictionaries(): FakeDictionaries {
  const faker = new Faker({ locale: [zh_CN, en, base] });
  faker.seed(FAKE_DICTIONARY_SEED);
  const name = () => faker.person.fullName().replace(/\s+/g, '');
  const address = () =>
    guangmingPrefix + faker.helpers.arrayElement(guangmingStreets) + faker.helpers.arrayElement(guangmingCommunities)
    + '社区' + faker.helpers.arrayElement(guangmingRoads) + faker.number.int({ min: 1, max: 999 }) + '号';
  const email = () =>
    faker.internet.email({ provider: faker.helpers.arrayElement(['example.com', 'example.net', 'example.org']) }).toLowerCase();
  return Object.freeze({
    cn_name: distinct(name, fakeDictionarySizes.cn_name, (s) => /^\p{Script=Han}{2,4}$/u.test(s)),
    cn_address: distinct(address, fakeDictionarySizes.cn_address),
    company: distinct(() => faker.company.name(), fakeDictionarySizes.company, (s) => !s.includes("'")),
    email: distinct(email, fakeDictionarySizes.email, (s) => /^[a-z0-9._-]+@example\.(com|net|org)$/.test(s)),
  });
}

/** `size` distinct values from `make` that pass `accept`; throws if faker cannot supply them. */
function distinct(make: () => string, size: number, accept: (s: string) => boolean = () => true): readonly string[] {
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < size && attempt < size * 50; attempt += 1) {
    const value = make();
    if (accept(value)) seen.add(value);
  }
  if (seen.size < size) throw new Error(`faker could not supply ${size} distinct dictionary entries`);
  return Object.freeze([...seen]);
}
