/**
 * Fault: the platform is killed (SIGKILL) during a burst of audited requests, once at a random
 * moment and once exactly between a group commit and its anchor write. After the restart every
 * request that was answered 2xx is in the chain, the chain verifies, and cutting off any
 * acknowledged entry afterwards is detected: each acknowledged entry is covered by the anchor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AuditAnchor } from '../../services/audit/audit-anchor';
import { readPage } from '../../services/audit/audit-store';
import { verifyChain } from '../../services/audit/audit-verifier';
import { SerialConnection } from '../../sandbox/engine/serial-connection';
import { AUTHORITY_TOKEN, makeTempDir, startTestPlatform, testConfig } from '../fixtures/test-platform';
import { startCrashChild, type CrashChild } from './crash-child';

/** Works on a closed data directory's control store; `cutFrom` deletes every entry from that seq on. */
async function inspect(dataDir: string, cutFrom?: number) {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const db = new SerialConnection(await instance.connect());
  try {
    if (cutFrom !== undefined) await db.run('DELETE FROM audit_log WHERE seq >= $1', [cutFrom]);
    const key = testConfig(dataDir).audit.hmacKey as string;
    return { report: await verifyChain(db, new AuditAnchor({ dataDir, key }).read()), entries: await readPage(db, 0, 100_000) };
  } finally {
    await db.close();
    instance.closeSync();
  }
}

/** 16 clients send GET /me back to back until the server is gone; returns the ids answered 200. */
async function burst(child: CrashChild, onAnswer: () => void): Promise<string[]> {
  const ok: string[] = [];
  let n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (;;) {
      n += 1;
      const requestId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      try {
        const res = await fetch(child.url('/api/v1/me'), { headers: { Authorization: `Bearer ${AUTHORITY_TOKEN}`, 'X-Request-Id': requestId } });
        await res.arrayBuffer();
        if (res.status === 200) ok.push(requestId);
        onAnswer();
      } catch {
        return; // the server is gone
      }
    }
  }));
  return ok;
}

describe.each([
  ['at a random moment', null],
  ['between a group commit and its anchor', 'audit.committed@30'],
])('a burst of audited requests killed %s', (_name, pauseAt) => {
  const dataDir = makeTempDir('shuyu-fault-burst-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged entry, and a cut of any of them is detected', async () => {
    await (await startTestPlatform({ dataDir })).close();
    const child = await startCrashChild(dataDir, pauseAt ? { pauseAt } : {});
    let answers = 0;
    const threshold = 60 + Math.floor(Math.random() * 60);
    let killing: Promise<void> | null = null;
    const onAnswer = () => {
      answers += 1;
      if (!pauseAt && answers >= threshold) killing ??= child.kill();
    };
    if (pauseAt) void child.paused.then(() => (killing ??= child.kill()));
    const ok = await burst(child, onAnswer);
    await (killing ?? child.kill());
    expect(ok.length).toBeGreaterThan(pauseAt ? 0 : 50);

    const { report, entries } = await inspect(dataDir);
    expect(report.valid).toBe(true);
    const seqOf = new Map(entries.map((e) => [e.requestId, e.seq]));
    for (const id of ok) expect(seqOf.has(id)).toBe(true);
    if (pauseAt) expect(report.head.seq).toBeGreaterThan(report.anchor?.seq ?? 0); // a commit the kill left unanchored

    // Restarting works, and so does cutting off the newest acknowledged entry: it is detected.
    await (await startTestPlatform({ dataDir })).close();
    const newestAcknowledged = Math.max(...ok.map((id) => seqOf.get(id) as number));
    const cut = await inspect(dataDir, newestAcknowledged);
    expect(cut.report.valid).toBe(false);
    expect(cut.report.reason).toMatch(/cut off/);
  }, 180_000);
});
