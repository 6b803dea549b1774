/**
 * Fault: the platform is killed (SIGKILL) in the middle of an upload, at each named point
 * between receiving the body and answering. After the restart the upload is either wholly in
 * force with its request's audit entry, or wholly absent (no version, no file in the vault)
 * with its request recorded as interrupted; the chain verifies either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { residentsWorld, type World } from '../fixtures/demo-world';
import { residentsCsv } from '../fixtures/residents-dataset';
import { bearer, makeTempDir, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { startCrashChild } from './crash-child';

const points = ['upload.built', 'upload.renamed', 'upload.committed'] as const;

describe.each(points)('an upload killed at %s', (point) => {
  const dataDir = makeTempDir('shuyu-fault-upload-');
  let world: World;
  let t: TestPlatform | null = null;
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is, after the restart, in force with its audit entry or gone without a trace', async () => {
    const first = await startTestPlatform({ dataDir });
    world = await residentsWorld(first, 50);
    await first.close();

    const child = await startCrashChild(dataDir, { pauseAt: point });
    const requestId = '00000000-0000-4000-8000-0000000f0a17';
    const pending = fetch(child.url(`/api/v1/datasets/${world.datasetId}/data`), {
      method: 'PUT', body: residentsCsv(80),
      headers: { ...Object.fromEntries([bearer(world.source.token)]), 'Content-Type': 'text/csv', 'X-Request-Id': requestId },
    }).then((r) => r.status, () => 'connection lost');
    expect(await child.paused).toBe(point);
    await child.kill();
    expect(await pending).toBe('connection lost');

    t = await startTestPlatform({ dataDir });
    const versions = await t.http.get(`/api/v1/datasets/${world.datasetId}/versions`).set(...bearer(world.source.token));
    const entries = (await t.platform.audit.find({ limit: 10_000 })).filter((e) => e.requestId === requestId);
    const vaultFiles = fs.readdirSync(path.join(dataDir, 'vault', world.datasetId)).sort();

    if (point === 'upload.committed') {
      // Committed with its entry before the answer: in force, and the entry says so.
      expect(versions.body.versions.map((v: { version: number; rows: number }) => [v.version, v.rows])).toEqual([[1, 50], [2, 80]]);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'dataset.upload', outcome: 'allowed', details: expect.objectContaining({ version: 2, rows: 80 }) });
      expect(vaultFiles).toEqual(['v000001.duckdb', 'v000002.duckdb']);
    } else {
      expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'dataset.upload', outcome: 'failed', actorId: world.source.id, details: expect.objectContaining({ interrupted: true, version: 2 }) });
      expect(vaultFiles).toEqual(['v000001.duckdb']);
    }
    // Another upload takes the next version number and works.
    const again = await t.http.put(`/api/v1/datasets/${world.datasetId}/data`).set(...bearer(world.source.token)).set('Content-Type', 'text/csv').send(residentsCsv(30));
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(point === 'upload.committed' ? 3 : 2);
    expect((await t.platform.audit.verify()).valid).toBe(true);
  });
});
