/**
 * The console's API types are generated from the OpenAPI document the routes produce; a route
 * changed without regenerating them fails here. The generator (openapi-typescript, ESM only)
 * runs in its own process.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.join(__dirname, '..', '..');

test('services/console/src/api/openapi.d.ts matches the OpenAPI document of the routes', async () => {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, path.join(root, 'services', 'console', 'scripts', 'generate-api-types.ts'), '--check'], { cwd: root });
  expect(stdout.trim()).toBe('current');
}, 90_000);
