/**
 * Why the platform will not start on a data directory: each blocking problem, by file. The
 * message is one line (the CLI prints it after `shuyu: `); `describeDamage` gives the long form.
 */
import type { DataDirectoryReport } from './inspect-data-directory';
import { isBlocking, type Problem } from './problem';

const NEXT_STEPS = 'run `shuyu doctor` for what to do; `shuyu serve --read-only-recovery` serves the audit log read-only meanwhile';

export class DataDirectoryDamaged extends Error {
  /** The first clause of the message, for printers that list the problems themselves. */
  readonly headline: string;

  constructor(readonly dataDir: string, readonly problems: Problem[]) {
    const headline = `the data directory ${dataDir} is damaged, so the platform will not start`;
    super(`${headline}: ${problems.map((p) => `${p.file}: ${p.what}`).join('; ')}. ${NEXT_STEPS}`);
    this.name = 'DataDirectoryDamaged';
    this.headline = headline;
  }
}

/** The data directory is in use by another process (DuckDB's file lock). */
export class DataDirectoryInUse extends Error {
  constructor(readonly dataDir: string) {
    super(`the data directory ${dataDir} is in use by a running server (DuckDB holds a lock on control.duckdb); stop it, or use the HTTP API`);
    this.name = 'DataDirectoryInUse';
  }
}

/**
 * Throws unless the start-up check allows starting. Vault problems do not stop the platform (a
 * damaged version blocks only the sandboxes loaded from it; the caller logs them). `ignore`
 * lists problem codes the caller deals with itself (the WAL fallback; the anchor break that
 * `shuyu audit reanchor` records).
 */
export function assertStartable(report: DataDirectoryReport, ignore: readonly string[] = []): void {
  if (report.problems.some((p) => p.code === 'in_use')) throw new DataDirectoryInUse(report.dataDir);
  const blocking = report.problems.filter((p) => isBlocking(p) && p.area !== 'vault' && !ignore.includes(p.code));
  if (blocking.length) throw new DataDirectoryDamaged(report.dataDir, blocking);
}

/** The long form: one paragraph per problem with its advice. */
export function describeDamage(problems: Problem[]): string {
  return problems.map((p) => `${p.severity}: ${p.file}\n  ${p.what}\n  what to do: ${p.advice}`).join('\n');
}

/** The long form of the refusal, as `shuyu serve` prints it. */
export function describeRefusal(error: DataDirectoryDamaged): string {
  return `${error.headline}:\n${describeDamage(error.problems)}\n${NEXT_STEPS}`;
}
