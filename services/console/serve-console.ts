/**
 * Serves the built console at `/`: hashed assets with a year's cache, and `index.html` (no
 * cache) for every other GET that is not an API path, so that deep links such as
 * `/workspace/…` open the single-page app. Paths under `/api/` are never answered here.
 * helmet's Content-Security-Policy applies: the bundle has no inline script. Responses are
 * compressed (gzip) when the browser accepts it.
 */
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Router } from 'express';

export function consoleRouter(dist: string): Router | null {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return null;
  const router = express.Router();
  router.use(compression());
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.use(express.static(dist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!(?:api|healthz)(?:\/|%2f|$))[^.]*$/i, (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
