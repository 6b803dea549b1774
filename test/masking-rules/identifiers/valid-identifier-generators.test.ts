import {
  USCC_ALPHABET,
  makeBankCard,
  makeCnResidentId,
  makeUscc,
  validateBankCard,
  validateCnResidentId,
  validateUnifiedSocialCreditCode,
} from '../../../masking-rules/identifiers';

const NOW = new Date('2024-06-15T04:00:00Z');
const REGIONS = ['110105', '310104', '440305', '510107', '650102', '820000', '710000', '330106'];
const INDICES = Array.from({ length: 300 }, (_, i) => i);

/** Deterministic YYYYMMDD from an index, days 1..28 so every month is valid. */
function birthDateFor(i: number): string {
  const year = 1930 + ((i * 7) % 90);
  const month = 1 + ((i * 5) % 12);
  const day = 1 + ((i * 11) % 28);
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** Deterministic 17-char USCC body from an index. */
function usccBodyFor(i: number): string {
  let s = '';
  for (let k = 0; k < 17; k++) s += USCC_ALPHABET[(i * 13 + k * k * 7 + k) % 31];
  return s;
}

describe('makeCnResidentId', () => {
  it('produces ids that validate without warnings', () => {
    for (const i of INDICES) {
      const id = makeCnResidentId(REGIONS[i % REGIONS.length], birthDateFor(i), (i * 37) % 1000);
      expect(id).toHaveLength(18);
      expect(validateCnResidentId(id, NOW)).toEqual({ valid: true, warnings: [] });
    }
  });

  it('is deterministic and matches a published example', () => {
    expect(makeCnResidentId('110105', '19491231', 2)).toBe('11010519491231002X');
    expect(makeCnResidentId('110101', '20000229', 1)).toBe('110101200002290018');
  });

  it('covers leap day', () => {
    expect(validateCnResidentId(makeCnResidentId('440305', '20000229', 123), NOW).valid).toBe(true);
  });

  it('rejects malformed inputs', () => {
    expect(() => makeCnResidentId('11010', '19491231', 2)).toThrow(RangeError);
    expect(() => makeCnResidentId('110105', '1949-12-31', 2)).toThrow(RangeError);
    expect(() => makeCnResidentId('110105', '19491231', 1000)).toThrow(RangeError);
    expect(() => makeCnResidentId('110105', '19491231', 1.5)).toThrow(RangeError);
  });
});

describe('makeUscc', () => {
  it('produces codes that validate without warnings', () => {
    for (const i of INDICES) {
      const code = makeUscc(usccBodyFor(i));
      expect(validateUnifiedSocialCreditCode(code)).toEqual({ valid: true, warnings: [] });
    }
  });

  it('matches published examples', () => {
    expect(makeUscc('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(makeUscc('91110108551385082')).toBe('91110108551385082Q');
  });

  it('rejects foreign characters', () => {
    expect(() => makeUscc('91350100M000100S4')).toThrow(RangeError);
  });
});

describe('makeBankCard', () => {
  it.each([
    ['622202', 19],
    ['621700', 19],
    ['4', 16],
    ['62', 17],
  ])('prefix %s length %d validates without warnings', (prefix, length) => {
    const seen = new Set<string>();
    for (const i of INDICES) {
      const card = makeBankCard(prefix, length, i * 9973);
      expect(card).toHaveLength(length);
      expect(card.startsWith(prefix)).toBe(true);
      expect(validateBankCard(card)).toEqual({ valid: true, warnings: [] });
      seen.add(card);
    }
    expect(seen.size).toBe(INDICES.length);
  });

  it('is deterministic', () => {
    expect(makeBankCard('622202123456789', 19, 12)).toBe('6222021234567890128');
    expect(makeBankCard('41111111111111', 16, 1)).toBe('4111111111111111');
  });

  it('throws when the index does not fit', () => {
    expect(() => makeBankCard('4111111111', 16, 100000)).toThrow(RangeError);
    expect(() => makeBankCard('4111111111111111', 16, 0)).toThrow(RangeError);
    expect(() => makeBankCard('41a', 16, 0)).toThrow(RangeError);
  });
});
