import { usccCheckChar, validateUnifiedSocialCreditCode } from '../../../masking-rules/identifiers';

describe('usccCheckChar', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91110108551385082', 'Q'],
    ['91310000775785552', 'L'],
    ['91440300192203821', '6'],
  ])('%s -> %s', (first17, expected) => {
    expect(usccCheckChar(first17)).toBe(expected);
  });

  it('throws on wrong length or foreign characters', () => {
    expect(() => usccCheckChar('9135010')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100M000100I4')).toThrow(RangeError);
  });

  it('maps a zero remainder to 0 (check = (31 - 0) % 31)', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });
});

describe('validateUnifiedSocialCreditCode', () => {
  it.each(['91350100M000100Y43', '91110108551385082Q', '91310000775785552L', '914403001922038216'])(
    'accepts %s without warnings',
    (code) => {
      expect(validateUnifiedSocialCreditCode(code)).toEqual({ valid: true, warnings: [] });
    },
  );

  it('warns but does not reject a wrong check character', () => {
    const r = validateUnifiedSocialCreditCode('91350100M000100Y44');
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/expected 3/);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects forbidden letter %s', (letter) => {
    const r = validateUnifiedSocialCreditCode(`91350100M000100${letter}43`);
    expect(r.valid).toBe(false);
    expect(r.reason).toContain(letter);
  });

  it.each([
    ['17 chars', '91350100M000100Y4'],
    ['19 chars', '91350100M000100Y431'],
    ['empty', ''],
    ['lowercase', '91350100m000100y43'],
    ['punctuation', '91350100-000100Y43'],
  ])('rejects %s', (_label, code) => {
    expect(validateUnifiedSocialCreditCode(code).valid).toBe(false);
  });
});
