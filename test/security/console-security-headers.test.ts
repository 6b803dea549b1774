/**
 * Attack: find a console response without the security headers helmet sets on the API, or HTML
 * that the Content-Security-Policy would have to loosen for: the console's HTML (at `/`, a deep
 * link and `/index.html`), its scripts, styles and icon, the redirect of `/assets`, the JSON 404
 * of a dot-file, and the API's answers. Each must carry a CSP that allows scripts from the origin
 * only (no inline or eval, no other host), no plugins, no framing by other sites, plus nosniff,
 * HSTS, no referrer and no `X-Powered-By`. The HTML loads nothing but its own `/assets/…`, has no
 * inline script or event handler, and is never cached without revalidation; hashed assets are
 * served with a content type that matches them (nosniff would block a wrong one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { consoleDist } from '../../services/console/console-bundle';
import { bearer, startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import type { Res } from './attack-fixture';

/** The directives of a CSP header, by name. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name.toLowerCase(), values];
  }));
}

describe('attack: console responses without the security headers', () => {
  let t: TestPlatform;
  let indexHtml: string;
  let assets: string[];

  beforeAll(async () => {
    t = await startTestPlatform();
    indexHtml = fs.readFileSync(path.join(consoleDist, 'index.html'), 'utf8');
    assets = fs.readdirSync(path.join(consoleDist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  });
  afterAll(() => t.destroy());

  const expectHardened = (url: string, res: Res) => {
    const csp = directives(String(res.headers['content-security-policy'] ?? ''));
    // A policy that allows nothing at all (serve-static's own, on its redirect page) is stricter still.
    if (csp['default-src']?.length === 1 && csp['default-src'][0] === "'none'" && !csp['script-src']) {
      for (const name of ['script-src-attr', 'object-src', 'base-uri', 'frame-ancestors']) csp[name] ??= ["'none'"];
      csp['script-src'] = ["'self'"];
      csp['default-src'] = ["'self'"];
    }
    const scripts = csp['script-src'] ?? csp['default-src'] ?? [];
    expect({
      url,
      defaultSrc: csp['default-src'],
      scriptsSelfOnly: scripts.length > 0 && scripts.every((s) => s === "'self'"),
      scriptAttrs: csp['script-src-attr'],
      objects: csp['object-src'],
      frameAncestors: (csp['frame-ancestors'] ?? []).every((s) => s === "'self'" || s === "'none'") && csp['frame-ancestors'] !== undefined,
      baseUri: (csp['base-uri'] ?? []).length === 1 && ["'self'", "'none'"].includes(csp['base-uri'][0]),
      nosniff: res.headers['x-content-type-options'],
      frameOptions: res.headers['x-frame-options'],
      hsts: /max-age=\d{7,}/.test(String(res.headers['strict-transport-security'])),
      referrer: res.headers['referrer-policy'],
      poweredBy: res.headers['x-powered-by'] ?? null,
      corp: res.headers['cross-origin-resource-policy'],
    }).toEqual({
      url, defaultSrc: ["'self'"], scriptsSelfOnly: true, scriptAttrs: ["'none'"], objects: ["'none'"], frameAncestors: true, baseUri: true,
      nosniff: 'nosniff', frameOptions: expect.stringMatching(/^(SAMEORIGIN|DENY)$/), hsts: true, referrer: 'no-referrer', poweredBy: null, corp: 'same-origin',
    });
  };

  it('the console’s HTML, at / and as a deep link, carries every header and is revalidated', async () => {
    for (const url of ['/', '/workspace/sbx_x', '/index.html']) {
      const res = await t.http.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expectHardened(url, res);
      expect({ url, cacheControl: res.headers['cache-control'] }).toEqual({ url, cacheControl: expect.stringMatching(/no-cache|no-store|max-age=\d{1,4}\b/) });
    }
  });

  it('the HTML loads only its own assets and has no inline script or handler', () => {
    const sources = [...indexHtml.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect({ source, own: /^\/(?!\/)[\w./-]+$/.test(source) }).toEqual({ source, own: true });
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes, body] of scripts) expect({ attributes, inline: body.trim() }).toEqual({ attributes: expect.stringContaining('src="/assets/'), inline: '' });
    expect(indexHtml).not.toMatch(/\son[a-z]+\s*=|javascript:|<iframe|<object|<embed|<base\b/i);
    expect(indexHtml).not.toMatch(/<meta[^>]+http-equiv/i);
  });

  it('every script, style and the icon carries every header and the right content type', async () => {
    const types: Record<string, RegExp> = { js: /^(text|application)\/javascript\b/, css: /^text\/css\b/, svg: /^image\/svg\+xml\b/ };
    for (const url of [...assets.map((f) => `/assets/${f}`), '/favicon.svg']) {
      const res = await t.http.get(url).set('Accept-Encoding', 'gzip');
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expectHardened(url, res);
      const ext = url.split('.').pop() as string;
      expect({ url, type: types[ext].test(String(res.headers['content-type'])) }).toEqual({ url, type: true });
    }
  });

  it('redirects, JSON errors and API answers carry the same headers', async () => {
    const answers: [string, Res][] = [
      ['/assets', await t.http.get('/assets')],
      ['/.fingerprint', await t.http.get('/.fingerprint')],
      ['/assets/nope.js', await t.http.get('/assets/nope.js')],
      ['/api/v1/me (no token)', await t.http.get('/api/v1/me')],
      ['/api/v1/me', await t.http.get('/api/v1/me').set(...bearer(t.authorityToken))],
      ['/healthz', await t.http.get('/healthz')],
      ['POST /', await t.http.post('/').send({})],
    ];
    for (const [url, res] of answers) expectHardened(url, res);
  });
});
