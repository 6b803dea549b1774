/**
 * Opens a sandbox database for operator SQL, locked down before the first statement:
 * read-only, no extension auto-install or auto-load, a memory limit, a thread limit, a spill
 * directory and a cap on what may spill there, then external access off and the configuration locked (so no later SET can undo
 * any of it). Lockdown is per instance, so each sandbox tier gets an instance of its own.
 */
import { DuckDBInstance } from '@duckdb/node-api';

/** `maxTempSize`: how much the engine may spill to its temporary directory (DuckDB's default is 90% of the free disk). */
export type EngineLimits = { memoryLimit: string; threads: number; tempDirectory: string; maxTempSize?: string };

export async function openLockedInstance(file: string, limits: EngineLimits): Promise<DuckDBInstance> {
  const instance = await DuckDBInstance.create(file, {
    access_mode: 'READ_ONLY',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: limits.memoryLimit,
    threads: String(limits.threads),
    temp_directory: limits.tempDirectory,
    ...(limits.maxTempSize ? { max_temp_directory_size: limits.maxTempSize } : {}),
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
