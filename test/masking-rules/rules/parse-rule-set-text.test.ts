/** parseRuleSetText: YAML and JSON in, and the hostile documents refused. */
import { MAX_RULE_SET_BYTES, parseRuleSetText } from '../../../masking-rules/rules/parse-rule-set-text';

it('parses the documented YAML rule set and the same document as JSON', () => {
  const yaml = `columns:
  mobile:  { strategy: mask, preset: cn_mobile }
  gender:  { strategy: keep, justification: "needed for gender statistics; low risk" }
rows:
  filter: "status = 'active' and age >= 18"
  sample: { percent: 10 }
`;
  const fromYaml = parseRuleSetText(yaml, 'yaml');
  expect(fromYaml.ok).toBe(true);
  if (!fromYaml.ok) return;
  const fromJson = parseRuleSetText(JSON.stringify(fromYaml.document), 'json');
  expect(fromJson).toEqual(fromYaml);
  expect(fromYaml.document).toEqual({
    columns: { mobile: { strategy: 'mask', preset: 'cn_mobile' }, gender: { strategy: 'keep', justification: 'needed for gender statistics; low risk' } },
    rows: { filter: "status = 'active' and age >= 18", sample: { percent: 10 } },
  });
});

it('refuses a YAML alias bomb (billion laughs) without expanding it', () => {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`))
    .join('\n');
  const result = parseRuleSetText(bomb, 'yaml');
  expect(result).toEqual({ ok: false, details: [{ path: '', message: expect.stringMatching(/alias/i) }] });
});

it('refuses even a single alias, custom tags, duplicate keys and several documents', () => {
  for (const text of ['a: &x 1\nb: *x\n', 'a: !!js/function "x"\n', 'a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'columns: [1\n']) {
    const result = parseRuleSetText(text, 'yaml');
    expect(result.ok).toBe(false);
  }
  const duplicate = parseRuleSetText('a: 1\na: 2\n', 'yaml');
  expect(!duplicate.ok && duplicate.details[0].message).toMatch(/line 2, column 1/);
});

it('refuses oversized documents and malformed JSON', () => {
  expect(parseRuleSetText(`# ${'x'.repeat(MAX_RULE_SET_BYTES)}`, 'yaml').ok).toBe(false);
  expect(parseRuleSetText('{"columns": ', 'json')).toEqual({ ok: false, details: [{ path: '', message: expect.stringMatching(/invalid JSON/) }] });
});
