/**
 * Damage to a closed data directory, the way disks and careless hands do it: control.duckdb cut
 * short or with flipped bytes, the anchor deleted, garbled or forged, the audit chain cut off,
 * a vault version cut short, flipped or lost, and files nobody accounts for. Each start answers
 * with a clear refusal naming the file and the problem, or starts and tells the truth about what
 * it cannot use; `shuyu doctor`'s inspection names every problem; and neither the refused start
 * nor the inspection changes a byte. `--read-only-recovery` still serves the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import request from 'supertest';
import { ANCHOR_FILE, type SignedAnchor } from '../../services/audit/audit-anchor';
import { buildRecoveryPlatform } from '../../services/composition-root';
import { DataDirectoryDamaged } from '../../services/doctor/data-directory-damaged';
import { inspectDataDirectory, type DataDirectoryReport } from '../../services/doctor/inspect-data-directory';
import { registerDataset } from '../fixtures/lifecycle-helpers';
import { residentsCsv, residentsSchema } from '../fixtures/residents-dataset';
import { AUTHORITY_TOKEN, bearer, makeTempDir, startTestPlatform, testConfig } from '../fixtures/test-platform';
import { dataBlockOffsets, flipByte, snapshotDir, sql, truncateBy } from '../services/doctor/data-dir-fixtures';

const HMAC_KEY = testConfig('/tmp').audit.hmacKey;

let pristine: string;
let versionFile: string;
let dataDir: string;

/** A closed data directory with a dataset version in the vault and a few audited requests. */
beforeAll(async () => {
  const t = await startTestPlatform();
  const source = await t.principal('source');
  const datasetId = await registerDataset(t, source, residentsSchema, residentsCsv(300), null);
  for (let i = 0; i < 5; i += 1) expect((await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))).status).toBe(200);
  await t.close();
  pristine = t.dataDir;
  versionFile = path.join('vault', datasetId, 'v000001.duckdb');
  expect(fs.existsSync(path.join(pristine, versionFile))).toBe(true);
});
afterAll(() => fs.rmSync(pristine, { recursive: true, force: true }));

