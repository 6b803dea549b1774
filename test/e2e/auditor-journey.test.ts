/// <reference lib="dom" />
/**
 * The auditor's journey in a real browser, in both languages: the audit log with filters (an
 * action the demo wrote, and a denied request made just before), cursor paging forward and back,
 * an entry's details and hashes, chain verification (green), export to CSV and Parquet checked
 * against the API, and the destruction certificate of a terminated agreement. A second,
 * deliberately tampered platform shows the red badge at the first invalid entry.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { checkPage, openConsole, startConsoleWorld, type ConsolePage, type ConsoleWorld, type Locale } from './console-world';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import { exportFileName, shanghaiToIso } from '../../services/console/src/pages/auditor/audit-filters';

type Entry = { seq: number; at: string; action: string; outcome: string; actorId: string | null; agreementId: string | null; hash: string; prevHash: string; details: Record<string, unknown> };
type AuditPage = { entries: Entry[]; nextCursor: string | null };

let world: ConsoleWorld;
let destroyedAgreementId: string;

async function call<T>(token: string, pathname: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${world.url}/api/v1${pathname}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

const auditQuery = (query: Record<string, string>) => call<AuditPage>(world.tokens.authority, `/audit?${new URLSearchParams(query).toString()}`);

/** Every entry up to `seq`, read through the API a thousand at a time. */
async function entriesUpTo(seq: number): Promise<Entry[]> {
  const all: Entry[] = [];
  let cursor: string | null = null;
  do {
    const page: AuditPage = (await auditQuery({ limit: '1000', ...(cursor ? { cursor } : {}) })).body;
    all.push(...page.entries.filter((e) => e.seq <= seq));
    cursor = page.entries.some((e) => e.seq > seq) ? null : page.nextCursor;
  } while (cursor);
  return all;
}

/** CSV records (RFC 4180 quoting, as DuckDB writes it). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field); records.push(record); record = []; field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

/** Runs `action` (a click that queries the log) and waits until the table shows the answer. */
async function query(c: ConsolePage, action: () => Promise<void>): Promise<void> {
  await Promise.all([c.page.waitForResponse((r) => /\/api\/v1\/audit\?/.test(r.url())), action()]);
  await c.page.locator('[data-test="audit-table"][data-loading="false"]').waitFor();
}

async function shownSeqs(c: ConsolePage): Promise<number[]> {
  return (await c.page.getByTestId('audit-seq').allInnerTexts()).map(Number);
}

async function pick(c: ConsolePage, select: string, option: string | RegExp, typed?: string): Promise<void> {
  await c.page.getByTestId(select).click();
  if (typed) await c.page.keyboard.type(typed);
  await c.page.getByRole('option', { name: option }).first().click();
}

/** `2026-01-05 16:00:00`: a time as typed in Beijing time. */
const beijing = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(d);

