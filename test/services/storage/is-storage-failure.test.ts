/**
 * What a full disk looks like to the platform: Node's errno codes and DuckDB's messages, taken
 * from real failures on a small filesystem (a tmpfs when this process may mount one; otherwise
 * the DuckDB cases are skipped and only the messages recorded from such a run are checked).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { isInvalidatedDatabase, isStorageFailure, storageFailureKind } from '../../../services/storage/is-storage-failure';
import { smallDisk, type SmallDisk } from './small-disk';

/** As DuckDB 1.5.6 said them on a full tmpfs. */
const recorded = {
  walCommit: 'TransactionContext Error: Failed to commit: Could not write file "/d/c.duckdb.wal": No space left on device',
  newFile: 'IO Error: Could not write file "/d/new.duckdb": No space left on device',
  checkpoint: 'FATAL Error: Failed to create checkpoint because of error: Could not write file "/d/c.duckdb": No space left on device',
  autocheckpoint: 'FATAL Error: Transaction COMMIT succeeded and is durable, but the autocheckpoint failed. Reopen the database instance to recover. Failed to create checkpoint because of error: Could not write file "/d/c.duckdb": No space left on device',
  invalidated: 'FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted prior to being used again.\nOriginal error: "Failed to create checkpoint because of error: Could not write file "/d/c.duckdb": No space left on device"',
};

describe('isStorageFailure', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS'])('recognises a Node error with code %s', (code) => {
    expect(isStorageFailure(Object.assign(new Error(`${code}: something, write`), { code }))).toBe(true);
    expect(storageFailureKind(Object.assign(new Error('x'), { code }))).toBe(code);
  });

  it.each(Object.entries(recorded))('recognises DuckDB on a full disk (%s)', (_name, message) => {
    expect(isStorageFailure(new Error(message))).toBe(true);
    expect(storageFailureKind(new Error(message))).toBe('ENOSPC');
  });

  it('tells an invalidated database (writes cannot resume by themselves) from a failed commit (they can)', () => {
    expect(isInvalidatedDatabase(new Error(recorded.invalidated))).toBe(true);
    expect(isInvalidatedDatabase(new Error(recorded.autocheckpoint))).toBe(true);
    expect(isInvalidatedDatabase(new Error(recorded.walCommit))).toBe(false);
    expect(isInvalidatedDatabase(new Error(recorded.checkpoint))).toBe(false);
  });

  it('looks through causes and aggregates', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(isStorageFailure(new Error('upload failed', { cause: enospc }))).toBe(true);
    expect(isStorageFailure(new AggregateError([new Error('other'), enospc]))).toBe(true);
  });

  it.each([
    ['a client that went away', Object.assign(new Error('aborted'), { code: 'ECONNRESET' })],
    ['a missing file', Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })],
    ['a permission problem', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })],
    ['DuckDB out of memory', new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (1.9 GiB/2.0 GiB used)')],
    ['a spill over max_temp_directory_size', new Error("Out of Memory Error: failed to offload data block of size 96.0 KiB (64.0 KiB/86.3 KiB used).\nThis limit was set by the 'max_temp_directory_size' setting.")],
    ['a SQL error', new Error('Binder Error: Referenced column "x" not found')],
    ['nothing', undefined],
    ['a string', 'boom'],
  ])('does not mistake %s for one', (_label, error) => {
    expect(isStorageFailure(error)).toBe(false);
  });
});

const disk: SmallDisk = smallDisk(8, 'shuyu-duckdb-full-');
const onTmpfs = disk.mode === 'tmpfs' ? describe : describe.skip;
afterAll(() => disk.release());

