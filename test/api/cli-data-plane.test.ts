/**
 * The `shuyu` CLI's data-plane commands against a real platform listening on a port, run as
 * child processes (bin/shuyu.js, through tsx when not built): a source unit uploads a CSV and
 * puts its rules, an operator queries the dev twin as CSV and as a table and downloads a
 * released output. Errors carry the API's code and exit non-zero; output that is not a terminal
 * has no `\r`; the token is never printed; a hostile column alias cannot reach the terminal raw.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { approvedAgreement, residentsRules, type World } from '../fixtures/demo-world';
import { releaseRun } from '../fixtures/release-run';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

const ROOT = path.resolve(__dirname, '../..');
type Ran = { status: number | null; stdout: string; stderr: string };

describe('shuyu data-plane commands over HTTP', () => {
  let t: TestPlatform;
  let server: Server;
  let url: string;
  let w: World;
  const printed: string[] = [];

  /** Runs the CLI as a child (never spawnSync: the server answers from this process). */
  const shuyu = (token: string | null, ...args: string[]): Promise<Ran> => new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, SHUYU_URL: url, LANG: 'C' };
    delete env.SHUYU_TOKEN;
    if (token) env.SHUYU_TOKEN = token;
    const child = spawn('node', ['bin/shuyu.js', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (status) => {
      printed.push(stdout, stderr);
      resolve({ status, stdout, stderr });
    });
  });
  const file = (name: string, content: string): string => {
    const where = path.join(t.dataDir, name);
    fs.writeFileSync(where, content);
    return where;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const source = await t.principal('source', undefined, '光明区人口管理办');
    const operator = await t.principal('operator', undefined, '深圳某数据科技公司');
    const created = await t.http.post('/api/v1/datasets').set(...bearer(source.token)).send(residentsSchema);
    expect(created.status).toBe(201);
    w = { source, operator, datasetId: created.body.id as string };
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.destroy();
  });

  it('prints its version from package.json', async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await shuyu(null, '--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('uploads a CSV streamed, with plain progress lines off a terminal, and puts its rules', async () => {
    const up = await shuyu(w.source.token, 'datasets', 'upload', w.datasetId, file('residents.csv', residentsCsv(400)));
    expect(up.status).toBe(0);
    expect(JSON.parse(up.stdout)).toMatchObject({ version: 1, rows: 400 });
    expect(up.stderr).toMatch(/^uploading residents\.csv: 0% 0 B\/[\d.]+ KiB\n/);
    expect(up.stderr).toMatch(/uploading residents\.csv: 100% [\d.]+ KiB\/[\d.]+ KiB\n$/);

    const rules = await shuyu(w.source.token, 'rules', 'put', w.datasetId, file('rules.yaml', residentsRules));
    expect(rules.status).toBe(0);
    expect(JSON.parse(rules.stdout)).toMatchObject({ version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await t.listInDirectory(w.source.token, w.datasetId);
  }, 120_000);

  it('fails with the API’s error code, the details and a non-zero exit', async () => {
    const bad = await shuyu(w.source.token, 'rules', 'put', w.datasetId, file('bad.json', JSON.stringify({ columns: { income: { strategy: 'teleport' } } })));
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^shuyu: 422 [a-z_]+: /);
    expect(bad.stderr).toMatch(/\n {2}.*income.*\n/);
    expect(bad.stderr).toMatch(/\(request [\w-]+\)\n$/);

    const stranger = await shuyu(w.operator.token, 'datasets', 'upload', w.datasetId, file('x.csv', 'a\n1\n'));
    expect(stranger.status).not.toBe(0);
    expect(stranger.stderr).toMatch(/^shuyu: 403 forbidden: /m);

    const noToken = await shuyu(null, 'query', 'sbx_nowhere', 'SELECT 1');
    expect(noToken).toMatchObject({ status: 1, stderr: 'shuyu: no token: set SHUYU_TOKEN (or pass --token)\n' });
  }, 120_000);

  it('queries the dev twin as CSV off a terminal and as a table, refuses a write, and downloads a released output', async () => {
    const { sandboxId } = await approvedAgreement(t, w);
    const sql = 'SELECT street, count(*) AS people FROM residents GROUP BY street ORDER BY street';
    const csv = await shuyu(w.operator.token, 'query', sandboxId, sql);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('street,people');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => /^[\u4e00-\u9fff]+街道,\d+$/.test(l))).toBe(true);

    const hostile = await shuyu(w.operator.token, 'query', sandboxId, `SELECT street AS "\u001b[2J\u202e", count(*) AS people FROM residents GROUP BY 1 ORDER BY 1`, '--format', 'table');
    expect(hostile.status).toBe(0);
    const [header, rule, ...rest] = hostile.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^\\x1b\[2J\\u202e\s+people$/);
    expect(rule).toMatch(/^-+ {2}-+$/);
    expect(rest.at(-1)).toMatch(/^\(\d+ rows\)$/);
    // Chinese cells are two columns wide: the counts line up under their header.
    const column = header.indexOf('people') + 'people'.length;
    for (const row of rest.slice(0, -1)) expect(row.replace(/[\u4e00-\u9fff]/g, '..').length).toBe(column);

    const refused = await shuyu(w.operator.token, 'query', sandboxId, 'DROP TABLE residents');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/^shuyu: 422 statement_refused: /);

    const model = await t.http.post(`/api/v1/sandboxes/${sandboxId}/models`).set(...bearer(w.operator.token)).send({ name: 'streets', sql, purpose: '按街道统计' });
    await t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(t.authorityToken)).send({ decision: 'approve' });
    const run = await t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(w.operator.token)).send({});
    await t.platform.runs.idle();
    expect((await releaseRun(t, run.body.id)).body.status).toBe('released');
    const target = path.join(t.dataDir, 'out.csv');
    const download = await shuyu(w.operator.token, 'runs', 'download', run.body.id, '-o', target);
    expect(download.status).toBe(0);
    expect(download.stderr).toMatch(/wrote [\d.]+ (B|KiB) to .*out\.csv \(fingerprint [0-9a-f]{32}\)\n$/);
    expect(fs.readFileSync(target, 'utf8')).toContain('street,people');
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  }, 240_000);

  it('never printed a token nor a carriage return', () => {
    const all = printed.join('');
    expect(all).not.toContain(w.source.token);
    expect(all).not.toContain(w.operator.token);
    expect(all).not.toContain('\r');
    expect(all).not.toContain('\u001b');
  });
});
