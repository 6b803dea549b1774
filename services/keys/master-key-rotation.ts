/**
 * Master-key rotation: every sealed secret (agreement keys, platform secrets) is opened under
 * the old key and sealed again under the new one, one row per transaction. What the keys protect
 * does not change (pseudonyms, fingerprints), only what seals them. A crash at any point leaves
 * each row sealed under one key or the other, never neither: running the rotation again with the
 * same new key skips what opens under it already and finishes the rest. Audited at the start and
 * at the end with the key ids (never the keys).
 */
import type { SerialConnection } from '../../sandbox/engine/serial-connection';
import { open, seal, sealedProfile } from '../../sandbox/keys/sealed-box';
import type { AuditService } from '../audit/audit-service';
import { pausePoint } from '../faults/pause-point';
import { keyId } from './platform-secrets';
import { opensUnder, replaceSealed, sealedRows } from './sealed-rows';

export type RotationResult = { from: string; to: string; total: number; resealed: number; alreadyRotated: number };

export class RotationRefused extends Error {}

export async function rotateMasterKey(deps: {
  db: SerialConnection; audit: AuditService; from: Buffer; to: Buffer;
  onProgress?: (done: number, total: number) => void;
}): Promise<RotationResult> {
  const { db, audit, from, to } = deps;
  if (from.equals(to)) throw new RotationRefused('the new master key is the current one');
  const rows = await sealedRows(db);
  const ids = { from: keyId(from), to: keyId(to) };
  const neither = rows.filter((r) => !opensUnder(r, to) && !opensUnder(r, from));
  if (neither.length) throw new RotationRefused(`${neither.length} sealed keys open under neither key (e.g. ${neither[0].table} ${neither[0].id}): nothing was changed`);
  await audit.record({ actorId: null, role: 'cli', action: 'keys.rotation_started', resource: 'platform:master-key', outcome: 'allowed', requestId: 'cli', details: { ...ids, total: rows.length } });
  let resealed = 0;
  let alreadyRotated = 0;
  for (const [i, row] of rows.entries()) {
    if (opensUnder(row, to)) alreadyRotated += 1;
    else {
      const sealed = seal(open(row.sealed, from, row.context), to, row.context, sealedProfile(row.sealed));
      await db.transaction(async (tx) => {
        if (!(await replaceSealed(tx, row, sealed))) throw new RotationRefused(`${row.table} ${row.id} changed during the rotation; run it again`);
      });
      resealed += 1;
      await pausePoint('keys.resealed');
    }
    deps.onProgress?.(i + 1, rows.length);
  }
  const result = { ...ids, total: rows.length, resealed, alreadyRotated };
  await audit.record({ actorId: null, role: 'cli', action: 'keys.master_rotated', resource: 'platform:master-key', outcome: 'allowed', requestId: 'cli', details: result });
  await audit.flush();
  return result;
}
