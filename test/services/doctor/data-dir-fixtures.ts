/**
 * Helpers for tests that damage a data directory and inspect it: a byte-exact snapshot of a
 * directory, read-only verification, the offline re-anchoring of `shuyu audit reanchor`, and
 * where in control.duckdb a table's data lies (to flip a byte inside a block DuckDB checksums).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AuditAnchor } from '../../../services/audit/audit-anchor';
import { verifyChain, type VerifyReport } from '../../../services/audit/audit-verifier';
import { buildPlatform } from '../../../services/composition-root';
import { SettableClock } from '../../../services/config/clock';
import { ControlStore } from '../../../services/store/control-store';
import { testConfig } from '../../fixtures/test-platform';

/** Every file under `dir` (relative path → size and sha256), and every directory. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const key = path.relative(dir, full);
      if (entry.isDirectory()) {
        out[`${key}/`] = 'dir';
        walk(full);
      } else {
        const bytes = fs.readFileSync(full);
        out[key] = `${bytes.length}:${crypto.createHash('sha256').update(bytes).digest('hex')}`;
      }
    }
  };
  walk(dir);
  return out;
}

/** The chain verified with the store opened read-only and the test key (nothing written). */
export async function verifyReadOnly(dataDir: string): Promise<VerifyReport> {
  const store = await ControlStore.openReadOnly(dataDir);
  try {
    return await verifyChain(store.main, new AuditAnchor({ dataDir, key: testConfig(dataDir).audit.hmacKey ?? '' }).read());
  } finally {
    await store.close();
  }
}

/** What `shuyu audit reanchor --reason` does: start acknowledging the break, re-anchor, close. */
export async function reanchor(dataDir: string, reason: string): Promise<string | null> {
  const platform = await buildPlatform(testConfig(dataDir), { acknowledgeAnchorBreak: true, clock: new SettableClock('2026-01-06T08:00:00.000Z') });
  try {
    return await platform.audit.reanchor({ actorId: null, role: 'cli' }, reason);
  } finally {
    await platform.close();
  }
}

export async function sql(file: string, statement: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(statement)).getRowObjectsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Byte offsets inside the blocks holding `table`'s column data, read with a read-only open. */
export async function dataBlockOffsets(file: string, table: string): Promise<number[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const size = (await connection.runAndReadAll('SELECT block_size FROM pragma_database_size()')).getRowObjectsJS()[0].block_size;
    const rows = (await connection.runAndReadAll(`SELECT DISTINCT block_id, block_offset FROM pragma_storage_info('${table}') WHERE block_id >= 0 ORDER BY 1, 2`)).getRowObjectsJS();
    return rows.map((r) => 3 * 4096 + Number(r.block_id) * Number(size) + Number(r.block_offset) + 16);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export function flipByte(file: string, offset: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const byte = Buffer.alloc(1);
    fs.readSync(fd, byte, 0, 1, offset);
    byte[0] ^= 0xff;
    fs.writeSync(fd, byte, 0, 1, offset);
  } finally {
    fs.closeSync(fd);
  }
}

export function truncateBy(file: string, bytes: number): void {
  fs.truncateSync(file, fs.statSync(file).size - bytes);
}
