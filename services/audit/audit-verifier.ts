/**
 * Verifies the audit chain: seq numbers run 1..n without gaps, each entry's prevHash is the
 * previous entry's hash, each stored hash matches a recomputation over the stored bytes (see
 * `hashInput`), and the chain reaches the signed anchor. Reports the first sequence number where
 * any of these fails.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { ANCHOR_BREAK_ACTION, GENESIS_HASH, hashEntry, type ChainHash } from './audit-entry';
import type { AnchorReading, AuditHead } from './audit-anchor';
import { countEntries, readStoredPage } from './audit-store';

export type VerifyReport = {
  valid: boolean;
  entries: number;
  head: AuditHead;
  firstInvalidSeq?: number;
  reason?: string;
  anchor: { seq: number; hash: string; at: string; signatureValid: boolean } | null;
};

const PAGE = 10_000;

export type VerifyProgress = (done: number, total: number) => void;

/** `hash`: the chain's hash (the data directory's profile: SHA-256, or SM3 under gm). */
export async function verifyChain(db: SqlRunner, anchorReading: AnchorReading, onProgress?: VerifyProgress, hash: ChainHash = 'sha256'): Promise<VerifyReport> {
  const total = onProgress ? await countEntries(db) : 0;
  let head: AuditHead = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  let failure: Failure | null = null;
  let hashAtAnchor: string | null = null;
  let firstBreakSeq: number | null = null;
  const anchor = anchorReading.anchor;

  for (let page = await readStoredPage(db, 0, PAGE); page.length > 0; page = await readStoredPage(db, head.seq, PAGE)) {
    for (const { entry, detailsText } of page) {
      entries += 1;
      const expectedSeq = head.seq + 1;
      if (!failure) {
        if (entry.seq !== expectedSeq) failure = { seq: expectedSeq, reason: `entry ${expectedSeq} is missing or out of order` };
        else if (entry.prevHash !== head.hash) failure = { seq: entry.seq, reason: `entry ${entry.seq} does not link to its predecessor` };
        else if (hashEntry(entry, detailsText, hash) !== entry.hash) failure = { seq: entry.seq, reason: `entry ${entry.seq} was altered` };
      }
      if (anchor && entry.seq === anchor.seq) hashAtAnchor = entry.hash;
      if (entry.action === ANCHOR_BREAK_ACTION && firstBreakSeq === null) firstBreakSeq = entry.seq;
      head = { seq: entry.seq, hash: entry.hash };
    }
    onProgress?.(entries, Math.max(total, entries));
  }

  if (!failure) failure = checkAnchor(anchorReading, head, hashAtAnchor, firstBreakSeq);

  return {
    valid: failure === null,
    entries,
    head,
    ...(failure?.seq !== undefined ? { firstInvalidSeq: failure.seq } : {}),
    ...(failure ? { reason: failure.reason } : {}),
    anchor: anchor ? { seq: anchor.seq, hash: anchor.hash, at: anchor.at, signatureValid: anchorReading.signatureValid } : null,
  };
}

type Failure = { seq?: number; reason: string };

/**
 * When the writer found a break on start it appended an anchor-break entry right after the
 * surviving head; entries from there on replaced what was cut, so that is where to point.
 */
function checkAnchor(reading: AnchorReading, head: AuditHead, hashAtAnchor: string | null, firstBreakSeq: number | null): Failure | null {
  const anchor = reading.anchor;
  if (!reading.signatureValid) return { reason: 'the anchor file is unreadable or its signature is invalid' };
  if (!anchor) return head.seq > 0 ? { reason: 'the anchor file is missing' } : null;
  const cut = firstBreakSeq !== null && firstBreakSeq <= anchor.seq ? firstBreakSeq : null;
  if (head.seq < anchor.seq) {
    return { seq: cut ?? head.seq + 1, reason: `the chain ends at ${head.seq} but was anchored at ${anchor.seq}: entries were cut off` };
  }
  if (hashAtAnchor !== anchor.hash) {
    return { seq: cut ?? anchor.seq, reason: `entry ${anchor.seq} does not match the anchored hash: entries were replaced` };
  }
  return null;
}
