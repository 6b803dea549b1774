/**
 * Master-key rotation under a crash: killed (SIGKILL) right after re-sealing one key of several,
 * the data directory refuses a normal start with either key (never a half-working platform), and
 * running the rotation again finishes it; afterwards the platform starts on the new key, every
 * agreement key and the output-fingerprint key are what they were, and the audit chain verifies
 * with both rotation attempts in it.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildPlatform } from '../../services/composition-root';
import { open } from '../../sandbox/keys/sealed-box';
import { sealedRows } from '../../services/keys/sealed-rows';
import { SealedKeysMismatch } from '../../services/keys/sealed-keys-check';
import { approvedAgreement, residentsWorld } from '../fixtures/demo-world';
import { makeTempDir, startTestPlatform, testConfig } from '../fixtures/test-platform';

jest.setTimeout(180_000);

function rotateInChild(dataDir: string, pauseAt?: string): Promise<{ code: number | null; stdout: string; stderr: string; paused: boolean }> {
  const child = spawn(process.execPath, [
    '--require', require.resolve('tsx/cjs'), path.join(__dirname, '../fixtures/rotate-in-child.ts'), dataDir, ...(pauseAt ? [`--pause-at=${pauseAt}`] : []),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let paused = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (pauseAt && stdout.includes(`paused ${pauseAt.split('@')[0]}`)) {
      paused = true;
      child.kill('SIGKILL');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr, paused })));
}

function opened(rows: { sealed: string; context: string }[], key: Buffer): Buffer[] {
  return rows.map((r) => open(r.sealed, key, r.context));
}

describe('a master-key rotation killed half-way', () => {
  const dataDir = makeTempDir('shuyu-rotation-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start on either key, resumes, and keeps every agreement key and the fingerprints', async () => {
    const t = await startTestPlatform({ dataDir });
    const w = await residentsWorld(t, 40);
    for (let i = 0; i < 3; i += 1) await approvedAgreement(t, w);
    const oldKey = Buffer.from(fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim(), 'hex');
    const before = await sealedRows(t.platform.store.main);
    const plain = opened(before, oldKey);
    await t.close();
    expect(before.length).toBe(4); // three agreement keys and the output-fingerprint key
    // Upgraded platforms keep their fingerprints: the stored key is the one derived before.
    expect(plain[plain.length - 1]).toEqual(crypto.createHmac('sha256', oldKey).update('shuyu:output-fingerprints').digest());

    const killed = await rotateInChild(dataDir, 'keys.resealed@2');
    expect(killed.paused).toBe(true);
    const newKey = Buffer.from(fs.readFileSync(path.join(dataDir, 'master.key.next'), 'utf8').trim(), 'hex');
    expect(fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim()).toBe(oldKey.toString('hex'));

    // Neither key opens every secret now: a normal start refuses, saying what to do.
    await expect(buildPlatform(testConfig(dataDir))).rejects.toThrow(SealedKeysMismatch);
    await expect(buildPlatform(testConfig(dataDir, { SHUYU_MASTER_KEY: newKey.toString('hex') }))).rejects.toThrow(/rotation was interrupted/);

    const resumed = await rotateInChild(dataDir);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout.trim().split('\n').pop() as string)).toEqual(expect.objectContaining({ total: 4, alreadyRotated: 2, resealed: 2, resumed: true }));
    expect(fs.existsSync(path.join(dataDir, 'master.key.next'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim()).toBe(newKey.toString('hex'));

    const platform = await buildPlatform(testConfig(dataDir));
    try {
      const after = await sealedRows(platform.store.main);
      expect(opened(after, newKey)).toEqual(plain);
      expect(after.every((row) => { try { open(row.sealed, oldKey, row.context); return false; } catch { return true; } })).toBe(true);
      const report = await platform.audit.verify();
      expect(report.valid).toBe(true);
      const actions = (await platform.store.main.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'keys.%' ORDER BY seq")).map((r) => r.action);
      expect(actions).toEqual(['keys.rotation_started', 'keys.rotation_started', 'keys.master_rotated']);
    } finally {
      await platform.close();
    }
  });
});
