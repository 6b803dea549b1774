/**
 * fake (GB/T 37964 synthetic substitution): replaces each value by a faker zh_CN value picked in SQL
 * by keyed hash, `list_element(<dictionary literal>, (n % size) + 1)` with n from
 * the keyed draw of the value under the sub-key for `fake|<kind>` (compiler/keyed-hash). The same value gets the same fake under one key
 * (consistent per key), a different key gives an unrelated pick, and NULL stays NULL. Kinds: cn_name,
 * cn_address, company, email (dictionaries from masking-rules/fake, built once, never per row) and
 * cn_mobile ('1' + [3-9] + 9 digits composed from the hash). VARCHAR columns only; output VARCHAR.
 *
 * Example (masking-rules/examples/fake.yaml):
 * ```yaml
 * name:   { strategy: fake, kind: cn_name }    # '张三丰' → e.g. '蒋治文', the same wherever 张三丰 appears
 * mobile: { strategy: fake, kind: cn_mobile }  # '13812345678' → e.g. '15930481726'
 * ```
 */
import { z } from 'zod';
import { asVarchar, hashIntSql, keyedDrawSql } from '../compiler/keyed-hash';
import { quoteLiteral } from '../compiler/sql-quote';
import { fakeDictionaries } from '../fake/fake-dictionaries';
import { typeMismatch, type RuleCheck, type RuleCompile } from './strategy-context';

export const fakeKinds = ['cn_name', 'cn_address', 'company', 'cn_mobile', 'email'] as const;

export const fakeRuleSchema = z.strictObject({
  strategy: z.literal('fake'),
  kind: z.enum(fakeKinds),
});
export type FakeRule = z.infer<typeof fakeRuleSchema>;

const check: RuleCheck<FakeRule> = (_rule, column) => typeMismatch('fake', column, ['VARCHAR']);

/** A DuckDB list literal of quoted strings. */
export function listLiteral(values: readonly string[]): string {
  return `[${values.map((v) => quoteLiteral(v)).join(', ')}]`;
}

const compile: RuleCompile<FakeRule> = (rule, input, ctx) => {
  const n = hashIntSql(keyedDrawSql(ctx.key, asVarchar(input), `fake|${rule.kind}`));
  if (rule.kind === 'cn_mobile') {
    return {
      sql: `'1' || CAST(3 + ${n} % 7 AS VARCHAR) || lpad(CAST((${n} // 7) % 1000000000 AS VARCHAR), 9, '0')`,
      type: 'VARCHAR',
      storage: 'uncompressed',
    };
  }
  const dictionary = fakeDictionaries()[rule.kind];
  return { sql: `list_element(${listLiteral(dictionary)}, (${n} % ${dictionary.length}) + 1)`, type: 'VARCHAR', storage: 'dictionary' };
};

/** The fake strategy: schema, checks and compiler. */
export const fakeStrategy = { name: 'fake', schema: fakeRuleSchema, check, compile } as const;
