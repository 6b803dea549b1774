/**
 * keep on a personal/identifier column: the justification must be at least 20 characters and say
 * something (at least 6 distinct characters, not one character or pattern repeated).
 */
import { validateRuleSet } from '../../../masking-rules/rules/validate-rule-set';
import { justificationProblem, keepsIdentifierInClear } from '../../../masking-rules/strategies/keep-strategy';
import type { DatasetSchema } from '../../../masking-rules/dataset-schema';

const schema: DatasetSchema = {
  name: 'people', level: 'general', openness: 'conditional',
  columns: [
    { name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct' },
    { name: 'name', type: 'VARCHAR', personal: 'personal', identifier: 'direct' },
    { name: 'district', type: 'VARCHAR', personal: 'none', identifier: 'quasi' },
    { name: 'income', type: 'INTEGER', personal: 'personal', identifier: 'none' },
    { name: 'status', type: 'VARCHAR', personal: 'none', identifier: 'none' },
  ],
};

const keepAll = (justification: string | undefined) => ({
  columns: Object.fromEntries(schema.columns.map((c) => [c.name, justification === undefined ? { strategy: 'keep' } : { strategy: 'keep', justification }])),
});

const problemColumns = (justification: string | undefined) => {
  const result = validateRuleSet(keepAll(justification), schema);
  return result.ok ? [] : [...new Set(result.details.map((d) => d.column))];
};

describe('keep justification', () => {
  it.each([
    ['x'.repeat(24), 'one repeated character'],
    ['ab'.repeat(12), 'a repeated pair'],
    ['1234'.repeat(6), 'a repeated four-character pattern'],
    ['abcdefg'.repeat(3), 'a repeated seven-character pattern'],
    ['abcdefgh'.repeat(2) + 'abcd', 'a repeated pattern with a partial tail'],
    ['aaaa bbbb cccc dddd eeee', 'five distinct characters'],
    ['x x x x x x x x x x x x x', 'one character with spaces'],
    ['   ', 'blank'],
  ])('refuses %j (%s)', (justification) => {
    expect(justificationProblem(justification)).not.toBeNull();
  });

  it('refuses justifications under 20 characters, counting CJK characters one each', () => {
    expect(justificationProblem('needed for stats!!')).toMatch(/at least 20/);
    expect(justificationProblem('性别用于分性别统计，单独不能识别个人')).toMatch(/at least 20/);
    expect(justificationProblem(undefined)).toMatch(/needs a justification/);
  });

  it('accepts a real justification of 20 characters or more, in English or Chinese', () => {
    expect(justificationProblem('needed for gender statistics; low risk')).toBeNull();
    expect(justificationProblem('统一社会信用代码属企业公开登记信息，用于关联社保缴费单位')).toBeNull();
    expect(justificationProblem('  join key for the employment study  ')).toBeNull();
  });

  it('applies to personal, sensitive and (direct or quasi) identifier columns, not to plain ones', () => {
    expect(problemColumns('xxxxxxxxxxxxxxxxxxxxxxxx')).toEqual(['id_number', 'name', 'district', 'income']);
    expect(problemColumns(undefined)).toEqual(['id_number', 'name', 'district', 'income']);
    expect(problemColumns('the column is needed in clear for the joint study of 2026')).toEqual([]);
    expect(schema.columns.filter((c) => keepsIdentifierInClear({ strategy: 'keep' }, c)).map((c) => c.name)).toEqual(['id_number', 'name', 'district', 'income']);
    expect(keepsIdentifierInClear({ strategy: 'mask' }, schema.columns[0])).toBe(false);
  });

  it('names the column and says why, without echoing the justification', () => {
    const result = validateRuleSet(keepAll('xxxxxxxxxxxxxxxxxxxxxxxx'), schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.details).toContainEqual({ column: 'id_number', path: 'columns.id_number', message: expect.stringMatching(/filler or a repeated pattern/) });
    expect(JSON.stringify(result.details)).not.toContain('xxxxxxxxxxxxxxxxxxxxxxxx');
  });
});