onTmpfs(`DuckDB on a full disk (real ${disk.mode} of 8 MiB)`, () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const file = path.join(disk.dir, 'c.duckdb');
  const failure = async (sql: string): Promise<Error> => {
    try {
      await db.run(sql);
    } catch (error) {
      return error as Error;
    }
    throw new Error(`expected ${sql} to fail`);
  };

  beforeAll(async () => {
    instance = await DuckDBInstance.create(file, { threads: '1' });
    db = await instance.connect();
    await db.run('CREATE TABLE t (id INTEGER, s VARCHAR)');
    await db.run("INSERT INTO t SELECT i, 'x' FROM range(100) r(i)");
    await db.run('CHECKPOINT');
    disk.fill(0);
  });
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });

  it('a commit whose WAL write fails is rolled back, recognised, and the database stays usable', async () => {
    const error = await failure("INSERT INTO t SELECT i, repeat('z', 200) FROM range(5000) r(i)");
    expect(error.message).toMatch(/Failed to commit: Could not write file ".*\.wal": No space left on device/);
    expect(isStorageFailure(error)).toBe(true);
    expect(isInvalidatedDatabase(error)).toBe(false);
    expect((await db.runAndReadAll('SELECT count(*)::INTEGER AS n FROM t')).getRowObjects()).toEqual([{ n: 100 }]);
  });

  it('a node write on the same disk fails with ENOSPC', () => {
    let caught: unknown;
    try {
      fs.writeFileSync(path.join(disk.dir, 'x.bin'), Buffer.alloc(1024 * 1024));
    } catch (error) {
      caught = error;
    }
    fs.rmSync(path.join(disk.dir, 'x.bin'), { force: true });
    expect((caught as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(isStorageFailure(caught)).toBe(true);
  });

  it('a failed CHECKPOINT invalidates the database: reads fail too, even after space returns, until it is reopened', async () => {
    // A commit that reaches the WAL, so the checkpoint has something to write, then no room at all.
    disk.unfill();
    disk.fill(512 * 1024);
    await db.run("INSERT INTO t SELECT i, repeat('q', 50) FROM range(1000) r(i)");
    disk.fill(0);
    const checkpoint = await failure('CHECKPOINT');
    expect(checkpoint.message).toMatch(/^FATAL Error: Failed to create checkpoint because of error: Could not write file/);
    const read = await failure('SELECT count(*) FROM t');
    expect(isStorageFailure(checkpoint) && isStorageFailure(read)).toBe(true);
    expect(isInvalidatedDatabase(read)).toBe(true);
    disk.unfill();
    expect(isInvalidatedDatabase(await failure('SELECT 1'))).toBe(true);
    // Reopening replays the WAL: every commit that succeeded is there, and writes work again.
    db.closeSync();
    instance.closeSync();
    instance = await DuckDBInstance.create(file, { threads: '1' });
    db = await instance.connect();
    expect((await db.runAndReadAll('SELECT count(*)::INTEGER AS n FROM t')).getRowObjects()).toEqual([{ n: 1100 }]);
    await db.run("INSERT INTO t VALUES (2, 'b')");
    await db.run('CHECKPOINT');
  });

  it('an automatic checkpoint that fails after a commit throws although the commit is durable, and invalidates the database', async () => {
    disk.unfill();
    const other = path.join(disk.dir, 'auto.duckdb');
    let auto = await DuckDBInstance.create(other, { threads: '1', checkpoint_threshold: '64KB' });
    let conn = await auto.connect();
    await conn.run('CREATE TABLE t (id INTEGER, s VARCHAR)');
    await conn.run('CHECKPOINT');
    disk.fill(300 * 1024);
    let committed = 0;
    let thrown: Error | null = null;
    for (let i = 0; i < 100 && !thrown; i += 1) {
      try {
        await conn.run("INSERT INTO t SELECT i, repeat('z', 50) FROM range(200) r(i)");
        committed += 200;
      } catch (error) {
        thrown = error as Error;
      }
    }
    expect(thrown?.message).toMatch(/^FATAL Error: Transaction COMMIT succeeded and is durable, but the autocheckpoint failed/);
    expect(isStorageFailure(thrown) && isInvalidatedDatabase(thrown)).toBe(true);
    conn.closeSync();
    auto.closeSync();
    disk.unfill();
    auto = await DuckDBInstance.create(other, { threads: '1' });
    conn = await auto.connect();
    // The statement that threw is in the table: a caller that rolled back its side effects on that error was wrong.
    expect((await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM t')).getRowObjects()).toEqual([{ n: committed + 200 }]);
    conn.closeSync();
    auto.closeSync();
  });
});
