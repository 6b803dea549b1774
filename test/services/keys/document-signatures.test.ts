/**
 * Destruction certificates carry the platform's signature over their hash, which anyone checks
 * with the public key that GET /audit/anchor publishes: SM2 under gm, Ed25519 under intl. A
 * certificate altered after issue fails, and so does one re-signed with another key.
 */
import { verifyCertificate, type DestructionCertificate } from '../../../services/destruction/destruction-certificate';
import { documentSigner, verifyDocumentSignature } from '../../../services/keys/document-signer';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { bearer, startTestPlatform } from '../../fixtures/test-platform';
import { sm2VerifyMessage } from '../../fixtures/sm2-reference';

jest.setTimeout(120_000);

describe.each([
  ['gm', 'SM2-with-SM3'],
  ['intl', 'Ed25519'],
])('a destruction certificate under the %s profile', (profile, algorithm) => {
  it('is signed over its hash with the published key, and any change or other key fails', async () => {
    const t = await startTestPlatform({ env: { SHUYU_CRYPTO_PROFILE: profile } });
    try {
      const w = await residentsWorld(t, 30);
      const { agreementId } = await approvedAgreement(t, w);
      expect((await t.http.post(`/api/v1/agreements/${agreementId}/terminate`).set(...bearer(t.authorityToken)).send({ reason: '运营单位申请提前终止' })).status).toBe(200);
      await t.platform.lifecycle.run();
      await t.platform.expiry.settle();
      const fetched = await t.http.get(`/api/v1/agreements/${agreementId}/certificate`).set(...bearer(t.authorityToken));
      expect(fetched.status).toBe(200);
      const certificate = fetched.body as DestructionCertificate;
      const published = (await t.http.get('/api/v1/audit/anchor').set(...bearer(t.authorityToken))).body as { documentKey: { algorithm: string; publicKey: string } };

      expect(certificate.signature).toEqual(expect.objectContaining({ algorithm, publicKey: published.documentKey.publicKey }));
      expect(published.documentKey.algorithm).toBe(algorithm);
      expect(verifyCertificate(certificate)).toBe(true);
      const signature = certificate.signature as NonNullable<DestructionCertificate['signature']>;
      if (profile === 'gm') {
        const pub = signature.publicKey;
        expect(sm2VerifyMessage(Buffer.from(certificate.hash), Buffer.from(signature.value, 'hex'), { x: BigInt(`0x${pub.slice(2, 66)}`), y: BigInt(`0x${pub.slice(66)}`) })).toBe(true);
      }
      expect(verifyCertificate({ ...certificate, nothingRemains: false })).toBe(false);
      const forged = documentSigner(profile as 'gm' | 'intl', 'another-anchor-key-0123456789abcdefghij').sign(certificate.hash);
      expect(verifyDocumentSignature(certificate.hash, { ...forged, publicKey: signature.publicKey })).toBe(false);
    } finally {
      await t.destroy();
    }
  });
});
