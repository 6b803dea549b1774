/** validateRuleSet: privacy by default, justification, unknown columns, type mismatches, all at once. */
import { validateRuleSet } from '../../../masking-rules/rules/validate-rule-set';
import { peopleRules, peopleSchema } from '../compiler/people-fixture';

const needRule = ['id_number', 'name', 'mobile', 'address', 'birth_date', 'income', 'region_code', 'gender', 'notes'];

function problems(document: unknown) {
  const result = validateRuleSet(document, peopleSchema);
  if (result.ok) throw new Error('expected the rule set to be refused');
  return result.details;
}

it('privacy by default: an empty rule set names every personal/identifier column, one detail each', () => {
  const details = problems({ columns: {} });
  expect(details.map((d) => d.column)).toEqual(needRule);
  for (const d of details) {
    expect(d.path).toBe(`columns.${d.column}`);
    expect(d.message).toMatch(/personal\/identifier column .* has no rule/);
  }
});

it('privacy by default: one missing rule is named alone; columns that need none are kept', () => {
  const rules = peopleRules({});
  delete (rules.columns as Record<string, unknown>).mobile;
  expect(problems(rules)).toEqual([{ column: 'mobile', path: 'columns.mobile', message: 'personal/identifier column mobile has no rule' }]);
  const ok = validateRuleSet(peopleRules({}), peopleSchema);
  expect(ok.ok).toBe(true);
});

it('keep without justification on a personal column is refused; with one it is accepted', () => {
  expect(problems(peopleRules({ gender: { strategy: 'keep' } }))).toEqual([
    { column: 'gender', path: 'columns.gender', message: expect.stringMatching(/justification/) },
  ]);
  expect(problems(peopleRules({ gender: { strategy: 'keep', justification: 'too short' } }))[0].path).toBe('columns.gender.justification');
  expect(validateRuleSet(peopleRules({ gender: { strategy: 'keep', justification: 'needed for gender statistics; low risk' } }), peopleSchema).ok).toBe(true);
  expect(validateRuleSet(peopleRules({ status: { strategy: 'keep' } }), peopleSchema).ok).toBe(true);
});

it('reports unknown columns, type mismatches and invalid params together', () => {
  const details = problems(peopleRules({
    nope: { strategy: 'drop' },
    birth_date: { strategy: 'mask', preset: 'cn_id' },
    age: { strategy: 'generalize', to: 'year' },
    income: { strategy: 'noise', distribution: 'laplace', scale: -5 },
    mobile: { strategy: 'shuffle' },
    name: { strategy: 'fake', kind: 'cn_name', extra: 1 },
    region_code: { strategy: 'generalize', to: 'region', digits: 3 },
    status: { strategy: 'redact', value: 'x' },
    district: { strategy: 'noise', distribution: 'gaussian', scale: 1 },
  }));
  const byColumn = Object.fromEntries(details.map((d) => [d.column, d]));
  expect(byColumn.nope.message).toMatch(/unknown column "nope"/);
  expect(byColumn.birth_date.message).toBe('mask applies to VARCHAR columns, not DATE');
  expect(byColumn.age.message).toBe('generalize to year applies to DATE/TIMESTAMP columns, not INTEGER');
  expect(byColumn.income.path).toBe('columns.income.scale');
  expect(byColumn.mobile.path).toBe('columns.mobile.strategy');
  expect(byColumn.name.message).toMatch(/Unrecognized key/);
  expect(byColumn.region_code.path).toBe('columns.region_code.digits');
  expect(byColumn.district.message).toMatch(/noise applies to INTEGER\/BIGINT\/DOUBLE\/DECIMAL\(18,2\) columns, not VARCHAR/);
  expect(details).toHaveLength(8); // status: a string constant on a VARCHAR column is fine
});

it('checks the row rules: filter syntax with position, unknown filter columns, sample range', () => {
  expect(problems(peopleRules({}, { filter: "age >= 18 and nope = 'x'" }))).toEqual([
    { path: 'rows.filter', message: 'unknown column nope at position 14' },
  ]);
  expect(problems(peopleRules({}, { filter: 'age >= 18; drop table people' }))[0].message).toMatch(/unexpected character ";" at position 9/);
  expect(problems(peopleRules({}, { sample: { percent: 0 } }))[0].path).toBe('rows.sample.percent');
  expect(problems(peopleRules({}, { sample: { percent: 101 } }))[0].path).toBe('rows.sample.percent');
  expect(problems(peopleRules({}, { limit: 5 }))[0].path).toBe('rows');
});

it('refuses documents that are not rule sets', () => {
  expect(problems(null)[0].path).toBe('');
  expect(problems([])[0].path).toBe('');
  expect(problems({ columns: [] }).some((d) => d.path === 'columns')).toBe(true);
  expect(problems({ ...peopleRules({}), version: 2 })).toEqual([{ path: 'version', message: 'unknown key "version"' }]);
});

it('returns the typed rule set with defaults filled in', () => {
  const result = validateRuleSet(peopleRules({ id_number: { strategy: 'pseudonymize' }, mobile: { strategy: 'mask', preset: 'cn_mobile' }, birth_date: { strategy: 'generalize', to: 'age_band' } }, { filter: "age > 1" }), peopleSchema);
  if (!result.ok) throw new Error(JSON.stringify(result.details));
  expect(result.ruleSet.columns.id_number).toEqual({ strategy: 'pseudonymize', length: 32 });
  expect(result.ruleSet.columns.mobile).toEqual({ strategy: 'mask', preset: 'cn_mobile', char: '*' });
  expect(result.ruleSet.columns.birth_date).toEqual({ strategy: 'generalize', to: 'age_band', width: 10, max: 80 });
  expect(result.ruleSet.rows).toEqual({ filter: 'age > 1' });
  expect(validateRuleSet(result.ruleSet, peopleSchema)).toEqual(result);
});
