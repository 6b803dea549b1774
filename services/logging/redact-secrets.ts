/**
 * Removes secrets from anything about to be logged. Keys that name a secret are replaced,
 * and bearer tokens or Shuyu tokens (`shy_…`) inside free text are masked.
 */
const SECRET_KEY = /token|secret|password|authorization|cookie|hmac|key$/i;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/gi;
// No word boundary: a token glued to other characters (`%ZZshy_…`) is still a token.
const SHUYU_TOKEN = /shy_[A-Za-z0-9_-]{16,}/g;

export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSecretKey(k) ? '[redacted]' : redactSecrets(v, depth + 1);
  }
  return out;
}

export function redactText(text: string): string {
  return text.replace(BEARER, 'Bearer [redacted]').replace(SHUYU_TOKEN, 'shy_[redacted]');
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Masks tokens inside every string of a value, keeping its keys and shape (for audit entries). */
export function redactTokensIn<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactTokensIn(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactTokensIn(v, depth + 1)])) as T;
}
