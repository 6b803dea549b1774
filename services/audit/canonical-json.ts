/**
 * The platform's canonical JSON: RFC 8785, the JSON Canonicalization Scheme (JCS), through the
 * `canonicalize` package (written by the RFC's authors). Two equal values always serialise to the
 * same bytes, which is what hashing and signing need: object keys sorted by UTF-16 code units,
 * no whitespace, numbers and strings as ECMAScript writes them.
 *
 * JCS takes I-JSON, so a value is first mapped onto the JSON data model (`toJsonValue`): a bigint
 * becomes its decimal string, a Date its ISO string, a non-finite number null, `undefined` is
 * dropped from objects and null in arrays, a lone surrogate becomes U+FFFD, and any other object
 * is read as its own enumerable keys (a key named `__proto__` included, as JSON.parse keeps it).
 */
import canonicalize from 'canonicalize';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  return canonicalize(toJsonValue(value)) ?? 'null';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string as well-formed UTF-16: each lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string': return wellFormed(value);
    case 'bigint': return value.toString();
    case 'number': return Number.isFinite(value) ? value : null;
    case 'boolean': return value;
    case 'object': break;
    default: return null;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  // A null-prototype object, so that a `__proto__` key is kept as an own property.
  const out: { [key: string]: JsonValue } = Object.create(null) as { [key: string]: JsonValue };
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && typeof v !== 'function' && typeof v !== 'symbol') out[wellFormed(key)] = toJsonValue(v);
  }
  return out;
}
