/**
 * Writes `src/api/openapi.d.ts`, the console's API types, from the OpenAPI document the platform
 * serves (built from the same zod schemas that validate requests). Run after changing a route:
 * `npx tsx services/console/scripts/generate-api-types.ts`. A test fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openApiTypesSource } from '../api-types-source';

async function main(): Promise<void> {
  const target = path.join(__dirname, '..', 'src', 'api', 'openapi.d.ts');
  fs.writeFileSync(target, await openApiTypesSource());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
