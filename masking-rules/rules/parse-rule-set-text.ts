/**
 * Reads a rule-set document from YAML or JSON text, refusing what a rule set never needs: documents
 * over 256 KiB, YAML aliases (no "billion laughs"), custom tags, duplicate keys and multiple
 * documents. Returns the plain document for validateRuleSet; nothing here knows about strategies.
 */
import YAML from 'yaml';
import type { RuleSetProblem } from './rule-set-schema';

/** The largest rule-set text accepted, in bytes. */
export const MAX_RULE_SET_BYTES = 256 * 1024;

export type ParsedRuleSetText = { ok: true; document: unknown } | { ok: false; details: RuleSetProblem[] };

/** Parses rule-set text; problems carry path '' and, for YAML, the line and column. */
export function parseRuleSetText(text: string, format: 'yaml' | 'json'): ParsedRuleSetText {
  if (Buffer.byteLength(text, 'utf8') > MAX_RULE_SET_BYTES) {
    return fail(`the rule set is larger than ${MAX_RULE_SET_BYTES} bytes`);
  }
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

function parseJson(text: string): ParsedRuleSetText {
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`invalid JSON: ${(error as Error).message}`);
  }
}

function parseYaml(text: string): ParsedRuleSetText {
  const docs = YAML.parseAllDocuments(text, { uniqueKeys: true, merge: false, logLevel: 'silent', prettyErrors: true });
  if (!Array.isArray(docs)) return fail('the rule set is empty');
  if (docs.length !== 1) return fail(docs.length === 0 ? 'the rule set is empty' : 'a rule set is one YAML document, not several');
  const doc = docs[0];
  // prettyErrors appends "at line L, column C:" and a source excerpt; keep the first line only.
  const issues = [...doc.errors, ...doc.warnings].map((e) => `invalid YAML: ${e.message.split('\n')[0].replace(/:$/, '')}`);
  if (issues.length > 0) return { ok: false, details: issues.map((message) => ({ path: '', message })) };
  let aliases = 0;
  YAML.visit(doc, { Alias: () => { aliases += 1; } });
  if (aliases > 0) return fail('YAML aliases (*name) are not allowed in a rule set');
  try {
    return { ok: true, document: doc.toJS({ maxAliasCount: 0 }) as unknown };
  } catch (error) {
    return fail(`invalid YAML: ${(error as Error).message}`);
  }
}

function fail(message: string): ParsedRuleSetText {
  return { ok: false, details: [{ path: '', message }] };
}
