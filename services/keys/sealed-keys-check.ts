/**
 * At start: every sealed secret must open under the configured master key. Otherwise the key is
 * the wrong one, or a rotation stopped half-way; either way starting would fail later, one
 * sandbox at a time, so the platform refuses to start and says which and what to do.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { keyId } from './platform-secrets';
import { opensUnder, sealedRows } from './sealed-rows';

export class SealedKeysMismatch extends Error {}

export async function assertSealedKeysOpen(db: SqlRunner, masterKey: Buffer): Promise<void> {
  const rows = await sealedRows(db);
  const closed = rows.filter((r) => !opensUnder(r, masterKey));
  if (closed.length === 0) return;
  throw new SealedKeysMismatch(
    `${closed.length} of ${rows.length} sealed keys do not open under the configured master key (key id ${keyId(masterKey)}), e.g. ${closed[0].table} ${closed[0].id}: ` +
      'either the master key is not the one this data directory was sealed with (check SHUYU_KEY_SOURCE and its settings), ' +
      'or a master-key rotation was interrupted (run `shuyu keys rotate` again with the same new key; it resumes)',
  );
}
