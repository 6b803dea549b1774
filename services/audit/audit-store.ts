/** Reads and writes the `audit_log` table. Only the audit writer inserts. */
import { BIGINT, LIST, VARCHAR, listValue, type DuckDBValue } from '@duckdb/node-api';
import type { PreparedRunner, SqlRunner } from '../../sandbox/engine/serial-connection';
import { canonicalJson } from './canonical-json';
import type { AuditEntry, AuditOutcome } from './audit-entry';
import type { AuditHead } from './audit-anchor';

type AuditRow = {
  seq: bigint | number;
  occurred_at: string;
  actor_id: string | null;
  role: string | null;
  action: string;
  resource: string;
  outcome: string;
  request_id: string;
  agreement_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
};

export type AuditFilter = {
  actor?: string;
  agreement?: string;
  action?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
  afterSeq?: number;
  beforeSeq?: number;
  order?: 'asc' | 'desc';
  limit: number;
};

const COLUMNS = 'seq, occurred_at, actor_id, role, action, resource, outcome, request_id, agreement_id, details, prev_hash, hash';

export function rowToEntry(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.occurred_at,
    actorId: row.actor_id,
    role: row.role,
    action: row.action,
    resource: row.resource,
    outcome: row.outcome as AuditOutcome,
    requestId: row.request_id,
    agreementId: row.agreement_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const INSERT_GROUP = `INSERT INTO audit_log (${COLUMNS}) SELECT unnest($1::BIGINT[]), ${Array.from({ length: 11 }, (_, i) => `unnest($${i + 2}::VARCHAR[])`).join(', ')}`;
const GROUP_TYPES = [LIST(BIGINT), ...Array.from({ length: 11 }, () => LIST(VARCHAR))];

/** Appends a group of sealed entries in one statement and one commit, through a kept prepared statement. */
export async function insertEntries(db: PreparedRunner, entries: AuditEntry[]): Promise<void> {
  const text = (pick: (e: AuditEntry) => string | null) => listValue(entries.map(pick));
  await db.runPrepared(INSERT_GROUP, [
    listValue(entries.map((e) => BigInt(e.seq))),
    text((e) => e.at), text((e) => e.actorId), text((e) => e.role), text((e) => e.action), text((e) => e.resource), text((e) => e.outcome),
    text((e) => e.requestId), text((e) => e.agreementId), text((e) => canonicalJson(e.details)), text((e) => e.prevHash), text((e) => e.hash),
  ], GROUP_TYPES);
}

export async function readHead(db: SqlRunner): Promise<AuditHead | null> {
  const row = await db.one<{ seq: bigint; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

export async function entryHash(db: SqlRunner, seq: number): Promise<string | null> {
  const row = await db.one<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = $1', [seq]);
  return row?.hash ?? null;
}

export async function countEntries(db: SqlRunner): Promise<number> {
  const row = await db.one<{ n: bigint }>('SELECT count(*) AS n FROM audit_log');
  return Number(row?.n ?? 0);
}

/** An entry with its `details` column as stored: the bytes its hash covers (see `hashInput`). */
export type StoredEntry = { entry: AuditEntry; detailsText: string };

/** Entries in seq order, a page at a time, with their stored details text (for verification). */
export async function readStoredPage(db: SqlRunner, afterSeq: number, pageSize: number): Promise<StoredEntry[]> {
  const rows = await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, pageSize]);
  return rows.map((row) => ({ entry: rowToEntry(row), detailsText: row.details }));
}

/** Entries in seq order, a page at a time. */
export async function readPage(db: SqlRunner, afterSeq: number, pageSize: number): Promise<AuditEntry[]> {
  return (await readStoredPage(db, afterSeq, pageSize)).map((stored) => stored.entry);
}

export async function findEntries(db: SqlRunner, filter: AuditFilter): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: DuckDBValue[] = [];
  const add = (clause: string, value: DuckDBValue) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.actor) add('actor_id = ?', filter.actor);
  if (filter.agreement) add('agreement_id = ?', filter.agreement);
  if (filter.action) add('action = ?', filter.action);
  if (filter.outcome) add('outcome = ?', filter.outcome);
  if (filter.from) add('occurred_at >= ?', filter.from);
  if (filter.to) add('occurred_at < ?', filter.to);
  if (filter.afterSeq !== undefined) add('seq > ?', filter.afterSeq);
  if (filter.beforeSeq !== undefined) add('seq < ?', filter.beforeSeq);
  const order = filter.order === 'desc' ? 'DESC' : 'ASC';
  params.push(filter.limit);
  const sql = `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY seq ${order} LIMIT $${params.length}`;
  return (await db.all<AuditRow>(sql, params)).map(rowToEntry);
}
