/**
 * An exported audit chain checked by the standalone verifier (deploy/verify-audit-chain.mjs),
 * which uses no project code: a real export verifies; an entry edited, removed or re-serialised
 * in the file is found; and a cut tail, which only the published
 * head can expose, is found with `--head`.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

const ROOT = path.resolve(__dirname, '../..');
type Report = { valid: boolean; entries: number; head?: { seq: number; hash: string }; firstInvalidSeq?: number; reason?: string };

describe('forged audit export against the standalone verifier', () => {
  let t: TestPlatform;
  let lines: string[];
  let head: { seq: number; hash: string };
  let file: string;

  const check = (csvLines: string[], ...args: string[]): { status: number | null; report: Report } => {
    fs.writeFileSync(file, `${csvLines.join('\n')}\n`);
    const run = spawnSync('node', ['deploy/verify-audit-chain.mjs', file, ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, report: JSON.parse(run.stdout) as Report };
  };
  const row = (seq: number) => lines.findIndex((l) => l.startsWith(`${seq},`));

  beforeAll(async () => {
    t = await startTestPlatform();
    await t.principal('source', '光明区人口管理办', '光明区人口管理办');
    await t.principal('operator', '深圳某数据科技公司');
    await t.http.get('/api/v1/me');
    await t.platform.audit.flush();
    head = (await t.platform.audit.verify()).head;
    const res = await t.http.get('/api/v1/audit/export?format=csv').set(...bearer(t.authorityToken)).buffer(true);
    expect(res.status).toBe(200);
    lines = res.text.trimEnd().split('\n');
    file = path.join(t.dataDir, 'export.csv');
  });
  afterAll(() => t.destroy());

  it('verifies a real export up to the published head', () => {
    expect(check(lines, '--head', `${head.seq}:${head.hash}`)).toEqual({ status: 0, report: { valid: true, entries: head.seq, head, detailsInEarlierForm: 0 } });
  });

  it('finds an entry whose resource was edited', () => {
    const forged = [...lines];
    const at = row(3);
    forged[at] = forged[at].replace(/principal:prn_[\w-]+/, 'principal:prn_someone-else');
    expect(forged[at]).not.toBe(lines[at]);
    expect(check(forged)).toMatchObject({ status: 1, report: { valid: false, firstInvalidSeq: 3, reason: 'entry 3 was altered' } });
  });

  it('finds an entry removed from the middle', () => {
    const forged = lines.filter((_, i) => i !== row(2));
    expect(check(forged)).toMatchObject({ status: 1, report: { valid: false, firstInvalidSeq: 2 } });
  });

  it('finds details re-serialised with the same value (the hash covers the stored bytes)', () => {
    const forged = [...lines];
    const at = row(2);
    forged[at] = forged[at].replace('{""', '{ ""');
    expect(forged[at]).not.toBe(lines[at]);
    expect(check(forged)).toMatchObject({ status: 1, report: { valid: false, firstInvalidSeq: 2 } });
  });

  it('finds a cut tail, internally consistent, only against the published head', () => {
    // Cutting the newest entry leaves a chain that is consistent in itself.
    const cut = lines.slice(0, -1);
    expect(check(cut).status).toBe(0);
    expect(check(cut, '--head', `${head.seq}:${head.hash}`)).toMatchObject({ status: 1, report: { valid: false } });
    // A wholly recomputed chain is no better: its head differs from the published one.
    const sha = crypto.createHash('sha256').update('forged').digest('hex');
    expect(check(lines, '--head', `${head.seq}:${sha}`).status).toBe(1);
  });

  it('refuses a file that is not an audit export', () => {
    expect(check(['seq,at', '1,x'])).toMatchObject({ status: 1, report: { valid: false, reason: expect.stringContaining('expected the columns') } });
  });
});
