/**
 * `npm start` serves the console bundle only when it was built from the sources as they are:
 * a bundle without its fingerprint, with another fingerprint, or without index.html is stale
 * and rebuilt. The served router answers deep links with index.html and never API paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { consoleDist, consoleFingerprint, consoleIsCurrent } from '../../services/console/console-bundle';
import { consoleRouter } from '../../services/console/serve-console';
import { makeTempDir } from '../fixtures/test-platform';

test('a bundle is current only with index.html and the fingerprint of the present sources', () => {
  const dist = makeTempDir('shuyu-console-dist-');
  expect(consoleIsCurrent(dist)).toBe(false);
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  expect(consoleIsCurrent(dist)).toBe(false);
  fs.writeFileSync(path.join(dist, '.fingerprint'), `${consoleFingerprint()}\n`);
  expect(consoleIsCurrent(dist)).toBe(true);
  fs.writeFileSync(path.join(dist, '.fingerprint'), `${'0'.repeat(64)}\n`);
  expect(consoleIsCurrent(dist)).toBe(false);
  fs.rmSync(dist, { recursive: true, force: true });
});

test('the fingerprint covers the sources: it is a stable hash of them', () => {
  expect(consoleFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  expect(consoleFingerprint()).toBe(consoleFingerprint());
});

test('the console router serves index.html for deep links, hashed assets immutably, and leaves API paths and dot-files alone', async () => {
  const app = express();
  const router = consoleRouter(consoleDist);
  expect(router).not.toBeNull();
  app.use(router!);
  app.use((_req, res) => void res.status(404).json({ error: { code: 'not_found' } }));
  const deep = await request(app).get('/workspace/abc').set('Accept-Encoding', 'gzip');
  expect(deep.status).toBe(200);
  expect(deep.text).toContain('<div id="app">');
  expect((await request(app).get('/api/v1/anything')).status).toBe(404);
  expect((await request(app).get('/api')).status).toBe(404);
  expect((await request(app).get('/.fingerprint')).status).toBe(404);
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(deep.text)?.[1] ?? '';
  const res = await request(app).get(asset).set('Accept-Encoding', 'gzip');
  expect(res.headers['cache-control']).toContain('immutable');
  expect(res.headers['content-encoding']).toBe('gzip');
  expect((await request(app).get('/assets/nope.js')).status).toBe(404);
});

test('without a built bundle the platform serves the API only', () => {
  expect(consoleRouter(makeTempDir('shuyu-no-console-'))).toBeNull();
});
