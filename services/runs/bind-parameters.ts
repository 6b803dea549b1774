/** Model parameters: checked and converted by their declared types; bound or inlined as constants, never spliced. */
import type { StatementParams } from '../../sandbox/worker/worker-protocol';
import { BadRequestError, type ErrorDetail } from '../errors/app-error';
import type { ModelParameter } from '../models/model';

/** Checks and converts parameters by their declared types; they are bound, never spliced. */
export function bindParameters(declared: ModelParameter[], raw: Record<string, unknown>): StatementParams {
  const details: ErrorDetail[] = [];
  const bound: StatementParams = {};
  for (const key of Object.keys(raw)) if (!declared.some((p) => p.name === key)) details.push({ path: `params.${key}`, message: 'not a parameter of this model' });
  for (const p of declared) {
    const value = raw[p.name];
    const path = `params.${p.name}`;
    if (value === undefined || value === null) details.push({ path, message: 'missing' });
    else if ((p.type === 'INTEGER' || p.type === 'BIGINT') && !(Number.isSafeInteger(Number(value)) && String(value).trim() !== '')) details.push({ path, message: `expected ${p.type}` });
    else if (p.type === 'DOUBLE' && !(Number.isFinite(Number(value)) && String(value).trim() !== '')) details.push({ path, message: 'expected DOUBLE' });
    else if (p.type === 'BOOLEAN' && !['true', 'false', true, false].includes(value as string | boolean)) details.push({ path, message: 'expected BOOLEAN' });
    else if (p.type === 'DATE' && !(/^\d{4}-\d{2}-\d{2}$/.test(String(value)) && !Number.isNaN(Date.parse(String(value))))) details.push({ path, message: 'expected DATE (YYYY-MM-DD)' });
    else if (p.type === 'VARCHAR' && (typeof value !== 'string' || value.length > 1000 || value.includes('\u0000'))) details.push({ path, message: 'expected VARCHAR (at most 1000 characters, no NUL)' });
    else bound[p.name] = p.type === 'INTEGER' || p.type === 'BIGINT' || p.type === 'DOUBLE' ? Number(value) : p.type === 'BOOLEAN' ? value === true || value === 'true' : String(value);
  }
  if (details.length) throw new BadRequestError('invalid model parameters', details, 'invalid_parameters');
  return bound;
}
