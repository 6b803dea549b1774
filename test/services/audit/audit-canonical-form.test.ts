/**
 * The audit chain's canonical form is RFC 8785 (JCS). Chains written before it was declared so
 * must still verify: the earlier form gives the same bytes for every shape the platform writes,
 * and where the two forms differ (an object with array-index keys such as "9" and "10", a lone
 * surrogate) an earlier entry still verifies, because its hash is taken over its stored details
 * text as stored.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { canonicalJson } from '../../../services/audit/canonical-json';
import { hashInput, sealEntry, type UnsealedEntry } from '../../../services/audit/audit-entry';
import { readStoredPage } from '../../../services/audit/audit-store';
import { legacyCanonicalJson } from '../../fixtures/legacy-canonical-json';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { bearer, makeTempDir, startTestPlatform, testConfig, type TestPlatform } from '../../fixtures/test-platform';

const ROOT = path.resolve(__dirname, '../../..');

/** Details of the shapes the platform writes: CJK, control characters, integers, floats, nulls, nesting. */
const SHAPES: Record<string, unknown>[] = [
  { name: '光明区常住人口', level: 'important', columns: 6, keptInClear: [] },
  { reason: '疑似泄露\n第二行\t制表\u0000\u001f\u007f\u2028\u2029 "引号" \\反斜杠 \u202e', status: 403 },
  { rows: 2_000_000, bytes: 9_007_199_254_740_991, ms: 12.5, share: 0.1, tiny: 1e-7, huge: 1e21, negative: -0, zero: 0, ratio: 1 / 3 },
  { params: { street: '光明街道', minAge: 18, flags: [true, false, null] }, nested: { a: { b: { c: [[], {}, [{}]] } } } },
  { rare: '𠀀𪛖𫝀𬺰𰀀\u3400\u4dbf\u9fff\uf900 😀 é', mixedKeys: { Zeta: 1, alpha: 2, _under: 3, 中文: 4, 'a-b': 5, a_b: 6, émoji: 7 } },
  { filters: { actor: null, limit: 100, order: 'asc' }, refused: 'SELECT * FROM residents; DROP TABLE x', sqlSha256: 'ab'.repeat(32) },
  {},
];

function entryWith(details: Record<string, unknown>, seq = 7): UnsealedEntry {
  return {
    seq, at: '2026-01-05T08:00:00.000Z', actorId: 'prn_1', role: 'source', action: 'dataset.create', resource: 'dataset:ds_1',
    outcome: 'allowed', requestId: 'req-1', agreementId: null, details, prevHash: 'f'.repeat(64),
  };
}

/** The hash input as the earlier code built it: the earlier form of the whole field array. */
function legacyHashInput(e: UnsealedEntry): string {
  return legacyCanonicalJson([e.seq, e.at, e.actorId, e.role, e.action, e.resource, e.outcome, e.requestId, e.agreementId, e.details, e.prevHash]);
}

describe('the audit canonical form (RFC 8785)', () => {
  it('gives the earlier form’s bytes for every shape of details the platform writes', () => {
    for (const details of SHAPES) {
      expect(canonicalJson(details)).toBe(legacyCanonicalJson(details));
      expect(hashInput(entryWith(details))).toBe(legacyHashInput(entryWith(details)));
      // The spliced form is the JCS of the whole array.
      expect(hashInput(entryWith(details))).toBe(canonicalJson([7, '2026-01-05T08:00:00.000Z', 'prn_1', 'source', 'dataset.create', 'dataset:ds_1', 'allowed', 'req-1', null, details, 'f'.repeat(64)]));
    }
  });

  it('differs from the earlier form only on array-index keys and lone surrogates, where JCS is the RFC’s', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', x: 1 })).toBe('{"10":"a","9":"b","x":1}');
    expect(legacyCanonicalJson({ 10: 'a', 9: 'b', x: 1 })).toBe('{"9":"b","10":"a","x":1}');
    // JCS takes I-JSON: a lone surrogate is stored as U+FFFD rather than escaped.
    expect(canonicalJson({ v: 'a\ud800b' })).toBe('{"v":"a\ufffdb"}');
    expect(legacyCanonicalJson({ v: 'a\ud800b' })).toBe('{"v":"a\\ud800b"}');
    // RFC 8785 appendix values: numbers as ECMAScript writes them, keys by UTF-16 code unit.
    expect(canonicalJson({ numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001] })).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
    expect(canonicalJson({ '\u20ac': 'Euro', '\r': 'CR', '\ufb33': 'Hebrew', '1': 'One', '\ud83d\ude00': 'Smiley', '\u0080': 'Control', '\u00f6': 'Latin' }))
      .toBe('{"\\r":"CR","1":"One","\u0080":"Control","\u00f6":"Latin","\u20ac":"Euro","\ud83d\ude00":"Smiley","\ufb33":"Hebrew"}');
  });

  it('keeps a __proto__ key and maps bigint, Date, undefined and non-finite numbers onto JSON', () => {
    const details = JSON.parse('{"__proto__":{"polluted":true},"n":1}') as Record<string, unknown>;
    expect(canonicalJson(details)).toBe('{"__proto__":{"polluted":true},"n":1}');
    expect(canonicalJson({ b: 12n, d: new Date('2026-01-05T08:00:00Z'), u: undefined, list: [undefined, NaN, Infinity] }))
      .toBe('{"b":"12","d":"2026-01-05T08:00:00.000Z","list":[null,null,null]}');
    const sealed = sealEntry(entryWith({ v: 'x\udc00' }));
    expect(sealed.details).toEqual({ v: 'x\ufffd' });
  });
});

