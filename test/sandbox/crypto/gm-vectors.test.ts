/**
 * The 国密 primitives against their standards' examples: SM3 (GB/T 32905), SM4 (GB/T 32907),
 * SM2 signatures (GB/T 32918.2) checked by an independent verifier that itself verifies
 * OpenSSL's SM2 test vector; and the SM4 sealed box (encrypt-then-MAC) against tampering.
 */
import crypto from 'node:crypto';
import { sm2PublicKeyOf, sm2Sign, sm2Verify, generateSm2KeyPair } from '../../../sandbox/crypto/sm2-signature';
import { openSm4, sealSm4 } from '../../../sandbox/crypto/sm4-box';
import { derToRS, publicPoint, sm2VerifyDigest, sm2VerifyMessage } from '../../fixtures/sm2-reference';

const hex = (b: Buffer) => b.toString('hex');

describe('SM3 (GB/T 32905-2016, appendix A)', () => {
  it('example 1: "abc"', () => {
    expect(hex(crypto.createHash('sm3').update('abc').digest())).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it('example 2: "abcd" sixteen times (512 bits)', () => {
    expect(hex(crypto.createHash('sm3').update('abcd'.repeat(16)).digest())).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
});

describe('SM4 (GB/T 32907-2016, appendix A)', () => {
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
  const ecb = () => {
    const cipher = crypto.createCipheriv('sm4-ecb', key, null);
    cipher.setAutoPadding(false);
    return cipher;
  };
  it('example 1: one encryption of the key as plaintext', () => {
    expect(hex(ecb().update(key))).toBe('681edf34d206965e86b3e94f536e4246');
  });
  it('example 2: 1,000,000 encryptions', () => {
    const cipher = ecb();
    let block = key;
    for (let i = 0; i < 1_000_000; i += 1) block = cipher.update(block);
    expect(hex(block)).toBe('595298c7c6fd271f0402f804c33d3f66');
  });
});

describe('SM2 signatures (GB/T 32918.2) with SM3 and the default identifier', () => {
  // OpenSSL's SM2 test key and signature over a digest e (test/recipes/30-test_evp_data/evppkey_sm2.txt).
  const opensslKey = crypto.createPrivateKey([
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQg0JFWczAXva2An9m7',
    '2MaT9gIwWTFptvlKrxyO4TjMmbWhRANCAAQ5OirZ4n5DrKqrhaGdO4VZHhRAYVcX',
    'Wt3Te/d/8Mr57Tf886i09VwDhSMmH8pmNq/mp6+ioUgqYG9cs6GLLioe',
    '-----END PRIVATE KEY-----',
  ].join('\n'));
  const privateKey = 'd09156733017bdad809fd9bbd8c693f60230593169b6f94aaf1c8ee138cc99b5';
  const publicKey = '04393a2ad9e27e43acaaab85a19d3b85591e14406157175addd37bf77ff0caf9ed37fcf3a8b4f55c038523261fca6636afe6a7afa2a1482a606f5cb3a18b2e2a1e';
  const message = Buffer.from('光明区数据授权运营 anchor seq=42');
  const fixedSignature = '30450221008858954f9578d557321fca63d3d013750bcce527ba60d123c144cbf203208c6102204c5bcac3fcd671a6e3ec2a86bc045ff039cdf2936bf3134431911273540202db';

  it('the independent verifier accepts OpenSSL\'s test vector (so it is a sound reference)', () => {
    const e = Buffer.from('D7AD397F6FFA5D4F7F11E7217F241607DC30618C236D2C09C1B9EA8FDADEE2E8', 'hex');
    const { r, s } = derToRS(Buffer.from('3046022100AB1DB64DE7C40EDBDE6651C9B8EBDB804673DB836E5D5C7FE15DCF9ED2725037022100EBA714451FF69B0BB930B379E192E7CD5FA6E3C41C7FBD8303B799AB54A54621', 'hex'));
    expect(sm2VerifyDigest(e, r, s, publicPoint(crypto.createPublicKey(opensslKey)))).toBe(true);
    expect(sm2VerifyDigest(Buffer.from(e).fill(0, 0, 1), r, s, publicPoint(crypto.createPublicKey(opensslKey)))).toBe(false);
  });

  it('derives the public key of OpenSSL\'s test key', () => {
    const point = publicPoint(crypto.createPublicKey(opensslKey));
    expect(sm2PublicKeyOf(privateKey)).toBe(`04${point.x.toString(16).padStart(64, '0')}${point.y.toString(16).padStart(64, '0')}`);
  });

  it('verifies a fixed signature with the fixed public key alone, and refuses it for another message or key', () => {
    expect(sm2Verify(message, fixedSignature, publicKey)).toBe(true);
    expect(sm2Verify(Buffer.from('光明区数据授权运营 anchor seq=43'), fixedSignature, publicKey)).toBe(false);
    expect(sm2Verify(message, fixedSignature, generateSm2KeyPair().publicKey)).toBe(false);
    expect(sm2Verify(message, 'zz', publicKey)).toBe(false);
  });

  it('signs what an independent GB/T 32918 verifier accepts (Z_A with 1234567812345678 included)', () => {
    const pair = generateSm2KeyPair();
    const signature = sm2Sign(message, pair.privateKey);
    const point = { x: BigInt(`0x${pair.publicKey.slice(2, 66)}`), y: BigInt(`0x${pair.publicKey.slice(66)}`) };
    expect(sm2VerifyMessage(message, Buffer.from(signature, 'hex'), point)).toBe(true);
    expect(sm2VerifyMessage(message, Buffer.from(signature, 'hex'), point, 'ALICE123@YAHOO.COM')).toBe(false);
    expect(sm2VerifyMessage(message, Buffer.from(fixedSignature, 'hex'), { x: BigInt(`0x${publicKey.slice(2, 66)}`), y: BigInt(`0x${publicKey.slice(66)}`) })).toBe(true);
  });
});

describe('the SM4 sealed box (SM4-CTR, then HMAC-SM3)', () => {
  const master = crypto.randomBytes(32);
  const secret = crypto.randomBytes(32);

  it('opens what it sealed, under the same key and context only', () => {
    const sealed = sealSm4(secret, master, 'shuyu:sandbox-key:sbx_1');
    expect(sealed.startsWith('g1.')).toBe(true);
    expect(openSm4(sealed, master, 'shuyu:sandbox-key:sbx_1')).toEqual(secret);
    expect(() => openSm4(sealed, master, 'shuyu:sandbox-key:sbx_2')).toThrow();
    expect(() => openSm4(sealed, crypto.randomBytes(32), 'shuyu:sandbox-key:sbx_1')).toThrow();
  });

  it('refuses a box with any one byte flipped (IV, tag or ciphertext) or cut short', () => {
    const sealed = sealSm4(secret, master, 'ctx');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const at of [0, 15, 16, 47, 48, raw.length - 1]) {
      const bent = Buffer.from(raw);
      bent[at] ^= 0x01;
      expect(() => openSm4(`g1.${bent.toString('base64url')}`, master, 'ctx')).toThrow();
    }
    expect(() => openSm4(`g1.${raw.subarray(0, 40).toString('base64url')}`, master, 'ctx')).toThrow();
  });
});
