/** `npm run build:console`: builds the console bundle if it is missing or stale, and says so. */
import { ensureConsoleBuilt } from '../console-bundle';

ensureConsoleBuilt((line) => console.log(line)).then(
  (outcome) => {
    if (!outcome.built) console.log('the web console is current');
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
