/**
 * The console's API types are generated from the OpenAPI document the routes produce; a route
 * changed without regenerating them fails here. The generator (openapi-typescript, ESM only)
 * runs in its own process. The CLI's HTTP client is typed by the same generated file, so the
 * two clients cannot drift apart (a call that no longer fits fails `tsc`).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.join(__dirname, '..', '..');

test('services/console/src/api/openapi.d.ts matches the OpenAPI document of the routes', async () => {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, path.join(root, 'services', 'console', 'scripts', 'generate-api-types.ts'), '--check'], { cwd: root });
  expect(stdout.trim()).toBe('current');
}, 90_000);

test('the console and the CLI type their clients with that one generated file', () => {
  const generated = path.join(root, 'services', 'console', 'src', 'api', 'openapi');
  const importsOf = (file: string) => [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/import type \{ paths \} from '([^']+)'/g)]
    .map((m) => path.resolve(path.dirname(path.join(root, file)), m[1]));
  expect(importsOf('services/console/src/api/client.ts')).toEqual([generated]);
  expect(importsOf('services/cli/api-client.ts')).toEqual([generated]);
  const dataPlane = fs.readFileSync(path.join(root, 'services', 'cli', 'data-plane-commands.ts'), 'utf8');
  expect(dataPlane).not.toMatch(/\bfetch\(/);
});
