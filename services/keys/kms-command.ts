/**
 * Keys from a command (SHUYU_KEY_SOURCE=kms-command): the usual hook for an HSM or a cloud KMS
 * client. The command is split on spaces and run without a shell, with the key's name appended
 * (`master` or `audit-anchor`); it prints the key on standard output. What it prints is never
 * logged or repeated in an error.
 */
import { spawnSync } from 'node:child_process';

export type KeyName = 'master' | 'audit-anchor';

export class KeyCommandFailed extends Error {}

const TIMEOUT_MS = 15_000;

export function keyFromCommand(command: string, name: KeyName): string {
  const [program, ...args] = command.split(/\s+/).filter(Boolean);
  const result = spawnSync(program, [...args, name], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new KeyCommandFailed(`the key command could not give the ${name} key (${result.error.message.split(':')[0]})`);
  if (result.status !== 0) throw new KeyCommandFailed(`the key command failed for the ${name} key (exit ${result.status ?? result.signal})`);
  const key = result.stdout.trim();
  if (!key) throw new KeyCommandFailed(`the key command printed no ${name} key`);
  return key;
}
