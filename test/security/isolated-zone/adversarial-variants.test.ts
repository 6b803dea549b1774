/**
 * Adversarial variants on the isolated zone, beyond the attacks of the other files here: an
 * operator who wants to take the platform down, read what is not theirs, run a statement that
 * leaves no audit trace, or exhaust the host. Each test is named after its attack and asserts
 * the safe behaviour; where the platform falls short the test fails and says how.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildPlatform } from '../../../services/composition-root';
import { SandboxStatements } from '../../../sandbox/worker/sandbox-statements';
import { cpuTimeMs } from '../../../sandbox/worker/os-limits';
import { approvedAgreement, residentsWorld } from '../../fixtures/demo-world';
import { bearer, makeTempDir, startTestPlatform, testConfig } from '../../fixtures/test-platform';
import {
  ARROW, SLOW, directoryBytes, isAlive, listen, rawQuery, sleep, statementsOf, uidOf, until, workerProcessesOf, type Listening,
} from './adversarial-helpers';
import { sampleHealth, startZone, type Zone } from './zone-fixture';

async function allEntries(zone: Zone) {
  await zone.t.platform.audit.flush();
  return zone.t.platform.audit.find({ limit: 10_000 });
}

/** A sort of about 1.4 million rows with wide keys: past a 256 MB sandbox memory, DuckDB spills it. */
const SPILLING_SORT = "SELECT sum(x) AS s FROM (SELECT a.income + b.income + c.income AS x, repeat(a.name, 10) AS n FROM residents a, residents b, residents c WHERE c.street = '光明街道' ORDER BY n, x OFFSET 1)";

