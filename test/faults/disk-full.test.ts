/**
 * A full disk is an answer, not a crash. A real server process (test/fixtures/serve-in-child.ts)
 * runs on a data directory that is a 64 MiB tmpfs, with a reserve of 16 MiB and its operations
 * log (stdout, every request at level `http`) written to a file on that same disk. Where this
 * process may not mount, the disk is the ordinary one with the failure injected at the file-system
 * boundary of the server process (`fs.promises.statfs` and `fs.createWriteStream`, see
 * test/services/storage/small-disk.ts); the describe name and a console line say which ran.
 *
 * Below the reserve: uploads and new sandboxes are refused with 507, reads answer, /healthz
 * says degraded, the refusals are audited, no temporary file is left. With no room at all
 * (tmpfs only): audited reads answer 507 (the audit entry cannot be written), never a crash.
 * Space back: everything resumes by itself, and the audit chain verifies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { residentsRules } from '../fixtures/demo-world';
import { AUTHORITY_TOKEN } from '../fixtures/test-platform';
import { FixtureQualifications, listInDirectory } from '../fixtures/selection-fixtures';
import { injectionEnv, smallDisk, type SmallDisk } from '../services/storage/small-disk';

const SIZE_MIB = 64;
const disk: SmallDisk = smallDisk(SIZE_MIB, 'shuyu-disk-full-');
const how = disk.mode === 'tmpfs'
  ? `a real ${SIZE_MIB} MiB tmpfs`
  : 'an injected write failure at the file-system boundary (statfs and write streams of the server process)';
// eslint-disable-next-line no-console
console.log(`disk-full test runs on ${how}`);

const MiB = 1024 * 1024;
const LOG = path.join(disk.dir, 'shuyu.log');
const auth = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
const day = 24 * 3600 * 1000;
const RECHECK_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`a full disk is an answer, not a crash (${disk.mode})`, () => {
  let child: ChildProcess;
  let stderr = '';
  let http: ReturnType<typeof request>;
  let source: string;
  let operator: string;
  let datasetId: string;
  let applicationId: string;

  const upload = (body: string | Buffer) => http.put(`/api/v1/datasets/${datasetId}/data`).set(...auth(source)).set('Content-Type', 'text/csv').send(body);
  const healthz = async () => (await http.get('/healthz')).body as { status: string; reasons?: string[] };
  const alive = () => child.exitCode === null && child.signalCode === null;
  const expectStorageAnswer = (res: request.Response) => {
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 507, code: 'insufficient_storage' });
    expect(res.text).not.toContain(disk.dir);
  };

  beforeAll(async () => {
    const log = fs.openSync(LOG, 'a');
    child = spawn(process.execPath, [
      '--require', require.resolve('tsx/cjs'),
      ...(disk.mode === 'injected' ? ['--require', path.join(__dirname, '../services/storage/inject-small-disk-preload.ts')] : []),
      path.join(__dirname, '../fixtures/serve-in-child.ts'), disk.dir,
      'SHUYU_DISK_RESERVE=16MiB', 'SHUYU_LOG_LEVEL=http', 'SHUYU_UPLOAD_LIMIT=64mb', 'SHUYU_VAULT_MEMORY_LIMIT=256MB', 'SHUYU_WORKER_ISOLATION=none',
    ], { stdio: ['ignore', log, 'pipe'], env: { ...process.env, ...injectionEnv(disk, SIZE_MIB) } });
    fs.closeSync(log);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const port = await waitFor(() => /^port (\d+)$/m.exec(fs.readFileSync(LOG, 'utf8'))?.[1], 30_000, () => `the server did not start: ${stderr.slice(-2000)}`);
    http = request(`http://127.0.0.1:${port}`);

    source = await principal('source', '光明区人口管理办');
    operator = await principal('operator', '深圳某数据科技公司');
    await new FixtureQualifications(http, AUTHORITY_TOKEN).ensure('深圳某数据科技公司', operator);
    const created = await http.post('/api/v1/datasets').set(...auth(source)).send(residentsSchema);
    expect(created.status).toBe(201);
    datasetId = created.body.id;
    expect((await upload(residentsCsv(200))).status).toBe(200);
    const rules = await http.put(`/api/v1/datasets/${datasetId}/masking-rules`).set(...auth(source)).set('Content-Type', 'application/yaml').send(residentsRules);
    expect(rules.status).toBe(201);
    await listInDirectory(http, AUTHORITY_TOKEN, source, datasetId);
    const applied = await http.post('/api/v1/applications').set(...auth(operator)).send({
      scenario: '就业帮扶', purpose: '统计各街道就业困难人员分布', datasets: [{ datasetId, columns: ['id_number', 'street', 'income'] }],
      startsAt: new Date(Date.now() - day).toISOString(), endsAt: new Date(Date.now() + 90 * day).toISOString(),
    });
    expect(applied.status).toBe(201);
    applicationId = applied.body.id;
    const consent = await http.post(`/api/v1/applications/${applicationId}/consents`).set(...auth(source)).send({ datasetId, decision: 'approve' });
    expect(consent.status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    // eslint-disable-next-line no-console
    if (child && !alive()) console.log(`the server exited (${child.exitCode ?? child.signalCode}):\n${stderr.slice(-3000)}`);
    if (child && alive()) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    disk.release();
  });

  async function principal(role: string, unit: string): Promise<string> {
    const res = await http.post('/api/v1/principals').set(...auth(AUTHORITY_TOKEN)).send({ name: `${role}-disk-full`, role, unit });
    if (res.status !== 201) throw new Error(`could not create a principal: ${res.status}`);
    return res.body.token as string;
  }

  describe('below the reserve (8 MiB free of a 16 MiB reserve)', () => {
    beforeAll(async () => {
      disk.fill(8 * MiB);
      await sleep(RECHECK_MS + 500); // the platform trusts a reading of free space for up to a second
    });

    it('an upload answers 507 insufficient_storage (not 400, not 500), names no path, and changes nothing', async () => {
      const before = (await http.get(`/api/v1/datasets/${datasetId}/versions`).set(...auth(source))).body.versions;
      const res = await upload(Buffer.alloc(12 * MiB, 'a'));
      expectStorageAnswer(res);
      expect((await http.get(`/api/v1/datasets/${datasetId}/versions`).set(...auth(source))).body.versions).toEqual(before);
    });

    it('approving an application (new provisioning) answers 507 and decides nothing', async () => {
      expectStorageAnswer(await http.post(`/api/v1/applications/${applicationId}/decision`).set(...auth(AUTHORITY_TOKEN)).send({ decision: 'approve' }));
      expect((await http.get(`/api/v1/applications/${applicationId}`).set(...auth(AUTHORITY_TOKEN))).body.status).toBe('submitted');
    });

    it('reads answer 200: /me and the catalog', async () => {
      expect((await http.get('/api/v1/me').set(...auth(source))).status).toBe(200);
      const list = await http.get('/api/v1/datasets').set(...auth(operator));
      expect(list.status).toBe(200);
    });

    it('/healthz answers 200 degraded, naming the reserve', async () => {
      const res = await http.get('/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'degraded', reasons: expect.arrayContaining([expect.stringMatching(/below the reserve \(16 MiB\)/)]), version: expect.any(String) });
    });

    it('leaves no temporary or dotted file in the data directory or the vault', () => {
      expect(leftovers(disk.dir)).toEqual([]);
    });
  });

  (disk.mode === 'tmpfs' ? describe : describe.skip)('with no room at all', () => {
    beforeAll(() => disk.fill(0));

    it('an audited read answers 507 (its audit entry cannot be written), never a crash, and /healthz says why', async () => {
      // A few entries may still fit in the slack of pages the files already hold; then none does.
      const statuses: number[] = [];
      for (let i = 0; i < 100 && !statuses.includes(507); i += 1) {
        const res = await http.get('/api/v1/me').set(...auth(source));
        statuses.push(res.status);
        if (res.status === 507) expectStorageAnswer(res);
      }
      expect([...new Set(statuses)].filter((s) => s !== 200)).toEqual([507]);
      expectStorageAnswer(await upload(residentsCsv(50)));
      const health = await healthz();
      expect(health.status).toBe('degraded');
      expect(health.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/a write failed \(ENOSPC\)/)]));
      expect(alive()).toBe(true);
    });

    it('leaves no temporary or dotted file behind', () => {
      expect(leftovers(disk.dir)).toEqual([]);
    });
  });

  describe('when space returns', () => {
    beforeAll(() => disk.unfill());

    it('health turns ok by itself', async () => {
      await waitFor(async () => ((await healthz()).status === 'ok' ? true : undefined), 5_000, () => 'health stayed degraded');
    });

    it('writes resume by themselves: an upload and an approval (with its provisioning) succeed', async () => {
      const res = await upload(residentsCsv(300));
      expect(res.status).toBe(200);
      expect(res.body.rows).toBe(300);
      const decided = await http.post(`/api/v1/applications/${applicationId}/decision`).set(...auth(AUTHORITY_TOKEN)).send({ decision: 'approve' });
      expect(decided.status).toBe(201);
      await waitFor(async () => {
        const sandbox = await http.get(`/api/v1/sandboxes/${decided.body.sandboxId}`).set(...auth(operator));
        return sandbox.body.state === 'ready' ? true : undefined;
      }, 20_000, () => 'the sandbox did not become ready');
    });

    it('the audit chain verifies, and the refusals below the reserve are in it', async () => {
      const verify = await http.get('/api/v1/audit/verify').set(...auth(AUTHORITY_TOKEN));
      expect(verify.status).toBe(200);
      expect(verify.body.valid).toBe(true);
      const uploads = await http.get('/api/v1/audit').query({ action: 'dataset.upload', limit: 100 }).set(...auth(AUTHORITY_TOKEN));
      expect(uploads.body.entries).toEqual(expect.arrayContaining([
        expect.objectContaining({ outcome: 'failed', details: expect.objectContaining({ status: 507, error: 'insufficient_storage' }) }),
      ]));
      const decisions = await http.get('/api/v1/audit').query({ action: 'application.decide', limit: 100 }).set(...auth(AUTHORITY_TOKEN));
      expect(decisions.body.entries.map((e: { details: { status: number } }) => e.details.status)).toEqual([507, 201]);
    });

    it('the server process lived through all of it, and its log resumed', () => {
      expect(alive()).toBe(true);
      expect(leftovers(disk.dir)).toEqual([]);
      expect(fs.readFileSync(LOG, 'utf8')).toMatch(/"route":"\/audit\/verify"/);
    });
  });
});

/** Files that only a write in progress may have: `*.tmp` and dotted names (DuckDB's own `.wal` beside its database is not one). */
function leftovers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name.endsWith('.tmp') || entry.name.startsWith('.')) found.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return found;
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms: number, failure: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(failure());
    await sleep(100);
  }
}
