/**
 * The people dataset on disk, made once per `npm run bench` and shared by the sections that need
 * it: a CSV written as a stream by a JS loop, and the same data as Parquet written by DuckDB with
 * the registered types. The files live in one temporary directory that is removed when the
 * process exits (also on SIGINT/SIGTERM; see bench-temp), whichever section made them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier, quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import { benchTempDir, removeBenchTempDir } from './bench-temp';
import { PEOPLE_HEADER, PeopleRows, peopleColumns } from './people-dataset';

export type PeopleFixture = {
  dir: string;
  rows: number;
  csv: string;
  parquet: string;
  csvBytes: number;
  parquetBytes: number;
  csvSeconds: number;
  parquetSeconds: number;
};

/** 2,000,000 people at scale 1. */
export const PEOPLE_ROWS = 2_000_000;
const BATCH = 10_000;

let cached: { rows: number; fixture: Promise<PeopleFixture> } | null = null;
let fixtureDir: string | null = null;

/** The fixture for `rows` people, generated on first use (a later call with another count regenerates). */
export function peopleFixture(rows: number): Promise<PeopleFixture> {
  if (cached?.rows !== rows) {
    removePeopleFixture();
    cached = { rows, fixture: generate(rows) };
  }
  return cached.fixture;
}

export function peopleRowsFor(scale: number): number {
  return Math.max(1000, Math.round(PEOPLE_ROWS * scale));
}

/** Removes the fixture's directory now (also done at exit). */
export function removePeopleFixture(): void {
  if (fixtureDir) removeBenchTempDir(fixtureDir);
  fixtureDir = null;
  cached = null;
}

async function generate(rows: number): Promise<PeopleFixture> {
  const dir = benchTempDir('people');
  fixtureDir = dir;
  const csv = path.join(dir, 'people.csv');
  const parquet = path.join(dir, 'people.parquet');
  let started = performance.now();
  await writeCsv(csv, rows);
  const csvSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await writeParquet(csv, parquet);
  const parquetSeconds = (performance.now() - started) / 1000;
  return { dir, rows, csv, parquet, csvBytes: fs.statSync(csv).size, parquetBytes: fs.statSync(parquet).size, csvSeconds, parquetSeconds };
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
  const generator = new PeopleRows();
  out.write(`${PEOPLE_HEADER}\n`);
  for (let done = 0; done < rows; done += BATCH) {
    if (!out.write(generator.lines(Math.min(BATCH, rows - done)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** `read_csv` options that read the people CSV with its registered types (never sniffed). */
export function typedCsvSql(file: string): string {
  const types = peopleColumns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`).join(', ');
  return `read_csv(${quoteLiteral(file)}, header = true, auto_detect = false, delim = ',', quote = '"', columns = {${types}})`;
}

async function writeParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const db = await instance.connect();
  try {
    const select = peopleColumns.map((c) => quoteIdentifier(c.name)).join(', ');
    await db.run(`COPY (SELECT ${select} FROM ${typedCsvSql(csv)}) TO ${quoteLiteral(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
