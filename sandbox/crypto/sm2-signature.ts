/**
 * SM2 signatures (GB/T 32918.2) with SM3 and the default distinguishing identifier
 * 1234567812345678. Node's OpenSSL signs with an SM2-curve key as ECDSA (no Z_A), which no 国密
 * verifier accepts, so signing is assembled here from native parts: Z_A and e with Node's SM3,
 * the point k·G with OpenSSL's SM2 curve (through ECDH, which computes exactly that), and the
 * two modular formulas of the standard in BigInt; a pure-JavaScript scalar multiplication
 * (`sm-crypto`) took 10–25 ms per signature on the event loop. Verification, which is rare,
 * goes through `sm-crypto`. Both are checked in the tests against an independent verifier and
 * OpenSSL's own test vector. Keys as hex: the private key (64 hex), the public key uncompressed
 * (04 ‖ x ‖ y, 130 hex). Signatures in DER, as hex.
 */
import crypto from 'node:crypto';
import { sm2 } from 'sm-crypto';


export const SM2_USER_ID = '1234567812345678';

export type Sm2KeyPair = { privateKey: string; publicKey: string };

export function generateSm2KeyPair(): Sm2KeyPair {
  const pair = sm2.generateKeyPairHex();
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

/** d·G by OpenSSL's SM2 curve, as 04 ‖ x ‖ y. */
export function sm2PublicKeyOf(privateKey: string): string {
  const ecdh = crypto.createECDH('SM2');
  ecdh.setPrivateKey(Buffer.from(privateKey, 'hex'));
  return ecdh.getPublicKey('hex');
}

const P = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF');
const A = P - 3n;
const B = BigInt('0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93');
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
const GX = BigInt('0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7');
const GY = BigInt('0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0');

const hex32 = (v: bigint) => v.toString(16).padStart(64, '0');
const mod = (v: bigint, m: bigint) => ((v % m) + m) % m;

function inverse(v: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(v, m), m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return mod(s0, m);
}

/** Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), then e = SM3(Z_A ‖ M). */
function digest(message: Buffer, publicKey: string): bigint {
  const id = Buffer.from(SM2_USER_ID, 'utf8');
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  const z = crypto.createHash('sm3').update(Buffer.concat([entl, id, ...[A, B, GX, GY].map((v) => Buffer.from(hex32(v), 'hex')), Buffer.from(publicKey.slice(2), 'hex')])).digest();
  return BigInt(`0x${crypto.createHash('sm3').update(z).update(message).digest('hex')}`);
}

/** x of k·G for a random k in [1, n − 1], by OpenSSL (ECDH's public key is exactly k·G). */
function randomPoint(): { k: bigint; x: bigint } {
  for (;;) {
    const k = BigInt(`0x${crypto.randomBytes(32).toString('hex')}`);
    if (k === 0n || k >= N) continue;
    const ecdh = crypto.createECDH('SM2');
    ecdh.setPrivateKey(Buffer.from(hex32(k), 'hex'));
    return { k, x: BigInt(`0x${ecdh.getPublicKey('hex').slice(2, 66)}`) };
  }
}

function derInteger(v: bigint): Buffer {
  let bytes = Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
  while (bytes.length > 1 && bytes[0] === 0 && bytes[1] < 0x80) bytes = bytes.subarray(1);
  if (bytes[0] >= 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes]);
}

/** `publicKey`: the signer's public key when the caller holds it (it enters Z_A), saving one scalar multiplication per signature. */
export function sm2Sign(message: Buffer, privateKey: string, publicKey: string = sm2PublicKeyOf(privateKey)): string {
  const d = BigInt(`0x${privateKey}`);
  const e = digest(message, publicKey);
  for (;;) {
    const { k, x } = randomPoint();
    const r = mod(e + x, N);
    if (r === 0n || r + k === N) continue;
    const s = mod(inverse(1n + d, N) * (k - r * d), N);
    if (s === 0n) continue;
    const body = Buffer.concat([derInteger(r), derInteger(s)]);
    return Buffer.concat([Buffer.from([0x30, body.length]), body]).toString('hex');
  }
}

export function sm2Verify(message: Buffer, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]+$/i.test(signature) || !/^04[0-9a-f]{128}$/i.test(publicKey)) return false;
  try {
    return sm2.doVerifySignature([...message], signature, publicKey, { hash: true, der: true, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}
