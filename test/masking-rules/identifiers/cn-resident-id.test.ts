import {
  cnResidentIdCheckChar,
  parseCnResidentIdBirthDate,
  validateCnResidentId,
} from '../../../masking-rules/identifiers';

// Fixed clock: 2024-06-15 12:00 in China Standard Time.
const NOW = new Date('2024-06-15T04:00:00Z');

describe('cnResidentIdCheckChar', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['44030119850315123', '2'],
    ['11010120000229001', '8'],
  ])('%s -> %s', (first17, expected) => {
    expect(cnResidentIdCheckChar(first17)).toBe(expected);
  });

  it('rejects malformed input', () => {
    expect(() => cnResidentIdCheckChar('1234')).toThrow(RangeError);
    expect(() => cnResidentIdCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateCnResidentId', () => {
  it.each(['11010519491231002X', '11010519491231002x', '440301198503151232', '110101200002290018'])(
    'accepts valid 18-char id %s without warnings',
    (id) => {
      expect(validateCnResidentId(id, NOW)).toEqual({ valid: true, warnings: [] });
    },
  );

  it('ignores surrounding whitespace', () => {
    expect(validateCnResidentId(' 11010519491231002X\n', NOW).valid).toBe(true);
  });

  it('accepts the legacy 15-digit form with a warning', () => {
    const r = validateCnResidentId('370725881105149', NOW);
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
  });

  it('rejects 440524188001010014: check char is right but 1880 is before 1900', () => {
    expect(cnResidentIdCheckChar('44052418800101001')).toBe('4');
    const r = validateCnResidentId('440524188001010014', NOW);
    expect(r.valid).toBe(false);
    expect(r.reason).toMatch(/1880/);
  });

  it.each([
    ['wrong check digit', '110105194912310021'],
    ['wrong check digit (X expected, digit given)', '110101199003078031'],
    ['19990230 is not a date', '11010119990230001X'],
    ['19000229 is not a date (1900 not leap)', '110101190002290011'],
    ['month 13', '110101199013010012'],
    ['future date', '110101202406160016'],
    ['future year', '110101202501010016'],
    ['bad province 10', '100101199001010013'],
    ['bad province 99', '990101199001010019'],
    ['region starting with 0', '010101199001010011'],
    ['17 chars', '11010519491231002'],
    ['19 chars', '11010519491231002X1'],
    ['letter inside', '1101051949A231002X'],
    ['X not in last place', '1101051949123100X2'],
    ['legacy with letter', '37072588110514X'],
    ['legacy with bad date', '370725880230149'],
    ['empty', ''],
  ])('rejects: %s', (_label, id) => {
    const r = validateCnResidentId(id, NOW);
    expect(r.valid).toBe(false);
    expect(r.reason).toEqual(expect.any(String));
  });

  it('accepts 19000101 (lower bound) and today (upper bound)', () => {
    expect(validateCnResidentId('110101190001010014', NOW).valid).toBe(true);
    expect(validateCnResidentId('110101202406150010', NOW).valid).toBe(true);
  });

  it('uses the real clock by default', () => {
    expect(validateCnResidentId('11010519491231002X').valid).toBe(true);
  });
});

describe('parseCnResidentIdBirthDate', () => {
  it('parses 18- and 15-char forms', () => {
    expect(parseCnResidentIdBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(parseCnResidentIdBirthDate('370725881105149')).toBe('1988-11-05');
    expect(parseCnResidentIdBirthDate('110101200002290018')).toBe('2000-02-29');
  });

  it('returns null for bad shapes or dates', () => {
    expect(parseCnResidentIdBirthDate('11010119990230001X')).toBeNull();
    expect(parseCnResidentIdBirthDate('110101190002290011')).toBeNull();
    expect(parseCnResidentIdBirthDate('1234')).toBeNull();
    expect(parseCnResidentIdBirthDate('110101202406160016', NOW)).toBeNull();
  });
});
