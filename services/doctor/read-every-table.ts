/**
 * Reads every table of an open DuckDB database completely: every row of every column goes
 * through `hash()`, so DuckDB has to load, and so checksum, every block that holds table data
 * (a `count(*)` alone is answered from row-group metadata and reads nothing). A damaged block
 * fails the read with DuckDB's "Corrupt database file" error, which is reported for its table.
 *
 * DuckDB loads the blocks of an ART index (primary keys, UNIQUE) only when a lookup or a write
 * touches them. `probeIndexes` looks up keys through every single-column unique index: the
 * smallest key at start-up, up to `keysPerIndex` evenly spread keys in `shuyu doctor`. An index
 * over several columns cannot be reached by a read (DuckDB scans the table instead), so its
 * blocks are checked only by the writes of the running server.
 */
import type { SqlRunner } from '../../sandbox/engine/serial-connection';

export type TableSummary = { table: string; rows: number };
export type ReadFailure = { table: string; index?: string; error: string };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(db: SqlRunner): Promise<{ schema: string; table: string }[]> {
  const rows = await db.all<{ schema_name: string; table_name: string }>(
    `SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary ORDER BY schema_name, table_name`,
  );
  return rows.map((r) => ({ schema: r.schema_name, table: r.table_name }));
}

/** The alias a table's rows are read under: `hash(<alias>)` hashes the whole row, every column. */
const ROW = '__shuyu_row';

/**
 * Reads every table completely. One statement reads them all; only when it fails is each table
 * read alone, to name the ones that fail.
 */
export async function readEveryTable(db: SqlRunner): Promise<{ tables: TableSummary[]; failures: ReadFailure[] }> {
  const list = (await listTables(db)).map(({ schema, table }) => ({ name: schema === 'main' ? table : `${schema}.${table}`, from: `${quote(schema)}.${quote(table)}` }));
  if (list.length === 0) return { tables: [], failures: [] };
  const read = (t: { name: string; from: string }, i: number) => `SELECT ${i} AS i, count(*) AS n, bit_xor(hash(${ROW})) AS h FROM ${t.from} ${ROW}`;
  try {
    const rows = await db.all<{ i: number; n: bigint }>(list.map(read).join(' UNION ALL '));
    const counts = new Map(rows.map((r) => [Number(r.i), Number(r.n)]));
    return { tables: list.map((t, i) => ({ table: t.name, rows: counts.get(i) ?? 0 })), failures: [] };
  } catch {
    const tables: TableSummary[] = [];
    const failures: ReadFailure[] = [];
    for (const [i, t] of list.entries()) {
      try {
        const row = await db.one<{ n: bigint }>(read(t, i));
        tables.push({ table: t.name, rows: Number(row?.n ?? 0) });
      } catch (error) {
        failures.push({ table: t.name, error: firstLine(error) });
      }
    }
    return { tables, failures };
  }
}

type UniqueIndex = { schema: string; table: string; column: string };

async function singleColumnIndexes(db: SqlRunner): Promise<UniqueIndex[]> {
  const rows = await db.all<{ schema_name: string; table_name: string; constraint_column_names: string[] }>(
    `SELECT schema_name, table_name, constraint_column_names FROM duckdb_constraints()
      WHERE database_name = current_database() AND constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND len(constraint_column_names) = 1
      ORDER BY schema_name, table_name, constraint_index`,
  );
  return rows.map((r) => ({ schema: r.schema_name, table: r.table_name, column: r.constraint_column_names[0] }));
}

type Key = string | number | bigint;
const isKey = (k: unknown): k is Key => typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint';
const qualified = (index: UniqueIndex) => `${quote(index.schema)}.${quote(index.table)}`;
const probe = (index: UniqueIndex, param: number) => `SELECT count(*) AS n FROM ${qualified(index)} WHERE ${quote(index.column)} = $${param}`;

/**
 * Looks keys up through every single-column unique index of a non-empty table (see the header):
 * with `keysPerIndex` 1, the smallest key of each, all in two statements; else a spread of keys.
 */
