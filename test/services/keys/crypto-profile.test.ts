/**
 * The cryptographic profile is chosen when the data directory is created, recorded in it, and
 * cannot be switched afterwards; under gm every agreement key and platform secret is an SM4 box,
 * also after a master-key rotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildPlatform } from '../../../services/composition-root';
import { rotateConfiguredMasterKey } from '../../../services/cli/keys-command';
import { sealedRows } from '../../../services/keys/sealed-rows';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { makeTempDir, startTestPlatform, testConfig } from '../../fixtures/test-platform';

jest.setTimeout(120_000);

describe('the gm profile', () => {
  const dataDir = makeTempDir('shuyu-gm-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is recorded at creation and seals every key with SM4, before and after a rotation', async () => {
    const t = await startTestPlatform({ dataDir, env: { SHUYU_CRYPTO_PROFILE: 'gm' } });
    const w = await residentsWorld(t, 30);
    await approvedAgreement(t, w);
    expect(fs.readFileSync(path.join(dataDir, 'crypto-profile'), 'utf8').trim()).toBe('gm');
    const rows = await sealedRows(t.platform.store.main);
    await t.close();
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.sealed.startsWith('g1.'))).toBe(true);

    const rotated = await rotateConfiguredMasterKey(testConfig(dataDir));
    expect(rotated.result).toEqual(expect.objectContaining({ total: 2, resealed: 2 }));
    const platform = await buildPlatform(testConfig(dataDir));
    try {
      expect((await sealedRows(platform.store.main)).every((r) => r.sealed.startsWith('g1.'))).toBe(true);
    } finally {
      await platform.close();
    }
  });

  it('cannot be switched to intl later', async () => {
    await expect(buildPlatform(testConfig(dataDir, { SHUYU_CRYPTO_PROFILE: 'intl' }))).rejects.toThrow(/uses the gm profile, chosen when it was created/);
  });
});

describe('a data directory from before profiles', () => {
  it('is intl, and refuses to become gm', async () => {
    const dataDir = makeTempDir('shuyu-legacy-');
    try {
      await (await buildPlatform(testConfig(dataDir))).close();
      fs.rmSync(path.join(dataDir, 'crypto-profile'));
      await expect(buildPlatform(testConfig(dataDir, { SHUYU_CRYPTO_PROFILE: 'gm' }))).rejects.toThrow(/uses the intl profile/);
      const platform = await buildPlatform(testConfig(dataDir));
      await platform.close();
      expect(fs.readFileSync(path.join(dataDir, 'crypto-profile'), 'utf8').trim()).toBe('intl');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a damaged record rather than guessing', async () => {
    const dataDir = makeTempDir('shuyu-badprofile-');
    try {
      fs.writeFileSync(path.join(dataDir, 'crypto-profile'), 'rot13\n');
      await expect(buildPlatform(testConfig(dataDir))).rejects.toThrow(/no known cryptographic profile/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
