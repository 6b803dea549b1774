import {
  identifierValidators,
  luhnCheckDigit,
  normalizeCnMobile,
  passesLuhn,
  validateBankCard,
  validateCnMobile,
  validateCnPlate,
  validateEmail,
  type IdentifierSemantic,
} from '../../../masking-rules/identifiers';

describe('validateCnMobile / normalizeCnMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['+86 13800138000', '13800138000'],
    ['+86-19912345678', '19912345678'],
    ['8613800138000', '13800138000'],
    ['86 15012345678', '15012345678'],
  ])('accepts %s', (input, normalized) => {
    expect(validateCnMobile(input)).toEqual({ valid: true, warnings: [] });
    expect(normalizeCnMobile(input)).toBe(normalized);
  });

  it.each(['138001380001', '1380013800', '12800138000', '10800138000', '+85213800138000', '+86  13800138000', '1380013800a', ''])(
    'rejects %s',
    (input) => {
      expect(validateCnMobile(input).valid).toBe(false);
      expect(normalizeCnMobile(input)).toBeNull();
    },
  );
});

describe('Luhn helpers', () => {
  it('computes check digits', () => {
    expect(luhnCheckDigit('622202123456789012')).toBe('8');
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });

  it('checks full numbers', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('6222021234567890127')).toBe(false);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('4111 1111')).toBe(false);
  });
});

describe('validateBankCard', () => {
  it.each(['6222021234567890128', '6222 0212 3456 7890 128', '4111111111111111'])('accepts %s', (card) => {
    expect(validateBankCard(card)).toEqual({ valid: true, warnings: [] });
  });

  it('warns on a Luhn failure', () => {
    const r = validateBankCard('6222021234567890127');
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual(['Luhn check failed']);
  });

  it.each(['411111111111111', '62220212345678901280', '6222-0212-3456-7890-128', '6222 0212 3456 789O 128', ' ', ''])(
    'rejects %s',
    (card) => {
      expect(validateBankCard(card).valid).toBe(false);
    },
  );
});

describe('validateCnPlate', () => {
  it.each(['粤B12345', '粤BD12345', '粤B12345D', '京A·12345', '京A 12345', '沪AF1234', '苏E1234挂', '粤ZA123港', '川A8C9X7', '琼BF12345'])(
    'accepts %s',
    (plate) => {
      expect(validateCnPlate(plate)).toEqual({ valid: true, warnings: [] });
    },
  );

  it.each(['粤I12345', '粤O12345', '粤B1234', 'AB12345', '粤B123456', '粤BA12345', '粤B1234I', '粤b12345', '港A12345', '粤B12345挂', ''])(
    'rejects %s',
    (plate) => {
      expect(validateCnPlate(plate).valid).toBe(false);
    },
  );
});

describe('validateEmail', () => {
  it.each(['user@example.com', 'first.last+tag@mail.example.cn', 'a_b%c-d@sub-domain.example.org', 'x@y.io'])(
    'accepts %s',
    (email) => {
      expect(validateEmail(email)).toEqual({ valid: true, warnings: [] });
    },
  );

  it.each([
    'plainaddress',
    '@example.com',
    'user@localhost',
    'user@example.c',
    'user@example.123',
    'a@b@example.com',
    '.user@example.com',
    'user.@example.com',
    'us..er@example.com',
    'user@-example.com',
    'user@example-.com',
    'user@exa_mple.com',
    'us er@example.com',
    `${'a'.repeat(65)}@example.com`,
    `user@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`,
  ])('rejects %s', (email) => {
    expect(validateEmail(email).valid).toBe(false);
  });
});

describe('identifierValidators', () => {
  it('maps every semantic to its validator', () => {
    const samples: Record<IdentifierSemantic, string> = {
      cn_id: '11010519491231002X',
      uscc: '91350100M000100Y43',
      cn_mobile: '+86 13800138000',
      bank_card: '6222021234567890128',
      plate: '粤B12345',
      email: 'user@example.com',
    };
    for (const [semantic, value] of Object.entries(samples) as [IdentifierSemantic, string][]) {
      expect(identifierValidators[semantic](value)).toEqual({ valid: true, warnings: [] });
    }
    expect(Object.keys(identifierValidators).sort()).toEqual(Object.keys(samples).sort());
  });
});