export async function probeIndexes(db: SqlRunner, keysPerIndex: number, tables: TableSummary[]): Promise<ReadFailure[]> {
  const filled = new Set(tables.filter((t) => t.rows > 0).map((t) => t.table));
  const indexes = (await singleColumnIndexes(db)).filter((index) => filled.has(index.schema === 'main' ? index.table : `${index.schema}.${index.table}`));
  if (indexes.length === 0) return [];
  if (keysPerIndex <= 1) {
    try {
      const [row] = await db.all(`SELECT ${indexes.map((index, i) => `(SELECT min(${quote(index.column)}) FROM ${qualified(index)}) AS k${i}`).join(', ')}`);
      const probed = indexes.map((index, i) => ({ index, key: row?.[`k${i}`] })).filter((p): p is { index: UniqueIndex; key: Key } => isKey(p.key));
      if (probed.length) await db.all(probed.map((p, i) => probe(p.index, i + 1)).join(' UNION ALL '), probed.map((p) => p.key));
      return [];
    } catch {
      // fall through: probe one index at a time to name the failing ones
    }
  }
  const failures: ReadFailure[] = [];
  for (const index of indexes) {
    try {
      for (const key of await sampleKeys(db, index, keysPerIndex)) await db.one(probe(index, 1), [key]);
    } catch (error) {
      failures.push({ table: index.table, index: index.column, error: firstLine(error) });
    }
  }
  return failures;
}

async function sampleKeys(db: SqlRunner, index: UniqueIndex, keys: number): Promise<Key[]> {
  const column = quote(index.column);
  const wanted = Math.max(1, Math.floor(keys));
  const rows = await db.all<{ k: unknown }>(
    `SELECT k FROM (SELECT ${column} AS k, row_number() OVER (ORDER BY ${column}) - 1 AS r, count(*) OVER () AS n FROM ${qualified(index)} WHERE ${column} IS NOT NULL)
      WHERE r % greatest(1, n // ${wanted}) = 0 ORDER BY r LIMIT ${wanted}`,
  );
  return rows.map((r) => r.k).filter(isKey);
}

/**
 * Why the file's length cannot be right, or null. A DuckDB file is three 4 KiB headers and
 * whole blocks, so any other length means a cut (or a torn extension). This needs no read, so
 * it is asked before the tables are read (pass no `readable` tables). With `readable` (the tables
 * that read completely), the file must also reach the highest block their segments or the
 * metadata use, so a cut on a block boundary is caught even when no read touched the lost block.
 * (DuckDB's free list may name blocks past the end of the file: it trims trailing free blocks.)
 * Callers skip this while a WAL is pending: its replay places blocks in memory.
 */
export async function fileLengthProblem(db: SqlRunner, fileBytes: number, readable: TableSummary[] = []): Promise<string | null> {
  const size = await db.one<{ block_size: bigint }>('SELECT block_size FROM pragma_database_size() WHERE database_name = current_database()');
  if (!size) return null;
  const blockSize = Number(size.block_size);
  const ragged = (fileBytes - HEADERS) % blockSize;
  if (fileBytes < HEADERS || ragged !== 0) {
    return `is ${fileBytes} bytes long, which is not its headers plus whole ${blockSize}-byte blocks: it was cut off (${ragged > 0 ? blockSize - ragged : HEADERS - fileBytes} bytes short of the next boundary)`;
  }
  if (readable.length === 0) return null;
  // pragma_storage_info loads the segments it describes, so only tables that read cleanly are asked.
  const segments = readable.map(({ table }) => `SELECT max(block_id) AS b FROM pragma_storage_info('${table.split('.').map(quote).join('.').replace(/'/g, "''")}')`);
  let row: { b: bigint | null } | undefined;
  try {
    row = await db.one<{ b: bigint | null }>(`SELECT max(b) AS b FROM (${['SELECT max(block_id) AS b FROM pragma_metadata_info()', ...segments].join(' UNION ALL ')})`);
  } catch {
    return null; // whatever failed here fails the reads too, and is reported there
  }
  if (row?.b === null || row?.b === undefined) return null;
  const expected = HEADERS + (Number(row.b) + 1) * blockSize;
  return expected > fileBytes ? `is ${expected - fileBytes} bytes shorter than the blocks it uses: it was cut off` : null;
}

/** DuckDB's main header and its two alternating database headers, 4 KiB each. */
const HEADERS = 3 * 4096;

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].replace(/^Error: /, '');
}
