/**
 * Writes `src/api/openapi.d.ts`, the console's API types, from the OpenAPI document the platform
 * serves (built from the same zod schemas that validate requests). Run after changing a route:
 * `npx tsx services/console/scripts/generate-api-types.ts`. With `--check` it writes nothing and
 * exits 1 when the file is stale (a test runs it so).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openApiTypesSource } from '../api-types-source';

async function main(): Promise<void> {
  const target = path.join(__dirname, '..', 'src', 'api', 'openapi.d.ts');
  const fresh = await openApiTypesSource();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== fresh) {
      console.error('stale: services/console/src/api/openapi.d.ts does not match the routes; run npx tsx services/console/scripts/generate-api-types.ts');
      process.exit(1);
    }
    console.log('current');
    return;
  }
  fs.writeFileSync(target, fresh);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