beforeAll(async () => {
  world = await startConsoleWorld();
  // A destroyed agreement for the certificates page: the authority terminates the demo's agreement.
  destroyedAgreementId = world.demo.agreementId;
  const terminated = await call(world.tokens.authority, `/agreements/${destroyedAgreementId}/terminate`, { method: 'POST', body: JSON.stringify({ reason: '审计演示：协议提前终止' }) });
  expect(terminated.status).toBe(200);
  for (let i = 0; i < 60; i += 1) {
    await world.platform.expiry.run();
    if ((await call<{ status: string }>(world.tokens.authority, `/agreements/${destroyedAgreementId}`)).body.status === 'destroyed') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect((await call<{ status: string }>(world.tokens.authority, `/agreements/${destroyedAgreementId}`)).body.status).toBe('destroyed');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

test('filter times picked in Asia/Shanghai are sent as ISO instants; export names carry the date', () => {
  expect(shanghaiToIso('2026-01-05 08:00:00')).toBe('2026-01-05T00:00:00.000Z');
  expect(shanghaiToIso('2026-01-01 00:30')).toBe('2025-12-31T16:30:00.000Z');
  expect(shanghaiToIso('')).toBeUndefined();
  expect(exportFileName('csv', new Date('2026-01-05T16:30:05Z'))).toBe('shuyu-audit-20260106-003005.csv');
});

describe.each<Locale>(['zh-CN', 'en'])('in %s', (locale) => {
  test('the auditor filters, pages, verifies and exports the audit log, and reads a destruction certificate', async () => {
    // A denied request to find: the operator calls an authority route.
    const operator = (await call<{ id: string }>(world.tokens.operator, '/me')).body;
    expect((await call(world.tokens.operator, '/principals')).status).toBe(403);
    const auditorId = (await call<{ id: string }>(world.tokens.auditor, '/me')).body.id;

    const c = await openConsole(world, locale);
    await c.signIn(world.tokens.auditor);
    await query(c, () => c.page.getByTestId('nav-audit-log').click());
    expect((await shownSeqs(c)).length).toBe(20);
    await c.page.locator('[data-test="audit-verify-badge"][data-valid="true"]').waitFor();
    await checkPage(c, 'audit-log');

    // Filter by an action the demo wrote: the three source units' uploads.
    await pick(c, 'audit-filter-action', /^dataset\.upload/, 'dataset.upload');
    await query(c, () => c.page.getByTestId('audit-search').click());
    const uploads = (await auditQuery({ action: 'dataset.upload', order: 'desc' })).body.entries;
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    expect(await shownSeqs(c)).toEqual(uploads.map((e) => e.seq));
    expect(new Set(await c.page.getByTestId('audit-action').allInnerTexts())).toEqual(new Set(['dataset.upload']));
    expect(await c.page.getByTestId('audit-table').innerText()).toContain(locale === 'en' ? 'Upload data' : '上传数据');

    // Filter by outcome denied (and no action): the operator's refused call comes first.
    await query(c, () => c.page.getByTestId('audit-reset').click());
    await pick(c, 'audit-filter-outcome', locale === 'en' ? 'Denied' : '已拒绝');
    await query(c, () => c.page.getByTestId('audit-search').click());
    const denied = (await auditQuery({ outcome: 'denied', order: 'desc', limit: '20' })).body.entries;
    expect(denied[0]).toMatchObject({ action: 'principal.list', actorId: operator.id, outcome: 'denied' });
    expect(await shownSeqs(c)).toEqual(denied.map((e) => e.seq));
    expect(new Set(await c.page.getByTestId('audit-outcome').evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome'))))).toEqual(new Set(['denied']));

    // An entry's details and hashes, whole, in the expanded row.
    const top = denied[0];
    await c.page.getByTestId('audit-table').getByRole('button', { name: locale === 'en' ? 'Expand this row' : '展开当前行' }).first().click();
    const details = c.page.getByTestId(`audit-details-${top.seq}`);
    await details.waitFor();
    expect(await details.locator(`[data-hash="${top.hash}"]`).innerText()).toBe(top.hash);
    expect(await details.locator(`[data-hash="${top.prevHash}"]`).innerText()).toBe(top.prevHash);
    expect(JSON.parse(await details.getByTestId('audit-details-json').innerText())).toEqual(top.details);
    await checkPage(c, 'audit-log-details');

    // A time range, typed in Beijing time and sent as ISO instants (the test clock stands still,
    // so every entry has the same time: a range starting a second later holds none).
    await query(c, () => c.page.getByTestId('audit-reset').click());
    const at = new Date(Math.floor(Date.parse(denied[0].at) / 1000) * 1000);
    for (const [start, expectEntries] of [[at, true], [new Date(at.getTime() + 1000), false]] as const) {
      const end = new Date(start.getTime() + 3600_000);
      await c.page.locator('[data-test="audit-filter-range"] input').nth(0).fill(beijing(start));
      await c.page.locator('[data-test="audit-filter-range"] input').nth(1).fill(beijing(end));
      await c.page.keyboard.press('Enter');
      const [request] = await Promise.all([
        c.page.waitForRequest((r) => /\/api\/v1\/audit\?/.test(r.url())),
        query(c, () => c.page.getByTestId('audit-search').click()),
      ]);
      const sent = new URL(request.url()).searchParams;
      expect([sent.get('from'), sent.get('to')]).toEqual([start.toISOString(), end.toISOString()]);
      expect((await shownSeqs(c)).length > 0).toBe(expectEntries);
    }

    // Paging without filters: next, next, previous, back to the first page.
    await query(c, () => c.page.getByTestId('audit-reset').click());
    const first = await shownSeqs(c);
    expect(first).toHaveLength(20);
    await query(c, () => c.page.getByTestId('audit-next').click());
    const second = await shownSeqs(c);
    expect(second).toEqual(Array.from({ length: 20 }, (_, i) => Math.min(...first) - 1 - i));
    await query(c, () => c.page.getByTestId('audit-next').click());
    expect(Math.max(...(await shownSeqs(c)))).toBe(Math.min(...second) - 1);
    await query(c, () => c.page.getByTestId('audit-prev').click());
    expect(await shownSeqs(c)).toEqual(second);
    expect(await c.page.getByTestId('audit-page').getAttribute('data-page')).toBe('2');
    await query(c, () => c.page.getByTestId('audit-first').click());
    expect(await c.page.getByTestId('audit-page').getAttribute('data-page')).toBe('1');
    expect(Math.max(...(await shownSeqs(c)))).toBeGreaterThanOrEqual(Math.max(...first));
    expect(await c.page.getByTestId('audit-prev').isDisabled()).toBe(true);

    // A page size of 50.
    await query(c, () => pick(c, 'audit-page-size', locale === 'en' ? '50 per page' : '50 条/页'));
    const fifty = await shownSeqs(c);
    expect(fifty).toEqual(Array.from({ length: Math.min(50, fifty[0]) }, (_, i) => fifty[0] - i));

    // Verify again: green, and the verification is itself in the log.
    await Promise.all([c.page.waitForResponse((r) => r.url().endsWith('/api/v1/audit/verify')), c.page.getByTestId('audit-verify').click()]);
    const badge = c.page.locator('[data-test="audit-verify-badge"][data-valid="true"]');
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(locale === 'en' ? /Chain valid: [\d,]+ entries/ : /哈希链完整：共 [\d,]+ 条记录/);
    const verifications = (await auditQuery({ action: 'audit.verify', actor: auditorId })).body.entries;
    expect(verifications.length).toBeGreaterThanOrEqual(2);
    expect((await call<{ valid: boolean }>(world.tokens.auditor, '/audit/verify')).body.valid).toBe(true);

    // Export CSV: the header line, and as many rows as the API holds up to the last exported seq.
    const [csvDownload] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId('audit-export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^shuyu-audit-\d{8}-\d{6}\.csv$/);
    const records = parseCsv(fs.readFileSync((await csvDownload.path())!, 'utf8'));
    expect(records[0].join(',')).toBe('seq,at,actor_id,role,action,resource,outcome,request_id,agreement_id,details,prev_hash,hash');
    const rows = records.slice(1);
    const lastSeq = Number(rows[rows.length - 1][0]);
    const fromApi = await entriesUpTo(lastSeq);
    expect(rows).toHaveLength(fromApi.length);
    expect(rows.map((r) => Number(r[0]))).toEqual(fromApi.map((e) => e.seq));
    expect(rows.map((r) => r[11])).toEqual(fromApi.map((e) => e.hash));

    // Export Parquet: a Parquet file (magic bytes at both ends).
    const [parquetDownload] = await Promise.all([c.page.waitForEvent('download'), c.page.getByTestId('audit-export-parquet').click()]);
    expect(parquetDownload.suggestedFilename()).toMatch(/^shuyu-audit-\d{8}-\d{6}\.parquet$/);
    const parquet = fs.readFileSync((await parquetDownload.path())!);
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquet.subarray(parquet.length - 4).toString('latin1')).toBe('PAR1');
    const exports = (await auditQuery({ action: 'audit.export', actor: auditorId, order: 'desc', limit: '2' })).body.entries;
    expect(exports.map((e) => e.details.format)).toEqual(['parquet', 'csv']);

    // The destruction certificate of the terminated agreement.
    await c.page.getByTestId('nav-auditor-certificates').click();
    const table = c.page.getByTestId('certificates-table');
    await table.getByText(destroyedAgreementId, { exact: true }).waitFor();
    await table.getByRole('button', { name: locale === 'en' ? 'Expand this row' : '展开当前行' }).first().click();
    const certificate = (await call<{ certificateId: string; nothingRemains: boolean; files: unknown[] }>(world.tokens.auditor, `/agreements/${destroyedAgreementId}/certificate`)).body;
    const shown = c.page.getByTestId(`certificate-${destroyedAgreementId}`);
    await shown.getByTestId('certificate-id').getByText(certificate.certificateId).waitFor();
    expect(certificate.nothingRemains).toBe(true);
    expect(await shown.getByTestId('certificate-nothing-remains').innerText()).toBe(locale === 'en' ? 'Yes' : '是');
    expect(await shown.getByTestId('certificate-files').locator('tbody tr').count()).toBe(certificate.files.length);
    await checkPage(c, 'auditor-certificates');

    // From the certificate to the agreement's audit trail.
    await query(c, () => c.page.getByTestId(`certificate-trail-${destroyedAgreementId}`).click());
    expect(c.page.url()).toContain(`agreement=${destroyedAgreementId}`);
    const trail = (await auditQuery({ agreement: destroyedAgreementId, order: 'desc', limit: '1000' })).body.entries;
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['agreement.terminate', 'agreement.certificate']));
    expect(await shownSeqs(c)).toEqual(trail.slice(0, 20).map((e) => e.seq));

    expect(c.errors).toEqual([]);
    await c.close();
  }, 240_000);
});

/** Runs `work` on a closed platform's control database. */
async function withControlDb(dataDir: string, work: (run: (sql: string) => Promise<void>) => Promise<void>): Promise<void> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    await work(async (sql) => {
      await connection.run(sql);
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('a chain altered behind the platform’s back', () => {
  let tampered: TestPlatform;
  let server: Server;
  let url: string;
  let auditorToken: string;
  const ALTERED = 4;

  beforeAll(async () => {
    // Entries: 1 bootstrap, 2 the auditor's creation, 3..5 its GET /me; entry 4 is then altered
    // in place (the head still matches its anchor, so the platform starts and verification finds it).
    const first = await startTestPlatform();
    auditorToken = (await first.principal('auditor', '区审计局审计员', '区审计局')).token;
    for (let i = 0; i < 3; i += 1) expect((await first.http.get('/api/v1/me').set(...bearer(auditorToken))).status).toBe(200);
    await first.close();
    await withControlDb(first.dataDir, (run) => run(`UPDATE audit_log SET resource = 'principal:someone-else' WHERE seq = ${ALTERED}`));
    tampered = await startTestPlatform({ dataDir: first.dataDir });
    server = tampered.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await tampered?.destroy();
  });

  test.each<Locale>(['zh-CN', 'en'])('in %s the badge is red and names the first invalid entry', async (locale) => {
    const c = await openConsole({ ...world, url }, locale);
    await c.signIn(auditorToken);
    await c.page.getByTestId('nav-audit-log').click();
    const badge = c.page.locator('[data-test="audit-verify-badge"][data-valid="false"]');
    await badge.waitFor();
    expect(await badge.getAttribute('data-first-invalid')).toBe(String(ALTERED));
    expect(await badge.innerText()).toContain(locale === 'en' ? `inconsistent from entry ${ALTERED} on` : `自第 ${ALTERED} 条记录起不一致`);
    const report = (await tampered.http.get('/api/v1/audit/verify').set(...bearer(auditorToken))).body as { valid: boolean; firstInvalidSeq: number };
    expect(report).toMatchObject({ valid: false, firstInvalidSeq: ALTERED });
    await Promise.all([c.page.waitForResponse((r) => r.url().endsWith('/api/v1/audit/verify')), c.page.getByTestId('audit-verify').click()]);
    await badge.waitFor();
    await checkPage(c, 'audit-log-tampered');
    expect(c.errors).toEqual([]);
    await c.close();
  }, 120_000);
});
