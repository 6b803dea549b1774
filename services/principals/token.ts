/**
 * Bearer tokens: 256 random bits, shown once, stored only as a SHA-256 hash and compared in
 * constant time. The `shy_` prefix lets log redaction and secret scanners recognise them.
 */
import crypto from 'node:crypto';

export const TOKEN_PATTERN = /^shy_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return `shy_${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export function hashesMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
