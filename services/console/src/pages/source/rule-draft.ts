/**
 * The masking-rule draft of the rules editor: the document (masking-rules/rules/rule-set-schema.ts),
 * its YAML text, and per-strategy defaults for the form view. The YAML text is what is saved;
 * the form view edits the document and writes the text anew (one flow mapping per column, like the
 * demo rule sets).
 */
import YAML, { isMap } from 'yaml';
import type { DatasetColumn } from '../../api/types';

/** One column's rule; the parameters the form view edits are named (see masking-rules/strategies). */
export type ColumnRule = {
  strategy: string;
  justification?: string; value?: string | number | boolean | null; preset?: string; keepPrefix?: number; keepSuffix?: number; char?: string;
  length?: number; prefix?: string; kind?: string; distribution?: string; scale?: number; round?: number;
  to?: string; width?: number; min?: number; max?: number; digits?: number; breaks?: number[];
  [param: string]: unknown;
};
export type RuleDocument = { description?: string; columns: Record<string, ColumnRule>; rows?: Record<string, unknown> };

export const strategies = ['pseudonymize', 'mask', 'fake', 'generalize', 'noise', 'redact', 'drop', 'keep'] as const;
export const maskPresets = ['cn_id', 'cn_mobile', 'cn_name', 'bank_card', 'plate', 'email', 'cn_address'] as const;
export const fakeKinds = ['cn_name', 'cn_address', 'company', 'cn_mobile', 'email'] as const;
export const generalizeTargets = ['year', 'month', 'age_band', 'bucket', 'region', 'clamp'] as const;

/** True when privacy by default requires a rule for the column. */
export function needsRule(column: Pick<DatasetColumn, 'personal' | 'identifier'>): boolean {
  return column.personal !== 'none' || column.identifier !== 'none';
}

const presetBySemantic: Record<string, string> = { cn_id: 'cn_id', cn_mobile: 'cn_mobile', cn_name: 'cn_name', bank_card: 'bank_card', plate: 'plate', email: 'email', cn_address: 'cn_address' };
const fakeBySemantic: Record<string, string> = { cn_name: 'cn_name', cn_address: 'cn_address', cn_mobile: 'cn_mobile', email: 'email' };
const numeric = ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)'];

export function generalizeDefaults(to: string): Record<string, unknown> {
  switch (to) {
    case 'age_band': return { width: 10 };
    case 'bucket': return { width: 1000 };
    case 'region': return { digits: 4 };
    case 'clamp': return { min: 0, max: 100000 };
    default: return {};
  }
}

/** A sensible rule of a strategy for a column (the form view's starting point). */
export function defaultRule(strategy: string, column: Pick<DatasetColumn, 'type' | 'semantic'>): ColumnRule {
  const semantic = column.semantic ?? '';
  switch (strategy) {
    case 'mask': return presetBySemantic[semantic] ? { strategy, preset: presetBySemantic[semantic] } : { strategy, keepPrefix: 1, keepSuffix: 1 };
    case 'fake': return { strategy, kind: fakeBySemantic[semantic] ?? 'cn_name' };
    case 'generalize': {
      const to = semantic === 'birth_date' ? 'age_band' : ['DATE', 'TIMESTAMP'].includes(column.type) ? 'month' : numeric.includes(column.type) ? 'bucket' : 'region';
      return { strategy, to, ...generalizeDefaults(to) };
    }
    case 'noise': return { strategy, distribution: 'laplace', scale: 100, round: 0 };
    case 'keep': return { strategy, justification: '' };
    default: return { strategy };
  }
}

/** A conservative first draft: a rule for every column that needs one, chosen by its semantic. */
export function starterDocument(columns: DatasetColumn[]): RuleDocument {
  const pick = (c: DatasetColumn): string => {
    if (c.semantic === 'cn_id' || c.semantic === 'uscc' || c.semantic === 'bank_card') return 'pseudonymize';
    if (c.semantic === 'cn_name') return 'fake';
    if (c.semantic && presetBySemantic[c.semantic]) return 'mask';
    if (c.semantic === 'birth_date' || c.semantic === 'date' || c.semantic === 'region_code') return 'generalize';
    if (c.semantic === 'amount') return 'noise';
    return c.identifier === 'direct' ? 'pseudonymize' : 'drop';
  };
  return { columns: Object.fromEntries(columns.filter(needsRule).map((c) => [c.name, defaultRule(pick(c), c)])) };
}

/** The rule without empty parameters (an empty justification or prefix is not written). */
export function cleanRule(rule: ColumnRule): ColumnRule {
  return Object.fromEntries(Object.entries(rule).filter(([k, v]) => k === 'strategy' || (v !== '' && v !== undefined && v !== null))) as ColumnRule;
}

/** The document as YAML: each column's rule on one line. */
export function toYaml(doc: RuleDocument): string {
  const plain: Record<string, unknown> = {};
  if (doc.description) plain.description = doc.description;
  plain.columns = Object.fromEntries(Object.entries(doc.columns).map(([name, rule]) => [name, cleanRule(rule)]));
  if (doc.rows && Object.keys(doc.rows).length > 0) plain.rows = doc.rows;
  const yaml = new YAML.Document(plain);
  const columns = yaml.get('columns', true);
  if (isMap(columns)) {
    columns.flow = Object.keys(doc.columns).length === 0;
    for (const item of columns.items) if (isMap(item.value)) item.value.flow = true;
  }
  return yaml.toString({ lineWidth: 0 });
}

/** A failed read: a YAML syntax error (with the parser's message), or text that is not a rule-set mapping. */
export type Parsed = { ok: true; doc: RuleDocument } | { ok: false; message: string | null };

/** Reads YAML (or JSON) text into a document for the form view and the preview. */
export function parseYaml(text: string): Parsed {
  const parsed = YAML.parseDocument(text, { uniqueKeys: true, merge: false });
  if (parsed.errors.length > 0) return { ok: false, message: parsed.errors[0].message.split('\n')[0] };
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: 0 }) as unknown;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (value === null || value === undefined) return { ok: true, doc: { columns: {} } };
  if (!isPlainObject(value)) return { ok: false, message: null };
  const doc = value as RuleDocument;
  if (doc.columns === null || doc.columns === undefined) doc.columns = {};
  if (!isPlainObject(doc.columns) || !Object.values(doc.columns).every((r) => isPlainObject(r))) return { ok: false, message: null };
  return { ok: true, doc };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
