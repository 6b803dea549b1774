/**
 * Attack: the request that brings the platform down leaves no trace. Every statement is
 * journalled before it reaches a worker: the platform is killed (SIGKILL) while a statement
 * runs; after the restart the chain holds its `statement.start` and a `statement.lost`, and
 * verifies. The orphaned worker exits with its platform.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildPlatform } from '../../../services/composition-root';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { bearer, makeTempDir, startTestPlatform, testConfig } from '../../fixtures/test-platform';

describe('a platform crash while a statement runs', () => {
  const dataDir = makeTempDir('shuyu-crash-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is reported as statement.lost after the restart, and the chain verifies', async () => {
    const t = await startTestPlatform({ dataDir });
    const w = await residentsWorld(t);
    // The child server runs on the real clock: the term must cover today, or its expiry job seals the sandbox first.
    const { sandboxId } = await approvedAgreement(t, w, undefined, { startsAt: '2026-01-01T00:00:00Z', endsAt: '2030-12-31T00:00:00Z' });
    await t.close();

    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(__dirname, '../../fixtures/serve-in-child.ts'), dataDir, 'SHUYU_QUERY_TIMEOUT_MS=60000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const m = /port (\d+)/.exec(chunk.toString());
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error('the server exited')));
    });
    const requestId = '00000000-0000-4000-8000-00000000c0de';
    const pending = fetch(`http://127.0.0.1:${port}/api/v1/sandboxes/${sandboxId}/query`, {
      method: 'POST', headers: { ...Object.fromEntries([bearer(w.operator.token)]), 'Content-Type': 'application/json', 'X-Request-Id': requestId },
      body: JSON.stringify({ sql: 'SELECT count(*) FROM residents a, residents b, residents c, residents d, residents e, residents f', tier: 'dev' }),
    }).catch(() => 'connection lost');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await pending).toBe('connection lost');

    const platform = await buildPlatform(testConfig(dataDir));
    try {
      const entries = await platform.audit.find({ limit: 10_000 });
      const start = entries.find((e) => e.action === 'statement.start' && e.requestId === requestId);
      expect(start).toBeDefined();
      const lost = entries.filter((e) => e.action === 'statement.lost');
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatchObject({ requestId, resource: `sandbox:${sandboxId}`, outcome: 'failed', actorId: w.operator.id });
      expect(lost[0].details.statementId).toBe(start?.details.statementId);
      expect((await platform.audit.verify()).valid).toBe(true);
    } finally {
      await platform.close();
    }
    // A second restart reports nothing new: the loss is recorded once.
    const again = await buildPlatform(testConfig(dataDir));
    try {
      expect((await again.audit.find({ limit: 10_000 })).filter((e) => e.action === 'statement.lost')).toHaveLength(1);
    } finally {
      await again.close();
    }
  });
});
