/**
 * GET /audit (filters, cursor pagination, strict query validation) and GET /audit/export
 * (CSV and Parquet, never carrying a token).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Response } from 'supertest';
import type { AuditEntry } from '../../services/audit/audit-entry';
import { bearer, makeTempDir, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';

type Page = { entries: AuditEntry[]; nextCursor: string | null };

const FEB = '2026-02-10T00:00:00.000Z';
const MAR = '2026-03-10T00:00:00.000Z';

describe('audit routes', () => {
  let t: TestPlatform;
  let operator: { id: string; token: string };
  let auditor: { id: string; token: string };

  const get = (query: string, token = auditor.token) => t.http.get(`/api/v1/audit${query}`).set(...bearer(token));
  const page = async (query: string): Promise<Page> => {
    const res = await get(query);
    expect(res.status).toBe(200);
    return res.body as Page;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    operator = await t.principal('operator');
    auditor = await t.principal('auditor');
    // A principal named like a token: its name goes into the audit details and must be redacted.
    await t.principal('source', operator.token);

    t.clock.set(FEB);
    for (let i = 0; i < 3; i += 1) await t.http.get('/api/v1/me').set(...bearer(operator.token));
    for (let i = 0; i < 2; i += 1) await t.http.get('/api/v1/me').set(...bearer(`shy_${'X'.repeat(43)}`));

    t.clock.set(MAR);
    for (let i = 0; i < 2; i += 1) await t.http.get('/api/v1/me').set(...bearer(auditor.token));
    await t.http.post('/api/v1/principals').set(...bearer(operator.token)).send({ name: 'nope', role: 'operator', unit: 'u' });

    t.clock.set('2026-04-01T00:00:00.000Z');
  });
  afterAll(() => t.destroy());

  describe('filters', () => {
    it('by actor', async () => {
      const { entries } = await page(`?actor=${operator.id}`);
      expect(entries.map((e) => [e.action, e.outcome])).toEqual([
        // The fixture qualifies the operator's unit through a call when it creates the principal.
        ['qualification.submit', 'allowed'],
        ['me.read', 'allowed'],
        ['me.read', 'allowed'],
        ['me.read', 'allowed'],
        ['principal.create', 'denied'],
      ]);
      expect(entries.every((e) => e.actorId === operator.id)).toBe(true);
    });

    it('by action', async () => {
      const { entries } = await page('?action=me.read');
      expect(entries).toHaveLength(7);
      expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['me.read']));
    });

    it('by outcome, and combined with actor', async () => {
      const denied = await page('?outcome=denied');
      expect(denied.entries).toHaveLength(3);
      expect(denied.entries.every((e) => e.outcome === 'denied')).toBe(true);
      const both = await page(`?outcome=denied&actor=${operator.id}`);
      expect(both.entries.map((e) => e.action)).toEqual(['principal.create']);
    });

    it('by time: from is inclusive, to is exclusive, offsets are normalised', async () => {
      const feb = await page(`?from=${FEB}&to=${MAR}`);
      expect(feb.entries).toHaveLength(5);
      expect(feb.entries.every((e) => e.at === FEB)).toBe(true);
      const sameWithOffset = await page(`?from=${encodeURIComponent('2026-02-10T08:00:00+08:00')}&to=${encodeURIComponent('2026-03-10T08:00:00+08:00')}`);
      expect(sameWithOffset.entries.map((e) => e.seq)).toEqual(feb.entries.map((e) => e.seq));
      const mar = await page(`?from=${MAR}&to=2026-03-11T00:00:00Z`);
      expect(mar.entries).toHaveLength(3);
      expect(mar.entries.every((e) => e.at === MAR)).toBe(true);
      expect((await page(`?to=${FEB}&action=me.read`)).entries).toHaveLength(0);
    });
  });

  describe('cursor pagination', () => {
    let all: AuditEntry[];
    beforeAll(async () => {
      for (let i = 0; i < 20; i += 1) await t.http.get('/api/v1/me').set(...bearer(auditor.token));
      all = await t.platform.audit.find({ action: 'me.read', limit: 1000 });
      expect(all).toHaveLength(27);
    });

    async function walk(order: 'asc' | 'desc', limit: number): Promise<Page[]> {
      const pages: Page[] = [];
      let cursor: string | null = null;
      do {
        const next: Page = await page(`?action=me.read&order=${order}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        pages.push(next);
        cursor = next.nextCursor;
      } while (cursor && pages.length < 50);
      return pages;
    }

    it.each(['asc', 'desc'] as const)('%s pages do not overlap and cover every entry', async (order) => {
      const pages = await walk(order, 4);
      expect(pages.map((p) => p.entries.length)).toEqual([4, 4, 4, 4, 4, 4, 3]);
      const seqs = pages.flatMap((p) => p.entries.map((e) => e.seq));
      const expected = all.map((e) => e.seq);
      expect(seqs).toEqual(order === 'asc' ? expected : [...expected].reverse());
      expect(new Set(seqs).size).toBe(seqs.length);
    });

    it('gives no cursor when the page holds exactly the rest', async () => {
      expect((await page('?action=me.read&limit=27')).nextCursor).toBeNull();
      const first = await page('?action=me.read&limit=26');
      expect(first.nextCursor).toEqual(expect.any(String));
      const rest = await page(`?action=me.read&limit=26&cursor=${first.nextCursor}`);
      expect(rest.entries.map((e) => e.seq)).toEqual([all[26].seq]);
      expect(rest.nextCursor).toBeNull();
    });

    it('refuses a cursor of the other order, and a forged one (400)', async () => {
      const asc = await page('?action=me.read&limit=2');
      const wrong = await get(`?action=me.read&limit=2&order=desc&cursor=${asc.nextCursor}`);
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('invalid_cursor');
      const forged = await get(`?cursor=${Buffer.from('asc:-1').toString('base64url')}`);
      expect(forged.status).toBe(400);
      expect(forged.body.error.code).toBe('invalid_cursor');
    });
  });

  describe('invalid query parameters', () => {
    const expectBadRequest = (res: Response, detailPath: RegExp) => {
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'invalid_request', message: 'invalid request query', details: expect.any(Array), requestId: res.headers['x-request-id'] },
      });
      const details = res.body.error.details as { path: string; message: string }[];
      expect(details.length).toBeGreaterThan(0);
      expect(details.some((d) => detailPath.test(d.path))).toBe(true);
      details.forEach((d) => expect(d.message).toEqual(expect.any(String)));
    };

    it.each([
      ['limit=0', /^query\.limit$/],
      ['limit=1001', /^query\.limit$/],
      ['limit=ten', /^query\.limit$/],
      ['outcome=maybe', /^query\.outcome$/],
      ['order=sideways', /^query\.order$/],
      ['from=yesterday', /^query\.from$/],
    ])('%s → 400', async (query, detailPath) => {
      expectBadRequest(await get(`?${query}`), detailPath);
    });

    it('an unknown parameter → 400, and it is not ignored', async () => {
      expectBadRequest(await get('?actorr=someone'), /^query/);
    });

    it('is audited as a failed audit.query', async () => {
      const res = await get('?limit=0');
      const [entry] = await t.platform.audit.find({ order: 'desc', limit: 1 });
      expect(entry).toMatchObject({ action: 'audit.query', outcome: 'failed', requestId: res.headers['x-request-id'], actorId: auditor.id });
    });
  });

  describe('export', () => {
    it('CSV: a header and one line per entry, and no token anywhere', async () => {
      await t.platform.audit.verify();
      const head = t.platform.audit.head();
      const res = await t.http.get('/api/v1/audit/export?format=csv').set(...bearer(auditor.token));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="shuyu-audit\.csv"/);
      const lines = res.text.split('\n').filter((l) => l.length > 0);
      expect(lines[0]).toBe('seq,at,actor_id,role,action,resource,outcome,request_id,agreement_id,details,prev_hash,hash');
      expect(lines).toHaveLength(head.seq + 1);
      expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: head.seq }, (_, i) => i + 1));
      expect(lines[head.seq].endsWith(`,${head.hash}`)).toBe(true);

      expect(res.text).not.toContain(t.authorityToken);
      for (const token of [operator.token, auditor.token]) expect(res.text).not.toContain(token);
      expect(res.text).not.toMatch(/shy_[A-Za-z0-9_-]{16,}/);
      expect(res.text).toContain('shy_[redacted]'); // the token-like principal name was there, redacted
    });

    it('Parquet: PAR1 magic, and DuckDB reads back one row per entry', async () => {
      await t.platform.audit.verify();
      const head = t.platform.audit.head();
      const res = await t.http.get('/api/v1/audit/export?format=parquet').set(...bearer(auditor.token)).responseType('blob');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.apache.parquet');
      const body = res.body as Buffer;
      expect(body.subarray(0, 4).toString('latin1')).toBe('PAR1');
      expect(body.subarray(body.length - 4).toString('latin1')).toBe('PAR1');

      const dir = makeTempDir('shuyu-parquet-');
      const file = path.join(dir, 'audit.parquet');
      fs.writeFileSync(file, body);
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        const [row] = (
          await connection.runAndReadAll('SELECT count(*) AS n, min(seq) AS lo, max(seq) AS hi, max_by(hash, seq) AS head FROM read_parquet($1)', [file])
        ).getRowObjectsJS();
        expect({ n: Number(row.n), lo: Number(row.lo), hi: Number(row.hi), head: row.head }).toEqual({ n: head.seq, lo: 1, hi: head.seq, head: head.hash });
      } finally {
        connection.closeSync();
        instance.closeSync();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('an unknown format → 400', async () => {
      const res = await t.http.get('/api/v1/audit/export?format=xml').set(...bearer(auditor.token));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    });
  });
});