describe('chains written before the form was declared', () => {
  let t: TestPlatform | undefined;
  let dataDir: string;
  beforeAll(() => {
    dataDir = makeTempDir();
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('every entry a working platform wrote is in both forms at once', async () => {
    t = await startTestPlatform({ dataDir });
    const world = await residentsWorld(t, 50);
    await t.http.post('/api/v1/datasets').set(...bearer(world.source.token)).send({ name: 'x', title: 1 });
    await t.http.get(`/api/v1/datasets/${world.datasetId}`).set(...bearer(world.operator.token)).set('X-Request-Id', 'x"; DROP TABLE audit_log; --');
    await t.http.get('/api/v1/me');
    const { sandboxId } = await approvedAgreement(t, world);
    const query = await t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(world.operator.token)).send({ sql: "SELECT street, count(*) AS n FROM residents WHERE street <> '无' GROUP BY street" });
    expect(query.status).toBe(200);
    await t.platform.audit.flush();
    const stored = await readStoredPage(t.platform.store.main, 0, 10_000);
    expect(stored.length).toBeGreaterThan(20);
    for (const { entry, detailsText } of stored) {
      expect(detailsText).toBe(legacyCanonicalJson(entry.details));
      expect(hashInput(entry, detailsText)).toBe(legacyHashInput(entry));
    }
    await t.close();
    t = undefined;
  });

  it('an earlier entry whose form differs still verifies: in the platform, in `shuyu audit verify` and in the standalone script', async () => {
    const head = await appendLegacyEntries(dataDir, [
      { byYear: { 2024: 3, 2025: 9, 10: 1, 9: 2 }, note: '九月' },
      { name: 'a\ud800b', list: [{ 11: 'x', 2: 'y' }] },
    ]);
    t = await startTestPlatform({ dataDir });
    expect(await t.platform.audit.verify()).toMatchObject({ valid: true, head });
    const exported = await t.http.get('/api/v1/audit/export?format=csv').set(...bearer(t.authorityToken)).buffer(true);
    const csv = path.join(dataDir, 'export.csv');
    fs.writeFileSync(csv, exported.text);
    await t.close();
    t = undefined;

    const cli = spawnSync('node', ['bin/shuyu.js', 'audit', 'verify'], {
      cwd: ROOT, env: { ...process.env, SHUYU_DATA_DIR: dataDir, SHUYU_AUDIT_HMAC_KEY: testConfig(dataDir).audit.hmacKey ?? '', SHUYU_LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ valid: true });

    // The export holds the chain up to the head (its own entry comes after the file was written).
    const script = spawnSync('node', ['deploy/verify-audit-chain.mjs', csv, '--head', `${head.seq}:${head.hash}`], { cwd: ROOT, encoding: 'utf8' });
    expect(script.status).toBe(0);
    expect(JSON.parse(script.stdout)).toMatchObject({ valid: true, head, detailsInEarlierForm: 2 });
  });
});

/** Appends entries sealed and stored as the earlier code did (after the anchored head: a valid chain longer than its anchor). */
async function appendLegacyEntries(dataDir: string, details: Record<string, unknown>[]): Promise<{ seq: number; hash: string }> {
  const instance = await DuckDBInstance.create(path.join(dataDir, 'control.duckdb'));
  const connection = await instance.connect();
  try {
    const [row] = (await connection.runAndReadAll('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).getRowObjectsJS();
    let previous = { seq: Number(row.seq), hash: String(row.hash) };
    for (const d of details) {
      const entry = entryWith(d, previous.seq + 1);
      entry.prevHash = previous.hash;
      const hash = crypto.createHash('sha256').update(legacyHashInput(entry)).digest('hex');
      await connection.run('INSERT INTO audit_log VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, $11)', [
        entry.seq, entry.at, entry.actorId, entry.role, entry.action, entry.resource, entry.outcome, entry.requestId, legacyCanonicalJson(d), entry.prevHash, hash,
      ]);
      previous = { seq: entry.seq, hash };
    }
    return previous;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
