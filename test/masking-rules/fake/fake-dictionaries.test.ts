/** The fake dictionaries: built once, deterministic, zh_CN, distinct, never real mailboxes. */
import { createHash } from 'node:crypto';
import { fakeDictionaries, fakeDictionarySizes } from '../../../masking-rules/fake/fake-dictionaries';
import { guangmingPrefix } from '../../../masking-rules/fake/guangming-address-parts';

function digest(): string {
  return createHash('sha256').update(JSON.stringify(fakeDictionaries())).digest('hex');
}

it('has the documented sizes and distinct entries', () => {
  const dictionaries = fakeDictionaries();
  for (const [kind, size] of Object.entries(fakeDictionarySizes)) {
    const list = dictionaries[kind as keyof typeof fakeDictionarySizes];
    expect(list).toHaveLength(size);
    expect(new Set(list).size).toBe(size);
  }
});

it('is built once and frozen', () => {
  expect(fakeDictionaries()).toBe(fakeDictionaries());
  expect(Object.isFrozen(fakeDictionaries().cn_name)).toBe(true);
});

it('is deterministic: a fresh module instance builds the same lists', () => {
  const first = digest();
  let second = '';
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require('../../../masking-rules/fake/fake-dictionaries') as typeof import('../../../masking-rules/fake/fake-dictionaries');
    second = createHash('sha256').update(JSON.stringify(fresh.fakeDictionaries())).digest('hex');
  });
  expect(second).toBe(first);
});

it('names are zh_CN (CJK only), addresses are in Guangming, e-mails use reserved example domains', () => {
  const { cn_name, cn_address, email, company } = fakeDictionaries();
  for (const name of cn_name) expect(name).toMatch(/^\p{Script=Han}{2,4}$/u);
  for (const address of cn_address) expect(address.startsWith(guangmingPrefix)).toBe(true);
  for (const mail of email) expect(mail).toMatch(/@example\.(com|net|org)$/);
  for (const name of company) expect(name).toMatch(/\p{Script=Han}/u);
});
