/** UTF-8 byte sequences (RFC 3629): where the first invalid one starts, and where a chunk's last complete one ends. */

/** The offset of the first byte that does not start a valid UTF-8 sequence, or `bytes.length` when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const trailing = trailingBytes(lead);
    if (trailing === 0 || i + trailing >= bytes.length || !validSecondByte(lead, bytes[i + 1])) return i;
    for (let k = 2; k <= trailing; k += 1) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += trailing + 1;
  }
  return bytes.length;
}

/**
 * The length of `bytes` without a multi-byte sequence cut off at its end (its first bytes are
 * carried over to the next chunk); the whole length when the end is complete or plainly invalid.
 */
export function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const i = bytes.length - back;
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    const trailing = trailingBytes(byte);
    return trailing >= back ? i : bytes.length;
  }
  return bytes.length;
}

/** How many continuation bytes a lead byte announces: 1 to 3, or 0 when it cannot lead a multi-byte sequence. */
export function trailingBytes(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** The second byte's range after the leads that exclude overlong forms, surrogates and code points past U+10FFFF. */
function validSecondByte(lead: number, second: number): boolean {
  if ((second & 0xc0) !== 0x80) return false;
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}
