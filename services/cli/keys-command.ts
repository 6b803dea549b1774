/** `shuyu keys rotate`: the master-key rotation, offline (stop the server first), audited and resumable. */
import type { Command } from 'commander';
import type { Config } from '../config/config';
import type { RotationResult } from '../keys/master-key-rotation';
import { progressBar } from './progress-bar';
import { terminalSafe, terminalSafeJson } from './terminal-safe';

export function addKeyCommands(program: Command, config: () => Config): void {
  program
    .command('keys')
    .description('the platform keys')
    .command('rotate')
    .description('re-seal every agreement key and platform secret under a new master key (offline; run it again to resume after an interruption)')
    .action(async () => {
      const outcome = await rotateConfiguredMasterKey(config(), progressBar('re-sealing'));
      console.log(terminalSafeJson(outcome.result));
      if (!outcome.managed) console.log(terminalSafe('Every secret is now sealed under the new key: configure it as the master key (SHUYU_MASTER_KEY or your key command) before the next start.'));
    });
}

/** The rotation as `shuyu keys rotate` runs it, on the configuration as given (keys not yet filled in). */
export async function rotateConfiguredMasterKey(configured: Config, onProgress?: (done: number, total: number) => void): Promise<{ result: RotationResult & { resumed: boolean }; managed: boolean }> {
  // Loaded here, not at the top: `shuyu --version` and the HTTP commands need none of the platform.
  const { systemClock } = require('../config/clock') as typeof import('../config/clock');
  const { createLogger } = require('../logging/create-logger') as typeof import('../logging/create-logger');
  const { openAuditedStore } = require('../composition-root') as typeof import('../composition-root');
  const { withCustodiedKeys } = require('../keys/key-custody') as typeof import('../keys/key-custody');
  const { rotateMasterKey } = require('../keys/master-key-rotation') as typeof import('../keys/master-key-rotation');
  const { nextMasterKey, promoteNextMasterKey } = require('../keys/next-master-key') as typeof import('../keys/next-master-key');
  const { masterKeyOf } = require('../../sandbox/keys/master-key') as typeof import('../../sandbox/keys/master-key');
  const next = nextMasterKey(configured);
  const cfg = withCustodiedKeys(configured, 'create');
  const opened = await openAuditedStore({ ...cfg, logLevel: 'silent' }, { clock: systemClock, logger: createLogger('silent') });
  let result: RotationResult;
  try {
    result = await rotateMasterKey({ db: opened.store.main, audit: opened.audit, from: masterKeyOf(cfg.masterKeyHex), to: next.key, onProgress });
  } finally {
    await opened.writer.close();
    await opened.store.close();
  }
  if (next.managed) promoteNextMasterKey(configured);
  return { result: { ...result, resumed: next.resumed }, managed: next.managed };
}