beforeEach(() => {
  dataDir = makeTempDir('shuyu-corrupt-');
  fs.cpSync(pristine, dataDir, { recursive: true });
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const control = () => path.join(dataDir, 'control.duckdb');

/** Starting fails with DataDirectoryDamaged naming `file`; nothing in the directory changed. */
async function expectRefusal(file: string, code: string | string[], what: RegExp): Promise<DataDirectoryDamaged> {
  const before = snapshotDir(dataDir);
  const outcome = await startTestPlatform({ dataDir }).then(
    async (t) => {
      await t.close();
      return null;
    },
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(DataDirectoryDamaged);
  const error = outcome as DataDirectoryDamaged;
  expect(error.problems.some((p) => [code].flat().includes(p.code))).toBe(true);
  expect(error.message).toContain(file);
  expect(error.message).toMatch(what);
  expect(error.message).toMatch(/shuyu doctor/);
  expect(snapshotDir(dataDir)).toEqual(before);
  return error;
}

/** The full inspection (`shuyu doctor`); it must not change a byte either. */
async function doctor(): Promise<DataDirectoryReport> {
  const before = snapshotDir(dataDir);
  const report = await inspectDataDirectory(dataDir, { hmacKey: HMAC_KEY, depth: 'full' });
  expect(snapshotDir(dataDir)).toEqual(before);
  return report;
}

function problem(report: DataDirectoryReport, code: string) {
  const found = report.problems.find((p) => p.code === code);
  if (!found) throw new Error(`no ${code} in ${JSON.stringify(report.problems)}`);
  return found;
}

describe('a damaged control.duckdb', () => {
  it('the untouched copy is healthy and starts', async () => {
    expect(await doctor()).toMatchObject({ healthy: true, problems: [] });
    const t = await startTestPlatform({ dataDir });
    await t.close();
  });

  it('cut short by 4 KiB: start refuses naming control.duckdb, doctor says it was cut off', async () => {
    truncateBy(control(), 4096);
    await expectRefusal(control(), 'truncated', /cut off/);
    const report = await doctor();
    expect(report.healthy).toBe(false);
    expect(problem(report, 'truncated')).toMatchObject({ file: control(), advice: expect.stringMatching(/backup/) });
  });

  it('cut short by a whole block: start refuses', async () => {
    truncateBy(control(), 256 * 1024);
    // Cut on a block boundary, the length alone may look right; the lost block is then missed
    // by a read (here: the last block holds an index, which a key lookup reaches).
    await expectRefusal(control(), ['truncated', 'table_unreadable', 'index_unreadable'], /cut off|Could not read enough bytes/);
  });

  it('a flipped byte in a block of the audit log: start refuses naming the table and DuckDB checksum error', async () => {
    const [offset] = await dataBlockOffsets(control(), 'audit_log');
    flipByte(control(), offset);
    await expectRefusal(control(), 'table_unreadable', /table audit_log cannot be read: .*checksum/);
    expect(problem(await doctor(), 'table_unreadable').what).toMatch(/audit_log/);
  });

  it.each(['principals', 'datasets', 'dataset_versions', 'schema_migrations'])('a flipped byte in a block of %s: start refuses', async (table) => {
    const offsets = await dataBlockOffsets(control(), table);
    expect(offsets.length).toBeGreaterThan(0);
    flipByte(control(), offsets[offsets.length - 1]);
    await expectRefusal(control(), 'table_unreadable', new RegExp(`table ${table} cannot be read`));
  });

  it('a flipped byte in the catalog metadata: start refuses because control.duckdb cannot be opened', async () => {
    const [row] = await queryReadOnly(control(), 'SELECT min(block_id) AS b FROM pragma_metadata_info()');
    flipByte(control(), 3 * 4096 + Number(row.b) * 256 * 1024 + 100);
    await expectRefusal(control(), 'unreadable', /cannot be opened/);
    expect(problem(await doctor(), 'unreadable').file).toBe(control());
  });

  it('garbage over the file header: start refuses, doctor names the file', async () => {
    const fd = fs.openSync(control(), 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    fs.closeSync(fd);
    await expectRefusal(control(), 'unreadable', /cannot be opened/);
    expect((await doctor()).healthy).toBe(false);
  });

  it('flipped bytes in every block but the headers, one block at a time: no start goes silent', async () => {
    const blocks = (fs.statSync(control()).size - 3 * 4096) / (256 * 1024);
    const original = fs.readFileSync(control());
    let refused = 0;
    for (let block = 0; block < blocks; block += 1) {
      fs.writeFileSync(control(), original);
      flipByte(control(), 3 * 4096 + block * 256 * 1024 + 4096);
      const outcome = await startTestPlatform({ dataDir }).then(
        async (t) => {
          // A block nothing reads at start (free, or of an index over several columns): the
          // platform starts; the damage surfaces on the write that needs the block.
          await t.close();
          fs.writeFileSync(control(), original);
          return 'started';
        },
        (error: unknown) => error,
      );
      if (outcome === 'started') continue;
      expect(outcome).toBeInstanceOf(DataDirectoryDamaged);
      expect((outcome as Error).message).toContain(control());
      refused += 1;
    }
    expect(refused).toBeGreaterThanOrEqual(blocks - 3);
  });
});

describe('a damaged anchor or chain', () => {
  const anchorFile = () => path.join(dataDir, ANCHOR_FILE);

  it('deleted anchor: start refuses naming audit-anchor.json', async () => {
    fs.rmSync(anchorFile());
    await expectRefusal(anchorFile(), 'anchor_missing', /anchor file is missing/);
    expect(problem(await doctor(), 'anchor_missing').advice).toMatch(/shuyu audit reanchor --reason/);
  });

  it('garbled anchor (random bytes): start refuses naming audit-anchor.json', async () => {
    fs.writeFileSync(anchorFile(), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256)));
    await expectRefusal(anchorFile(), 'anchor_invalid', /unreadable/);
  });

  it('forged anchor (seq lowered, old signature): start refuses', async () => {
    const anchor = JSON.parse(fs.readFileSync(anchorFile(), 'utf8')) as SignedAnchor;
    fs.writeFileSync(anchorFile(), JSON.stringify({ ...anchor, seq: anchor.seq - 1 }));
    await expectRefusal(anchorFile(), 'anchor_invalid', /valid signature/);
  });

  it('a chain cut off behind its anchor: start refuses naming control.duckdb', async () => {
    await sql(control(), 'DELETE FROM audit_log WHERE seq > 6');
    await expectRefusal(control(), 'chain_cut', /ends at entry 6 but was anchored at 12: entries 7\.\.12 were cut off/);
    expect((await doctor()).audit.chain).toMatchObject({ valid: false, firstInvalidSeq: 7 });
  });

  it('an entry altered inside the chain: the platform starts (the head matches), doctor reports the broken link', async () => {
    await sql(control(), "UPDATE audit_log SET resource = 'principal:forged' WHERE seq = 3");
    const t = await startTestPlatform({ dataDir });
    await t.close();
    expect(problem(await doctor(), 'chain_broken').what).toMatch(/broken at entry 3/);
  });
});

describe('a damaged vault', () => {
  const version = () => path.join(dataDir, versionFile);

  it('a version file cut short by 4 KiB: the platform starts; doctor names the file', async () => {
    truncateBy(version(), 4096);
    const t = await startTestPlatform({ dataDir });
    await t.close();
    const found = problem(await doctor(), 'vault_truncated');
    expect(found).toMatchObject({ file: version(), severity: 'damage', advice: expect.stringMatching(/restore this file/) });
  });

  it('a flipped byte in a version file: doctor names the file and the checksum failure', async () => {
    const [offset] = await dataBlockOffsets(version(), 'data');
    flipByte(version(), offset);
    const report = await doctor();
    expect(report.healthy).toBe(false);
    expect(problem(report, 'vault_unreadable')).toMatchObject({ file: version(), what: expect.stringMatching(/checksum/) });
  });

  it('a missing version file: the start-up check reports it (and starts); doctor too', async () => {
    fs.rmSync(version());
    const started = await inspectDataDirectory(dataDir, { hmacKey: HMAC_KEY, depth: 'start' });
    expect(problem(started, 'vault_missing').file).toBe(version());
    const t = await startTestPlatform({ dataDir });
    await t.close();
    expect(problem(await doctor(), 'vault_missing').file).toBe(version());
  });

  it('an orphan and a dotted leftover: warnings naming each file; the directory is still healthy', async () => {
    const dir = path.dirname(version());
    fs.copyFileSync(version(), path.join(dir, 'v000007.duckdb'));
    fs.writeFileSync(path.join(dir, '.incoming-0b4a.csv'), 'id_number\n1\n');
    const report = await doctor();
    expect(report.healthy).toBe(true);
    expect(problem(report, 'vault_orphan')).toMatchObject({ severity: 'warning', file: path.join(dir, 'v000007.duckdb') });
    expect(problem(report, 'vault_leftover')).toMatchObject({ severity: 'warning', file: path.join(dir, '.incoming-0b4a.csv') });
  });
});

describe('read-only recovery', () => {
  it('serves the audit log and verification from a directory that will not start, refuses writes, and writes nothing', async () => {
    await sql(control(), 'DELETE FROM audit_log WHERE seq > 6');
    const [offset] = await dataBlockOffsets(control(), 'datasets');
    flipByte(control(), offset);
    await expectRefusal(control(), 'chain_cut', /anchored at 12/);
    const before = snapshotDir(dataDir);

    const recovery = await buildRecoveryPlatform(testConfig(dataDir));
    try {
      const http = request(recovery.app);
      expect(recovery.report.problems.map((p) => p.code).sort()).toEqual(['chain_cut', 'table_unreadable']);
      const health = await http.get('/healthz');
      expect(health.body).toMatchObject({ status: 'read_only_recovery', problems: 2 });

      const log = await http.get('/api/v1/audit?limit=100').set(...bearer(AUTHORITY_TOKEN));
      expect(log.status).toBe(200);
      expect(log.body.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      const verify = await http.get('/api/v1/audit/verify').set(...bearer(AUTHORITY_TOKEN));
      expect(verify.body).toMatchObject({ valid: false, firstInvalidSeq: 7, anchor: { seq: 12, signatureValid: true } });
      const exported = await http.get('/api/v1/audit/export?format=csv').set(...bearer(AUTHORITY_TOKEN));
      expect(exported.status).toBe(200);
      expect(exported.text.trim().split('\n')).toHaveLength(7);
      expect((await http.get('/api/v1/me').set(...bearer(AUTHORITY_TOKEN))).body).toMatchObject({ role: 'authority' });

      expect((await http.get('/api/v1/audit')).status).toBe(401);
      const create = await http.post('/api/v1/principals').set(...bearer(AUTHORITY_TOKEN)).send({ name: 'x', role: 'operator', unit: 'u' });
      expect(create.status).toBe(503);
      expect(create.body.error).toMatchObject({ code: 'read_only_recovery' });
      expect((await http.get('/api/v1/datasets').set(...bearer(AUTHORITY_TOKEN))).status).toBe(404);
      // Reads are not audited (the store is read-only): the log is as it was.
      expect((await http.get('/api/v1/audit?limit=100').set(...bearer(AUTHORITY_TOKEN))).body.entries).toHaveLength(6);
    } finally {
      await recovery.close();
    }
    expect(snapshotDir(dataDir)).toEqual(before);
  });
});

async function queryReadOnly(file: string, statement: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(statement)).getRowObjectsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
