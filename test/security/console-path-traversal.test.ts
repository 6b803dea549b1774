/**
 * Attack: read files outside the console's `dist` through the static routes at `/` and
 * `/assets`: `..` segments plain, percent-encoded (`%2e%2e`, `%2f`, `%5c`), double-encoded,
 * overlong, with backslashes and with `;`; absolute paths; dot-files of the bundle
 * (`.fingerprint`) and of the checkout (`.git`, `.env`); source maps; the console's sources and
 * the package's files. Every answer is a JSON error or the console's own `index.html` (the
 * single-page app's deep-link answer), never the bytes of another file; a redirect never leaves
 * the origin. Each path is sent twice: through supertest, and byte for byte on a raw socket
 * (supertest's URL parsing turns backslashes into slashes).
 */
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { consoleDist } from '../../services/console/console-bundle';
import { startTestPlatform, type TestPlatform } from '../fixtures/test-platform';
import type { Res } from './attack-fixture';

const ROOT = path.resolve(__dirname, '../..');

const TRAVERSALS = [
  '/assets/../../package.json', '/assets/../../../package.json', '/../package.json', '/../../package.json',
  '/assets/%2e%2e/%2e%2e/package.json', '/%2e%2e/%2e%2e/%2e%2e/package.json', '/assets/%2E%2E/%2E%2E/%2E%2E/package.json',
  '/assets/..%2f..%2f..%2fpackage.json', '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json', '/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
  '/assets/%252e%252e/%252e%252e/%252e%252e/package.json', '/assets/%252e%252e%252f%252e%252e%252fpackage.json',
  '/assets/..\\..\\..\\package.json', '/assets/%5c..%5c..%5c..%5cpackage.json', '/assets/..%5c..%5c..%5cpackage.json',
  '/assets/.%2e/.%2e/.%2e/package.json', '/.%2e/.%2e/.%2e/package.json', '/assets/....//....//....//package.json',
  '/..;/..;/package.json', '/assets/..;/..;/..;/package.json', '/assets/index.html/../../../package.json', '/favicon.svg/..%2f..%2f..%2fpackage.json',
  '/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json', '/assets/%e0%80%ae%e0%80%ae/package.json',
  '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/%2fetc%2fpasswd', '/assets//etc/passwd', '//etc/passwd', '/%2fetc%2fpasswd',
  '/assets/%2e%2e/%2e%2e/src/main.ts', '/%2e%2e/src/main.ts', '/%2e%2e/serve-console.ts', '/%2e%2e/%2e%2e/serve-console.ts', '/assets/%2e%2e/%2e%2e/vite.config.mts',
  '/%2e%2e/%2e%2e/%2e%2e/tsconfig.json', '/%2e%2e/%2e%2e/%2e%2e/README.md', '/%2e%2e/%2e%2e/%2e%2e/deploy', '/assets/%00/../../package.json', '/assets/x%00.js',
  '/package.json', '/README.md', '/tsconfig.json', '/src/main.ts', '/vite.config.mts', '/index.html/', '/node_modules/vue/package.json',
];
const DOT_FILES = ['/.fingerprint', '/assets/.x', '/assets/.fingerprint', '/.git/config', '/.env', '/.gitignore', '/assets/%2e%2e/.fingerprint', '/%2efingerprint', '/.well-known/security.txt', '/.dist-1/index.html'];

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

describe('attack: reading files outside the console bundle', () => {
  let t: TestPlatform;
  let server: Server;
  let indexHtml: string;
  let sentinels: { label: string; text: string }[];

  /** GET with the path exactly as written (no client-side normalisation). */
  const rawGet = (rawPath: string) => new Promise<Answer>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: rawPath, method: 'GET', headers: { connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    indexHtml = fs.readFileSync(path.join(consoleDist, 'index.html'), 'utf8');
    const line = (file: string, pick: (lines: string[]) => string) => pick(fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 12));
    sentinels = [
      { label: 'package.json', text: '"devDependencies"' },
      { label: 'tsconfig.json', text: '"compilerOptions"' },
      { label: '/etc/passwd', text: 'root:x:0:0' },
      { label: 'the console server source', text: 'export function consoleRouter' },
      { label: 'the console entry source', text: line(path.join(ROOT, 'services/console/src/main.ts'), (ls) => ls.find((l) => l.startsWith('import')) ?? ls[0]) },
      { label: 'the vite config', text: 'defineConfig' },
      { label: 'the README', text: line(path.join(ROOT, 'README.md'), (ls) => ls[0]) },
      { label: 'the bundle fingerprint', text: fs.readFileSync(path.join(consoleDist, '.fingerprint'), 'utf8').trim() },
    ];
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.destroy();
  });

  /** A JSON error, or exactly the console's index.html; never a redirect off the origin; never a sentinel. */
  const expectSafe = (url: string, res: Res | Answer) => {
    const type = String(res.headers['content-type'] ?? '');
    const body = res.text ?? '';
    const leaked = sentinels.filter((s) => body.includes(s.text)).map((s) => s.label);
    const location = res.headers.location as string | undefined;
    expect({
      url,
      leaked,
      shape: type.startsWith('application/json') ? 'json-error' : res.status === 200 && body === indexHtml ? 'index.html' : res.status === 301 && location ? 'redirect' : `${res.status} ${type}`,
      offOrigin: location !== undefined && !/^\/(?![/\\])/.test(location),
    }).toEqual({ url, leaked: [], shape: expect.stringMatching(/^(json-error|index\.html|redirect)$/), offOrigin: false });
    if (type.startsWith('application/json')) expect(res.status).toBeGreaterThanOrEqual(400);
  };

  it.each(TRAVERSALS.map((u) => [u] as const))('GET %s answers no file outside dist', async (url) => {
    expectSafe(url, await t.http.get(url));
    expectSafe(url, await t.http.get(url).set('Accept-Encoding', 'gzip'));
    expectSafe(`${url} (raw)`, await rawGet(url));
  });

  it.each(DOT_FILES.map((u) => [u] as const))('GET %s answers no dot-file', async (url) => {
    expectSafe(url, await t.http.get(url));
    expectSafe(`${url} (raw)`, await rawGet(url));
  });

  it('serves no source map, and no asset points to one', async () => {
    const assets = fs.readdirSync(path.join(consoleDist, 'assets'));
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) {
      const res = await t.http.get(`/assets/${file}`);
      expect(res.status).toBe(200);
      const body = res.text ?? res.body.toString('utf8');
      expect({ file, sourceMap: /sourceMappingURL=/.test(body), header: res.headers.sourcemap ?? res.headers['x-sourcemap'] ?? null }).toEqual({ file, sourceMap: false, header: null });
      const map = await t.http.get(`/assets/${file}.map`);
      expect({ file, status: map.status, json: /^application\/json/.test(String(map.headers['content-type'])) }).toEqual({ file, status: 404, json: true });
    }
  });

  it('redirects only to the same origin, whatever the leading slashes', async () => {
    for (const url of ['/assets', '//assets', '///assets', '/%2F/assets', '/%5C/assets', '//evil.example/assets', '//evil.example/%2e%2e/assets', '/\\evil.example/assets', '/assets/..//evil.example']) {
      expectSafe(url, await t.http.get(url));
      expectSafe(`${url} (raw)`, await rawGet(url));
    }
  });
});
