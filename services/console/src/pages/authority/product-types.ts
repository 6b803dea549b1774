/** The product review's shapes (登记备案), taken from the generated API types. */
import type { paths } from '../../api/openapi';

type ReviewBody = paths['/api/v1/products/{id}/review']['post']['requestBody']['content']['application/json'];

export type Product = paths['/api/v1/products']['get']['responses'][200]['content']['application/json']['products'][number];
export type ProductStatus = Product['status'];
/** The values each parameter of an API product's model may take, approved at review. */
export type ParameterDomains = NonNullable<ReviewBody['parameterDomains']>;
export type ParameterDomain = ParameterDomains[string];

/** What the reviewer typed for one parameter: allowed values, or bounds (as text). */
export type DomainDraft = { values: string[]; min: string; max: string };
export type ModelParameter = { name: string; type: string };

const numeric = new Set(['INTEGER', 'BIGINT', 'DOUBLE']);

/**
 * The domains to approve, from the drafts: values and bounds in the parameter's type (numbers for
 * numeric parameters, true/false for booleans, text otherwise). `missing` names parameters with no
 * domain; `invalid` those with a value that is not of their type.
 */
export function domainsFrom(parameters: ModelParameter[], drafts: Record<string, DomainDraft>): { domains: ParameterDomains; missing: string[]; invalid: string[] } {
  const domains: ParameterDomains = {};
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const p of parameters) {
    const draft = drafts[p.name] ?? { values: [], min: '', max: '' };
    const isNumber = numeric.has(p.type.toUpperCase());
    const cast = (text: string): string | number | boolean | null => {
      const v = text.trim();
      if (isNumber) return v !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
      if (p.type.toUpperCase() === 'BOOLEAN') return v === 'true' ? true : v === 'false' ? false : null;
      return v;
    };
    const domain: ParameterDomain = {};
    let bad = false;
    const values = draft.values.map(cast);
    if (values.includes(null)) bad = true;
    if (values.length) domain.values = values.filter((v): v is string | number | boolean => v !== null);
    for (const bound of ['min', 'max'] as const) {
      if (draft[bound].trim() === '') continue;
      const v = cast(draft[bound]);
      if (v === null || typeof v === 'boolean') bad = true;
      else domain[bound] = v;
    }
    if (bad) invalid.push(p.name);
    else if (Object.keys(domain).length === 0) missing.push(p.name);
    else domains[p.name] = domain;
  }
  return { domains, missing, invalid };
}

/** An approved domain as text: `a, b` or `min – max`. */
export function domainText(domain: { values?: unknown[]; min?: unknown; max?: unknown }): string {
  const parts: string[] = [];
  if (domain.values?.length) parts.push(domain.values.map((v) => String(v)).join(', '));
  if (domain.min !== undefined || domain.max !== undefined) parts.push(`${domain.min === undefined ? '…' : String(domain.min)} – ${domain.max === undefined ? '…' : String(domain.max)}`);
  return parts.join('; ');
}
