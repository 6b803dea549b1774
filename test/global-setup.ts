/** Jest's global setup: the console bundle is built (or found current) once before any test. */
import { ensureConsoleBuilt } from '../services/console/console-bundle';

export default async function globalSetup(): Promise<void> {
  await ensureConsoleBuilt();
}
