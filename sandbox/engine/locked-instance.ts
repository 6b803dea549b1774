/**
 * Opens a sandbox database for operator SQL, locked down before the first statement:
 * read-only, no extension auto-install or auto-load, a memory limit, a thread limit and a spill
 * directory, then external access off and the configuration locked (so no later SET can undo
 * any of it). Lockdown is per instance, so each sandbox tier gets an instance of its own.
 */
import { DuckDBInstance } from '@duckdb/node-api';

export type EngineLimits = { memoryLimit: string; threads: number; tempDirectory: string };

export async function openLockedInstance(file: string, limits: EngineLimits): Promise<DuckDBInstance> {
  const instance = await DuckDBInstance.create(file, {
    access_mode: 'READ_ONLY',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: limits.memoryLimit,
    threads: String(limits.threads),
    temp_directory: limits.tempDirectory,
  });
  const connection = await instance.connect();
  try {
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  } finally {
    connection.closeSync();
  }
  return instance;
}
