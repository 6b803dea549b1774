/**
 * What an inspection of a data directory finds. A problem names the file, says what is wrong
 * and what to do. `damage`: something is broken (`shuyu doctor` exits 1, and the start-up check
 * refuses to start when its cheaper checks find it); `warning`: worth a look but not broken, such
 * as a vault file no version accounts for; `unchecked`: the inspection could not look, so the
 * directory cannot be called healthy either. `code` is stable, for scripts and tests.
 */
export type ProblemArea = 'control-store' | 'schema' | 'audit-anchor' | 'audit-chain' | 'vault';
export type Severity = 'damage' | 'warning' | 'unchecked';

export type Problem = {
  area: ProblemArea;
  severity: Severity;
  code: string;
  /** The file (absolute path) the problem is in. */
  file: string;
  what: string;
  advice: string;
};

/** Advice shared by every problem that only a backup can mend. */
export const RESTORE_ADVICE =
  'stop the server and restore control.duckdb, audit-anchor.json and audit-anchor.key together from the latest backup; ' +
  'to read and export the audit log meanwhile, start with `shuyu serve --read-only-recovery`';

export function isBlocking(problem: Problem): boolean {
  return problem.severity !== 'warning';
}
