/**
 * The `shuyu` CLI, run as a real child process on a temporary data directory (through tsx when
 * not built): principals, offline audit verification and tail, `doctor`, re-anchoring, and what
 * `serve` does with a damaged data directory (refuse, or `--read-only-recovery`). The reading
 * commands must not change a byte of the directory they read.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeTempDir } from '../fixtures/test-platform';
import { snapshotDir } from './doctor/data-dir-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT = 30_000;

type Report = { valid: boolean; entries: number; head: { seq: number; hash: string }; firstInvalidSeq?: number };

describe('shuyu CLI', () => {
  let dir: string;

  const cliEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, SHUYU_DATA_DIR: dir, SHUYU_LOG_LEVEL: 'silent', SHUYU_PORT: '0', SHUYU_HOST: '127.0.0.1' };
    delete env.SHUYU_AUTHORITY_TOKEN;
    delete env.SHUYU_AUDIT_HMAC_KEY;
    return env;
  };
  const shuyu = (...args: string[]): SpawnSyncReturns<string> => {
    const result = spawnSync('node', ['bin/shuyu.js', ...args], { cwd: ROOT, env: cliEnv(), encoding: 'utf8', timeout: TIMEOUT });
    if (result.error) throw result.error;
    return result;
  };
  const verify = (): { status: number | null; report: Report } => {
    const result = shuyu('audit', 'verify');
    return { status: result.status, report: JSON.parse(result.stdout) as Report };
  };
  const sql = async (statement: string): Promise<void> => {
    const instance = await DuckDBInstance.create(path.join(dir, 'control.duckdb'));
    const connection = await instance.connect();
    try {
      await connection.run(statement);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  };
  const createOperator = (name: string) => {
    const result = shuyu('principal', 'create', '--name', name, '--role', 'operator', '--unit', 'u');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as { id: string; name: string; role: string; unit: string; token: string };
  };

  beforeEach(() => {
    dir = makeTempDir('shuyu-cli-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('principal create prints the principal with its token, once, and bootstraps the data directory', () => {
    const created = createOperator('x');
    expect(created).toMatchObject({ name: 'x', role: 'operator', unit: 'u', id: expect.stringMatching(/^prn_/) });
    expect(created.token).toMatch(/^shy_[A-Za-z0-9_-]{43}$/);
    // First start without SHUYU_AUTHORITY_TOKEN: the authority token went to a 0600 file.
    const tokenFile = path.join(dir, 'authority.token');
    expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(tokenFile, 'utf8').trim()).toMatch(/^shy_/);
  }, TIMEOUT * 2);

  it('audit verify exits 0 with valid true, and audit tail -n 3 prints the 3 newest entries', () => {
    createOperator('a');
    createOperator('b');
    createOperator('c');
    const { status, report } = verify();
    expect(status).toBe(0);
    expect(report).toMatchObject({ valid: true, entries: 4, head: { seq: 4 } });

    const tail = shuyu('audit', 'tail', '-n', '3');
    expect(tail.status).toBe(0);
    const lines = tail.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const rows = lines.map((l) => l.split('\t'));
    expect(rows.map((r) => Number(r[0]))).toEqual([2, 3, 4]);
    expect(rows.every((r) => r.length === 7 && r[2] === 'allowed' && r[3] === 'cli' && r[5] === 'principal.create')).toBe(true);
  }, TIMEOUT * 6);

  it('audit verify exits 1 and names the first invalid seq after an entry was altered', async () => {
    createOperator('a');
    createOperator('b');
    await sql("UPDATE audit_log SET resource = 'principal:forged' WHERE seq = 2");
    const { status, report } = verify();
    expect(status).toBe(1);
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: 2 });
  }, TIMEOUT * 4);

  it('audit verify keeps failing after the tail was cut off (verifying must not re-anchor the cut)', async () => {
    for (const name of ['a', 'b', 'c']) createOperator(name);
    await sql('DELETE FROM audit_log WHERE seq > 2');
    const first = verify();
    expect(first.status).toBe(1);
    expect(first.report).toMatchObject({ valid: false, firstInvalidSeq: 3 });
    const second = verify();
    expect(second.status).toBe(1);
    expect(second.report).toMatchObject({ valid: false, firstInvalidSeq: 3 });
  }, TIMEOUT * 6);

  it('audit reanchor acknowledges a break on purpose, and the incident stays in the chain', async () => {
    for (const name of ['a', 'b', 'c']) createOperator(name);
    await sql('DELETE FROM audit_log WHERE seq > 2');
    expect(verify().status).toBe(1);
    const reanchor = shuyu('audit', 'reanchor', '--reason', 'incident 2026-17: restored from backup');
    expect(reanchor.status).toBe(0);
    expect(reanchor.stdout).toMatch(/the break was: the chain ends at \d+ but was anchored at 4/);
    const after = verify();
    expect(after.status).toBe(0);
    const actions = shuyu('audit', 'tail', '-n', '10').stdout.trim().split('\n').map((l) => l.split('\t')[5]);
    expect(actions.filter((a) => a === 'audit.anchor_break')).toHaveLength(1);
    expect(actions).toContain('audit.reanchor');
  }, TIMEOUT * 6);

  it('principal create with an unknown role exits non-zero and creates nothing', () => {
    const result = shuyu('principal', 'create', '--name', 'y', '--role', 'superuser', '--unit', 'u');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown role/);
    expect(result.stdout).toBe('');
    const { report } = verify();
    expect(report).toMatchObject({ valid: true, entries: 1 }); // the bootstrap only
  }, TIMEOUT * 3);

  it('audit verify, doctor and audit tail change no byte of a tampered directory, and never create the anchor key', async () => {
    for (const name of ['a', 'b', 'c']) createOperator(name);
    const healthy = shuyu('doctor');
    expect(healthy.status).toBe(0);
    expect(healthy.stdout).toMatch(/^healthy: /);

    await sql('DELETE FROM audit_log WHERE seq > 2');
    const before = snapshotDir(dir);
    const first = verify();
    expect(first).toMatchObject({ status: 1, report: { valid: false, firstInvalidSeq: 3, entries: 2, anchor: { seq: 4, signatureValid: true } } });
    expect(snapshotDir(dir)).toEqual(before);

    const doctor = shuyu('doctor');
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toMatch(/^damaged: /);
    expect(doctor.stdout).toMatch(/damage \[chain_cut\] .*control\.duckdb\n {2}the audit chain ends at entry 2 but was anchored at 4/);
    expect(doctor.stdout).toMatch(/shuyu audit reanchor --reason/);
    const json = shuyu('doctor', '--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ healthy: false, problems: [{ code: 'chain_cut', file: path.join(dir, 'control.duckdb') }] });
    expect(shuyu('audit', 'tail', '-n', '5').status).toBe(0);
    expect(snapshotDir(dir)).toEqual(before);

    // Without the key, nothing can check the anchor, and nothing creates a key either.
    fs.rmSync(path.join(dir, 'audit-anchor.key'));
    const keyless = before;
    delete keyless['audit-anchor.key'];
    const noKey = shuyu('audit', 'verify');
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toMatch(/no anchor key/);
    expect(shuyu('doctor').stdout).toMatch(/anchor_key_missing/);
    expect(snapshotDir(dir)).toEqual(keyless);
  }, TIMEOUT * 10);

  it('serve refuses a damaged data directory: exit 1, the file and the problem on stderr, nothing written', async () => {
    for (const name of ['a', 'b']) createOperator(name);
    await sql('DELETE FROM audit_log WHERE seq > 1');
    const before = snapshotDir(dir);
    const serve = shuyu('serve');
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain(`shuyu: the data directory ${dir} is damaged, so the platform will not start:`);
    expect(serve.stderr).toContain(path.join(dir, 'control.duckdb'));
    expect(serve.stderr).toMatch(/the audit chain ends at entry 1 but was anchored at 3/);
    expect(serve.stderr).toMatch(/shuyu doctor/);
    expect(snapshotDir(dir)).toEqual(before);
  }, TIMEOUT * 4);

  it('serve --read-only-recovery serves the audit log to the authority, refuses writes, and writes nothing', async () => {
    for (const name of ['a', 'b']) createOperator(name);
    await sql('DELETE FROM audit_log WHERE seq > 1');
    const token = fs.readFileSync(path.join(dir, 'authority.token'), 'utf8').trim();
    const before = snapshotDir(dir);
    const child = spawn('node', ['bin/shuyu.js', 'serve', '--read-only-recovery'], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: child.stdout }).on('line', (line) => {
          const match = /read-only recovery on (http:\/\/[^\s]+\/api\/v1)/.exec(line);
          if (match) resolve(match[1]);
        });
        void exited.then(() => reject(new Error(`exited: ${stderr}`)));
      });
      expect(stderr).toMatch(/chain_cut|ends at entry 1 but was anchored at 3/);
      const auth = { Authorization: `Bearer ${token}` };
      const log = await fetch(`${url}/audit?limit=10`, { headers: auth });
      expect(log.status).toBe(200);
      expect(((await log.json()) as { entries: unknown[] }).entries).toHaveLength(1);
      const check = await fetch(`${url}/audit/verify`, { headers: auth });
      expect(await check.json()).toMatchObject({ valid: false, firstInvalidSeq: 2, anchor: { seq: 3 } });
      const write = await fetch(`${url}/principals`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'z', role: 'operator', unit: 'u' }) });
      expect(write.status).toBe(503);
      expect(((await write.json()) as { error: { code: string } }).error.code).toBe('read_only_recovery');
      expect((await fetch(`${url}/audit`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(snapshotDir(dir)).toEqual(before);
  }, TIMEOUT * 4);
});
