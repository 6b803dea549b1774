/**
 * The rule and classification suggested for each semantic, and the noise scale.
 */
import { needsRule, semantics, type ColumnSpec } from '../../../masking-rules/dataset-schema';
import { USCC_JUSTIFICATION, niceNumber, noiseScale, policyFor } from '../../../masking-rules/detection';

describe('niceNumber', () => {
  it.each([
    [400, 500], [650, 500], [1000, 1000], [140, 100], [150, 200], [320, 500], [7000, 5000], [7100, 10000], [0.03, 0.02], [0.07, 0.05],
  ])('%d -> %d', (x, nice) => expect(niceNumber(x)).toBe(nice));

  it('falls back to 1 for zero, negative and non-finite input', () => {
    for (const x of [0, -5, NaN, Infinity]) expect(niceNumber(x)).toBe(1);
  });
});

describe('noiseScale', () => {
  it('is about 5% of the median absolute value', () => {
    expect(noiseScale([8000, 10000, 12000])).toBe(500);
    expect(noiseScale([-200, -100, 100, 200, 1e9])).toBe(10);
    expect(noiseScale([1, 3])).toBe(0.1);
  });

  it('is 1 without numbers or with only zeros', () => {
    expect(noiseScale([])).toBe(1);
    expect(noiseScale([0, 0])).toBe(1);
  });
});

describe('policyFor', () => {
  const context = { numbers: [10000], personalCategory: false };

  it('maps every semantic to the documented rule', () => {
    const rules = Object.fromEntries(semantics.map((s) => [s, policyFor(s, context).rule]));
    expect(rules).toEqual({
      cn_id: { strategy: 'pseudonymize' },
      cn_mobile: { strategy: 'mask', preset: 'cn_mobile' },
      cn_name: { strategy: 'fake', kind: 'cn_name' },
      cn_address: { strategy: 'mask', preset: 'cn_address' },
      uscc: { strategy: 'keep', justification: USCC_JUSTIFICATION },
      bank_card: { strategy: 'pseudonymize' },
      plate: { strategy: 'mask', preset: 'plate' },
      email: { strategy: 'mask', preset: 'email' },
      date: { strategy: 'generalize', to: 'month' },
      birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
      region_code: { strategy: 'generalize', to: 'region', digits: 4 },
      amount: { strategy: 'noise', distribution: 'laplace', scale: 500 },
      category: { strategy: 'keep', justification: expect.any(String) },
      free_text: { strategy: 'drop' },
    });
  });

  it('classifies identifiers as the catalog expects', () => {
    expect(policyFor('cn_id', context)).toMatchObject({ personal: 'sensitive', identifier: 'direct' });
    expect(policyFor('bank_card', context)).toMatchObject({ personal: 'sensitive', identifier: 'direct' });
    expect(policyFor('cn_mobile', context)).toMatchObject({ personal: 'personal', identifier: 'direct' });
    expect(policyFor('uscc', context)).toMatchObject({ personal: 'none', identifier: 'direct' });
    expect(policyFor('cn_address', context)).toMatchObject({ personal: 'personal', identifier: 'quasi' });
    expect(policyFor('region_code', context)).toMatchObject({ identifier: 'quasi' });
    expect(policyFor('category', context)).toMatchObject({ personal: 'none', identifier: 'none' });
    expect(policyFor('category', { ...context, personalCategory: true })).toMatchObject({ personal: 'personal', identifier: 'quasi' });
  });

  it('writes a justification for every keep of a column that needs a rule', () => {
    for (const semantic of semantics) {
      for (const personalCategory of [false, true]) {
        const policy = policyFor(semantic, { numbers: [], personalCategory });
        const spec: ColumnSpec = { name: 'c', type: 'VARCHAR', personal: policy.personal, identifier: policy.identifier };
        if (policy.rule.strategy === 'keep' && needsRule(spec)) expect(policy.rule.justification.length).toBeGreaterThan(10);
        if (policy.rule.strategy !== 'keep') expect(needsRule(spec)).toBe(true);
      }
    }
  });
});
