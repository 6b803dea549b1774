/**
 * Loads a UTF-8 CSV straight into table `data` of the version file with the registered types:
 * one `CREATE TABLE … AS SELECT … FROM read_csv(…, columns = {…})`, the read a hand-written
 * DuckDB import would do (never sniffed: leading zeros and 11-digit mobiles stay text), with
 * DuckDB's rejects tables collecting the rows that do not split or cast instead of failing on
 * the first. What read_csv cannot check (NOT NULL) runs as SQL over the typed table. Any
 * problem refuses the upload with the first problems by row and column, never the values; the
 * caller removes the version file.
 *
 * The read uses 32 MiB buffers: with DuckDB's default ones, its parallel ordered insert wrote
 * a partial row group per buffer and merged them later, which left half of a version file as
 * free blocks (4 million narrow rows: 195 of 402 blocks), took twice as long and held some
 * 270 MiB more in memory. DuckDB keeps the first `REJECTS_KEPT` rejected rows it meets; read
 * in parallel, those need not be the first of the file, so when the limit is reached the file
 * is scanned again on one thread for exactly the first ones.
 *
 * Workbooks arrive here converted to CSV: `rowOf` numbers a CSV row as the sheet's row, and
 * `problems` are those the conversion found (cells with errors, codes stored as numbers).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec } from '../../masking-rules/dataset-schema';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { readCsvHeader } from './csv-header';
import { csvError, refuseMalformedRows } from './csv-read-errors';
import { checkColumnNames } from './check-column-names';
import { resourceFailure, UploadRejectedError, type UploadProblem } from './upload-rejected';
import { invalidData, MAX_REPORTED, typedCsvProblems } from './validate-staged';

export type TypedCsvOptions = { rowOf?: (csvRow: number) => number; problems?: UploadProblem[] };

const REJECTS = 'upload_rejects';
/** Rejected rows DuckDB keeps (each with its whole line, in memory); later bad rows are still left out of the table. */
const REJECTS_KEPT = 1000;
const BUFFER_BYTES = 32 * 1024 * 1024;

/** What the read knows that the checks need: the file, and its columns in file order. */
export type TypedRead = { file: string; header: string[] };

export async function loadTypedCsv(db: DuckDBConnection, file: string, columns: ColumnSpec[], targetFile: string, options: TypedCsvOptions = {}): Promise<number> {
  await db.run(`ATTACH ${quoteLiteral(targetFile)} AS target`);
  try {
    const read = await readTypedCsv(db, file, columns);
    await checkTypedCsv(db, read, columns, options);
    return await finishTypedCsv(db);
  } finally {
    await db.run('DETACH target');
  }
}

/** The read itself: the header checked against the schema, then every row into `target.data` (or the rejects table). */
export async function readTypedCsv(db: DuckDBConnection, file: string, columns: ColumnSpec[]): Promise<TypedRead> {
  const header = readCsvHeader(file);
  if (!header) throw new UploadRejectedError('the CSV has no header line', [{ row: 0, message: 'missing header' }], 'missing_header');
  checkColumnNames(header, columns, 1);
  try {
    await db.run(`CREATE TABLE target.data AS SELECT ${columns.map((c) => quoteIdentifier(c.name)).join(', ')} FROM ${typedReadCsv(file, header, columns)}`);
  } catch (error) {
    throw resourceFailure(error) ?? csvError(String(error));
  }
  return { file, header };
}

/** Refuses the upload when a row did not split or cast, or a NOT NULL cell is empty (with the conversion's own problems, if any). */
export async function checkTypedCsv(db: DuckDBConnection, read: TypedRead, columns: ColumnSpec[], options: TypedCsvOptions = {}): Promise<void> {
  const rowOf = options.rowOf ?? ((row: number) => row);
  const kept = (await db.runAndReadAll(`SELECT count(*) AS n FROM ${REJECTS}`)).getRowObjectsJS();
  if (Number(kept[0].n) >= REJECTS_KEPT) await rejectsInFileOrder(db, read, columns);
  await refuseMalformedRows(db, REJECTS, rowOf);
  const found = (await typedCsvProblems(db, columns, 'target.data', REJECTS)).map((p) => ({ ...p, row: rowOf(p.row ?? 0) }));
  const problems = firstProblems([...(options.problems ?? []), ...found]);
  if (problems.length > 0) throw invalidData(problems);
}

/** The first `REJECTS_KEPT` rejected rows of the file, by a second scan on one thread (every column cast, nothing kept but the rejects). */
async function rejectsInFileOrder(db: DuckDBConnection, read: TypedRead, columns: ColumnSpec[]): Promise<void> {
  await db.run('SET threads = 1');
  await db.run(`DROP TABLE ${REJECTS}`);
  await db.run(`DROP TABLE ${REJECTS}_scan`);
  const all = read.header.map(quoteIdentifier).join(', ');
  await db.run(`SELECT count(*) FROM ${typedReadCsv(read.file, read.header, columns)} WHERE hash(${all}) IS NULL`);
}

/** Makes the version file durable and counts its rows. */
export async function finishTypedCsv(db: DuckDBConnection): Promise<number> {
  await db.run('CHECKPOINT target');
  const counted = (await db.runAndReadAll('SELECT count(*) AS n FROM target.data')).getRowObjectsJS();
  return Number(counted[0].n);
}

/** `read_csv` of `file` with the registered type of each column, in the file's column order. */
function typedReadCsv(file: string, header: string[], columns: ColumnSpec[]): string {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const declared = header.map((name) => `${quoteLiteral(name)}: ${quoteLiteral(types.get(name) ?? 'VARCHAR')}`).join(', ');
  return `read_csv(${quoteLiteral(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${declared}},
    strict_mode = true, null_padding = false, encoding = 'utf-8', buffer_size = ${BUFFER_BYTES},
    store_rejects = true, rejects_table = '${REJECTS}', rejects_scan = '${REJECTS}_scan', rejects_limit = ${REJECTS_KEPT})`;
}

/** One problem per cell (the conversion's own first), by row and then column order of the report, the first 20. */
function firstProblems(problems: UploadProblem[]): UploadProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.row}\u0000${p.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byColumn = (a: UploadProblem, b: UploadProblem) => ((a.column ?? '') < (b.column ?? '') ? -1 : (a.column ?? '') > (b.column ?? '') ? 1 : 0);
  return unique.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || byColumn(a, b)).slice(0, MAX_REPORTED);
}
