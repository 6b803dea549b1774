/**
 * The audit chain under the 国密 profile: entries hashed with SM3, the anchor signed with SM2 so
 * that an outside party verifies it with the published public key alone, and tampering found
 * and named as under intl.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AuditAnchor } from '../../../services/audit/audit-anchor';
import { hashInput } from '../../../services/audit/audit-entry';
import { findEntries } from '../../../services/audit/audit-store';
import { verifyChain } from '../../../services/audit/audit-verifier';
import { ControlStore } from '../../../services/store/control-store';
import { bearer, makeTempDir, startTestPlatform } from '../../fixtures/test-platform';
import { sm2VerifyMessage } from '../../fixtures/sm2-reference';

jest.setTimeout(120_000);

type AnchorInfo = { profile: string; chainHash: string; signatureAlgorithm: string; publicKey: string; anchor: { seq: number; hash: string; signature: string; signedText: string } };

async function verifyWithPublicKeyOnly(dataDir: string, publicKey: string) {
  const store = await ControlStore.openReadOnly(dataDir);
  try {
    const anchor = new AuditAnchor({ dataDir, key: '', publicKey });
    return await verifyChain(store.main, anchor.read(), undefined, anchor.chainHash);
  } finally {
    await store.close();
  }
}

describe('the gm audit chain', () => {
  const dataDir = makeTempDir('shuyu-gm-audit-');
  let info: AnchorInfo;
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const t = await startTestPlatform({ dataDir, env: { SHUYU_CRYPTO_PROFILE: 'gm' } });
    const source = await t.principal('source', '人口办', '光明区人口管理办');
    await t.http.get('/api/v1/datasets').set(...bearer(source.token));
    await t.http.get('/api/v1/audit').set(...bearer(source.token)); // denied, and audited
    info = (await t.http.get('/api/v1/audit/anchor').set(...bearer(t.authorityToken))).body as AnchorInfo;
    const exported = await t.http.get('/api/v1/audit/export?format=csv').set(...bearer(t.authorityToken)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    fs.writeFileSync(path.join(dataDir, 'export.csv'), exported.body as Buffer);
    const entries = await findEntries(t.platform.store.main, { order: 'asc', limit: 1000 });
    await t.close();
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) {
      expect(crypto.createHash('sm3').update(hashInput(e)).digest('hex')).toBe(e.hash);
      expect(crypto.createHash('sha256').update(hashInput(e)).digest('hex')).not.toBe(e.hash);
    }
  });

  it('publishes the profile, the algorithms and the public key with the anchor', () => {
    expect(info).toEqual(expect.objectContaining({ profile: 'gm', chainHash: 'SM3', signatureAlgorithm: 'SM2-with-SM3' }));
    expect(info.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('signs the anchor with standard SM2 (an independent GB/T 32918 verifier accepts it)', () => {
    const point = { x: BigInt(`0x${info.publicKey.slice(2, 66)}`), y: BigInt(`0x${info.publicKey.slice(66)}`) };
    expect(sm2VerifyMessage(Buffer.from(info.anchor.signedText, 'utf8'), Buffer.from(info.anchor.signature, 'hex'), point)).toBe(true);
  });

  it('verifies with the public key alone, without the anchor key, and not with another key', async () => {
    // The test platform's anchor key came from the environment: none is in the data directory.
    expect(fs.existsSync(path.join(dataDir, 'audit-anchor.key'))).toBe(false);
    {
      const good = await verifyWithPublicKeyOnly(dataDir, info.publicKey);
      expect(good).toEqual(expect.objectContaining({ valid: true, anchor: expect.objectContaining({ signatureValid: true }) }));
      const other = `04${crypto.randomBytes(64).toString('hex')}`;
      expect((await verifyWithPublicKeyOnly(dataDir, other)).valid).toBe(false);
      const cli = spawnSync('node', ['bin/shuyu.js', 'audit', 'verify', '--public-key', info.publicKey], {
        cwd: path.join(__dirname, '../../..'), encoding: 'utf8', timeout: 60_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, SHUYU_DATA_DIR: dataDir, SHUYU_LOG_LEVEL: 'silent' },
      });
      expect(cli.status).toBe(0);
      expect(JSON.parse(cli.stdout)).toEqual(expect.objectContaining({ valid: true }));
    }
  });

  it('the standalone verifier checks the exported chain with --sm3, and not as SHA-256', () => {
    const run = (...args: string[]) => spawnSync('node', ['deploy/verify-audit-chain.mjs', path.join(dataDir, 'export.csv'), ...args], { cwd: path.join(__dirname, '../../..'), encoding: 'utf8' });
    expect(run('--sm3').status).toBe(0);
    const plain = run();
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout)).toEqual(expect.objectContaining({ valid: false, reason: 'entry 1 was altered' }));
  });

  it('names an altered entry', async () => {
    const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
    const connection = await instance.connect();
    await connection.run("UPDATE audit_log SET resource = 'dataset:forged' WHERE seq = 3");
    connection.closeSync();
    instance.closeSync();
    const report = await verifyWithPublicKeyOnly(dataDir, info.publicKey);
    expect(report).toEqual(expect.objectContaining({ valid: false, firstInvalidSeq: 3, reason: 'entry 3 was altered' }));
  });
});
