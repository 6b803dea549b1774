/**
 * Vault ingest through the API against raw DuckDB on the same file in the same run:
 * `PUT /datasets/:id/data` streaming the CSV or Parquet file from disk (timed at the client, from
 * the first byte sent to the answer), and `CREATE TABLE data AS SELECT * FROM read_csv(...)` with
 * the registered types, or `read_parquet(...)`, in a fresh file-backed database with DuckDB's
 * defaults (as the vault builder uses them). Raw and platform runs alternate.
 */
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { streamUpload, type BenchPlatform, type Party } from './bench-platform';
import { timeInFreshDatabase, type TimedStatement } from './duckdb-baseline';
import { withPeakMemory, type PeakMemory } from './peak-memory';
import { typedCsvSql, type PeopleFixture } from './people-fixture';

export type IngestFormat = 'csv' | 'parquet';

export type PlatformUpload = { seconds: number; serverMs: number; rows: number; version: number; memory: PeakMemory };

export type IngestRound = { format: IngestFormat; round: number; raw: TimedStatement; platform: PlatformUpload };

const CONTENT_TYPES: Record<IngestFormat, string> = { csv: 'text/csv', parquet: 'application/vnd.apache.parquet' };

export async function timeIngest(
  bp: BenchPlatform, source: Party, datasetId: string, fixture: PeopleFixture, workDir: string, rounds: number,
): Promise<IngestRound[]> {
  const results: IngestRound[] = [];
  for (const format of ['csv', 'parquet'] as const) {
    const file = format === 'csv' ? fixture.csv : fixture.parquet;
    const rawSql = `CREATE TABLE data AS SELECT * FROM ${format === 'csv' ? typedCsvSql(file) : `read_parquet(${quoteLiteral(file)})`}`;
    const raw = () => timeInFreshDatabase(workDir, `raw-${format}`, {}, [], rawSql, 'data');
    const platform = () => timedUpload(bp, source, datasetId, file, CONTENT_TYPES[format], fixture.rows);
    for (let round = 1; round <= rounds; round += 1) {
      if (round % 2 === 1) {
        const r = await raw();
        results.push({ format, round, raw: r, platform: await platform() });
      } else {
        const p = await platform();
        results.push({ format, round, raw: await raw(), platform: p });
      }
    }
  }
  return results;
}

/** `PUT /datasets/:id/data` of `file` streamed from disk, timed at the client, with the process's peak memory; fails unless every row is stored. */
export async function timedUpload(bp: BenchPlatform, source: Party, datasetId: string, file: string, contentType: string, expectedRows: number): Promise<PlatformUpload> {
  const { result: answer, memory } = await withPeakMemory(() => streamUpload(bp.port, datasetId, source.token, file, contentType));
  if (answer.status !== 200) throw new Error(`upload answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`);
  const rows = Number(answer.body.rows);
  if (rows !== expectedRows) throw new Error(`upload stored ${rows} rows, expected ${expectedRows}`);
  return { seconds: answer.seconds, serverMs: Number(answer.body.ms), rows, version: Number(answer.body.version), memory };
}
