/**
 * How a full disk is answered: the error handler turns every disk failure (raw from Node or
 * DuckDB, or under the request's audit entry) into a 507 that names no path and tells the
 * storage monitor; receiving an upload on a full disk is a 507, not a 400 that blames the
 * client; /healthz says `degraded` with its reasons, and still answers 200.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { AuditEvent } from '../../../services/audit/audit-entry';
import type { AuditSink } from '../../../services/audit/audit-sink';
import { systemClock } from '../../../services/config/clock';
import { BadRequestError, InsufficientStorageError } from '../../../services/errors/app-error';
import { createApp } from '../../../services/http/create-app';
import { openAuditBoundary } from '../../../services/http/middleware/audit-boundary';
import { errorHandler } from '../../../services/http/middleware/error-handler';
import { createLogger } from '../../../services/logging/create-logger';
import { PlatformMetrics } from '../../../services/metrics/platform-metrics';
import { PrincipalService } from '../../../services/principals/principal-service';
import { PrincipalStore } from '../../../services/principals/principal-store';
import { SerialConnection } from '../../../sandbox/engine/serial-connection';
import { StorageFullError } from '../../../sandbox/storage/storage-full-error';
import { receiveUpload } from '../../../sandbox/vault/receive-upload';
import { uploadAppError } from '../../../services/catalog/upload-app-error';
import { smallDisk, type SmallDisk } from './small-disk';

const DATA_DIR = '/var/lib/shuyu-secret-layout';
const enospc = () => Object.assign(new Error(`ENOSPC: no space left on device, write '${DATA_DIR}/vault/x'`), { code: 'ENOSPC' });
const duckdbFull = () => new Error(`TransactionContext Error: Failed to commit: Could not write file "${DATA_DIR}/control.duckdb.wal": No space left on device`);

type Harness = { app: express.Express; events: AuditEvent[]; noted: unknown[] };

function harness(throwing: () => unknown, sink?: Partial<AuditSink>): Harness {
  const events: AuditEvent[] = [];
  const noted: unknown[] = [];
  const app = express();
  app.use((_req, res, next) => {
    res.locals.requestId = 'req-1';
    next();
  });
  app.get('/thing', openAuditBoundary('thing.read'), () => {
    throw throwing();
  });
  app.use(errorHandler({
    sink: { record: async (e) => void events.push(e), recordWith: async () => undefined, ...sink },
    logger: createLogger('silent'), bodyLimit: 1024, onStorageFailure: (e) => void noted.push(e),
  }));
  return { app, events, noted };
}

describe('the error handler on a full disk', () => {
  it.each([
    ['a raw ENOSPC from the file system', enospc],
    ['DuckDB failing to write its WAL', duckdbFull],
    ['an EIO', () => Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })],
  ])('answers %s with 507 insufficient_storage, names no path, records the failure and tells the monitor', async (_label, failure) => {
    const h = harness(failure);
    const res = await request(h.app).get('/thing');
    expect(res.status).toBe(507);
    expect(res.body).toEqual({ error: { code: 'insufficient_storage', message: expect.any(String), requestId: 'req-1' } });
    expect(res.headers['retry-after']).toBe('60');
    expect(res.text).not.toContain(DATA_DIR);
    expect(h.events).toEqual([expect.objectContaining({ action: 'thing.read', outcome: 'failed', details: { status: 507, error: 'insufficient_storage' } })]);
    expect(h.noted).toHaveLength(1);
  });

  it('answers 507 (not 500) when only the audit entry cannot be written for lack of disk, and tells the monitor', async () => {
    const h = harness(() => new BadRequestError('bad input'), { record: async () => Promise.reject(duckdbFull()) });
    const res = await request(h.app).get('/thing');
    expect(res.status).toBe(507);
    expect(res.body.error.code).toBe('insufficient_storage');
    expect(res.text).not.toContain(DATA_DIR);
    expect(h.noted).toHaveLength(1);
  });

  it('keeps a 500 that says nothing when the audit entry fails for another reason', async () => {
    const h = harness(() => new BadRequestError('bad input'), { record: async () => Promise.reject(new Error('Constraint Error: duplicate key')) });
    const res = await request(h.app).get('/thing');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    expect(h.noted).toHaveLength(0);
  });

  it('a refusal below the reserve is a 507 too, but not a failure to note', async () => {
    const h = harness(() => new InsufficientStorageError());
    const res = await request(h.app).get('/thing');
    expect(res.status).toBe(507);
    expect(h.noted).toHaveLength(0);
  });

  it('a client still sending a refused upload reads the 507, not a reset: the unread body is drained first', async () => {
    // The server runs in a process of its own: in this one, the client's writes and the server's reads share one event loop and the race never shows.
    const server = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', `
      const express = require('express');
      const { openAuditBoundary } = require(${JSON.stringify(path.resolve(__dirname, '../../../services/http/middleware/audit-boundary.ts'))});
      const { errorHandler } = require(${JSON.stringify(path.resolve(__dirname, '../../../services/http/middleware/error-handler.ts'))});
      const { InsufficientStorageError } = require(${JSON.stringify(path.resolve(__dirname, '../../../services/errors/app-error.ts'))});
      const { createLogger } = require(${JSON.stringify(path.resolve(__dirname, '../../../services/logging/create-logger.ts'))});
      const app = express();
      app.put('/upload', openAuditBoundary('upload'), async () => {
        await new Promise((resolve) => setTimeout(resolve, 50)); // the refusal takes a moment (its audit entry, say)
        throw new InsufficientStorageError();
      });
      app.use(errorHandler({ sink: { record: async () => undefined, recordWith: async () => undefined }, logger: createLogger('silent'), bodyLimit: 1024 }));
      const s = app.listen(0, '127.0.0.1', () => process.stdout.write('port ' + s.address().port + '\\n'));
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /port (\d+)/.exec(out);
          if (m) resolve(m[1]);
        });
        server.once('exit', () => reject(new Error('the server did not start')));
      });
      const statuses: (number | string)[] = [];
      for (let i = 0; i < 6; i += 1) {
        const res = await request(`http://127.0.0.1:${port}`).put('/upload').set('Connection', 'close').set('Content-Type', 'text/csv')
          .send(Buffer.alloc(12 * 1024 * 1024, 'a')).catch((error: NodeJS.ErrnoException) => ({ status: error.code ?? 'error' }));
        statuses.push(res.status);
      }
      expect(statuses).toEqual(Array(6).fill(507));
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('does not read disk trouble into a client error that merely quotes the words', async () => {
    const h = harness(() => new BadRequestError("SELECT 'No space left on device' is not allowed"));
    const res = await request(h.app).get('/thing');
    expect(res.status).toBe(400);
    expect(h.noted).toHaveLength(0);
  });
});

const disk: SmallDisk = smallDisk(2, 'shuyu-receive-');
afterAll(() => disk.release());

describe(`receiving an upload on a full disk (${disk.mode}, 2 MiB)`, () => {
  afterEach(() => disk.unfill());
  const body = (bytes: number) => Readable.from((function* chunks() {
    for (let sent = 0; sent < bytes; sent += 64 * 1024) yield Buffer.alloc(Math.min(64 * 1024, bytes - sent), 0x61);
  })());

  it('is a StorageFullError, answered 507 insufficient_storage (not 400 upload_interrupted), and the partial file is removed', async () => {
    disk.fill(256 * 1024);
    const file = path.join(disk.dir, '.incoming-test.csv');
    const error = await receiveUpload(body(1024 * 1024), file, 10 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    const answer = uploadAppError(error);
    expect(answer).toBeInstanceOf(InsufficientStorageError);
    expect(answer).toMatchObject({ status: 507, code: 'insufficient_storage', headers: { 'Retry-After': '60' } });
    expect((answer as Error).cause).toBe((error as Error).cause);
    expect((answer as Error).message).not.toContain(disk.dir);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a body that stops early is still the client’s 400', async () => {
    const file = path.join(disk.dir, '.incoming-test2.csv');
    const broken = new Readable({ read() {
      this.push(Buffer.alloc(1024));
      this.destroy(new Error('aborted'));
    } });
    const error = await receiveUpload(broken, file, 1024 * 1024).catch((e: unknown) => e);
    expect(uploadAppError(error)).toMatchObject({ status: 400, code: 'upload_interrupted' });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('with room again, the same upload is received', async () => {
    const file = path.join(disk.dir, '.incoming-test3.csv');
    await expect(receiveUpload(body(1024 * 1024), file, 10 * 1024 * 1024)).resolves.toMatchObject({ bytes: 1024 * 1024 });
    fs.rmSync(file);
  });
});

describe('/healthz', () => {
  let db: SerialConnection;
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    db = new SerialConnection(await instance.connect());
  });
  afterAll(async () => {
    await db.close();
    instance.closeSync();
  });
  const app = (health?: () => { status: 'ok' | 'degraded'; reasons?: string[] }) => createApp({
    routes: [], principals: new PrincipalService({ store: new PrincipalStore({ db }), clock: systemClock }),
    sink: { record: async () => undefined, recordWith: async () => undefined }, metrics: new PlatformMetrics(), logger: createLogger('silent'),
    jsonBodyLimit: 1024, version: '9.9.9', health,
  });

  it('answers 200 ok as before when nothing is wrong', async () => {
    for (const a of [app(), app(() => ({ status: 'ok', reasons: [] }))]) {
      const res = await request(a).get('/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', version: '9.9.9' });
    }
  });

  it('answers 200 degraded with its reasons (load balancers keep sending reads), and is not cached', async () => {
    const res = await request(app(() => ({ status: 'degraded', reasons: ['free disk space (5 MiB) is below the reserve (1 GiB)'] }))).get('/api/v1/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'degraded', reasons: ['free disk space (5 MiB) is below the reserve (1 GiB)'], version: '9.9.9' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
