/**
 * SM2 signatures (GB/T 32918.2) with SM3 and the default distinguishing identifier
 * 1234567812345678, through `sm-crypto`. Node's OpenSSL signs with an SM2-curve key as ECDSA
 * (no Z_A), which no 国密 verifier accepts; sm-crypto's signatures are checked in the tests
 * against an independent verifier and OpenSSL's own test vector. Keys as hex: the private key
 * (64 hex), the public key uncompressed (04 ‖ x ‖ y, 130 hex). Signatures in DER, as hex.
 */
import { sm2 } from 'sm-crypto';

// sm-crypto exports it; @types/sm-crypto 0.3.4 does not declare it.
declare module 'sm-crypto' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace sm2 {
    function getPublicKeyFromPrivateKey(privateKey: string): string;
  }
}

export const SM2_USER_ID = '1234567812345678';

export type Sm2KeyPair = { privateKey: string; publicKey: string };

export function generateSm2KeyPair(): Sm2KeyPair {
  const pair = sm2.generateKeyPairHex();
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

export function sm2Sign(message: Buffer, privateKey: string): string {
  return sm2.doSignature([...message], privateKey, { hash: true, der: true, publicKey: sm2PublicKeyOf(privateKey), userId: SM2_USER_ID });
}

export function sm2Verify(message: Buffer, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]+$/i.test(signature) || !/^04[0-9a-f]{128}$/i.test(publicKey)) return false;
  try {
    return sm2.doVerifySignature([...message], signature, publicKey, { hash: true, der: true, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}