describe('adversarial variants on the isolated zone', () => {
  describe('one sandbox under attack', () => {
    let zone: Zone;
    let server: Listening;
    beforeAll(async () => {
      zone = await startZone({ SHUYU_WORKER_MEMORY_LIMIT: '512MB', SHUYU_SANDBOX_MEMORY_LIMIT: '256MB', SHUYU_QUERY_TIMEOUT_MS: '5000', SHUYU_RESULT_MAX_BYTES: String(1 << 20) });
      server = await listen(zone.t.app);
      expect((await zone.query('SELECT 1 AS one')).status).toBe(200);
    });
    afterAll(async () => {
      await server.close();
      await zone.t.destroy();
    });

    it('memory bombs in string_agg, list, printf widths and structs end in a clear 4xx while /healthz answers, each one journalled', async () => {
      const bombs = [
        "SELECT len(string_agg(repeat('x', 1000000), ',')) AS n FROM residents",
        "SELECT len(list(repeat('x', 1000000))) AS n FROM residents",
        "SELECT len(printf('%2000000000d', 1)) AS n",
        "SELECT struct_pack(a := repeat('x', 100000000)) AS s",
      ];
      const health = sampleHealth(zone.t);
      const answers = [];
      for (const sql of bombs) answers.push(await zone.query(sql));
      const { p99, failures } = await health.stop();

      // The memory cap (422), the deadline (408) or, for a value that fits in memory, the byte cap (413).
      expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual(bombs.map(() => [expect.any(Number), expect.stringMatching(/^(resource_limit|query_timeout|result_too_large)$/)]));
      for (const a of answers) expect([408, 413, 422]).toContain(a.status);
      expect(failures).toBe(0);
      expect(p99).toBeLessThan(100);
      const entries = await allEntries(zone);
      for (const a of answers) {
        const statements = statementsOf(entries, a.headers['x-request-id']);
        expect(statements).toHaveLength(1);
        expect(statements[0].end?.outcome).toBe('denied');
      }
      expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
    });

    it('file readers, table functions, ATTACH, COPY, recursion, PIVOT and catalog functions are refused before any worker runs them, and audited', async () => {
      const key = path.join(zone.t.dataDir, 'master.key');
      const attempts = [
        "SELECT * FROM read_csv('/etc/passwd')", `SELECT * FROM read_text('${key}')`, "SELECT * FROM glob('/*')", 'SELECT count(*) FROM range(1000000000)',
        'SELECT count(*) FROM generate_series(1, 1000000000)', `ATTACH '${zone.t.platform.files.live(zone.sandboxId)}' AS l`, "COPY residents TO '/tmp/shuyu-leak.csv'",
        'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t', 'PIVOT residents ON street USING count(*)', 'SUMMARIZE residents',
        'EXPLAIN ANALYZE SELECT 1', 'SELECT * FROM duckdb_databases()', "SELECT current_setting('temp_directory') AS d", 'SELECT * FROM residents AT (VERSION => 1)',
      ];
      const answers = [];
      for (const sql of attempts) answers.push(await zone.query(sql));
      expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual(attempts.map(() => [422, 'statement_refused']));
      for (const a of answers) expect(a.body.error?.message).not.toMatch(/\/tmp|\/work|sandboxes\//);
      const entries = await allEntries(zone);
      for (const a of answers) {
        expect(statementsOf(entries, a.headers['x-request-id'])).toEqual([]);
        expect(entries.find((e) => e.action === 'sandbox.query' && e.requestId === a.headers['x-request-id'])?.outcome).toBe('denied');
      }
      expect(fs.existsSync('/tmp/shuyu-leak.csv')).toBe(false);
    });

    it('beneath the guard, the worker itself cannot read files, attach databases or write out', async () => {
      const statements = new SandboxStatements(zone.t.platform.workers, 1 << 20);
      const secret = fs.readFileSync(path.join(zone.t.dataDir, 'master.key')).toString('hex').slice(0, 16);
      const attempts = [
        `SELECT * FROM read_text('${path.join(zone.t.dataDir, 'master.key')}')`, `SELECT * FROM read_blob('${zone.t.platform.files.live(zone.sandboxId)}')`,
        "SELECT * FROM read_csv('/proc/self/environ')", "SELECT * FROM glob('/*')", `ATTACH '${zone.t.platform.files.live(zone.sandboxId)}' AS l (READ_ONLY)`,
        "COPY (SELECT * FROM residents) TO '/tmp/shuyu-leak-direct.csv'", "EXPORT DATABASE '/tmp/shuyu-export-direct'", 'INSTALL httpfs', 'LOAD httpfs',
        'SET enable_external_access = true', "SET memory_limit = '100GB'", 'CREATE TABLE x AS SELECT 1', 'SELECT 1; SELECT 2',
      ];
      const outcomes = await Promise.all(attempts.map((sql) => statements.query(zone.sandboxId, 'dev', sql, { timeoutMs: 5000, maxRows: 10 }).then((r) => `ran: ${JSON.stringify(r.rows)}`, (e: Error) => `refused: ${e.message}`)));
      expect(outcomes.filter((o) => o.startsWith('ran'))).toEqual([]);
      expect(outcomes.join('\n')).not.toContain(secret);
      expect(fs.existsSync('/tmp/shuyu-leak-direct.csv') || fs.existsSync('/tmp/shuyu-export-direct')).toBe(false);
    });

    it('beneath the guard, the worker refuses PRAGMA, SHOW and CALL: only a plain SELECT runs there', async () => {
      const statements = new SandboxStatements(zone.t.platform.workers, 1 << 20);
      const attempts = ['PRAGMA database_list', 'PRAGMA show_tables', 'SHOW TABLES', 'CALL pragma_version()', 'EXPLAIN SELECT 1', 'CHECKPOINT'];
      const outcomes = await Promise.all(attempts.map(async (sql) => {
        try {
          return { sql, ran: JSON.stringify((await statements.query(zone.sandboxId, 'dev', sql, { timeoutMs: 5000, maxRows: 10 })).rows) };
        } catch {
          return { sql, ran: null };
        }
      }));
      // PRAGMA and SHOW are rewritten by DuckDB into SELECTs, so the worker's prepared-type check
      // admits them; `PRAGMA database_list` answers with the database file's path.
      expect(outcomes.filter((o) => o.ran !== null)).toEqual([]);
    });

    it('a statement cannot fill the disk: the worker caps its spill (max_temp_directory_size)', async () => {
      const statements = new SandboxStatements(zone.t.platform.workers, 1 << 20);
      const setting = await statements.query(zone.sandboxId, 'dev', "SELECT value FROM duckdb_settings() WHERE name = 'max_temp_directory_size'", { timeoutMs: 5000, maxRows: 1 });
      // DuckDB's default is 90% of the free disk: bounded only by the deadline times the write rate.
      expect(String(setting.rows[0][0])).not.toMatch(/available disk space/);
    });

    it('a sort larger than the sandbox memory spills into the worker’s own spill directory instead of failing', async () => {
      const res = await zone.query(SPILLING_SORT);
      const [pid] = zone.t.platform.workers.pids(zone.sandboxId);
      const home = path.join(zone.t.platform.files.tmp(zone.sandboxId), 'dev');
      const uid = pid ? uidOf(pid) : process.getuid?.() ?? 0;
      const probe = spawnSync(process.execPath, ['-e', `try{require('fs').accessSync(${JSON.stringify(home)}, require('fs').constants.W_OK);process.stdout.write('writable')}catch(e){process.stdout.write(e.code)}`], { uid, gid: uid, env: {}, encoding: 'utf8' });
      expect({ status: res.status, error: res.body.error?.message ?? null, spillDirectoryForWorker: probe.stdout }).toEqual({ status: 200, error: null, spillDirectoryForWorker: 'writable' });
    });

    it('huge nested values and millions of small rows: a 12 MB one-row list is refused in JSON and Arrow, many rows are truncated', async () => {
      const nested = 'SELECT list(repeat(a.name, 100)) AS l FROM residents a, residents b';
      // The byte cap (413) or, building the list, the memory limit (422), or on a host busy with
      // other work the deadline (408): a clear 4xx either way, before any byte.
      const refusals = [[413, 'result_too_large'], [422, 'resource_limit'], [408, 'query_timeout']];
      const json = await zone.query(nested);
      expect(refusals).toContainEqual([json.status, json.body.error?.code]);
      const arrow = await zone.t.http.post(`/api/v1/sandboxes/${zone.sandboxId}/query`).set(...bearer(zone.w.operator.token)).set('Accept', ARROW).send({ sql: nested, tier: 'dev' });
      expect(refusals).toContainEqual([arrow.status, arrow.body.error?.code]);
      const many = await zone.query('SELECT a.income FROM residents a, residents b, residents c');
      expect(many.status).toBe(200);
      expect(many.body.rows).toHaveLength(10_000);
      expect((many.body as { truncated?: boolean }).truncated).toBe(true);
    });

    it('an Arrow result cut mid-stream by the byte cap is journalled as failed, not as allowed', async () => {
      const requestId = '00000000-0000-4000-8000-00000000a001';
      const answer = await rawQuery(server.port, zone, "SELECT a.name || repeat('x', 100) AS s FROM residents a, residents b", { accept: ARROW, requestId });
      // The client got a 200 and a stream that stops short (the cap is 1 MiB, the result 4 MB).
      expect(answer.status).toBe(200);
      expect(answer.bytes).toBeLessThan(1 << 20);
      const [statement] = statementsOf(await allEntries(zone), requestId);
      expect(statement).toBeDefined();
      expect({ outcome: statement.end?.outcome, error: statement.end?.details.error }).toEqual({ outcome: 'denied', error: 'result_too_large' });
    });

    it('an Arrow client that hangs up mid-stream: its worker stops working and the pool serves the next statement', async () => {
      const answer = await rawQuery(server.port, zone, 'SELECT a.income, b.income FROM residents a, residents b, residents c', { accept: ARROW, hangUpAfterBytes: 40_000 });
      expect(answer.ended).toBe('hung up');
      await sleep(1500);
      const pids = zone.t.platform.workers.pids(zone.sandboxId);
      const cpuBefore = pids.map(cpuTimeMs);
      await sleep(500);
      // Alive workers are idle: no CPU time spent on the abandoned statement.
      zone.t.platform.workers.pids(zone.sandboxId).forEach((pid) => {
        const at = pids.indexOf(pid);
        if (at >= 0) expect(cpuTimeMs(pid) - cpuBefore[at]).toBeLessThan(200);
      });
      const next = await zone.query('SELECT count(*) AS n FROM residents');
      expect(next.status).toBe(200);
    });

    it('a JSON client that hangs up mid-statement: the statement is cancelled, not left running to the deadline', async () => {
      const requestId = '00000000-0000-4000-8000-00000000a002';
      const gone = rawQuery(server.port, zone, SLOW, { requestId, onRequest: (req) => setTimeout(() => req.destroy(), 600) });
      expect((await gone).ended).toBe('no answer');
      const hungUpAt = Date.now();
      const endedWithinGrace = await until(async () => statementsOf(await allEntries(zone), requestId)[0]?.end !== undefined, 2500, 100);
      // Let the statement finish before the next test, whatever happened.
      await until(async () => statementsOf(await allEntries(zone), requestId)[0]?.end !== undefined, 8000, 100);
      const endedAfterMs = Date.now() - hungUpAt;
      const [statement] = statementsOf(await allEntries(zone), requestId);
      expect({ endedWithinGrace, endedAfterMs: endedWithinGrace ? 'within 2500' : endedAfterMs, end: statement?.end?.details.error }).toEqual({ endedWithinGrace: true, endedAfterMs: 'within 2500', end: expect.anything() });
    });

    it('every statement that reaches a worker runs inside a statement.start written before it: dev query, model trial on dev, live run and its checks', async () => {
      const pool = zone.t.platform.workers;
      const original = pool.run.bind(pool);
      const reached: { tier: string; sql: string; open: boolean }[] = [];
      pool.run = async (sandboxId, tier, statement, deadlineMs, sink) => {
        const entries = await allEntries(zone);
        const open = entries.some((s) => s.action === 'statement.start' && s.resource === `sandbox:${sandboxId}` && s.details.tier === tier
          && !entries.some((e) => (e.action === 'statement.end' || e.action === 'statement.lost') && e.details.statementId === s.details.statementId));
        reached.push({ tier, sql: statement.sql.slice(0, 60), open });
        return original(sandboxId, tier, statement, deadlineMs, sink);
      };
      try {
        expect((await zone.query('SELECT street, count(*) AS n FROM residents GROUP BY street')).status).toBe(200);
        const model = await zone.t.http.post(`/api/v1/sandboxes/${zone.sandboxId}/models`).set(...bearer(zone.w.operator.token))
          .send({ name: 'audit-window', sql: 'SELECT street, count(*) AS people FROM residents WHERE income > $min GROUP BY street', parameters: [{ name: 'min', type: 'DOUBLE' }], purpose: '审计' });
        expect(model.status).toBe(201);
        expect((await zone.t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(zone.t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
        const run = await zone.t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(zone.w.operator.token)).send({ params: { min: 0 } });
        expect(run.status).toBe(201);
        await zone.t.platform.runs.idle();
      } finally {
        pool.run = original;
      }
      expect(reached.filter((r) => r.tier === 'live').length).toBeGreaterThanOrEqual(1);
      expect(reached.filter((r) => r.tier === 'dev').length).toBeGreaterThanOrEqual(2);
      expect(reached.filter((r) => !r.open)).toEqual([]);
    });

    it('a model whose trial run on dev is a memory bomb is refused at submission (422 resource_limit, or 408 on a busy host), journalled on dev', async () => {
      const model = await zone.t.http.post(`/api/v1/sandboxes/${zone.sandboxId}/models`).set(...bearer(zone.w.operator.token)).send({
        name: 'bomb-on-dev', purpose: '压测', sql: 'SELECT street, count(*) AS people FROM residents WHERE len(repeat(street, $n)) >= 0 GROUP BY street',
        parameters: [{ name: 'n', type: 'INTEGER' }], exampleParams: { n: 100000000 },
      });
      // The memory cap (422) or, on a host busy with another test, the deadline (408) ends it first;
      // either way it is refused, journalled on dev, and the sandbox answers afterwards.
      const code = model.body.error?.code as string;
      expect([model.status, code]).toEqual(code === 'query_timeout' ? [408, 'query_timeout'] : [422, 'resource_limit']);
      const statements = statementsOf(await allEntries(zone), model.headers['x-request-id']);
      expect(statements.map((s) => [s.start.details.tier, s.end?.outcome, s.end?.details.error])).toEqual([['dev', 'denied', code]]);
      expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
    });

    it('a model whose live run blows the deadline: the run fails for the reviewer only, its live worker is killed, and it is journalled on live', async () => {
      const model = await zone.t.http.post(`/api/v1/sandboxes/${zone.sandboxId}/models`).set(...bearer(zone.w.operator.token)).send({
        name: 'runaway', purpose: '压测',
        sql: 'SELECT a.street, count(*) AS people FROM residents a, residents b, residents c, residents d WHERE a.income > $floor GROUP BY a.street',
        parameters: [{ name: 'floor', type: 'DOUBLE' }], exampleParams: { floor: 1e12 },
      });
      expect(model.status).toBe(201);
      expect((await zone.t.http.post(`/api/v1/models/${model.body.id}/review`).set(...bearer(zone.t.authorityToken)).send({ decision: 'approve' })).status).toBe(200);
      const health = sampleHealth(zone.t);
      const run = await zone.t.http.post(`/api/v1/models/${model.body.id}/runs`).set(...bearer(zone.w.operator.token)).send({ params: { floor: -1 } });
      expect(run.status).toBe(201);
      await zone.t.platform.runs.idle();
      const { p99, failures } = await health.stop();

      const asReviewer = (await zone.t.http.get(`/api/v1/runs/${run.body.id}`).set(...bearer(zone.t.authorityToken))).body;
      expect(asReviewer.status).toBe('failed');
      expect(asReviewer.failure).toMatch(/ran longer|memory|CPU/);
      const asOperator = (await zone.t.http.get(`/api/v1/runs/${run.body.id}`).set(...bearer(zone.w.operator.token))).body;
      expect(JSON.stringify(asOperator)).not.toMatch(/fail|longer|memory/i);
      const statements = statementsOf(await allEntries(zone), run.body.id);
      expect(statements.map((s) => [s.start.details.tier, s.end?.outcome, s.end?.details.error])).toEqual([['live', 'denied', 'query_timeout']]);
      expect(failures).toBe(0);
      expect(p99).toBeLessThan(100);
      expect((await zone.query('SELECT count(*) AS n FROM residents')).status).toBe(200);
    });

    it('sealing while a statement runs: 410, the worker killed before any file is touched, the end journalled, nothing runs afterwards', async () => {
      const pending = zone.query(SLOW);
      expect(await until(() => zone.t.platform.workers.pids(zone.sandboxId).length > 0, 3000)).toBe(true);
      await sleep(300);
      const pids = zone.t.platform.workers.pids(zone.sandboxId);
      const terminated = await zone.t.http.post(`/api/v1/agreements/${zone.agreementId}/terminate`).set(...bearer(zone.t.authorityToken)).send({ reason: '安全测试' });
      expect(terminated.status).toBe(200);
      const res = await pending;
      expect([res.status, res.body.error?.code]).toEqual([410, 'gone']);
      // Every worker of the sandbox (the dev one that ran it, an idle live one) is gone.
      expect(await until(() => pids.every((pid) => !isAlive(pid)), 2000)).toBe(true);
      await zone.t.platform.expiry.run();
      const after = await zone.query('SELECT 1 AS one');
      expect(after.status).toBe(410);
      expect(fs.existsSync(zone.t.platform.files.dev(zone.sandboxId))).toBe(false);
      const [statement] = statementsOf(await allEntries(zone), res.headers['x-request-id']);
      expect(statement.end?.details.error).toBe('gone');
    });
  });

  describe('a pool shared by several sandboxes', () => {
    let zone: Zone;
    let others: string[];
    beforeAll(async () => {
      zone = await startZone({ SHUYU_WORKERS_MAX: '2', SHUYU_WORKER_QUEUE: '3', SHUYU_WORKER_QUEUE_WAIT_MS: '500', SHUYU_QUERY_TIMEOUT_MS: '2500' });
      others = [(await approvedAgreement(zone.t, zone.w, ['street', 'income'])).sandboxId, (await approvedAgreement(zone.t, zone.w, ['street', 'income'])).sandboxId];
    });
    afterAll(() => zone.t.destroy());

    // Sent at once (a supertest request only starts when it is awaited).
    const queryOn = async (sandboxId: string, sql: string) => zone.t.http.post(`/api/v1/sandboxes/${sandboxId}/query`).set(...bearer(zone.w.operator.token)).send({ sql, tier: 'dev' });

    it('a statement queued behind its own tier’s busy workers is refused with 503 busy after SHUYU_WORKER_QUEUE_WAIT_MS', async () => {
      const slow = [queryOn(zone.sandboxId, SLOW), queryOn(zone.sandboxId, SLOW)];
      expect(await until(() => zone.t.platform.workers.pids(zone.sandboxId).length === 2, 5000)).toBe(true);
      await sleep(200);
      const started = Date.now();
      const queued = await queryOn(zone.sandboxId, 'SELECT 2 AS two');
      const waitedMs = Date.now() - started;
      await Promise.all(slow);
      // SHUYU_WORKER_QUEUE_WAIT_MS is 500 here; a generous margin for a busy host.
      expect({ status: queued.status, code: queued.body.error?.code, waitedMs: waitedMs < 1500 ? 'under 1500' : waitedMs }).toEqual({ status: 503, code: 'busy', waitedMs: 'under 1500' });
    });

    it('a flood across three sandboxes never runs more than SHUYU_WORKERS_MAX workers, answers 503 busy past the queue, and every sandbox answers afterwards', async () => {
      const ids = [zone.sandboxId, ...others];
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, zone.t.platform.workers.size, workerProcessesOf(process.pid).length)), 10);
      const health = sampleHealth(zone.t);
      const answers = await Promise.all(ids.flatMap((id) => [queryOn(id, SLOW), queryOn(id, SLOW), queryOn(id, 'SELECT 1 AS one')]));
      const { p99, failures } = await health.stop();
      clearInterval(watch);
      const outcomes = answers.map((a) => (a.status === 200 ? '200' : `${a.status}:${a.body.error?.code}`));
      // /healthz stays answering: a stalled platform (what this guards against) takes seconds. Alone
      // on the machine p99 stays under 100 ms; beside a browser test on the other jest worker it
      // reached 123 ms in CI, hence the same 250 ms margin as the large-results test below.
      expect({ most, unexpected: outcomes.filter((o) => !['200', '408:query_timeout', '503:busy'].includes(o)), busy: outcomes.includes('503:busy'), failures, p99: p99 < 250 ? 'under 250 ms' : Math.round(p99) })
        .toEqual({ most: expect.any(Number), unexpected: [], busy: true, failures: 0, p99: 'under 250 ms' });
      expect(most).toBeLessThanOrEqual(2);
      for (const b of answers.filter((a) => a.status === 503)) expect(Number(b.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // One after the other: at once, three sandboxes on two workers may rightly wait past the 500 ms queue.
      const after: number[] = [];
      for (const id of ids) after.push((await queryOn(id, 'SELECT count(*) AS n FROM residents')).status);
      expect(after).toEqual([200, 200, 200]);
    });
  });

  describe('a spill to disk (workers under the platform’s own user, where DuckDB can spill)', () => {
    let zone: Zone;
    beforeAll(async () => {
      zone = await startZone({ SHUYU_WORKER_ISOLATION: 'none', SHUYU_WORKER_MEMORY_LIMIT: '512MB', SHUYU_SANDBOX_MEMORY_LIMIT: '256MB', SHUYU_QUERY_TIMEOUT_MS: '2500' });
    });
    afterAll(() => zone.t.destroy());

    it('a statement killed at its deadline mid-spill leaves no spill files behind', async () => {
      const home = path.join(zone.t.platform.files.tmp(zone.sandboxId), 'dev');
      let spilled = 0;
      const watch = setInterval(() => (spilled = Math.max(spilled, directoryBytes(home))), 50);
      const res = await zone.query("SELECT sum(x) AS s FROM (SELECT a.income + b.income + c.income AS x, repeat(a.name, 3) AS n FROM residents a, residents b, residents c, (SELECT 1 FROM residents LIMIT 4) d ORDER BY n, x OFFSET 1)");
      clearInterval(watch);
      expect([res.status, res.body.error?.code]).toEqual([408, 'query_timeout']);
      expect(spilled).toBeGreaterThan(0);
      expect(await until(() => zone.t.platform.workers.pids(zone.sandboxId).length === 0, 3000)).toBe(true);
      expect({ leftBehind: directoryBytes(home) === 0 ? 'nothing' : `${Math.round(directoryBytes(home) / 1048576)} MiB of ${Math.round(spilled / 1048576)} MiB spilled` }).toEqual({ leftBehind: 'nothing' });
    });
  });

  describe('big JSON results decoded in the platform', () => {
    let zone: Zone;
    let server: Listening;
    beforeAll(async () => {
      zone = await startZone({ SHUYU_WORKERS_MAX: '6', SHUYU_SANDBOX_MEMORY_LIMIT: '512MB', SHUYU_QUERY_TIMEOUT_MS: '25000' });
      server = await listen(zone.t.app);
    });
    afterAll(async () => {
      await server.close();
      await zone.t.destroy();
    });

    it('six concurrent 24 MB JSON results (each under the 64 MiB cap) keep /healthz answering (p99 under 400 ms under test load)', async () => {
      const sql = "SELECT repeat('x', 6000) AS l FROM residents a, residents b LIMIT 4000";
      await Promise.all(Array.from({ length: 6 }, () => rawQuery(server.port, zone, 'SELECT 1 AS one')));
      const health = sampleHealth(zone.t);
      const answers = await Promise.all(Array.from({ length: 6 }, () => rawQuery(server.port, zone, sql)));
      const { p99, failures, latencies } = await health.stop();
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(failures).toBe(0);
      // Alone on the machine this stays under 100 ms (77–98 ms measured); with the suite's other
      // jest worker competing for the 2 cores it reached 120 ms, and 279 ms beside the permissions
      // matrix, in CI. Before the workers decoded in byte-bounded pieces, one per event-loop turn, at
      // lower priority: 700–1,082 ms; the 400 ms margin still tells that regression from load.
      expect({ p99: p99 < 400 ? 'under 400 ms' : `${Math.round(p99)} ms (longest ${Math.round(Math.max(...latencies))} ms)` }).toEqual({ p99: 'under 400 ms' });
    });
  });

  describe('a platform killed with SIGKILL while an Arrow result streams', () => {
    let dataDir = '';
    const requestId = '00000000-0000-4000-8000-00000000a0c0';
    let workers: number[] = [];
    let workersAliveAfterMs = -1;
    let trail: { action: string; outcome: string }[] = [];
    let sawStart = false;
    let child: ChildProcess | null = null;

    beforeAll(async () => {
      dataDir = makeTempDir('shuyu-adversarial-crash-');
      const t = await startTestPlatform({ dataDir });
      const w = await residentsWorld(t);
      const { sandboxId } = await approvedAgreement(t, w);
      await t.close();
      const proc = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(__dirname, '../../fixtures/serve-in-child.ts'), dataDir, 'SHUYU_QUERY_TIMEOUT_MS=60000'], { stdio: ['ignore', 'pipe', 'inherit'] });
      child = proc;
      const port = await new Promise<number>((resolve, reject) => {
        proc.stdout?.on('data', (chunk: Buffer) => {
          const m = /port (\d+)/.exec(chunk.toString());
          if (m) resolve(Number(m[1]));
        });
        proc.once('exit', () => reject(new Error('the server exited')));
      });
      // A reader that takes the first piece and stops: the worker waits on its acknowledgements.
      let req: http.ClientRequest | null = null;
      const streaming = rawQuery(port, { sandboxId, w }, "SELECT a.name || repeat('x', 1000) AS s FROM residents a, residents b, residents c", { accept: ARROW, requestId, stall: true, onRequest: (r) => (req = r) });
      expect(await until(() => workerProcessesOf(proc.pid as number).length > 0, 10_000)).toBe(true);
      await sleep(1000);
      workers = workerProcessesOf(proc.pid as number);
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGKILL');
      await exited;
      const killedAt = Date.now();
      await until(() => workers.every((pid) => !isAlive(pid)), 5000);
      workersAliveAfterMs = workers.some(isAlive) ? -1 : Date.now() - killedAt;
      (req as http.ClientRequest | null)?.destroy();
      await streaming;

      const platform = await buildPlatform(testConfig(dataDir));
      try {
        const entries = await platform.audit.find({ limit: 10_000 });
        const start = entries.find((e) => e.action === 'statement.start' && e.requestId === requestId);
        sawStart = start !== undefined;
        trail = entries.filter((e) => (e.action === 'statement.end' || e.action === 'statement.lost') && e.details.statementId === start?.details.statementId).map((e) => ({ action: e.action, outcome: e.outcome }));
        expect((await platform.audit.verify()).valid).toBe(true);
      } finally {
        await platform.close();
      }
    });
    afterAll(() => {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      for (const pid of workers) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('its worker does not outlive the platform', () => {
      expect(workers.length).toBeGreaterThan(0);
      expect(workersAliveAfterMs).toBeGreaterThanOrEqual(0);
      expect(workersAliveAfterMs).toBeLessThan(3000);
    });

    it('the statement that was streaming is reported as statement.lost after the restart', () => {
      expect(sawStart).toBe(true);
      expect(trail).toEqual([{ action: 'statement.lost', outcome: 'failed' }]);
    });
  });
});
