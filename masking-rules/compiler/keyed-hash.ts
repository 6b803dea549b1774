/**
 * SQL builders for the keyed hashes that pseudonyms (SHA-256) and noise, fake picks and row samples
 * (MD5 draws) come from: `hash(<key> || '|' || <domain> || '|' || <value>)` as lower-case hex.
 * Integers are read from 13 hex characters (52 bits): `('0x' || substr(h, i, 13))::BIGINT` works in
 * DuckDB 1.5 (16 hex characters overflow BIGINT), so every integer is in [0, 2^52).
 */
import { quoteLiteral } from './sql-quote';

/** 2^52 as a DOUBLE literal: the number of distinct 13-hex-character integers. */
export const HASH_INT_RANGE = '4503599627370496.0';

/** Hex digits per 52-bit integer drawn from a hash. */
export const HASH_INT_HEX_DIGITS = 13;

/** The key must be lower-case hex, 32 to 128 characters (128 to 512 bits). */
export const keyPattern = /^[0-9a-f]{32,128}$/;

/** Throws unless `key` matches keyPattern. The message never contains the key. */
export function assertKey(key: string): void {
  if (typeof key !== 'string' || !keyPattern.test(key)) {
    throw new Error('the masking key must be 32 to 128 lower-case hex characters');
  }
}

/**
 * `sha256(key || '|' || value)` with the key and an optional domain as quoted literals; `valueSql`
 * must already be a VARCHAR expression. NULL in, NULL out.
 */
export function keyedHashSql(key: string, valueSql: string, domain?: string): string {
  assertKey(key);
  const prefix = domain === undefined ? `${key}|` : `${key}|${domain}|`;
  return `sha256(${quoteLiteral(prefix)} || ${valueSql})`;
}

/**
 * A keyed draw for values the output never shows as such (noise, fake picks, row samples):
 * `md5(key || '|' || domain || '|' || value)`, 32 hex characters. It is about twice as fast as
 * SHA-256 in DuckDB; secrecy comes from the 128-512-bit key, and no output reveals the digest.
 * Pseudonyms, which are shown, keep SHA-256 (keyedHashSql).
 */
export function keyedDrawSql(key: string, valueSql: string, domain: string): string {
  assertKey(key);
  return `md5(${quoteLiteral(`${key}|${domain}|`)} || ${valueSql})`;
}

/** A BIGINT in [0, 2^52) from the `index`-th (0-based) 13-hex-digit slice of a hash expression. */
export function hashIntSql(hashSql: string, index = 0): string {
  if (!Number.isInteger(index) || index < 0 || index > 3) throw new RangeError('hash slice index must be 0..3 (an MD5 draw holds two full slices, 0 and 1)');
  const start = 1 + index * HASH_INT_HEX_DIGITS;
  return `('0x' || substr(${hashSql}, ${start}, ${HASH_INT_HEX_DIGITS}))::BIGINT`;
}

/** A DOUBLE uniform in the open interval (0, 1): (n + 0.5) / 2^52, never exactly 0 or 1. */
export function uniformSql(hashSql: string, index = 0): string {
  return `((CAST(${hashIntSql(hashSql, index)} AS DOUBLE) + 0.5) / ${HASH_INT_RANGE})`;
}

/** `CAST(expr AS VARCHAR)`. */
export function asVarchar(sql: string): string {
  return `CAST(${sql} AS VARCHAR)`;
}
