/**
 * The `shuyu` CLI, run as a real child process on a temporary data directory (through tsx when
 * not built): principals, and offline audit verification and tail.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeTempDir } from '../fixtures/test-platform';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT = 30_000;

type Report = { valid: boolean; entries: number; head: { seq: number; hash: string }; firstInvalidSeq?: number };

describe('shuyu CLI', () => {
  let dir: string;

  const shuyu = (...args: string[]): SpawnSyncReturns<string> => {
    const env: NodeJS.ProcessEnv = { ...process.env, SHUYU_DATA_DIR: dir, SHUYU_LOG_LEVEL: 'silent' };
    delete env.SHUYU_AUTHORITY_TOKEN;
    delete env.SHUYU_AUDIT_HMAC_KEY;
    const result = spawnSync('node', ['bin/shuyu.js', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: TIMEOUT });
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
});
