/**
 * Attack: code running inside a sandbox worker (a DuckDB escape, say) reads the platform's
 * secrets or another agreement's data. Tried from inside the worker's own environment: a
 * process started exactly as the pool starts a worker (its user and group, its empty
 * environment, its home) cannot read the master key, the control store, the anchor key, the
 * vault, or another sandbox's databases, and can read its own tier's database.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { approvedAgreement } from '../../fixtures/demo-world';
import { bearer } from '../../fixtures/test-platform';
import { startZone, type Zone } from './zone-fixture';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('a worker reads only its own tier', () => {
  let zone: Zone;
  let otherSandbox: string;
  beforeAll(async () => {
    zone = await startZone();
    ({ sandboxId: otherSandbox } = await approvedAgreement(zone.t, zone.w, ['street', 'income']));
    // Both sandboxes have running workers (and so files owned for them).
    expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
    const other = await zone.t.http.post(`/api/v1/sandboxes/${otherSandbox}/query`).set(...bearer(zone.w.operator.token)).send({ sql: 'SELECT count(*) AS n FROM residents', tier: 'dev' });
    expect(other.status).toBe(200);
  });
  afterAll(() => zone.t.destroy());

  it('runs each worker under a user of its own, with an environment that holds nothing of the platform', () => {
    const identities = zone.t.platform.workers.describe();
    if (!isRoot) {
      expect(identities).toContain('does not run as root');
      return;
    }
    expect(identities).toContain('a user of its own');
    const [pid] = zone.t.platform.workers.pids(zone.sandboxId);
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const uid = Number(/Uid:\s+(\d+)/.exec(status)?.[1]);
    expect(uid).toBeGreaterThanOrEqual(61000);
    const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
    expect(environ.map((v) => v.split('=')[0]).filter((name) => /SHUYU|KEY|TOKEN|SECRET|PASSWORD/i.test(name))).toEqual([]);
    // Besides the IPC channel's own two variables (set by Node for the channel), only these three.
    expect(environ.map((v) => v.split('=')[0]).filter((k) => !k.startsWith('NODE_CHANNEL_')).sort()).toEqual(['HOME', 'LANG', 'TMPDIR']);
  });

  it('cannot read the master key, the control store, the vault or another sandbox, from inside its identity', () => {
    if (!isRoot) return expect(zone.t.platform.workers.describe()).toContain('does not run as root');
    const [pid] = zone.t.platform.workers.pids(zone.sandboxId);
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const uid = Number(/Uid:\s+(\d+)/.exec(status)?.[1]);
    const gid = Number(/Gid:\s+(\d+)/.exec(status)?.[1]);
    const dataDir = zone.t.dataDir;
    const files = zone.t.platform.files;
    const targets = {
      masterKey: path.join(dataDir, 'master.key'),
      controlStore: path.join(dataDir, 'control.duckdb'),
      vault: path.join(dataDir, 'vault'),
      otherLive: files.live(otherSandbox),
      otherDev: files.dev(otherSandbox),
      ownLive: files.live(zone.sandboxId),
      authorityToken: path.join(dataDir, 'authority.token'),
    };
    const script = `const fs=require('fs');const out={};for(const [k,p] of Object.entries(${JSON.stringify(targets)})){try{fs.statSync(p).isDirectory()?fs.readdirSync(p):fs.readFileSync(p).subarray(0,16);out[k]='read'}catch(e){out[k]=e.code}}process.stdout.write(JSON.stringify(out))`;
    const tried = spawnSync(process.execPath, ['-e', script], { uid, gid, env: { HOME: '/nonexistent' }, cwd: '/', encoding: 'utf8' });
    const result = JSON.parse(tried.stdout) as Record<string, string>;
    for (const secret of ['masterKey', 'controlStore', 'vault', 'otherLive', 'otherDev', 'ownLive']) expect([secret, result[secret]]).toEqual([secret, expect.stringMatching(/EACCES|ENOENT/)]);
    // Its own tier is the dev twin here: that one it can read.
    const ownDev = spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(files.dev(zone.sandboxId))});process.stdout.write('read')`], { uid, gid, env: {}, encoding: 'utf8' });
    expect(ownDev.stdout).toBe('read');
    expect(fs.existsSync(targets.masterKey) || fs.existsSync(targets.controlStore)).toBe(true);
  });
});
