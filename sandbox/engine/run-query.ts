/**
 * The executor: runs an already guarded statement with a timeout (enforced by interrupting the
 * connection) and a row cap, streaming chunks so that a capped query never materialises more
 * than it returns. Values are JSON-safe: integers beyond 2^53 and decimals stay strings.
 */
import { JsonDuckDBValueConverter, type DuckDBConnection, type DuckDBDataChunk, type DuckDBValue } from '@duckdb/node-api';

export type QueryLimits = { timeoutMs: number; maxRows: number };
export type ResultColumn = { name: string; type: string };
export type QueryResult = { columns: ResultColumn[]; rows: unknown[][]; rowCount: number; truncated: boolean };

export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the query ran longer than ${timeoutMs} ms and was stopped`);
  }
}

const INTEGER_TYPES = new Set(['BIGINT', 'HUGEINT', 'UBIGINT', 'UHUGEINT']);

/** Runs `work` with a timer that interrupts the connection; maps the interrupt to QueryTimeoutError. */
export async function withTimeout<T>(db: DuckDBConnection, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    db.interrupt();
  }, timeoutMs);
  try {
    const result = await work();
    // An interrupt that lands while rows stream can end the stream early without an error: never a short answer.
    if (timedOut) throw new QueryTimeoutError(timeoutMs);
    return result;
  } catch (error) {
    if (timedOut || /INTERRUPT/i.test(String(error))) throw new QueryTimeoutError(timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function runQuery(db: DuckDBConnection, sql: string, params: DuckDBValue[] | Record<string, DuckDBValue> | undefined, limits: QueryLimits): Promise<QueryResult> {
  return withTimeout(db, limits.timeoutMs, async () => {
    const result = await db.stream(sql, params);
    const columns = result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i].toString() }));
    const rows: unknown[][] = [];
    let truncated = false;
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (const row of jsonRows(chunk, columns)) {
        if (rows.length === limits.maxRows) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
      if (truncated) break;
    }
    return { columns, rows, rowCount: rows.length, truncated };
  });
}

export function jsonRows(chunk: DuckDBDataChunk, columns: ResultColumn[]): unknown[][] {
  const rows = chunk.convertRows(JsonDuckDBValueConverter) as unknown[][];
  const integerColumns = columns.map((c, i) => (INTEGER_TYPES.has(c.type) ? i : -1)).filter((i) => i >= 0);
  if (integerColumns.length === 0) return rows;
  for (const row of rows) {
    for (const i of integerColumns) {
      const value = row[i];
      if (typeof value === 'string' && Number.isSafeInteger(Number(value))) row[i] = Number(value);
    }
  }
  return rows;
}
