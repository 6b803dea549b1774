/**
 * Jest's global setup: the console bundle is built (or found current) once before any test. A
 * failed build does not stop the API tests; the browser tests then refuse to run on a stale
 * bundle (see e2e/console-world.ts) and say why.
 */
import { ensureConsoleBuilt } from '../services/console/console-bundle';

export default async function globalSetup(): Promise<void> {
  try {
    await ensureConsoleBuilt();
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
    console.warn(`\nthe web console could not be built; browser tests will fail: ${first}`);
  }
}
