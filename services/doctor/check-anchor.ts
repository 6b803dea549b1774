/**
 * The audit chain's head against its signed anchor, read-only (the key is read, never created).
 *
 * Damage: a missing anchor under a non-empty chain, an anchor whose signature fails (forged,
 * garbled, or signed with another key), a chain shorter than its anchor (entries cut off) and an
 * anchored entry whose hash changed (a rewritten tail); also a missing key. Not damage: a chain
 * longer than its anchor. The writer anchors after each group commit, so the entries of the last
 * commit before a crash may be stored without their anchor; none of them was acknowledged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { ANCHOR_FILE, ANCHOR_KEY_FILE, AuditAnchor, readAnchorKey, type AnchorReading, type AuditHead } from '../audit/audit-anchor';
import { GENESIS_HASH } from '../audit/audit-entry';
import { entryHash, readHead } from '../audit/audit-store';
import { controlFile } from '../store/control-store';
import type { Problem } from './problem';

export type AnchorCheck = { head: AuditHead; reading: AnchorReading | null; keyFound: boolean; problems: Problem[] };

const REANCHOR = 'once the cause is understood, `shuyu audit reanchor --reason "<incident>"` records the break in the chain and anchors the current head';

/** Reads the anchor without a database (for reports on a store that does not open). */
export function readAnchor(dataDir: string, hmacKey: string | undefined): { reading: AnchorReading | null; keyFound: boolean } {
  const key = readAnchorKey(dataDir, hmacKey);
  return { reading: key ? new AuditAnchor({ dataDir, key }).read() : null, keyFound: key !== null };
}

export async function checkAnchor(db: SqlRunner, dataDir: string, hmacKey: string | undefined): Promise<AnchorCheck> {
  const head = (await readHead(db)) ?? { seq: 0, hash: GENESIS_HASH };
  const { reading, keyFound } = readAnchor(dataDir, hmacKey);
  const anchorFile = path.join(dataDir, ANCHOR_FILE);
  const problem = (file: string, code: string, what: string, advice: string): Problem => ({ area: 'audit-anchor', severity: 'damage', code, file, what, advice });

  if (!reading) {
    if (!fs.existsSync(anchorFile) && head.seq === 0) return { head, reading, keyFound, problems: [] };
    return {
      head, reading, keyFound,
      problems: [problem(path.join(dataDir, ANCHOR_KEY_FILE), 'anchor_key_missing',
        `the anchor key is missing (no ${ANCHOR_KEY_FILE} in the data directory and SHUYU_AUDIT_HMAC_KEY is not set), so the anchor of the ${head.seq} audit entries cannot be checked`,
        `restore ${ANCHOR_KEY_FILE} from the backup, or set SHUYU_AUDIT_HMAC_KEY to the key in use; if the key is lost for good, ${REANCHOR} under a new key`)],
    };
  }
  const anchor = reading.anchor;
  if (!reading.signatureValid) {
    return { head, reading, keyFound, problems: [problem(anchorFile, 'anchor_invalid',
      anchor ? `the anchor (seq ${anchor.seq}) does not carry a valid signature: it was altered, or signed with another key` : 'the anchor file is unreadable (garbled or not an anchor record)',
      `if the key changed, configure the key the anchor was signed with; otherwise the anchor or the log was tampered with: restore both from the backup, or ${REANCHOR}`)] };
  }
  if (!anchor) {
    if (head.seq === 0) return { head, reading, keyFound, problems: [] };
    return { head, reading, keyFound, problems: [problem(anchorFile, 'anchor_missing',
      `the anchor file is missing while the audit chain holds ${head.seq} entries, so a cut-off tail would go unnoticed`,
      `restore ${ANCHOR_FILE} from the backup together with control.duckdb; if it is lost for good, ${REANCHOR}`)] };
  }
  if (head.seq < anchor.seq) {
    return { head, reading, keyFound, problems: [problem(controlFile(dataDir), 'chain_cut',
      `the audit chain ends at entry ${head.seq} but was anchored at ${anchor.seq}: entries ${head.seq + 1}..${anchor.seq} were cut off`,
      `restore control.duckdb from a backup that holds them; if they are lost for good, ${REANCHOR}`)] };
  }
  if ((await entryHash(db, anchor.seq)) !== anchor.hash) {
    return { head, reading, keyFound, problems: [problem(controlFile(dataDir), 'chain_rewritten',
      `audit entry ${anchor.seq} does not match the anchored hash: entries up to it were replaced`,
      `restore control.duckdb from the backup; ${REANCHOR}`)] };
  }
  return { head, reading, keyFound, problems: [] };
}
